import Foundation
import Testing
@testable import VraagbaakCore

/// Every way a line or a request can be wrong, and the JSON-RPC error it gets.
/// The server goes on after each.
struct ProtocolErrorTests {
    @Test(arguments: ["not json", "{\"jsonrpc\":\"2.0\",", "{'a':1}", "[1,2"])
    func aLineThatIsNotJSONIsAParseErrorWithIDNull(line: String) throws {
        let harness = try ServerHarness()
        let reply = try #require(try harness.send(line))
        #expect(reply.errorCode == -32700)
        #expect(reply["id"] == .null)
        #expect(try harness.call("ping")["result"] == [:], "the server goes on")
    }

    @Test(arguments: [
        (#"1"#, JSONValue.null),
        (#""ping""#, .null),
        (#"{"id":1,"method":"ping"}"#, 1),
        (#"{"jsonrpc":"1.0","id":1,"method":"ping"}"#, 1),
        (#"{"jsonrpc":"2.0","id":"x","method":5}"#, "x"),
        (#"{"jsonrpc":"2.0","id":2}"#, 2),
        (#"{"jsonrpc":"2.0","id":{"a":1},"method":"ping"}"#, .null),
        (#"{"jsonrpc":"2.0","id":[1],"method":"ping"}"#, .null),
        (#"{"jsonrpc":"2.0","id":true,"method":"ping"}"#, .null),
        (#"{"jsonrpc":"2.0","id":3,"method":"ping","params":"x"}"#, 3),
        (#"{"jsonrpc":"2.0","method":1,"params":"bar"}"#, .null),
    ])
    func aValueThatIsNotARequestIsAnInvalidRequest(line: String, id: JSONValue) throws {
        let harness = try ServerHarness()
        let reply = try #require(try harness.send(line))
        #expect(reply.errorCode == -32600)
        #expect(reply["id"] == id)
        #expect(reply["jsonrpc"] == "2.0")
    }

    @Test func anUnknownMethodIsMethodNotFoundNamingIt() throws {
        let harness = try ServerHarness()
        let reply = try harness.call("vraag", id: 7)
        #expect(reply.errorCode == -32601)
        #expect(reply["id"] == 7)
        #expect(reply["error"]?["data"]?["method"] == "vraag")
    }

    /// Method, params as JSON text, and the parameter the error must name.
    static let badParameters: [(String, String, String)] = [
        ("ask", #"{}"#, "question"),
        ("ask", #"{"question":5}"#, "question"),
        ("ask", #"{"question":"   "}"#, "question"),
        ("ask", #"{"question":"Wat?","session":5}"#, "session"),
        ("ask", #"{"question":"Wat?","session":""}"#, "session"),
        ("ask", #"{"question":"Wat?","session":"\#(String(repeating: "s", count: 129))"}"#, "session"),
        ("ask", #"{"question":"Wat?","max_sources":0}"#, "max_sources"),
        ("ask", #"{"question":"Wat?","max_sources":"3"}"#, "max_sources"),
        ("ask", #"{"question":"Wat?","max_sources":2.5}"#, "max_sources"),
        ("ask", #"{"question":"Wat?","vraag":"x"}"#, "vraag"),
        ("ask", #"[1,2]"#, "params"),
        ("search", #"{}"#, "query"),
        ("search", #"{"query":"jongeren","limit":51}"#, "limit"),
        ("search", #"{"query":"jongeren","limit":-1}"#, "limit"),
        ("sources", #"{"all":true}"#, "all"),
        ("stats", #"{"x":1}"#, "x"),
        ("ping", #"{"x":1}"#, "x"),
        ("tools/call", #"{}"#, "name"),
        ("tools/call", #"{"name":"zoek"}"#, "name"),
        ("tools/call", #"{"name":"vraag","arguments":"Wat?"}"#, "arguments"),
        ("tools/call", #"{"name":"vraag","arguments":{}}"#, "arguments.question"),
        ("tools/call", #"{"name":"vraag","arguments":{"question":"Wat?","session":1}}"#, "arguments.session"),
    ]

    @Test(arguments: badParameters)
    func badParametersAreInvalidParamsNamingTheParameter(method: String, params: String, param: String) throws {
        let harness = try ServerHarness()
        let reply = try harness.call(method, try JSONValue(parsing: Data(params.utf8)), id: 9)
        #expect(reply.errorCode == -32602)
        #expect(reply.errorParam == param)
        #expect(reply["error"]?["message"]?.stringValue?.contains("'\(param)'") == true)
        #expect(reply["id"] == 9)
    }

    @Test func aSessionIDOfExactlyTheLimitIsAccepted() throws {
        let harness = try ServerHarness()
        let id = String(repeating: "é", count: 128)
        #expect(try harness.result("ask", ["question": "Wat?", "session": .string(id)])["session"] == .string(id))
    }

    @Test func aQuestionOverTheLimitIsRefusedWithItsOwnCode() throws {
        let harness = try ServerHarness()
        let long = String(repeating: "a", count: 2_001)
        let reply = try harness.call("ask", ["question": .string(long)])
        #expect(reply.errorCode == -32001)
        #expect(reply["error"]?["data"]?["limit"]?.int == 2_000)
        #expect(reply["error"]?["data"]?["length"]?.int == 2_001)
        #expect(try harness.call("search", ["query": .string(long)]).errorCode == -32001)
        let exactly = String(repeating: "a", count: 2_000)
        #expect(try harness.call("ask", ["question": .string(exactly)])["result"] != nil)
    }

    @Test func aLineTooLongIsAnErrorWithIDNull() throws {
        var server = try ServerHarness().server
        let line = server.handle(.tooLong)
        let reply = try JSONValue(parsing: Data(try #require(line).utf8))
        #expect(reply.errorCode == -32002)
        #expect(reply["id"] == .null)
        #expect(reply["error"]?["data"]?["limit"]?.int == 1 << 20)
    }

    @Test func invalidUTF8IsAnErrorAndTheServerGoesOn() throws {
        let harness = try ServerHarness()
        let bytes = Array(#"{"jsonrpc":"2.0","id":1,"method":"ask","params":{"question":"Wat"#.utf8) + [0xFF, 0xFE]
            + Array(#"?"}}"#.utf8)
        let line = harness.server.handle(bytes: bytes)
        let reply = try JSONValue(parsing: Data(try #require(line).utf8))
        #expect(reply.errorCode == -32003)
        #expect(reply["id"] == .null)
        #expect(try harness.call("ping")["result"] == [:])
    }

    @Test func notificationsGetNoReplyEvenWhenTheyFail() throws {
        let harness = try ServerHarness()
        #expect(try harness.send(#"{"jsonrpc":"2.0","method":"ping"}"#) == nil)
        #expect(try harness.send(#"{"jsonrpc":"2.0","method":"no/such/method"}"#) == nil)
        #expect(try harness.send(#"{"jsonrpc":"2.0","method":"ask","params":{"question":5}}"#) == nil)
        #expect(try harness.send(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#) == nil)
        #expect(try harness.send("") == nil, "a blank line is skipped")
    }

    @Test func anEmptyBatchIsOneInvalidRequest() throws {
        let harness = try ServerHarness()
        let reply = try #require(try harness.send("[]"))
        #expect(reply.errorCode == -32600)
        #expect(reply["id"] == .null)
    }

    @Test func aBatchOfNotificationsGetsNoReply() throws {
        let harness = try ServerHarness()
        #expect(try harness.send(#"[{"jsonrpc":"2.0","method":"ping"},{"jsonrpc":"2.0","method":"x"}]"#) == nil)
    }

    @Test func aMixedBatchGetsAnArrayOfTheRepliesInOrder() throws {
        let harness = try ServerHarness()
        let replies = try #require(try harness.send("""
            [{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","method":"ping"},1,\
            {"jsonrpc":"2.0","id":"b","method":"nope"},{"jsonrpc":"2.0","id":3,"method":"sources"}]
            """)?.array)
        #expect(replies.count == 4)
        #expect(replies[0]["id"] == 1 && replies[0]["result"] == [:])
        #expect(replies[1].errorCode == -32600 && replies[1]["id"] == .null)
        #expect(replies[2].errorCode == -32601 && replies[2]["id"] == "b")
        #expect(replies[3]["id"] == 3 && replies[3]["result"]?["documents"] != nil)
    }
}
