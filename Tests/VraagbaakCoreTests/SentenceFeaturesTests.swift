import Foundation
import Testing
@testable import VraagbaakCore

/// The sentence features the composer scores with, and the evaluation's
/// record of them (the input of scripts/fit_sentence_weights.py).
@Suite struct SentenceFeaturesTests {
    static func tokens(_ words: [String]) -> [(term: String, position: Int)] {
        words.enumerated().map { ($0.element, $0.offset) }
    }

    @Test func neighbouringConceptsCloseTogetherCountAsOrderedPairs() {
        let concepts: [Set<String>] = [["graniet"], ["bestand"], ["mens"]]
        let close = Self.tokens(["het", "graniet", "bestand", "telt", "veel", "mens"])
        // graniet–bestand stand side by side; bestand–mens three words apart.
        #expect(AnswerComposer.orderedPairs(of: concepts, in: close) == 0.5)
        let apart = Self.tokens(["graniet", "a", "b", "c", "bestand", "d", "e", "f", "mens"])
        #expect(AnswerComposer.orderedPairs(of: concepts, in: apart) == 0)
        #expect(AnswerComposer.orderedPairs(of: [["graniet"]], in: close) == 0, "one concept has no pairs")
    }

    @Test func theHandSetWeightsScoreAsTheyAreWritten() {
        var features = SentenceFeatures()
        features.ownCoverage = 1
        features.contextCoverage = 0.5
        features.typeMatch = 1
        features.orderedPairs = 1
        #expect(abs(SentenceWeights.handSet.score(features) - (0.6 + 0.2 + 0.15)) < 1e-9)
        #expect(SentenceFeatures.names.count == features.values.count)
    }

    @Test func featuresNoWeightUsesAreComputedOnlyWhenAskedFor() throws {
        let bot = try RepositoryVraagbaak()
        let retrieval = try bot.vraagbaak.askExplained("Wat is het granieten bestand?").retrieval
        var composer = bot.vraagbaak.composer
        let plain = composer.candidates(retrieval, in: bot.vraagbaak.knowledge)
        #expect(plain.allSatisfy { $0.features.values.dropFirst(SentenceFeatures.coreCount).allSatisfy { $0 == 0 } })
        composer.computesEveryFeature = true
        let full = composer.candidates(retrieval, in: bot.vraagbaak.knowledge)
        #expect(!plain.isEmpty && plain.count == full.count)
        #expect(full.allSatisfy { $0.features.passageRank > 0 })
        #expect(zip(plain, full).allSatisfy { $0.score == $1.score }, "features without weight do not change a score")
    }

    @Test func theEvaluationRecordsTheCandidatesAndWhichHoldTheAnswer() throws {
        let bot = try RepositoryVraagbaak()
        var evaluator = Evaluator(vraagbaak: bot.vraagbaak)
        evaluator.recordsCandidates = true
        let testCase = TestCase(
            id: "g", question: "Wat is het granieten bestand?", answerable: true,
            sources: ["granieten-bestand-toch-niet-van-steen"], answerContains: [["vaktaal"]])
        var conversation = Conversation()
        let result = try evaluator.run(testCase, in: &conversation)
        let candidates = try #require(result.candidates)
        #expect(candidates.count > 3)
        #expect(candidates.allSatisfy { $0.features.count == SentenceFeatures.names.count })
        let right = candidates.filter { $0.satisfiedGroups == 1 }
        #expect(!right.isEmpty && right.allSatisfy { $0.text.lowercased().contains("vaktaal") })
        #expect(right.contains { $0.quoted }, "the answer quotes the sentence that holds it")
        #expect(result.questionType == .definition)
        evaluator.recordsCandidates = false
        var fresh = Conversation()
        #expect(try evaluator.run(testCase, in: &fresh).candidates == nil)
    }
}
