/// Finds the longer words of the knowledge base that begin or end with a
/// question word the articles never write on its own.
///
/// The compound splitter (`CompoundSplitter`) cuts an article's compound only
/// into parts the articles also write alone, so "peutervoorzieningen" stays
/// whole when no article says "peuter", and a question about "peuters" or
/// "feesten" finds neither "peutervoorzieningen" nor "feestvierders".
/// Looking the other way, from the question word to the compounds that hold
/// it as first or last part ("organisatie" in "brancheorganisatie"), finds
/// them; it also finds an inflection the stemmer leaves apart ("rolmodel",
/// "rolmodellen"). Only words the vocabulary lacks are completed: a word the
/// articles write has its own matches, and completing it would add noise.
/// Short stems are left alone too: "lang" begins "langzaam" and ends
/// "levensbelang", which have nothing to do with it.
public struct CompoundCompletion: Sendable {
    /// Shorter stems are not completed. The default is 5.
    public var minimumStemLength = 5
    /// A completion is at least this many letters longer than the stem. The default is 3.
    public var minimumRestLength = 3
    /// At most this many completions, the most frequent first. The default is 5.
    public var maximumCompletions = 5
    private let vocabulary: WordCounts
    /// The vocabulary's words as UTF-8, sorted, so that the words with a given
    /// beginning are one range found by binary search.
    private let forward: [[UInt8]]
    /// The same words spelled backwards, sorted: the words with a given ending.
    private let backward: [[UInt8]]

    public init(vocabulary: WordCounts) {
        self.vocabulary = vocabulary
        forward = vocabulary.counts.keys.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        backward = vocabulary.counts.keys.map { Array($0.utf8.reversed()) }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The words that begin with `stem` (the question word's index term) or
    /// end with it or with `word` itself (a compound inflects its last part:
    /// "schoolprestaties" ends with "prestaties"), for a `word` the vocabulary
    /// does not hold; the most frequent first, ties in alphabetical order.
    public func completions(of word: String, stem: String) -> [String] {
        guard !vocabulary.contains(word), stem.count >= minimumStemLength else { return [] }
        var found = Set<String>()
        for bytes in Self.words(in: forward, beginningWith: Array(stem.utf8)) {
            found.insert(String(decoding: bytes, as: UTF8.self))
        }
        for ending in Set([stem, word]) where ending.count >= minimumStemLength {
            for bytes in Self.words(in: backward, beginningWith: Array(ending.utf8.reversed())) {
                found.insert(String(decoding: bytes.reversed(), as: UTF8.self))
            }
        }
        return found
            .filter { $0.count - stem.count >= minimumRestLength }
            .map { (word: $0, count: vocabulary.count(of: $0)) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.word < $1.word }
            .prefix(maximumCompletions)
            .map(\.word)
    }

    /// The words of `sorted` that begin with `prefix`, in order.
    static func words(in sorted: [[UInt8]], beginningWith prefix: [UInt8]) -> ArraySlice<[UInt8]> {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].lexicographicallyPrecedes(prefix) { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < sorted.count, sorted[end].starts(with: prefix) { end += 1 }
        return sorted[low..<end]
    }
}
