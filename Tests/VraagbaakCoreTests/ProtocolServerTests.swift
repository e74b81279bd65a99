import Foundation
import Testing
@testable import VraagbaakCore

/// The protocol server in-process: every method, fed one line at a time.
struct ProtocolServerTests {
    @Test func pingRepliesWithAnEmptyResultAndEchoesTheID() throws {
        let harness = try ServerHarness()
        for id: JSONValue in [1, "abc", .number(1.5), .null] {
            let reply = try harness.call("ping", id: id)
            #expect(reply == ["jsonrpc": "2.0", "id": id, "result": [:]])
        }
    }

    @Test func askReturnsTheAskJSONObjectPlusTheSession() throws {
        let harness = try ServerHarness()
        let result = try harness.result("ask", ["question": "Wat is het granieten bestand?", "session": "s1"])
        guard case .object(let fields) = result else { Issue.record("not an object"); return }
        #expect(Set(fields.keys) == ["answered", "answer", "confidence", "sources", "sentences", "took_ms", "referrals", "language", "session"])
        #expect(result["answered"]?.bool == true)
        #expect(result["answer"]?.stringValue?.contains("140.000 Nederlanders") == true)
        #expect(result["session"] == "s1")
        #expect(result["sources"]?.array?.first?["id"] == "granieten-bestand-toch-niet-van-steen")
    }

    @Test func askWithoutSessionHasSessionNullAndKeepsNoConversation() throws {
        let harness = try ServerHarness()
        let result = try harness.result("ask", ["question": "Wat is het granieten bestand?"])
        #expect(result["session"] == .null)
        #expect(harness.server.sessions.count == 0)
    }

    @Test func askEncodesTheAnswerExactlyAsAnswerJSONDoes() throws {
        let harness = try ServerHarness()
        var answer = try harness.server.vraagbaak.ask("Wat is de hoofdstad van Frankrijk?")
        var result = try harness.result("ask", ["question": "Wat is de hoofdstad van Frankrijk?"])
        answer.tookMs = 0
        guard case .object(var fields) = result else { Issue.record("not an object"); return }
        fields["took_ms"] = 0
        fields["session"] = nil
        result = .object(fields)
        #expect(try result.encodedLine() == AnswerJSON.encode(answer))
    }

    @Test func maxSourcesLimitsTheSources() throws {
        let harness = try ServerHarness()
        let result = try harness.result("ask", ["question": "Wat doet het sociaal werk in de coronacrisis?", "max_sources": 1])
        #expect(result["sources"]?.array?.count == 1)
    }

    @Test func aFollowUpInTheSameSessionIsReadInContext() throws {
        let harness = try ServerHarness()
        _ = try harness.result("ask", ["question": "Wat is het granieten bestand?", "session": "a"])
        let followUp = try harness.result("ask", ["question": "En in Leerdam?", "session": "a"])
        #expect(followUp["answered"]?.bool == true)
        let turns = harness.server.sessions.conversation(for: "a", at: Date()).turns
        #expect(turns.count == 2)
        #expect(turns.last?.wasFollowUp == true)
        #expect(followUp["sources"]?.array?.first?["id"] == "granieten-bestand-toch-niet-van-steen")
    }

    @Test func sessionsNeverShareTheirConversations() throws {
        let harness = try ServerHarness()
        _ = try harness.result("ask", ["question": "Wat is het granieten bestand?", "session": "a"])
        _ = try harness.result("ask", ["question": "En in Leerdam?", "session": "b"])
        let now = Date()
        #expect(harness.server.sessions.conversation(for: "a", at: now).turns.map(\.question) == ["Wat is het granieten bestand?"])
        let b = harness.server.sessions.conversation(for: "b", at: now).turns
        #expect(b.map(\.question) == ["En in Leerdam?"])
        #expect(b.first?.wasFollowUp == false, "b has no turn before it to lean on")
        #expect(harness.server.sessions.conversation(for: "A", at: now).turns.isEmpty, "ids are compared exactly")
    }

