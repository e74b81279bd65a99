import Foundation
import Testing
@testable import VraagbaakCore

/// "Wie is de directeur van Samen Doen?": the asked thing and what it
/// belongs to must stand together in the answer.
final class RelationalQuestionTests {
    static let article = """
        ---
        id: wijk
        title: "Twee organisaties in de wijk"
        ---
        In Zuidhoek helpt buurtcentrum De Brug bewoners met formulieren en schulden. Het centrum draait op vrijwilligers en twee betaalde krachten. ‘Zonder vrijwilligers zijn we nergens,’ zegt directeur Jan Smit.

        Ook stichting Samen Sterk is actief in de wijk. Zij organiseert elke week een maaltijd voor ouderen. Het buurtcentrum en de stichting overleggen elke maand over wie welke hulp biedt.
        """

    private let fixture: OneArticleKnowledge
    private var knowledge: KnowledgeBase { fixture.knowledge }

    init() throws {
        fixture = try OneArticleKnowledge("wijk.md", Self.article)
    }

    private func relation(_ question: String) -> RelationalQuestion? {
        RelationalQuestion(words: Analyzer.foldedWords.analyze(question).map(\.text))
    }

    @Test func theFocusAndWhatItBelongsToAreRead() {
        let director = relation("Wie is de directeur van Samen Doen?")
        #expect(director?.focus == "directeur")
        #expect(director?.complement == ["samen", "doen"])
        #expect(relation("Hoe lang is de wachttijd voor schuldhulpverlening?")?.focus == "wachttijd")
        // One adjective may stand before the focus.
        let task = relation("Wat is een cruciale taak voor Figulus?")
        #expect(task?.focus == "taak")
        #expect(task?.complement == ["figulus"])
    }

    @Test(arguments: [
        "Wat is volgens de blog het belangrijkste?",  // no article after "is"
        "Wat is de rampenzender in mijn omgeving?",  // "in" places, it does not own
        "Wie heeft de blog over het granieten bestand geschreven?",  // no form of "zijn"
        "Wat doet de directeur van Samen Doen?",
    ])
    func otherQuestionsAskNoRelation(question: String) {
        #expect(relation(question) == nil)
    }

    private func answer(_ question: String, factor: Double) throws -> Answer {
        var options = AnswerOptions()
        options.relationFactor = factor
        return AnswerComposer(options: options).compose(
            try knowledge.retrieve(knowledge.analyze(question)), in: knowledge, notAnswered: "-")
    }

    /// The article names a director, but De Brug's: it does not say who
    /// leads Samen Sterk, though it names both in one passage.
    @Test func aFocusWithoutItsComplementIsNotAnAnswer() throws {
        let asked = "Wie is de directeur van Samen Sterk?"
        #expect(try answer(asked, factor: 1).answered)
        #expect(try answer(asked, factor: AnswerOptions().relationFactor).answered == false)
    }

    @Test func aFocusWithItsComplementNearbyIsAnAnswer() throws {
        let answer = try answer("Wie is de directeur van De Brug?", factor: AnswerOptions().relationFactor)
        #expect(answer.answered)
        #expect(answer.answer.contains("Jan Smit"))
    }
}
