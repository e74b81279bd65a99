/// Everything an index file holds, prepared in memory before it is written.
public struct IndexContent: Sendable {
    public struct AnalysedPassage: Sendable {
        public var passage: Passage
        /// The analysed terms in token order, as ids into `IndexContent.terms`
        /// (a 100k-passage build holds millions of them; ids keep it small).
        public var termIDs: [UInt32]
        public var positions: [Int32]
        /// Where each sentence's terms start in `terms`, parallel to
        /// `passage.sentences`; the heading's terms come before the first.
        public var sentenceStarts: [Int32]
        /// Per sentence, the answer types it holds (`AnswerTypeDetector`, bit
        /// `QuestionType.allCases` index) and its word count, so answering
        /// does not scan the sentence's text again.
        public var sentenceTypes: [UInt8] = []
        public var sentenceWords: [Int32] = []

        public init(passage: Passage, termIDs: [UInt32], positions: [Int32], sentenceStarts: [Int32]) {
            self.passage = passage
            self.termIDs = termIDs
            self.positions = positions
            self.sentenceStarts = sentenceStarts
        }
    }

    public var documents: [SourceDocument]
    public var passages: [AnalysedPassage]
    /// The analysed terms, by id, in order of first appearance.
    public var terms: [String] = []
    public var words: WordCounts
    /// Identifies the knowledge folder's content and the analysis that indexed it.
    public var contentHash: String
    /// The folder's `KnowledgeFingerprint.stamp(of:)` when it was read; empty when unknown.
    public var fileStamp = ""

    public init(documents: [SourceDocument], passages: [AnalysedPassage], words: WordCounts, contentHash: String) {
        self.documents = documents
        self.passages = passages
        self.words = words
        self.contentHash = contentHash
    }
}
