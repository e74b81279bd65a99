/// A passage as the index stores it: offsets are UTF-8 byte offsets into the
/// document's text, terms are the analysed tokens in reading order.
public struct StoredPassage: Sendable, Hashable {
    public var id: Int64
    public var documentID: String
    public var ordinal: Int
    public var range: Range<Int>
    public var heading: String?
    /// Index terms in token order (derived terms follow their word).
    public var terms: [String]
    /// The word position of each term, parallel to `terms`.
    public var positions: [Int32]
    public var sentences: [Range<Int>]

    public init(
        id: Int64, documentID: String, ordinal: Int, range: Range<Int>, heading: String?,
        terms: [String], positions: [Int32], sentences: [Range<Int>]
    ) {
        self.id = id
        self.documentID = documentID
        self.ordinal = ordinal
        self.range = range
        self.heading = heading
        self.terms = terms
        self.positions = positions
        self.sentences = sentences
    }
}

extension StoredPassage {
    /// The passage as it may be quoted: its sentences, joined by spaces.
    public func text(in document: SourceDocument) -> String {
        sentences.map { String(document.text.utf8Slice($0)) }.joined(separator: " ")
    }
}

/// Facts about an index: what it was built from and how large it is.
public struct IndexSummary: Sendable, Hashable {
    public var schemaVersion: Int
    public var contentHash: String
    /// The sizes and times of the folder's files at the build (`KnowledgeFingerprint.stamp(of:)`).
    public var fileStamp: String
    public var builtAt: String
    public var documentCount: Int
    public var passageCount: Int
    public var sentenceCount: Int
    public var averagePassageLength: Double
}

extension String {
    /// The text between two UTF-8 offsets.
    public func utf8Slice(_ range: Range<Int>) -> Substring {
        let lower = utf8.index(startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        return self[lower..<upper]
    }

    func utf8Offset(of index: String.Index) -> Int {
        utf8.distance(from: startIndex, to: index)
    }

    func utf8Offsets(_ range: Range<String.Index>) -> Range<Int> {
        let lower = utf8Offset(of: range.lowerBound)
        return lower..<(lower + utf8.distance(from: range.lowerBound, to: range.upperBound))
    }
}
