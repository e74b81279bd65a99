/// The turns of one conversation, so that a short follow-up question ("En in
/// Leerdam?", "Hoeveel mensen zijn dat?", "Waarom?") can lean on what was
/// asked and answered before.
///
/// A value: each front end keeps one per session, and sessions never share.
public struct Conversation: Sendable {
    public struct Turn: Sendable {
        public var question: String
        /// The question as it was finally understood (with context, for a follow-up).
        public var query: AnalyzedQuery
        public var answer: Answer
        public var wasFollowUp: Bool
        /// What the answer leaned on, when it was read as a follow-up.
        public var followUp: FollowUpContext = .none
    }

    public private(set) var turns: [Turn] = []
    /// How many turns are kept. The default is 8.
    public var maximumTurns = 8

    public init() {}

    public var last: Turn? { turns.last }

    public mutating func record(_ turn: Turn) {
        turns.append(turn)
        if turns.count > maximumTurns { turns.removeFirst(turns.count - maximumTurns) }
    }

    /// Forgets everything: the next question starts fresh.
    public mutating func reset() {
        turns = []
    }
}
