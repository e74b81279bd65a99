import Testing
@testable import VraagbaakCore

/// A synonym of several words counts only whole: "ondersteuning" alone is
/// not the Wmo.
@Suite struct SynonymPhraseTests {
    private let query = AnalyzedQuery(
        question: "Wanneer kwam de Wmo?",
        concepts: [AnalyzedQuery.Concept(surface: "wmo", alternatives: [
            .init(terms: ["wmo"], weight: 1, origin: .question),
            .init(terms: ["wet", "maatschapp", "ondersteun"], weight: 0.85, origin: .synonym),
        ])],
        type: .time, words: ["wanneer", "kwam", "de", "wmo"])
    private let ids: [String: UInt32] = ["wmo": 0, "wet": 1, "maatschapp": 2, "ondersteun": 3]

    @Test func aSynonymPhraseCountsOnlyWhole() {
        let meter = SentenceCoverage(RetrievalResult(query: query, passages: [], conceptWeights: [1])) { ids[$0] }
        #expect(meter.coverage(of: [3]) == 0)
        #expect(meter.coverage(of: [1, 3]) == 0)
        #expect(abs(meter.coverage(of: [1, 2, 3]) - 0.85) < 1e-9)
        #expect(meter.coverage(of: [0]) == 1)
    }

    @Test func theQuestionsOwnWordsStillCountInPart() {
        var phrase = query
        phrase.concepts[0].alternatives = [.init(terms: ["sociaal", "werker"], weight: 1, origin: .question)]
        let meter = SentenceCoverage(RetrievalResult(query: phrase, passages: [], conceptWeights: [1])) { ["sociaal": 0, "werker": 1][$0] }
        #expect(meter.coverage(of: [0]) == 0.5)
    }
}
