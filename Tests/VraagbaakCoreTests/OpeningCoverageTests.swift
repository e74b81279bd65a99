import Foundation
import Testing
@testable import VraagbaakCore

/// A page whose opening words hold the question is about it: its first
/// passage scores more than a page that shares the topic further on.
@Suite struct OpeningCoverageTests {
    private static let pages = [
        ("loondoorbetaling.md", """
            ---
            id: loondoorbetaling
            ---
            Als u in dienst bent bij een werkgever en ziek wordt, dan moet uw werkgever in de meeste gevallen uw loon doorbetalen. Dat doet hij maximaal 2 jaar. Soms heeft u recht op een ziektewet-uitkering. Een ziektewet-uitkering vraagt u aan bij UWV. Het recht op een ziektewet-uitkering hangt af van uw situatie. Ook als uw contract afloopt kunt u recht hebben op een ziektewet-uitkering.
            """),
        ("duur.md", """
            ---
            id: duur
            ---
            U heeft maximaal 2 jaar recht op een ziektewet-uitkering. Maar uw uitkering kan ook eerder stoppen, bijvoorbeeld omdat u de AOW-leeftijd bereikt. Wordt u beter, dan stopt de uitkering ook. Dat geeft u dan zelf door aan de instantie die uw uitkering betaalt, want zonder bericht loopt alles door.
            """),
    ]

    private func retrieve(boost: Double, typeBoost: Double = RetrievalOptions().openingAnswerTypeBoost) throws -> RetrievalResult {
        let folder = try KnowledgeTestFolder()
        for (name, text) in Self.pages { try folder.write("kennis/\(name)", text) }
        var configuration = folder.knowledgeConfiguration
        configuration.retrieval.openingCoverageBoost = boost
        configuration.retrieval.openingAnswerTypeBoost = typeBoost
        let knowledge = try KnowledgeBase.open(configuration)
        return try knowledge.retrieve(knowledge.analyze("Hoe lang heb ik recht op een Ziektewet-uitkering?"))
    }

    @Test func thePageThatOpensWithTheQuestionComesFirst() throws {
        #expect(try retrieve(boost: 0).passages.first?.passage.documentID == "loondoorbetaling")
        #expect(try retrieve(boost: RetrievalOptions().openingCoverageBoost).passages.first?.passage.documentID == "duur")
    }

    /// "Hoe lang" asks for a duration, and "maximaal 2 jaar" stands in the first sentence.
    @Test func anOpeningWithTheKindOfAnswerAskedCountsMore() throws {
        let with = try #require(try retrieve(boost: 0.5).passages.first { $0.passage.documentID == "duur" })
        let without = try #require(try retrieve(boost: 0.5, typeBoost: 0).passages.first { $0.passage.documentID == "duur" })
        #expect(without.openingCoverage <= 1)
        #expect(abs(with.openingCoverage - without.openingCoverage * (1 + RetrievalOptions().openingAnswerTypeBoost)) < 1e-9)
        // Asked without a kind of answer ("Wat …"), the same opening counts once.
        let folder = try KnowledgeTestFolder()
        for (name, text) in Self.pages { try folder.write("kennis/\(name)", text) }
        let knowledge = try KnowledgeBase.open(folder.knowledgeConfiguration)
        let other = try #require(
            try knowledge.retrieve(knowledge.analyze("Wat moet ik weten over mijn recht op een ziektewet-uitkering?")).passages
                .first { $0.passage.documentID == "duur" && $0.passage.ordinal == 0 })
        #expect(other.openingCoverage > 0)
        #expect(other.openingCoverage <= 1)
    }

    @Test func theOpeningsCoverageMultipliesTheFirstPassagesScore() throws {
        let passages = try retrieve(boost: 0.5).passages
        let duur = try #require(passages.first { $0.passage.documentID == "duur" })
        let other = try #require(passages.first { $0.passage.documentID == "loondoorbetaling" })
        #expect(duur.openingCoverage > other.openingCoverage, "the question's words stand in the first 30 words")
        #expect(duur.openingCoverage <= 1 + RetrievalOptions().openingAnswerTypeBoost)
        #expect(abs(duur.factor - (1 + 0.5 * duur.openingCoverage)) < 1e-9)
        let without = try #require(try retrieve(boost: 0).passages.first { $0.passage.documentID == "duur" })
        #expect(without.factor == 1)
        #expect(abs(duur.score - without.score * duur.factor) < 1e-9)
    }
}
