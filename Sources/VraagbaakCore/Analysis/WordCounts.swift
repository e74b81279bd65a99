/// How often each folded surface word occurs in a knowledge base.
///
/// Compound splitting and typo correction consult it, so Vraagbaak learns its
/// Dutch vocabulary from the articles it serves instead of an external word
/// list: a municipality's own jargon is known the moment it is indexed.
public struct WordCounts: Sendable, Hashable {
    public private(set) var counts: [String: Int]

    public init(_ counts: [String: Int] = [:]) {
        self.counts = counts
    }

    public func count(of word: String) -> Int {
        counts[word] ?? 0
    }

    public func contains(_ word: String) -> Bool {
        counts[word] != nil
    }

    public mutating func add(_ word: String, count: Int = 1) {
        counts[word, default: 0] += count
    }

    public var isEmpty: Bool { counts.isEmpty }
}
