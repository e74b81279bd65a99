import Foundation
import Testing
@testable import VraagbaakCore

/// Checks `DutchStemmer` against the official Snowball test vocabulary for the
/// Dutch (Porter) stemmer, stored under `Fixtures/snowball-dutch-porter`.
@Suite struct DutchStemmerTests {
    private static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/snowball-dutch-porter")

    private static func lines(_ name: String) throws -> [String] {
        let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test func matchesTheWholeSnowballVocabulary() throws {
        let words = try Self.lines("voc.txt")
        let stems = try Self.lines("output.txt")
        #expect(words.count == 45_670)
        try #require(words.count == stems.count, "voc.txt and output.txt differ in length")

        let stemmer = DutchStemmer()
        var mismatches: [String] = []
        var mismatchCount = 0
        for (index, (word, expected)) in zip(words, stems).enumerated() {
            let actual = stemmer.stem(word)
            guard actual != expected else { continue }
            mismatchCount += 1
            if mismatches.count < 20 {
                mismatches.append("line \(index + 1): \(word) → \(actual), expected \(expected)")
            }
        }
        #expect(
            mismatchCount == 0,
            "\(mismatchCount) of \(words.count) words stem differently:\n\(mismatches.joined(separator: "\n"))"
        )
    }

    /// Words typical for the domain; expected stems taken from the reference output.
    @Test(arguments: [
        ("gemeenten", "gemeent"),
        ("ondersteuning", "ondersteun"),
        ("eenzaamheid", "eenzam"),
        ("huishoudens", "huishouden"),
        ("uitkeringen", "uitker"),
        ("vrijwilligers", "vrijwilliger"),
        ("jongeren", "jonger"),
        ("kinderen", "kinder"),
        ("woningen", "woning"),
        ("toeslagen", "toeslag"),
        ("schulden", "schuld"),
        ("armoede", "armoed"),
        ("agrariërs", "agrarier"),
        ("afvalverwerkingstechnologieën", "afvalverwerkingstechnologieen"),
    ])
    func stemsDomainWords(word: String, expected: String) {
        #expect(DutchStemmer().stem(word) == expected)
    }
}
