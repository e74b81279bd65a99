import Foundation
import Testing
@testable import VraagbaakCore

/// A short page (a question-and-answer page) opens with its answer; a long
/// article's opening counts as lead, but less.
@Suite struct ShortPageLeadTests {
    private static let shortPage = """
        ---
        id: huurtoeslag
        ---
        Woont u in een huurhuis? Dan krijgt u misschien huurtoeslag. De hoogte hangt af van uw inkomen en uw huur. U vraagt huurtoeslag aan bij de Belastingdienst.
        """

    @Test func theOpeningOfAShortPageCountsTwiceAsLead() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("kennis/huurtoeslag.md", Self.shortPage)
        let configuration = folder.knowledgeConfiguration
        let knowledge = try KnowledgeBase.open(configuration)
        let retrieval = try knowledge.retrieve(knowledge.analyze("Wanneer krijg ik huurtoeslag?"))
        let candidates = AnswerComposer().candidates(retrieval, in: knowledge)
        let opening = try #require(candidates.first { $0.index == 0 })
        let last = try #require(candidates.first { $0.index == 3 })
        #expect(opening.features.lead == 2)
        #expect(last.features.lead == 0)
    }

    @Test func theOpeningOfALongArticleCountsOnce() throws {
        let bot = try RepositoryVraagbaak()
        let knowledge = bot.vraagbaak.knowledge
        var leads: [Double] = []
        for question in ["Waarom wordt sociaal werk in de wijken steeds belangrijker?", "Wat zijn de speerpunten voor het sociaal werk?"] {
            let retrieval = try knowledge.retrieve(knowledge.analyze(question))
            leads += AnswerComposer().candidates(retrieval, in: knowledge).map(\.features.lead)
        }
        #expect(leads.contains(1))
        #expect(!leads.contains(2))
    }

    @Test func passagesAreCountedWithinTheirDocument() throws {
        let bot = try RepositoryVraagbaak()
        let table = bot.vraagbaak.knowledge.passages
        // The bundled articles are long; the count stops at the limit asked for.
        #expect(table.passagesOnward(from: 0, upTo: 4) == 4)
        #expect(table.passagesOnward(from: table.count - 1, upTo: 4) == 1)
    }
}
