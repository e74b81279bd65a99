/// A retrievable stretch of one document: a few paragraphs that belong
/// together, about 40 to 150 words, never cut inside a sentence.
///
/// Passages are what retrieval ranks; sentences are what answers quote. Both
/// are ranges into the document's text, so a quote is always the source's
/// own words.
public struct Passage: Sendable, Hashable {
    public var documentID: String
    /// The passage's place in its document, from 0.
    public var ordinal: Int
    /// From the start of the first sentence to the end of the last one.
    public var range: Range<String.Index>
    /// The heading the passage stands under, if any; it is searched but never quoted.
    public var heading: String?
    /// The quotable sentences, in order.
    public var sentences: [Range<String.Index>]
    /// Each sentence's word count (`PassageBuilder.wordCount`) when the
    /// passage builder made the passage, which counts them anyway; empty
    /// otherwise. The index builder stores them.
    public var sentenceWords: [Int] = []

    public init(documentID: String, ordinal: Int, range: Range<String.Index>, heading: String?, sentences: [Range<String.Index>]) {
        self.documentID = documentID
        self.ordinal = ordinal
        self.range = range
        self.heading = heading
        self.sentences = sentences
    }
}
