import Foundation
import Testing
@testable import VraagbaakCore

/// The MCP methods on the same server, as an MCP client calls them.
struct ProtocolMCPTests {
    @Test func initializeAgreesOnAVersionAndOffersTools() throws {
        let harness = try ServerHarness()
        let result = try harness.result("initialize", [
            "protocolVersion": "2025-03-26", "capabilities": [:], "clientInfo": ["name": "test", "version": "1"],
        ])
        #expect(result["protocolVersion"] == "2025-03-26")
        #expect(result["capabilities"] == ["tools": [:]])
        #expect(result["serverInfo"] == ["name": "vraagbaak", "version": .string(VraagbaakVersion.current)])
        let unknown = try harness.result("initialize", ["protocolVersion": "1999-01-01"])
        #expect(unknown["protocolVersion"] == .string(ProtocolServer.mcpVersions[0]))
        #expect(try harness.send(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#) == nil)
    }

    @Test func toolsListOffersOneToolWithItsInputSchema() throws {
        let harness = try ServerHarness()
        let tools = try #require(try harness.result("tools/list")["tools"]?.array)
        #expect(tools.count == 1)
        #expect(tools[0]["name"] == "vraag")
        let schema = try #require(tools[0]["inputSchema"])
        #expect(schema["type"] == "object")
        #expect(schema["required"] == ["question"])
        #expect(schema["properties"]?["question"]?["type"] == "string")
        #expect(schema["properties"]?["session"]?["type"] == "string")
    }

    @Test func toolsCallAnswersWithTheFormattedAnswerAndItsSources() throws {
        let harness = try ServerHarness()
        let result = try harness.result("tools/call", [
            "name": "vraag", "arguments": ["question": "Wat is het granieten bestand?", "session": "mcp"],
        ])
        #expect(result["isError"] == false)
        let content = try #require(result["content"]?.array)
        #expect(content.count == 1)
        #expect(content[0]["type"] == "text")
        let text = try #require(content[0]["text"]?.stringValue)
        #expect(text.contains("140.000 Nederlanders"))
        #expect(text.contains("Bronnen:"))
        #expect(text.contains("[1] Granieten bestand toch niet van steen"))
        #expect(harness.server.sessions.contains("mcp"))
    }

    @Test func anUnknownToolIsInvalidParams() throws {
        let harness = try ServerHarness()
        let reply = try harness.call("tools/call", ["name": "ask_google", "arguments": ["question": "Wat?"]])
        #expect(reply.errorCode == -32602)
        #expect(reply.errorParam == "name")
    }
}
