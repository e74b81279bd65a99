import Foundation

/// Asks every case of a test set and judges the answers.
///
/// Cases are asked with the threshold at zero, so each result records the
/// answer the bot would give and its confidence; the threshold is applied
/// when the figures are computed (`EvaluationMetrics`).
public struct Evaluator: Sendable {
    public var vraagbaak: Vraagbaak
    /// Whether each result lists the sentences the composer weighed, with
    /// their features (for fitting `SentenceWeights`). The default is false.
    public var recordsCandidates = false {
        didSet { vraagbaak.composer.computesEveryFeature = recordsCandidates }
    }

    /// Whether each result lists every candidate passage retrieval scored,
    /// with the features of its score (for fitting `RankingWeights`). The default is false.
    public var recordsPassages = false

    public init(vraagbaak: Vraagbaak) {
        var open = vraagbaak
        open.composer.options.threshold = 0
        self.vraagbaak = open
    }

    /// Asks every case; cases of one session share a conversation, in file order.
    public func run(_ cases: [TestCase]) throws -> [CaseResult] {
        var conversations: [String: Conversation] = [:]
        return try cases.map { testCase in
            var conversation = testCase.session.flatMap { conversations[$0] } ?? Conversation()
            let result = try run(testCase, in: &conversation)
            if let session = testCase.session { conversations[session] = conversation }
            return result
        }
    }

    public func run(_ testCase: TestCase, in conversation: inout Conversation) throws -> CaseResult {
        let (answer, retrieval) = try vraagbaak.askExplained(testCase.question, in: &conversation)
        var ranking = answer.sources.map(\.id)
        for ranked in retrieval.passages where !ranking.contains(ranked.passage.documentID) {
            ranking.append(ranked.passage.documentID)
        }
        var faithful = 0
        for sentence in answer.sentences {
            let id = answer.sources[sentence.source].id
            if let document = vraagbaak.knowledge.document(id: id), document.text.contains(sentence.text) { faithful += 1 }
        }
        var result = CaseResult(
            id: testCase.id, question: testCase.question, answerable: testCase.answerable, tags: testCase.tags,
            session: testCase.session, ranking: Array(ranking.prefix(10)), expectedSources: testCase.sources,
            confidence: answer.answered ? answer.confidence : 0,
            answerText: answer.answered ? answer.answer : "",
            containsAll: answer.answered && AnswerMatcher.satisfies(answer.answer, groups: testCase.answerContains),
            quotedSentences: answer.sentences.count, faithfulSentences: faithful, latencyMs: answer.tookMs)
        if recordsCandidates {
            let quoted = Set(answer.sentences.map(\.text))
            result.questionType = retrieval.query.type
            // Scored as the answer was composed, with what a follow-up leaned on.
            let followUp = conversation.last?.followUp ?? .none
            result.candidates = vraagbaak.composer.candidates(retrieval, in: vraagbaak.knowledge, followUp: followUp).map { sentence in
                CandidateRecord(
                    document: sentence.documentID, text: sentence.text, features: sentence.features.values, score: sentence.score,
                    satisfiedGroups: testCase.answerContains.filter { AnswerMatcher.satisfies(sentence.text, groups: [$0]) }.count,
                    quoted: quoted.contains(sentence.text))
            }
        }
        if recordsPassages {
            result.passages = try passageRecords(for: retrieval.query)
        }
        return result
    }

    /// Retrieves the question as it was understood (in context, for a
    /// follow-up) again, keeping every candidate rather than the first ten.
    private func passageRecords(for query: AnalyzedQuery) throws -> [PassageRecord] {
        let knowledge = vraagbaak.knowledge
        let all = try knowledge.retrieve(query, limit: knowledge.configuration.retrieval.candidateLimit)
        return all.passages.map { ranked in
            PassageRecord(
                document: ranked.passage.documentID, ordinal: ranked.passage.ordinal, score: ranked.score, bm25: ranked.bm25,
                coverage: ranked.coverage, proximity: ranked.proximity, titleMatch: ranked.titleMatch,
                openingCoverage: ranked.openingCoverage, factor: ranked.factor, contextFactor: query.contextDocuments[ranked.passage.documentID] ?? 1)
        }
    }
}
