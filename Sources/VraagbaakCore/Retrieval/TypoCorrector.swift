/// Maps a question word the index does not know to a close, frequent word it
/// does know ("hoevel" to "hoeveel", "schuldhulpverleining" to
/// "schuldhulpverlening").
///
/// Words of four to seven letters may differ by one edit, longer words by
/// two (insertions, deletions, substitutions and swaps of neighbours). Among
/// the candidates the most frequent wins, then the closest, then the first in
/// alphabetical order: the vocabulary is a dictionary, whose order changes
/// from run to run, and a tie ("lang" to "bang" or "gang", both once in the
/// articles) must not give a different answer each time the program starts.
public struct TypoCorrector: Sendable {
    public var vocabulary: WordCounts
    /// Candidates must occur at least this often. The default is 1.
    public var minimumCount = 1
    private let byLength: [Int: [(word: [Character], count: Int, letters: UInt64)]]

    public init(vocabulary: WordCounts) {
        self.vocabulary = vocabulary
        var byLength: [Int: [(word: [Character], count: Int, letters: UInt64)]] = [:]
        for (word, count) in vocabulary.counts where word.count >= 3 {
            let characters = Array(word)
            byLength[characters.count, default: []].append((characters, count, Self.letterSet(characters)))
        }
        self.byLength = byLength
    }

    /// The letters a word holds, as bits (several letters may share a bit).
    /// Every letter of one word that the other lacks costs at least one edit,
    /// so the bits give a lower bound of the distance that is cheap to check
    /// before the distance itself.
    static func letterSet(_ word: [Character]) -> UInt64 {
        var bits: UInt64 = 0
        for character in word {
            bits |= 1 << UInt64((character.unicodeScalars.first?.value ?? 0) % 64)
        }
        return bits
    }

    /// A correction for `word`, or nil when it is known or nothing is close enough.
    public func correction(for word: String) -> String? {
        guard !vocabulary.contains(word), word.allSatisfy(\.isLetter) else { return nil }
        let letters = Array(word)
        let maximumDistance = letters.count >= 8 ? 2 : (letters.count >= 4 ? 1 : 0)
        guard maximumDistance > 0 else { return nil }
        var best: (word: [Character], count: Int, distance: Int)?
        let letterBits = Self.letterSet(letters)
        for length in (letters.count - maximumDistance)...(letters.count + maximumDistance) {
            for candidate in byLength[length] ?? [] where candidate.count >= minimumCount {
                guard (letterBits & ~candidate.letters).nonzeroBitCount <= maximumDistance,
                      (candidate.letters & ~letterBits).nonzeroBitCount <= maximumDistance,
                      let distance = Self.distance(letters, candidate.word, limit: maximumDistance) else { continue }
                if best == nil || (candidate.count, -distance) > (best!.count, -best!.distance)
                    || ((candidate.count, distance) == (best!.count, best!.distance)
                        && candidate.word.lexicographicallyPrecedes(best!.word)) {
                    best = (candidate.word, candidate.count, distance)
                }
            }
        }
        return best.map { String($0.word) }
    }

    /// The optimal-string-alignment distance, or nil when it exceeds `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1..<(b.count + 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        let result = a.isEmpty ? b.count : previous[b.count]
        return result <= limit ? result : nil
    }
}
