import Foundation
import Testing
import VraagbaakCore
@testable import VraagbaakCLI

/// The REPL fed with lines in-process: what a person would see after each.
@Suite struct ReplSessionTests {
    static func session() throws -> ReplSession {
        let root = EndToEndTests.repository
        let index = FileManager.default.temporaryDirectory.appendingPathComponent("vraagbaak-repl-\(UUID().uuidString).sqlite")
        let knowledge = try KnowledgeBase.open(KnowledgeConfiguration(
            folder: root.appendingPathComponent("knowledge"), indexPath: index.path))
        let vraagbaak = try Vraagbaak(knowledge: knowledge, promptsFolder: root.appendingPathComponent("prompts"))
        return ReplSession(vraagbaak: vraagbaak, style: TerminalStyle(colour: false))
    }

    static func text(_ reply: ReplSession.Reply) -> String {
        if case .say(let text) = reply { return text }
        return ""
    }

    @Test func aQuestionIsAnsweredAndAFollowUpReadInContext() throws {
        var session = try Self.session()
        let first = Self.text(try session.handle("Wat is het granieten bestand?"))
        #expect(first.contains("140.000"))
        #expect(first.contains("[1] Granieten bestand toch niet van steen"))
        _ = try session.handle("Hoeveel mensen zijn dat?")
        #expect(session.conversation.last?.wasFollowUp == true)
        #expect(session.last?.answer.sources.first?.id == "granieten-bestand-toch-niet-van-steen")
    }

    @Test func waaromShowsConfidenceAndTheConsideredPassages() throws {
        var session = try Self.session()
        _ = try session.handle("Wat doet Figulus?")
        let why = Self.text(try session.handle(":waarom"))
        #expect(why.contains("Zekerheid"))
        #expect(why.contains("drempel 0.50"))
        #expect(why.contains("Overwogen passages"))
        #expect(why.contains("granieten-bestand-toch-niet-van-steen #"))
    }

    @Test func bronnenListsEverySourceWithItsPassage() throws {
        var session = try Self.session()
        let answer = try #require(try { () throws -> Answer? in
            _ = try session.handle("Wat is het granieten bestand?")
            return session.last?.answer
        }())
        let sources = Self.text(try session.handle(":bronnen"))
        #expect(answer.answered && !answer.sources.isEmpty)
        for (number, source) in answer.sources.enumerated() {
            #expect(sources.contains("[\(number + 1)] \(source.title)"))
            #expect(sources.contains(String(source.passage.prefix(40))))
        }
    }

    @Test func nieuwForgetsTheConversation() throws {
        var session = try Self.session()
        _ = try session.handle("Wat is het granieten bestand?")
        let reply = Self.text(try session.handle(":nieuw"))
        #expect(reply.contains("nieuw gesprek"))
        #expect(session.conversation.turns.isEmpty)
        #expect(Self.text(try session.handle(":waarom")).contains("Stel eerst een vraag"))
    }

    @Test func commandsBeforeAnyQuestionAndUnknownCommandsAreExplained() throws {
        var session = try Self.session()
        #expect(Self.text(try session.handle(":bronnen")).contains("Stel eerst een vraag"))
        #expect(Self.text(try session.handle(":help")).contains(":waarom"))
        #expect(Self.text(try session.handle(":vliegen")).contains(":vliegen"))
        #expect(try session.handle("   ") == .silence)
        #expect(try session.handle(":stop") == .stop)
        #expect(try session.handle(":STOP") == .stop)
    }

    @Test func anUrgentQuestionGetsItsReferralFirst() throws {
        var session = try Self.session()
        let reply = Self.text(try session.handle("Ik wil niet meer leven"))
        #expect(reply.hasPrefix("Denkt u aan zelfmoord?"))
        #expect(reply.contains("0800-0113"))
    }
}
