import Foundation
import Testing
@testable import VraagbaakCore

/// The ranking formula's weights, and the evaluation's record of every
/// candidate passage (the input of scripts/fit_ranking_weights.py).
@Suite struct RankingWeightsTests {
    @Test func theDefaultWeightsScoreAsTheFormulaIsWritten() {
        let weights = RankingWeights()
        let score = weights.score(bm25: 5, coverage: 0.5, proximity: 0.25, titleMatch: 1, ordinal: 1)
        #expect(abs(score - (5 * (0.4 + 0.5) + 2.0 * 0.25 + 0.4 * 0.25 + 0.6)) < 1e-9)
        let lead = weights.score(bm25: 5, coverage: 0.5, proximity: 0.25, titleMatch: 1, ordinal: 0)
        #expect(abs(lead - 1.15 * score) < 1e-9, "a document's opening passage")
        #expect(RankingWeights(values: weights.values) == weights)
        #expect(RankingWeights(values: [1, 2, 3]) == nil, "one value per weight")
    }

    @Test func theEvaluationRecordsEveryCandidatePassageInRetrievalOrder() throws {
        let bot = try RepositoryVraagbaak()
        var evaluator = Evaluator(vraagbaak: bot.vraagbaak)
        evaluator.recordsPassages = true
        let testCase = TestCase(
            id: "g", question: "Wat is het granieten bestand?", answerable: true,
            sources: ["granieten-bestand-toch-niet-van-steen"], answerContains: [["vaktaal"]])
        var conversation = Conversation()
        let result = try evaluator.run(testCase, in: &conversation)
        let passages = try #require(result.passages)
        #expect(passages.first?.document == "granieten-bestand-toch-niet-van-steen")
        // The features give back the score with the default weights and lead factor,
        // times the factor recorded for what lies beyond them (the opening's coverage).
        let weights = RankingWeights()
        for passage in passages {
            let score = weights.score(
                bm25: passage.bm25, coverage: passage.coverage, proximity: passage.proximity, titleMatch: passage.titleMatch,
                ordinal: passage.ordinal)
            #expect(abs(score * passage.factor - passage.score) < 1e-9)
            let opening = 1 + RetrievalOptions().openingCoverageBoost * passage.openingCoverage
            #expect(abs(passage.factor - opening) < 1e-9, "no definition boost for this question")
            if passage.ordinal != 0 { #expect(passage.openingCoverage == 0) }
            #expect(passage.contextFactor == 1, "a first question has no conversation")
        }
        let ten = try bot.vraagbaak.askExplained(testCase.question).retrieval.passages
        #expect(passages.count >= ten.count, "every candidate, not only the ten an answer sees")
        #expect(ten.map(\.passage.documentID) == passages.prefix(ten.count).map(\.document), "in retrieval order")
        evaluator.recordsPassages = false
        var fresh = Conversation()
        #expect(try evaluator.run(testCase, in: &fresh).passages == nil)
    }

    @Test func otherWeightsChangeTheScores() throws {
        let bot = try RepositoryVraagbaak()
        var configuration = bot.vraagbaak.knowledge.configuration
        configuration.retrieval.weights.titleMatch = 5
        let knowledge = try KnowledgeBase.open(configuration)
        let query = knowledge.analyze("Wat is het granieten bestand?")
        let passage = try #require(try knowledge.retrieve(query).passages.first)
        let ordinal = passage.passage.ordinal
        var score = RankingWeights().score(
            bm25: passage.bm25, coverage: passage.coverage, proximity: passage.proximity, titleMatch: passage.titleMatch, ordinal: 1)
        score += 4.4 * passage.titleMatch
        if ordinal == 0 { score *= 1.15 }
        #expect(abs(score * passage.factor - passage.score) < 1e-9)
    }
}
