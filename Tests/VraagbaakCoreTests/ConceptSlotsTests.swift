import Foundation
import Testing
@testable import VraagbaakCore

@Suite struct ConceptSlotsTests {
    /// "bijstand" (or "uitkering"), "aanvragen" (or the synonym phrase
    /// "indienen aanvraag", whole only), and a word no passage holds.
    private var query: AnalyzedQuery {
        AnalyzedQuery(
            question: "bijstand aanvragen xyz",
            concepts: [
                .init(surface: "bijstand", alternatives: [
                    .init(terms: ["bijstand"], weight: 1, origin: .question),
                    .init(terms: ["uitkering"], weight: 0.85, origin: .synonym),
                ]),
                .init(surface: "aanvragen", alternatives: [
                    .init(terms: ["aanvrag"], weight: 1, origin: .question),
                    .init(terms: ["indien", "aanvrag"], weight: 0.85, origin: .synonym),
                ], importance: 0.5),
                .init(surface: "xyz", alternatives: [.init(terms: ["xyz"], weight: 1, origin: .question)]),
            ],
            type: .other, words: ["bijstand", "aanvragen", "xyz"])
    }

    /// Passage ids: bijstand 4, uitkering 4100 (the same filter bit as 4),
    /// aanvrag 9, indien 12; "xyz" only as a title word (id 5000).
    private func slots() -> ConceptSlots {
        let passageIDs: [String: UInt32] = ["bijstand": 4, "uitkering": 4100, "aanvrag": 9, "indien": 12]
        return ConceptSlots(
            query: query, conceptWeights: [2, 1, 3], termID: { passageIDs[$0] },
            titleID: { passageIDs[$0] ?? ($0 == "xyz" ? 5000 : nil) }, idf: { Double($0.count) })
    }

    @Test func eachDistinctTermThePassagesHoldGetsOneSlot() {
        let slots = slots()
        #expect(slots.slotTerms == [4, 4100, 9, 12])
        #expect(slots.slotIDF == [8, 9, 7, 6])
        #expect(slots.conceptCount == 3)
        #expect(slots.importance == [1, 0.5, 1])
        #expect(slots.weight == [2, 1, 3])
    }

    @Test func alternativesPointAtTheirSlotsInOrder() {
        let slots = slots()
        #expect(slots.alternativeStarts == [0, 2, 4, 5])
        #expect(slots.slotStarts == [0, 1, 2, 3, 5, 6])
        // "aanvrag" in both alternatives of its concept is one slot; "xyz" has none.
        #expect(slots.slots == [0, 1, 2, 3, 2, -1])
        #expect(slots.alternativeWeight == [1, 0.85, 1, 0.85, 1])
        #expect(slots.alternativeTermCount == [1, 1, 1, 2, 1])
        #expect(slots.countsOnlyWhole == [false, false, false, true, false])
    }

    @Test func aTokensSlotIsFoundPastTheFilter() {
        let slots = slots()
        #expect(slots.slot(of: 4) == 0)
        #expect(slots.slot(of: 4100) == 1)
        #expect(slots.slot(of: 12) == 3)
        // 8196 shares the filter bit of 4 and 4100 but is no slot.
        #expect(slots.slot(of: 8196) == nil)
        #expect(slots.slot(of: 5) == nil)
    }

    @Test func aWholeOnlyAlternativeMissesATermItLacks() {
        let slots = slots()
        #expect(slots.missesATerm(3, frequencies: [0, 0, 1, 0]))
        #expect(!slots.missesATerm(3, frequencies: [0, 0, 1, 2]))
        // A term the passages do not hold is always missing.
        #expect(slots.missesATerm(4, frequencies: [1, 1, 1, 1]))
    }

    @Test func titleWordsAreMatchedPerConcept() {
        let slots = slots()
        #expect(slots.titleIDs == [4, 4100, 9, 12, 9, 5000])
        #expect(slots.titleHolds(0, title: [4100, 77]))
        #expect(!slots.titleHolds(1, title: [4100, 77]))
        #expect(slots.titleHolds(2, title: [5000]))
        #expect(!slots.titleHolds(2, title: []))
    }

    /// The scorer's coverage from slots: the best alternative per concept,
    /// weighted; the phrase counts only when whole.
    @Test func coverageFromSlotsWeighsTheBestAlternative() {
        let scorer = PassageScorer(
            query: query, documentFrequencies: ["bijstand": 1, "uitkering": 1, "aanvrag": 1, "indien": 1],
            passageCount: 10, averageLength: 5, options: RetrievalOptions())
        let ids: [String: UInt32] = ["bijstand": 4, "uitkering": 4100, "aanvrag": 9, "indien": 12]
        let slots = ConceptSlots(
            query: query, conceptWeights: scorer.conceptWeights, termID: { ids[$0] }, titleID: { _ in nil }, idf: scorer.idf)
        let weights = scorer.conceptWeights
        let total = scorer.totalConceptWeight
        // Only "uitkering": 0.85 of the first concept.
        #expect(scorer.coverage(of: [0, 1, 0, 0], slots: slots) == weights[0] * 0.85 / total)
        // "bijstand" twice counts once.
        #expect(scorer.coverage(of: [2, 1, 0, 0], slots: slots) == weights[0] * 1 / total)
        // "indien" alone: the phrase is not whole, so nothing of the second concept.
        #expect(scorer.coverage(of: [0, 0, 0, 1], slots: slots) == 0)
        // The whole phrase: 0.85 × 2 of 2 terms.
        #expect(scorer.coverage(of: [0, 0, 1, 1], slots: slots) == (0 + weights[1] * 1) / total)
    }
}
