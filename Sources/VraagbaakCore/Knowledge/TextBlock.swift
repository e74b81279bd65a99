/// A stretch of a document's text that survived cleaning: a paragraph, a
/// heading or a list item, in document order.
///
/// Blocks point into `SourceDocument.text` rather than copying it, so that
/// passages and sentences built from them keep their offsets in the source.
public struct TextBlock: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// Running text made of sentences.
        case paragraph
        /// A short line without sentence punctuation that introduces what follows.
        case heading
        /// A bullet (•, *, -) item; the marker is outside `range`.
        case listItem
    }

    public var range: Range<String.Index>
    public var kind: Kind

    public init(range: Range<String.Index>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}

/// A document with the ranges of its text that are article content.
public struct CleanedDocument: Sendable, Hashable {
    public var document: SourceDocument
    public var blocks: [TextBlock]

    public init(document: SourceDocument, blocks: [TextBlock]) {
        self.document = document
        self.blocks = blocks
    }
}
