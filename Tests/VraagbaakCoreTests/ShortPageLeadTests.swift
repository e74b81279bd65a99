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
        Huurders krijgen soms huurtoeslag. De hoogte hangt af van het inkomen en de huur. De Belastingdienst betaalt de toeslag. Huurtoeslag wordt elke maand betaald.
        """

    /// The same page, speaking to the reader.
    private static let readerPage = """
        ---
        id: huurtoeslag
        ---
        Woont u in een huurhuis? Dan krijgt u misschien huurtoeslag. De hoogte hangt af van uw inkomen en uw huur. U vraagt huurtoeslag aan bij de Belastingdienst.
        """

    private func leads(of page: String) throws -> (opening: Double, last: Double) {
        let folder = try KnowledgeTestFolder()
        try folder.write("kennis/huurtoeslag.md", page)
        let configuration = folder.knowledgeConfiguration
        let knowledge = try KnowledgeBase.open(configuration)
        let retrieval = try knowledge.retrieve(knowledge.analyze("Wanneer krijg je huurtoeslag?"))
        let candidates = AnswerComposer().candidates(retrieval, in: knowledge)
        let opening = try #require(candidates.first { $0.index == 0 })
        let last = try #require(candidates.first { $0.index == 3 })
        return (opening.features.lead, last.features.lead)
    }

    @Test func theOpeningOfAShortPageCountsTwiceAsLead() throws {
        let (opening, last) = try leads(of: Self.shortPage)
        #expect(opening == 2)
        #expect(last == 0)
    }

    @Test func theOpeningOfAPageSpeakingToTheReaderCountsThreeTimes() throws {
        let (opening, last) = try leads(of: Self.readerPage)
        #expect(opening == AnswerOptions().readerPageLead)
        #expect(opening == 3)
        #expect(last == 0)
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
