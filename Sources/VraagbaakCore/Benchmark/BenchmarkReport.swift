import Foundation

/// What `vraagbaak bench` measured, for the table and for `--json`.
public struct BenchmarkReport: Sendable, Hashable, Codable {
    public struct Build: Sendable, Hashable, Codable {
        public var seconds: Double
        public var passagesPerSecond: Double
    }

    /// Fresh `ask` processes. (Their peak memory is not reported: on Linux a
    /// child's `ru_maxrss` starts from its parent's at the fork, so it
    /// measured the bench process, not `ask`.)
    public struct ColdAsk: Sendable, Hashable, Codable {
        public var runs: Int
        public var medianMs: Double
    }

    public struct Quality: Sendable, Hashable, Codable {
        /// Cases with expected sources.
        public var cases: Int
        public var hitAt1: Double
        public var hitAt10: Double
    }

    public var knowledge: String
    public var index: String
    public var documents: Int
    public var passages: Int
    /// Absent when an existing index was used.
    public var build: Build?
    public var indexBytes: Int
    /// Opening the knowledge base in this process: checks, vocabulary, titles.
    public var openMs: Double
    /// The peak resident memory of the bench process (build included).
    public var peakMemoryBytes: Int
    public var coldAsk: ColdAsk?
    public var questions: Int
    public var rounds: Int
    /// Analysing the question and ranking passages.
    public var retrieval: LatencySummary
    /// `Vraagbaak.ask`: retrieval and answer composition.
    public var ask: LatencySummary
    public var quality: Quality?

    /// The report as an aligned two-column table of plain text.
    public var table: String {
        var rows: [(String, String)] = [
            ("knowledge", knowledge),
            ("documents / passages", "\(documents) / \(passages)"),
        ]
        if let build {
            rows.append(("index build", String(format: "%.2f s, %.0f passages/s", build.seconds, build.passagesPerSecond)))
        } else {
            rows.append(("index build", "not measured (existing index)"))
        }
        rows.append(("index size", Self.megabytes(indexBytes)))
        rows.append(("open", String(format: "%.1f ms", openMs)))
        rows.append(("peak memory (bench)", Self.megabytes(peakMemoryBytes)))
        if let coldAsk {
            rows.append(("cold ask (median of \(coldAsk.runs))", String(format: "%.1f ms", coldAsk.medianMs)))
        }
        rows.append(("questions × rounds", "\(questions) × \(rounds)"))
        rows.append(("retrieval p50 / p95 / p99", Self.latencies(retrieval)))
        rows.append(("ask p50 / p95 / p99", Self.latencies(ask)))
        if let quality {
            rows.append(("hit@1 / hit@10", String(format: "%.3f / %.3f (%d cases)", quality.hitAt1, quality.hitAt10, quality.cases)))
        }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }.joined(separator: "\n")
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }

    static func latencies(_ summary: LatencySummary) -> String {
        String(format: "%.3f / %.3f / %.3f ms", summary.p50Ms, summary.p95Ms, summary.p99Ms)
    }
}