    @Test func theLeastRecentlyUsedSessionIsEvictedPastTheMaximum() throws {
        var configuration = ProtocolConfiguration()
        configuration.sessions.maximumSessions = 2
        let harness = try ServerHarness(configuration: configuration)
        for session in ["a", "b", "a", "c"] {
            _ = try harness.result("ask", ["question": "Wat is het granieten bestand?", "session": .string(session)])
        }
        let sessions = harness.server.sessions
        #expect(sessions.count == 2)
        #expect(sessions.contains("a") && sessions.contains("c") && !sessions.contains("b"))
        #expect(sessions.conversation(for: "a", at: Date()).turns.count == 2)
    }

    @Test func searchListsRankedPassagesWithTheirDocuments() throws {
        let harness = try ServerHarness()
        let result = try harness.result("search", ["query": "jongerenwerkers ambtenaren", "limit": 3])
        let passages = try #require(result["passages"]?.array)
        #expect((1...3).contains(passages.count))
        let first = try #require(passages.first)
        #expect(first["document"] == "jongerenwerkers-geen-ambtenaren")
        #expect(first["title"]?.stringValue?.isEmpty == false)
        #expect(first["url"] != nil && first["text"]?.stringValue?.isEmpty == false)
        let scores = passages.compactMap { passage -> Double? in
            if case .number(let score)? = passage["score"] { return score }
            return passage["score"]?.int.map(Double.init)
        }
        #expect(scores == scores.sorted(by: >))
    }

    @Test func searchWithNoKnownWordIsAnEmptyList() throws {
        let harness = try ServerHarness()
        #expect(try harness.result("search", ["query": "xyzzy qwerty"])["passages"] == [])
    }

    @Test func sourcesListsEveryDocumentWithItsPassageCount() throws {
        let harness = try ServerHarness()
        let documents = try #require(try harness.result("sources")["documents"]?.array)
        #expect(documents.count == 5)
        let granite = try #require(documents.first { $0["id"] == "granieten-bestand-toch-niet-van-steen" })
        #expect(granite["title"] == "Granieten bestand toch niet van steen")
        #expect(granite["publisher"] == "Sociaal Werk Nederland")
        #expect(granite["url"] == .null)
        #expect((granite["passages"]?.int ?? 0) > 0)
        let total = documents.compactMap { $0["passages"]?.int }.reduce(0, +)
        #expect(total == Int64(harness.server.vraagbaak.knowledge.summary.passageCount))
    }

    @Test func statsReportsCountsIndexBuildTimeAndVersion() throws {
        let harness = try ServerHarness()
        _ = try harness.result("ask", ["question": "Wat is het granieten bestand?", "session": "s"])
        let stats = try harness.result("stats")
        let summary = harness.server.vraagbaak.knowledge.summary
        #expect(stats["version"] == .string(VraagbaakVersion.current))
        #expect(stats["documents"]?.int == Int64(summary.documentCount))
        #expect(stats["passages"]?.int == Int64(summary.passageCount))
        #expect(stats["index"] == .string(harness.server.vraagbaak.knowledge.configuration.indexPath))
        #expect(stats["built_at"] == .string(summary.builtAt))
        #expect(stats["sessions"]?.int == 1)
        #expect(stats["limits"]?["question_characters"]?.int == 2_000)
    }

    @Test func shutdownRepliesAndThenRefusesFurtherRequestsInTheBatch() throws {
        let harness = try ServerHarness()
        let replies = try #require(try harness.send("""
            [{"jsonrpc":"2.0","id":1,"method":"shutdown"},{"jsonrpc":"2.0","id":2,"method":"ping"}]
            """)?.array)
        #expect(replies.first?["result"] == [:])
        #expect(replies.last?.errorCode == Int64(RPCError.shuttingDownCode))
        #expect(harness.server.isShuttingDown)
    }
}
