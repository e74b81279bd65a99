import Foundation
import Testing
@testable import VraagbaakCore

/// A name of several words is one thing: its words do not outweigh what a
/// question asks about it.
@Suite struct NameWeightTests {
    @Test func aNameOfSeveralWordsIsMarkedWithItsLength() {
        let question = "Wat adviseert Stichting Welzijn Oostwijk over reiskosten?"
        let vocabulary = WordCounts(["stichting": 1, "welzijn": 1, "oostwijk": 1, "reiskosten": 1, "adviseert": 1])
        let analyzer = QueryAnalyzer(analyzer: Analyzer.dutch(vocabulary: vocabulary), vocabulary: vocabulary, thesaurus: Thesaurus())
        let lengths = Dictionary(analyzer.analyze(question).concepts.map { ($0.surface, $0.nameLength) }) { first, _ in first }
        #expect(lengths["stichting"] == 3 && lengths["welzijn"] == 3 && lengths["oostwijk"] == 3)
        #expect(lengths["reiskosten"] == 1)
        // The first word of a sentence is capitalised anyway.
        let opening = analyzer.analyze("Reiskosten van Stichting Welzijn?").concepts
        #expect(opening.first { $0.surface == "reiskosten" }?.nameLength == 1)
        #expect(opening.first { $0.surface == "welzijn" }?.nameLength == 2)
    }

    /// The sentence that only names the adviser ("Dat zegt de Stichting
    /// Welzijn Oostwijk.") holds two thirds of the question, not three
    /// quarters, once the name's three words count as two.
    @Test func aSentenceWithOnlyTheNameCoversLess() {
        let vocabulary = WordCounts(["stichting": 1, "welzijn": 1, "oostwijk": 1, "reiskosten": 1])
        let analyzer = QueryAnalyzer(analyzer: Analyzer.dutch(vocabulary: vocabulary), vocabulary: vocabulary, thesaurus: Thesaurus())
        let query = analyzer.analyze("Wat zegt Stichting Welzijn Oostwijk over reiskosten?")
        let terms = ["stichting", "welzijn", "oostwijk", "reiskost"]
        let ids = Dictionary(uniqueKeysWithValues: terms.enumerated().map { ($1, UInt32($0)) })
        let retrieval = RetrievalResult(query: query, passages: [], conceptWeights: query.concepts.map { _ in 1 })
        let meter = SentenceCoverage(retrieval) { ids[$0] }
        let name = meter.coverage(of: [0, 1, 2])
        let advice = meter.coverage(of: [3])
        // Four concepts of weight 1, the name's three at 2/3 each: 2/3 against 1/3.
        #expect(abs(name - 2.0 / 3.0) < 1e-9)
        #expect(abs(advice - 1.0 / 3.0) < 1e-9)
    }

    @Test func aNameWeighsAsHalfItsWordsPlusOne() {
        #expect(SentenceCoverage.nameShare(1) == 1)
        #expect(SentenceCoverage.nameShare(2) * 2 == 1.5)
        #expect(SentenceCoverage.nameShare(3) * 3 == 2)
    }
}
