import Foundation
import Testing
@testable import VraagbaakCore

/// "Hoeveel procent van de starters …?": a number answers it only in a
/// sentence about the starters.
final class QuantifiedSetTests {
    static let article = """
        ---
        id: wonen
        title: "Wonen in de stad"
        ---
        In de stad woont 60% van de studenten op kamers, vaak met anderen in één huis. Starters zoeken ook een betaalbare woning in de stad, maar vinden die moeilijk.
        """

    private let fixture: OneArticleKnowledge
    private var knowledge: KnowledgeBase { fixture.knowledge }

    init() throws {
        fixture = try OneArticleKnowledge("wonen.md", Self.article)
    }

    private func set(_ question: String) -> String? {
        QuantifiedSet(words: Analyzer.foldedWords.analyze(question).map(\.text))?.word
    }

    @Test func theSetAShareIsAskedOfIsRead() {
        #expect(set("Hoeveel procent van de ggz-cliënten woont zelfstandig?") == "ggz")
        #expect(set("Welk deel van alle ouderen woont thuis?") == "ouderen")
        #expect(set("Welk percentage van studenten woont op kamers?") == "studenten")
    }

    @Test(arguments: [
        "Hoeveel mensen wonen op kamers?",  // no share
        "Hoeveel procent woont op kamers?",  // no set
        "Hoeveel procent van 2020 was dat?",  // a year is no set
        "Wat is het percentage studenten op kamers?",
    ])
    func otherQuestionsAskNoShareOfASet(question: String) {
        #expect(set(question) == nil)
    }

    private func answer(_ question: String, sharesNeedTheirSet: Bool = true) throws -> Answer {
        var options = AnswerOptions()
        options.sharesNeedTheirSet = sharesNeedTheirSet
        return AnswerComposer(options: options).compose(
            try knowledge.retrieve(knowledge.analyze(question)), in: knowledge, notAnswered: "-")
    }

    @Test func aShareOfTheSetAskedIsAnswered() throws {
        let answer = try answer("Hoeveel procent van de studenten woont op kamers in de stad?")
        #expect(answer.answered)
        #expect(answer.answer.contains("60%"))
    }

    /// The article gives the students' share and then names the starters:
    /// it does not say what share of the starters finds a home.
    @Test func aShareOfAnotherSetIsNotAnAnswer() throws {
        let asked = "Hoeveel procent van de starters woont op kamers in de stad?"
        #expect(try answer(asked, sharesNeedTheirSet: false).answered)
        #expect(try answer(asked).answered == false)
    }
}
