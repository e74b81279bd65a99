import Testing
@testable import VraagbaakCore

@Suite struct QueryAnalyzerTests {
    private func analyzer() -> QueryAnalyzer {
        let vocabulary = WordCounts([
            "lang": 3, "recht": 5, "uitkering": 4, "jaar": 6, "zwembad": 2, "open": 2, "auto": 4, "kopen": 3, "ga": 2, "regelen": 2,
        ])
        return QueryAnalyzer(analyzer: Analyzer.dutch(vocabulary: vocabulary), vocabulary: vocabulary, thesaurus: Thesaurus())
    }

    private func importance(of surface: String, in question: String) throws -> Double {
        try #require(analyzer().analyze(question).concepts.first { $0.surface == surface }).importance
    }

    /// "Hoe lang" asks for a duration: the answer says "2 jaar", not "lang".
    @Test(arguments: [("Hoe lang heb ik recht op een uitkering?", "lang"), ("In welk jaar opende het zwembad?", "jaar")])
    func aWordNamingTheKindOfAnswerCountsLess(question: String, word: String) throws {
        #expect(try importance(of: word, in: question) == QueryOptions().fillerWeight)
        #expect(try importance(of: "uitkering", in: "Hoe lang heb ik recht op een uitkering?") == 1)
    }

    /// Without the question word before it the same word is a subject like any other.
    @Test func theSameWordElsewhereKeepsItsImportance() throws {
        #expect(try importance(of: "lang", in: "Is de uitkering lang?") == 1)
    }

    /// "ga" of "als ik een auto ga kopen" frames the question like "gaat" does;
    /// the car and the buying are what it is about.
    @Test func everyFormOfALightVerbIsAFiller() throws {
        let question = "Wat moet ik regelen als ik een auto ga kopen?"
        #expect(try importance(of: "ga", in: question) == QueryOptions().fillerWeight)
        #expect(try importance(of: "auto", in: question) == 1)
        #expect(try importance(of: "kopen", in: question) == 1)
    }
}
