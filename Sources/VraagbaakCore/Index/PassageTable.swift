/// Every analysed passage of an index, held in memory as term ids.
///
/// Loaded once when a knowledge base opens, so a question reads no passage
/// rows and decodes no strings: retrieval scores candidates from `tokens`
/// and `positions`, and answer composition takes a sentence's terms from
/// `sentenceTokenStarts` instead of analysing it again. The arrays are flat
/// (one per column, passages one after another) to keep a 100k-passage
/// index in tens of megabytes.
public struct PassageTable: Sendable {
    /// The analysed terms, by term id.
    public let terms: [String]
    /// The id of each term of `terms`.
    public let termIDs: [String: UInt32]
    /// Document ids; passages refer to them by index.
    public let documentIDs: [String]
    /// The index of each of `documentIDs`.
    let documentIndex: [String: Int32]

    /// Per passage (index = passage id − 1):
    let passageDocuments: [Int32]
    let ordinals: [Int32]
    let starts: [Int32]
    let ends: [Int32]
    let headings: [String?]
    /// The first token of each passage in `tokens`, and one past the last passage.
    let tokenStarts: [Int32]
    /// The first sentence of each passage in `sentenceBounds`, and one past the last.
    let sentenceStarts: [Int32]

    /// Per token: the term id and the word position (negative in the heading).
    let tokens: [UInt32]
    let positions: [Int32]

    /// Per sentence: its UTF-8 range in the document, and where its tokens start in `tokens`.
    let sentenceLowerBounds: [Int32]
    let sentenceUpperBounds: [Int32]
    let sentenceTokenStarts: [Int32]
    /// Per sentence: the answer types it holds (`AnswerTypeDetector.types(of:)`) and its word count.
    let sentenceTypes: [UInt8]
    let sentenceWords: [Int32]

    public var count: Int { ordinals.count }

    /// The analysed terms of one column set; see `IndexStore.passageTable()`.
    struct Columns {
        var terms: [String] = []
        var documentIDs: [String] = []
        /// The index of each of `documentIDs`, kept while reading the rows.
        var documentIndex: [String: Int32] = [:]
        var passageDocuments: [Int32] = []
        var ordinals: [Int32] = []
        var starts: [Int32] = []
        var ends: [Int32] = []
        var headings: [String?] = []
        var tokenStarts: [Int32] = [0]
        var sentenceStarts: [Int32] = [0]
        var tokens: [UInt32] = []
        var positions: [Int32] = []
        var sentenceLowerBounds: [Int32] = []
        var sentenceUpperBounds: [Int32] = []
        var sentenceTokenStarts: [Int32] = []
        var sentenceTypes: [UInt8] = []
        var sentenceWords: [Int32] = []
    }

    init(_ columns: Columns) {
        terms = columns.terms
        termIDs = Dictionary(columns.terms.enumerated().map { ($0.element, UInt32($0.offset)) }, uniquingKeysWith: { first, _ in first })
        documentIDs = columns.documentIDs
        documentIndex = columns.documentIndex
        passageDocuments = columns.passageDocuments
        ordinals = columns.ordinals
        starts = columns.starts
        ends = columns.ends
        headings = columns.headings
        tokenStarts = columns.tokenStarts
        sentenceStarts = columns.sentenceStarts
        tokens = columns.tokens
        positions = columns.positions
        sentenceLowerBounds = columns.sentenceLowerBounds
        sentenceUpperBounds = columns.sentenceUpperBounds
        sentenceTokenStarts = columns.sentenceTokenStarts
        sentenceTypes = columns.sentenceTypes
        sentenceWords = columns.sentenceWords
    }

    /// The tokens of passage `index` as a range into `tokens` and `positions`.
    func tokenRange(_ index: Int) -> Range<Int> {
        Int(tokenStarts[index])..<Int(tokenStarts[index + 1])
    }

    /// How many passages the document of passage `index` has, counted from
    /// that passage on (a document's passages are stored one after the
    /// other), up to `limit`.
    func passagesOnward(from index: Int, upTo limit: Int) -> Int {
        var count = 1
        while count < limit, index + count < passageDocuments.count, passageDocuments[index + count] == passageDocuments[index] {
            count += 1
        }
        return count
    }

    /// Whether `token`, of a passage whose tokens start at `passageStart`,
    /// was added by analysis rather than written: a compound's part, a
    /// participle's verb or the "procent" of "5%" follows the word it came
    /// from at that word's position (a written word always has a position of
    /// its own), so no flag needs storing.
    func isDerived(_ token: Int, passageStart: Int) -> Bool {
        token > passageStart && positions[token] == positions[token - 1]
    }

    /// The sentences of passage `index` as a range into the sentence arrays.
    func sentenceRange(_ index: Int) -> Range<Int> {
        Int(sentenceStarts[index])..<Int(sentenceStarts[index + 1])
    }

    /// The tokens of sentence `sentence` (an index into the sentence arrays) of passage `index`.
    func sentenceTokens(_ sentence: Int, of index: Int) -> Range<Int> {
        let end = sentence + 1 < Int(sentenceStarts[index + 1]) ? Int(sentenceTokenStarts[sentence + 1]) : Int(tokenStarts[index + 1])
        return Int(sentenceTokenStarts[sentence])..<end
    }

    /// The heading's tokens of passage `index`: those before its first sentence.
    func headingTokens(of index: Int) -> Range<Int> {
        let sentences = sentenceRange(index)
        let end = sentences.isEmpty ? Int(tokenStarts[index + 1]) : Int(sentenceTokenStarts[sentences.lowerBound])
        return Int(tokenStarts[index])..<end
    }

    func documentID(of index: Int) -> String {
        documentIDs[Int(passageDocuments[index])]
    }

    /// Where passage `index` stands in its document's text, in UTF-8 offsets.
    func textRange(of index: Int) -> Range<Int> {
        Int(starts[index])..<Int(ends[index])
    }

    /// Passage `index` as a `StoredPassage` (its terms as strings).
    public func passage(at index: Int) -> StoredPassage {
        let tokenRange = tokenRange(index)
        return StoredPassage(
            id: Int64(index + 1), documentID: documentID(of: index), ordinal: Int(ordinals[index]),
            range: textRange(of: index), heading: headings[index],
            terms: tokens[tokenRange].map { terms[Int($0)] }, positions: Array(positions[tokenRange]),
            sentences: sentenceRange(index).map { Int(sentenceLowerBounds[$0])..<Int(sentenceUpperBounds[$0]) })
    }

    /// The passage with id `id`, if there is one.
    public func passage(id: Int64) -> StoredPassage? {
        guard id >= 1, id <= Int64(count) else { return nil }
        return passage(at: Int(id - 1))
    }
}
