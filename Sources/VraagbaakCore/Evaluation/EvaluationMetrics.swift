/// The figures of one evaluation run at one confidence threshold.
public struct EvaluationMetrics: Sendable, Codable {
    public var cases: Int
    public var answerableCases: Int
    public var unanswerableCases: Int
    public var hitAt1: Double
    public var hitAt3: Double
    public var mrrAt10: Double
    /// Answerable cases answered with every group satisfied.
    public var answerContains: Double
    /// Answerable cases not answered.
    public var falseAbstain: Double
    /// Unanswerable cases not answered.
    public var abstainOnUnanswerable: Double
    /// Quoted sentences found verbatim in their source document.
    public var faithfulness: Double
    public var latencyP50Ms: Double
    public var latencyP95Ms: Double
    public var latencyMaxMs: Double
    public var threshold: Double

    enum CodingKeys: String, CodingKey {
        case cases, threshold, faithfulness
        case answerableCases = "answerable_cases"
        case unanswerableCases = "unanswerable_cases"
        case hitAt1 = "hit_at_1"
        case hitAt3 = "hit_at_3"
        case mrrAt10 = "mrr_at_10"
        case answerContains = "answer_contains"
        case falseAbstain = "false_abstain"
        case abstainOnUnanswerable = "abstain_on_unanswerable"
        case latencyP50Ms = "latency_p50_ms"
        case latencyP95Ms = "latency_p95_ms"
        case latencyMaxMs = "latency_max_ms"
    }

    public init(_ results: [CaseResult], threshold: Double) {
        let answerable = results.filter(\.answerable)
        let unanswerable = results.filter { !$0.answerable }
        func share(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
        func answered(_ result: CaseResult) -> Bool { result.confidence >= threshold && !result.answerText.isEmpty }
        cases = results.count
        answerableCases = answerable.count
        unanswerableCases = unanswerable.count
        hitAt1 = share(answerable.filter { $0.firstHitRank == 1 }.count, answerable.count)
        hitAt3 = share(answerable.filter { ($0.firstHitRank ?? 99) <= 3 }.count, answerable.count)
        mrrAt10 = answerable.isEmpty ? 0
            : answerable.map { result in result.firstHitRank.map { $0 <= 10 ? 1 / Double($0) : 0 } ?? 0 }.reduce(0, +)
                / Double(answerable.count)
        answerContains = share(answerable.filter { answered($0) && $0.containsAll }.count, answerable.count)
        falseAbstain = share(answerable.filter { !answered($0) }.count, answerable.count)
        abstainOnUnanswerable = share(unanswerable.filter { !answered($0) }.count, unanswerable.count)
        let quoted = results.filter(answered).map(\.quotedSentences).reduce(0, +)
        let faithful = results.filter(answered).map(\.faithfulSentences).reduce(0, +)
        faithfulness = quoted == 0 ? 1 : Double(faithful) / Double(quoted)
        let latencies = results.map(\.latencyMs).sorted()
        latencyP50Ms = Percentile.nearestRank(50, ofSorted: latencies)
        latencyP95Ms = Percentile.nearestRank(95, ofSorted: latencies)
        latencyMaxMs = latencies.last ?? 0
        self.threshold = threshold
    }

    /// The figures for each tag that some case carries, sorted by tag.
    public static func byTag(_ results: [CaseResult], threshold: Double) -> [(tag: String, metrics: EvaluationMetrics)] {
        let tags = Set(results.flatMap(\.tags)).sorted()
        return tags.map { tag in (tag, EvaluationMetrics(results.filter { $0.tags.contains(tag) }, threshold: threshold)) }
    }
}
