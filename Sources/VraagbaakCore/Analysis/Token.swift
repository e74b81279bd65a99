/// One unit of analysed text.
///
/// A token carries the range of the source text it came from. Filters change
/// `text` (folding, stemming) and may add tokens (compound parts), but never
/// move `range`: extractive answers and highlighting rely on it pointing at
/// the words the reader sees.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word
        case number
    }

    /// The analysed form; after the full pipeline this is an index term.
    public var text: String
    /// Where the token stands in the original text.
    public var range: Range<String.Index>
    /// The ordinal of the word in its text, used for proximity. Parts of a
    /// split word share the position of the whole word.
    public var position: Int
    public var kind: Kind
    /// True for tokens a filter derived from another one (the parts of a
    /// compound, the pieces of a hyphenated word, "procent" for a % sign).
    public var isDerived: Bool

    public init(text: String, range: Range<String.Index>, position: Int, kind: Kind = .word, isDerived: Bool = false) {
        self.text = text
        self.range = range
        self.position = position
        self.kind = kind
        self.isDerived = isDerived
    }
}
