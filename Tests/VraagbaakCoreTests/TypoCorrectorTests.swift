import Testing
@testable import VraagbaakCore

@Suite struct TypoCorrectorTests {
    private static let vocabulary = WordCounts([
        "hoeveel": 4, "werken": 12, "schuldhulpverlening": 3, "bijstand": 9, "gemeenten": 40,
        "jongerenwerkers": 5, "wmo": 7, "ggz": 6,
    ])

    private let corrector = TypoCorrector(vocabulary: Self.vocabulary)

    @Test(arguments: [
        ("hoevel", "hoeveel"),
        ("werke", "werken"),
        ("schuldhulpverleining", "schuldhulpverlening"),
        ("bijstnad", "bijstand"),
        ("gemeeten", "gemeenten"),
        ("jongerwerkers", "jongerenwerkers"),
        ("wekren", "werken"),
    ])
    func correctsAMisspelledWord(typed: String, meant: String) {
        #expect(corrector.correction(for: typed) == meant)
    }

    @Test(arguments: ["werken", "hoeveel", "schuldhulpverlening", "wmo"])
    func aKnownWordIsNotCorrected(word: String) {
        #expect(corrector.correction(for: word) == nil)
    }

    @Test(arguments: ["openingstijden", "parkeervergunning", "hoeveelheid", "wrk"])
    func aWordWithoutACloseNeighbourGetsNil(word: String) {
        #expect(corrector.correction(for: word) == nil)
    }

    @Test(arguments: ["wno", "gz", "ggx", "a"])
    func wordsOfThreeLettersOrFewerAreNeverCorrected(word: String) {
        #expect(corrector.correction(for: word) == nil)
    }

    @Test func aWordOfFourLettersMayDifferByOneEdit() {
        let corrector = TypoCorrector(vocabulary: WordCounts(["hulp": 3]))
        #expect(corrector.correction(for: "hulq") == "hulp")
        #expect(corrector.correction(for: "hlq") == nil)
    }

    @Test func shortWordsAllowOneEditAndLongWordsTwo() {
        let corrector = TypoCorrector(vocabulary: WordCounts(["werken": 1, "bijstand": 1]))
        #expect(corrector.correction(for: "wrkn") == nil, "two edits in a word of four letters")
        #expect(corrector.correction(for: "bjstnd") == nil, "two edits in a word of six letters")
        #expect(corrector.correction(for: "bistnad") == nil, "two edits in a word of seven letters")
        #expect(corrector.correction(for: "bijsatnt") == "bijstand", "two edits in a word of eight letters")
    }

    @Test(arguments: [
        (["werken": 3, "werk": 10], "werk"),
        (["werken": 10, "werk": 3], "werken"),
        (["werken": 5, "werker": 6], "werker"),
    ])
    func theMostFrequentCandidateWins(counts: [String: Int], expected: String) {
        #expect(TypoCorrector(vocabulary: WordCounts(counts)).correction(for: "werke") == expected)
    }

    @Test func onEqualFrequencyTheCloserCandidateWins() {
        // "bijstnad" is one swap from "bijstand" and two substitutions from "bijstaan".
        let corrector = TypoCorrector(vocabulary: WordCounts(["bijstaan": 2, "bijstand": 2]))
        #expect(corrector.correction(for: "bijstnad") == "bijstand")
    }

    @Test func onEqualFrequencyAndDistanceTheAlphabeticallyFirstWins() {
        // "lang" is one substitution from each; the dictionary's order must not decide.
        for extra in 0..<8 {
            var counts = ["tang": 1, "gang": 1, "bang": 1, "zang": 1, "hang": 1]
            for filler in 0..<extra { counts["woord\(filler)"] = 1 }
            #expect(TypoCorrector(vocabulary: WordCounts(counts)).correction(for: "lang") == "bang")
        }
    }

    @Test func candidatesBelowTheMinimumCountAreIgnored() {
        var corrector = TypoCorrector(vocabulary: WordCounts(["werken": 1, "werk": 1, "werker": 5]))
        corrector.minimumCount = 2
        #expect(corrector.correction(for: "werke") == "werker")
        corrector.minimumCount = 6
        #expect(corrector.correction(for: "werke") == nil)
    }

    @Test(arguments: ["covid19", "24/7", "werke!", "wer-ken"])
    func wordsWithOtherThanLettersAreNotCorrected(word: String) {
        #expect(corrector.correction(for: word) == nil)
    }

    @Test(arguments: [
        ("werken", "werken", 0),
        ("werke", "werken", 1),
        ("wekren", "werken", 1),
        ("bijstnad", "bijstaan", 2),
        ("", "ggz", 3),
    ])
    func distanceCountsEditsAndSwaps(a: String, b: String, distance: Int) {
        #expect(TypoCorrector.distance(Array(a), Array(b), limit: 3) == distance)
        #expect(TypoCorrector.distance(Array(b), Array(a), limit: 3) == distance)
    }

    @Test func distanceBeyondTheLimitIsNil() {
        #expect(TypoCorrector.distance(Array("openingstijden"), Array("schuldhulpverlening"), limit: 2) == nil)
        #expect(TypoCorrector.distance(Array("bijstnad"), Array("bijstaan"), limit: 1) == nil)
    }
}
