import Foundation
import Testing
@testable import VraagbaakCore

@Suite struct BenchmarkReportTests {
    @Test(arguments: [
        (50.0, 5.0), (95.0, 10.0), (99.0, 10.0), (10.0, 1.0), (11.0, 2.0), (100.0, 10.0),
    ])
    func percentilesTakeTheNearestRank(p: Double, expected: Double) {
        let sorted = (1...10).map(Double.init)
        #expect(Percentile.nearestRank(p, ofSorted: sorted) == expected)
    }

    @Test func percentilesOfNothingAreZeroAndOfOneSampleThatSample() {
        #expect(Percentile.nearestRank(99, ofSorted: []) == 0)
        #expect(Percentile.nearestRank(1, ofSorted: [3]) == 3)
        #expect(Percentile.median([9, 1, 5]) == 5)
    }

    @Test func aSummaryOfAHundredSamples() {
        let summary = LatencySummary(milliseconds: (1...100).reversed().map(Double.init))
        #expect(summary.samples == 100)
        #expect(summary.p50Ms == 50)
        #expect(summary.p95Ms == 95)
        #expect(summary.p99Ms == 99)
        #expect(summary.maxMs == 100)
        #expect(summary.meanMs == 50.5)
    }

    static let report = BenchmarkReport(
        knowledge: "kennis", index: "/tmp/kennis.sqlite", documents: 12, passages: 1_000,
        build: .init(seconds: 0.5, passagesPerSecond: 2_000), indexBytes: 2_500_000, openMs: 12.34,
        peakMemoryBytes: 45_600_000, coldAsk: .init(runs: 5, medianMs: 31.25),
        questions: 40, rounds: 5,
        retrieval: LatencySummary(milliseconds: [0.1, 0.2, 0.3]), ask: LatencySummary(milliseconds: [1, 2, 3]),
        quality: .init(cases: 40, hitAt1: 0.9, hitAt10: 0.975))

    @Test func theTableAlignsItsFiguresAndNamesTheirUnits() {
        let lines = Self.report.table.split(separator: "\n").map(String.init)
        #expect(lines.contains("documents / passages       12 / 1000"))
        #expect(lines.contains("index build                0.50 s, 2000 passages/s"))
        #expect(lines.contains("index size                 2.5 MB"))
        #expect(lines.contains("cold ask (median of 5)     31.2 ms"))
        #expect(lines.contains("retrieval p50 / p95 / p99  0.200 / 0.300 / 0.300 ms"))
        #expect(lines.contains("hit@1 / hit@10             0.900 / 0.975 (40 cases)"))
        // Every value starts in the same column, two spaces after the longest label.
        #expect(Set(lines.map { $0.prefix(27).suffix(2) }) == ["  "])
        #expect(!lines.contains { $0.prefix(28).last == " " })
    }

    @Test func withoutBuildColdRunsOrSourcesTheTableSaysSoOrLeavesTheRowOut() {
        var report = Self.report
        report.build = nil
        report.coldAsk = nil
        report.quality = nil
        let table = report.table
        #expect(table.contains("not measured (existing index)"))
        #expect(!table.contains("cold ask"))
        #expect(!table.contains("hit@1"))
    }

    @Test func theReportRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(Self.report)
        #expect(try JSONDecoder().decode(BenchmarkReport.self, from: data) == Self.report)
    }

    @Test func qualityCountsOnlyCasesWithSources() {
        func result(_ ranking: [String], expected: [String]) -> CaseResult {
            CaseResult(
                id: "x", question: "?", answerable: !expected.isEmpty, tags: [], session: nil, ranking: ranking,
                expectedSources: expected, confidence: 1, answerText: "", containsAll: true, quotedSentences: 0,
                faithfulSentences: 0, latencyMs: 0)
        }
        let quality = Benchmark.quality([
            result(["a", "b"], expected: ["a"]),
            result(["b", "c", "a"], expected: ["a"]),
            result(["b"], expected: ["a"]),
            result(["b"], expected: []),
        ])
        #expect(quality == .init(cases: 3, hitAt1: 1.0 / 3, hitAt10: 2.0 / 3))
        #expect(Benchmark.quality([result(["b"], expected: [])]) == nil)
    }
}
