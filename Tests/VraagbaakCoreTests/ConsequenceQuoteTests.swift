import Foundation
import Testing
@testable import VraagbaakCore

/// A condition written as a question ("Komt u er samen niet uit?") is quoted
/// with the sentence after it that gives its consequence with "dan".
@Suite struct ConsequenceQuoteTests {
    private static let page = """
        ---
        id: klacht
        ---
        Heeft u een klacht over uw aankoop? Neem eerst contact op met de verkoper. De verkoper moet binnen twee weken reageren. Komt u er samen met de verkoper niet uit? In Nederland kunt u dan naar de geschillencommissie stappen. Wat betekent een klacht voor de verkoper? Het is een kans om beter te worden.
        """

    private func compose(_ question: String, consequences: Bool = true) throws -> (Answer, [SentenceCandidate], AnswerComposer) {
        let folder = try KnowledgeTestFolder()
        try folder.write("kennis/klacht.md", Self.page)
        let knowledge = try KnowledgeBase.open(folder.knowledgeConfiguration)
        let retrieval = try knowledge.retrieve(knowledge.analyze(question))
        var options = AnswerOptions()
        options.threshold = 0
        // The page speaks to the reader, whose opening would outweigh the
        // condition in its fourth sentence (`AnswerOptions.readerPageLead`):
        // this suite is about the condition, so its opening counts as a short page's.
        options.readerPageLead = 2
        options.quotesConsequences = consequences
        let composer = AnswerComposer(options: options)
        return (composer.compose(retrieval, in: knowledge, notAnswered: "-"), composer.candidates(retrieval, in: knowledge), composer)
    }

    private static let question = "Wat als ik er samen met de verkoper niet uit kom?"

    @Test func theConditionComesWithItsConsequence() throws {
        let (answer, _, _) = try compose(Self.question)
        let texts = answer.sentences.map(\.text)
        let condition = try #require(texts.firstIndex { $0.hasPrefix("Komt u er samen") })
        #expect(texts.indices.contains(condition + 1) && texts[condition + 1].hasPrefix("In Nederland kunt u dan"))
    }

    @Test func switchedOffTheConditionMayStandAlone() throws {
        let (answer, _, _) = try compose(Self.question, consequences: false)
        #expect(answer.sentences.contains { $0.text.hasPrefix("Komt u er samen") })
        #expect(!answer.sentences.contains { $0.text.hasPrefix("In Nederland kunt u dan") })
    }

    /// "Het is een kans" has no "dan": the article asks and answers itself.
    @Test func aQuestionWithoutDanAfterItHasNoConsequence() throws {
        let (_, candidates, composer) = try compose(Self.question)
        let condition = try #require(candidates.first { $0.text.hasPrefix("Komt u er samen") })
        #expect(composer.consequence(of: condition, in: candidates)?.text.hasPrefix("In Nederland kunt u dan") == true)
        let own = try #require(candidates.first { $0.text.hasPrefix("Wat betekent een klacht") })
        #expect(composer.consequence(of: own, in: candidates) == nil)
        let statement = try #require(candidates.first { $0.text.hasPrefix("Neem eerst contact") })
        #expect(composer.consequence(of: statement, in: candidates) == nil)
    }
}
