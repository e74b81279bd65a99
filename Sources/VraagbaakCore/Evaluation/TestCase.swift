/// One question of a test set, with what a good answer must contain.
///
/// The JSON Lines format is documented in `docs/evaluation.md`.
public struct TestCase: Sendable, Hashable {
    public var id: String
    public var question: String
    public var answerable: Bool
    /// Document ids; retrieval hits at k when any is among the first k sources.
    public var sources: [String]
    /// Every group must be satisfied; a group is satisfied by any of its alternatives.
    public var answerContains: [[String]]
    /// Cases with the same session are one conversation, asked in file order.
    public var session: String?
    public var notes: String?
    /// Categories for the per-category figures (typo, keywords, follow-up, ...).
    public var tags: [String]
    /// The 1-based line in its file, for messages.
    public var line: Int

    public init(
        id: String, question: String, answerable: Bool, sources: [String], answerContains: [[String]],
        session: String? = nil, notes: String? = nil, tags: [String] = [], line: Int = 0
    ) {
        self.id = id
        self.question = question
        self.answerable = answerable
        self.sources = sources
        self.answerContains = answerContains
        self.session = session
        self.notes = notes
        self.tags = tags
        self.line = line
    }
}
