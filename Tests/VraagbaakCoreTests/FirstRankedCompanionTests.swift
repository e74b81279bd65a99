import Foundation
import Testing
@testable import VraagbaakCore

/// When the best sentence comes from another page than the one ranked
/// first, the first-ranked page's best sentence is weighed first among the
/// companions, so the answer still cites it.
struct FirstRankedCompanionTests {
    private func candidates(_ question: String) throws -> (AnswerComposer, [SentenceCandidate]) {
        let fixture = try IndexFixture()
        try fixture.build()
        let knowledge = try KnowledgeBase.open(fixture.configuration)
        let composer = AnswerComposer()
        return (composer, composer.candidates(try knowledge.retrieve(knowledge.analyze(question)), in: knowledge))
    }

    @Test func aBestSentenceFromAnotherPageBringsTheFirstRankedPagesBest() throws {
        let (composer, candidates) = try candidates("Hoe helpt de gemeente mensen in de bijstand met schulden?")
        let first = try #require(candidates.min { $0.passageRank < $1.passageRank }).documentID
        let elsewhere = try #require(candidates.first { $0.documentID != first }, "the question should reach two pages")
        let companion = try #require(composer.firstRankedCompanion(for: elsewhere, in: candidates))
        #expect(companion.documentID == first)
        let firstPageBest = candidates.filter { $0.documentID == first }.map(\.score).max()
        #expect(companion.score == firstPageBest)
    }

    @Test func aBestSentenceFromTheFirstRankedPageNeedsNone() throws {
        let (composer, candidates) = try candidates("Hoe helpt de gemeente mensen in de bijstand met schulden?")
        let first = try #require(candidates.min { $0.passageRank < $1.passageRank }).documentID
        let best = try #require(candidates.first { $0.documentID == first })
        #expect(composer.firstRankedCompanion(for: best, in: candidates) == nil)
    }
}
