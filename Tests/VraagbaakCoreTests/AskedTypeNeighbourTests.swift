import Foundation
import Testing
@testable import VraagbaakCore

/// A question that restates a statement of the article before asking who
/// said it is answered with the names a few sentences on.
@Suite struct AskedTypeNeighbourTests {
    private static let article = """
        ---
        id: speeltuinen
        title: "Speelruimte in de wijk"
        ---
        In de oude wijk is dringend behoefte aan meer speeltuinen en meer bankjes. Dat is geen nieuws. Een wens die inmiddels breed wordt gedeeld. Door wethouder Jansen, de Speeltuinbond en de Bewonersraad.

        Elders in de stad zijn genoeg speelplekken. Ouders brengen hun kinderen daar met de fiets. Op zondag is het er druk.
        """

    private static let question = "Wie erkennen dat er in de oude wijk meer speeltuinen en bankjes nodig zijn?"

    private func answer(reach: Int) throws -> Answer {
        let folder = try KnowledgeTestFolder()
        try folder.write("kennis/speeltuinen.md", Self.article)
        let configuration = folder.knowledgeConfiguration
        let knowledge = try KnowledgeBase.open(configuration)
        var options = AnswerOptions()
        options.threshold = 0
        options.askedTypeReach = reach
        return AnswerComposer(options: options).compose(try knowledge.retrieve(knowledge.analyze(Self.question)), in: knowledge, notAnswered: "-")
    }

    @Test func theNamesAFewSentencesOnAreQuotedWithTheStatement() throws {
        let answer = try answer(reach: AnswerOptions().askedTypeReach)
        #expect(answer.sentences.first?.text.hasPrefix("In de oude wijk") == true)
        #expect(answer.sentences.contains { $0.text.hasPrefix("Door wethouder Jansen") })
    }

    @Test func withoutTheSearchTheStatementComesAlone() throws {
        let answer = try answer(reach: 0)
        #expect(answer.sentences.first?.text.hasPrefix("In de oude wijk") == true)
        #expect(!answer.sentences.contains { $0.text.hasPrefix("Door wethouder Jansen") })
    }

    @Test func aSentenceWithTheAskedTypeIsNotLookedPast() throws {
        // A "Hoeveel" question whose best sentence holds a number needs nothing more.
        let bot = try RepositoryVraagbaak()
        let knowledge = bot.vraagbaak.knowledge
        let retrieval = try knowledge.retrieve(knowledge.analyze("Hoeveel Nederlanders zitten meer dan vijf jaar in de bijstand?"))
        let composer = AnswerComposer()
        let candidates = composer.candidates(retrieval, in: knowledge)
        let best = try #require(composer.best(of: candidates, .none))
        #expect(best.typeMatch)
        #expect(composer.askedTypeNeighbour(of: best, type: retrieval.query.type, in: candidates) == nil)
    }
}
