import Foundation
import Testing
@testable import VraagbaakCore

/// `reload` over a fixture folder that the test changes.
struct ProtocolReloadTests {
    @Test func reloadWithoutChangesReopensNothing() throws {
        let fixture = try IndexFixture()
        let harness = try ServerHarness(fixture: fixture)
        let result = try harness.result("reload")
        #expect(result["changed"] == false)
        #expect(result["documents"] == 3)
    }

    @Test func reloadPicksUpANewArticleAndKeepsTheSessions() throws {
        let fixture = try IndexFixture()
        let harness = try ServerHarness(fixture: fixture)
        _ = try harness.result("ask", ["question": "Hoe snel krijg ik een gesprek over mijn schulden?", "session": "s"])
        try fixture.write("energie.md", """
            ---
            id: energietoeslag
            title: "Energietoeslag aanvragen"
            ---
            De energietoeslag is een eenmalige bijdrage van de gemeente voor huishoudens met een laag inkomen. U vraagt de energietoeslag aan via het loket van de gemeente.
            """)
        let reloaded = try harness.result("reload")
        #expect(reloaded["changed"] == true)
        #expect(reloaded["documents"] == 4)
        #expect(reloaded["sessions"] == 1)
        #expect(harness.server.sessions.conversation(for: "s", at: Date()).turns.count == 1)
        let answer = try harness.result("ask", ["question": "Hoe vraag ik de energietoeslag aan?", "session": "s"])
        #expect(answer["sources"]?.array?.first?["id"] == "energietoeslag")
        #expect(harness.server.sessions.conversation(for: "s", at: Date()).turns.count == 2)
        #expect(try harness.result("sources")["documents"]?.array?.count == 4)
    }

    @Test func aReloadThatFailsKeepsTheOldKnowledge() throws {
        let fixture = try IndexFixture()
        let harness = try ServerHarness(fixture: fixture)
        let question: JSONValue = ["question": "Waar helpt de gemeente mee bij schulden?"]
        let before = try harness.result("ask", question)
        try FileManager.default.removeItem(at: fixture.knowledge)
        let reply = try harness.call("reload")
        #expect(reply.errorCode == -32004)
        #expect(try harness.result("stats")["documents"] == 3)
        let after = try harness.result("ask", question)
        #expect(after["answered"] == before["answered"])
        #expect(after["answer"] == before["answer"])
        #expect(after["sources"]?.array?.first?["id"] == before["sources"]?.array?.first?["id"])
    }
}
