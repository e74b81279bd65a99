import Foundation
import Testing
@testable import VraagbaakCore

/// Odd questions on the bundled knowledge: each gets a sensible reply (an
/// answer or "not answered"), never an SQL error or a crash.
/// One knowledge base serves every question, so the table is one test.
struct QuestionRobustnessTests {
    static let oddQuestions: [(name: String, question: String)] = [
        ("empty", ""),
        ("whitespace", " \t\n  \u{00A0}\u{2003}"),
        ("punctuation", "?!?.,;:…—–-()[]{}«»„“”'\"/\\|@#$%^&*_=+~`"),
        ("emoji", "🙂🏳️‍🌈👨‍👩‍👧‍👦 🇳🇱❓"),
        ("emoji with words", "Wat is het granieten bestand? 🤔🤔"),
        ("control characters", "Wat\u{0}is\u{1}het\u{7}\u{8}granieten\u{1B}[31m bestand\u{7F}?\r\n"),
        ("lone combining marks", "\u{0301}\u{0308}\u{20DD} wat"),
        ("double quote", "\""),
        ("quotes around words", "\"granieten\" \"bestand\"\""),
        ("star", "*"),
        ("prefix star", "bijstand*"),
        ("NEAR", "NEAR("),
        ("NEAR with words", "NEAR(granieten bestand, 2)"),
        ("OR", "OR"),
        ("OR AND NOT", "bijstand OR AND NOT schulden"),
        ("column filter", "terms: bijstand"),
        ("SQL injection", "'; DROP TABLE passages; --"),
        ("SQL injection 2", "Robert'); DROP TABLE documents;-- wat is bijstand?"),
        ("caret and braces", "^bijstand {terms} (bijstand)"),
        ("right to left", "ما هو الملف الجرانيتي؟ מה זה"),
        ("right to left override", "\u{202E}dnatsjib si taW\u{202C}?"),
        ("zero width", "gra\u{200B}nieten\u{200D} best\u{FEFF}and"),
        ("surrogate lookalikes", "\u{FFFD}\u{FFFD}\u{FFFF}"),
        ("digits only", "0 1 140.000 2007 112 12,5%"),
        ("one letter", "a"),
    ]

    @Test func anOddQuestionGetsAReplyNotAnError() throws {
        let vraagbaak = try RepositoryVraagbaak()
        for (name, question) in Self.oddQuestions {
            let answer: Answer
            do {
                answer = try vraagbaak.ask(question)
            } catch {
                Issue.record("\(name): \(error)")
                continue
            }
            #expect(!answer.answer.isEmpty, "\(name)")
            #expect((0...1).contains(answer.confidence), "\(name)")
            if answer.answered { #expect(!answer.sentences.isEmpty, "\(name)") }
        }
        // In one conversation too: follow-up reading must cope with the same questions.
        var conversation = Conversation()
        for (name, question) in Self.oddQuestions {
            #expect(throws: Never.self, "\(name)") { _ = try vraagbaak.vraagbaak.ask(question, in: &conversation) }
        }
    }

    @Test func aQuestionWithoutWordsIsNotAnswered() throws {
        let vraagbaak = try RepositoryVraagbaak()
        for question in ["", "   ", "?!", "🙂", "\u{0}", "\"", "*", "OR"] {
            #expect(try vraagbaak.ask(question).answered == false, "\(question.debugDescription)")
        }
    }

    @Test func wordsAroundFTSSyntaxStillFindTheArticle() throws {
        let vraagbaak = try RepositoryVraagbaak()
        let question = "\"Wat\" is* het NEAR( granieten OR bestand'; DROP TABLE x;--?"
        // The syntax is read as words ("near", "or", "drop", "table"), so the
        // answer's confidence drops, but the right article still ranks first.
        let retrieval = try vraagbaak.vraagbaak.askExplained(question).retrieval
        #expect(retrieval.passages.first?.passage.documentID.contains("graniet") == true)
    }

    @Test func aVeryLongQuestionIsReadAsItsHeadAndTail() throws {
        // Speed is measured by `vraagbaak bench`, not here: this checks that a
        // 100 KB question costs no more analysis than its first and last
        // 1,000 characters, and that the asking sentence at the end still counts.
        let vraagbaak = try RepositoryVraagbaak()
        let story = String(repeating: "Ik heb een lang verhaal over mijn buurman en zijn hond in de wijk. ", count: 1_500)
        let question = story + "Wat is het granieten bestand?"
        #expect(question.utf8.count > 100_000)
        let knowledge = vraagbaak.vraagbaak.knowledge
        let limit = knowledge.queryAnalyzer.options.maximumQuestionLength
        let read = knowledge.analyze(question)
        let shortened = knowledge.analyze(QueryAnalyzer.shortened(question, to: limit))
        #expect(read.concepts.map(\.surface) == shortened.concepts.map(\.surface))
        #expect(read.concepts.contains { $0.surface.lowercased().contains("granieten") })
        let answer = try vraagbaak.ask(question)
        #expect((0...1).contains(answer.confidence))
        let garbage = String((0..<100_000).map { _ in Character(UnicodeScalar(UInt8.random(in: 0x21...0x7E))) })
        #expect((0...1).contains(try vraagbaak.ask(garbage).confidence))
    }

    @Test func aLongQuestionIsCutToItsHeadAndTail() {
        let story = String(repeating: "woord ", count: 1_000)
        let shortened = QueryAnalyzer.shortened("Eerste vraag? " + story + "Laatste vraag?", to: 200)
        #expect(shortened.count <= 200)
        #expect(shortened.hasPrefix("Eerste vraag? woord"))
        #expect(shortened.hasSuffix("woord Laatste vraag?"))
        #expect(
            shortened.split(whereSeparator: \.isWhitespace).allSatisfy { ["Eerste", "vraag?", "woord", "Laatste"].contains($0) },
            "cut at whole words")
        #expect(QueryAnalyzer.shortened("Korte vraag?", to: 200) == "Korte vraag?")
        #expect(QueryOptions().maximumQuestionLength == 2_000)
    }
}
