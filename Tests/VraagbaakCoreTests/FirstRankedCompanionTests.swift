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

    /// Like the best sentence, the first-ranked page's best brings the
    /// sentence after it that points back to it ("u kunt zich op
    /// verschillende manieren identificeren. bijvoorbeeld met uw paspoort.").
    @Test func theFirstRankedPagesBestBringsItsContinuation() throws {
        let folder = try KnowledgeTestFolder()
        try folder.write("kennis/identificeren.md", """
            ---
            id: identificeren
            ---
            U kunt zich op verschillende manieren identificeren bij de gemeente. Bijvoorbeeld met uw paspoort. Een kopie is niet genoeg.
            """)
        try folder.write("kennis/werk.md", """
            ---
            id: werk
            ---
            Bij een nieuwe werkgever moet u zich identificeren met een geldig identiteitsbewijs. Uw werkgever maakt een kopie.
            """)
        let knowledge = try KnowledgeBase.open(folder.knowledgeConfiguration)
        let retrieval = try knowledge.retrieve(knowledge.analyze("Hoe kan ik mij identificeren bij de gemeente?"))
        func chosen(continuationMargin: Double) throws -> [String] {
            var options = AnswerOptions()
            // Only sentences scoring well above the best one join as companions: the
            // first-ranked page's opening does, "Bijvoorbeeld …" only as its continuation.
            options.companionMargin = -1
            options.continuationMargin = continuationMargin
            let composer = AnswerComposer(options: options)
            let candidates = composer.candidates(retrieval, in: knowledge)
            let first = try #require(candidates.min { $0.passageRank < $1.passageRank }).documentID
            #expect(first == "identificeren")
            let elsewhere = try #require(candidates.filter { $0.documentID != first }.max { $0.score < $1.score })
            return composer.choose(best: elsewhere, from: candidates, type: .other).map(\.text)
        }
        let with = try chosen(continuationMargin: AnswerOptions().continuationMargin)
        #expect(with.contains("U kunt zich op verschillende manieren identificeren bij de gemeente."))
        #expect(with.contains("Bijvoorbeeld met uw paspoort."))
        #expect(try !chosen(continuationMargin: -10).contains("Bijvoorbeeld met uw paspoort."))
    }
}
