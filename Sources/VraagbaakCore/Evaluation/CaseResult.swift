/// What the bot did with one test case, judged before any threshold: the
/// answer it would give, its confidence, and whether that answer is right.
/// Keeping the judgement separate from the threshold lets one run report
/// every threshold (`--sweep`).
public struct CaseResult: Sendable, Codable {
    public var id: String
    public var question: String
    public var answerable: Bool
    public var tags: [String]
    public var session: String?
    /// Document ids in ranked order: the answer's sources, then the rest of the ranking.
    public var ranking: [String]
    public var expectedSources: [String]
    public var confidence: Double
    /// The answer text the bot would give at threshold 0.
    public var answerText: String
    /// Whether that answer satisfies every `answer_contains` group.
    public var containsAll: Bool
    /// Quoted sentences, and how many were found verbatim in their document.
    public var quotedSentences: Int
    public var faithfulSentences: Int
    public var latencyMs: Double
    /// The question type read from the question (`Evaluator.recordsCandidates` only).
    public var questionType: QuestionType?
    /// The sentences the composer weighed (`Evaluator.recordsCandidates` only).
    public var candidates: [CandidateRecord]?
    /// Every candidate passage retrieval scored, in its order (`Evaluator.recordsPassages` only).
    public var passages: [PassageRecord]?

    /// The 1-based rank of the first expected source, if any is ranked.
    public var firstHitRank: Int? {
        ranking.firstIndex(where: expectedSources.contains).map { $0 + 1 }
    }
}
