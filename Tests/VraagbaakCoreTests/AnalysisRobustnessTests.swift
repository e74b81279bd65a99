import Foundation
import Testing
@testable import VraagbaakCore

/// Regression tests from fuzzing the analysis chain: long runs of letters
/// made compound splitting take minutes.
struct AnalysisRobustnessTests {
    static let analyzer = Analyzer.dutch(vocabulary: WordCounts([
        "schuld": 3, "hulp": 4, "verlening": 2, "jongeren": 2, "werk": 5, "aaaa": 1,
    ]))

    @Test(arguments: [
        ("one long word", String(repeating: "a", count: 8_000)),
        ("apostrophes", String(repeating: "a'", count: 4_000)),
        ("hyphens", String(repeating: "a-", count: 4_000)),
        ("repeated compound", String(repeating: "schuldhulpverlening", count: 400)),
        ("repeated compound 2", String(repeating: "jongerenwerk", count: 600)),
    ])
    func aLongRunOfLettersIsAnalysedQuickly(name: String, text: String) {
        let started = Date()
        let tokens = Self.analyzer.analyze(text)
        #expect(Date().timeIntervalSince(started) < 2, "\(name)")
        #expect(!tokens.isEmpty, "\(name)")
        for token in tokens { #expect(token.range.upperBound <= text.endIndex) }
    }

    @Test func compoundsUpToTheMaximumLengthAreStillSplit() {
        let splitter = CompoundSplitter(vocabulary: WordCounts(["schuld": 3, "hulp": 4, "verlening": 2]))
        #expect(splitter.split("schuldhulpverlening") == ["schuld", "hulp", "verlening"])
        #expect(splitter.maximumWordLength == 60)
        #expect(splitter.split(String(repeating: "schuldhulp", count: 7)) == nil, "70 letters")
    }
}
