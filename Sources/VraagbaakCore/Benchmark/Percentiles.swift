/// Latency figures over many timed runs, in milliseconds.
public struct LatencySummary: Sendable, Hashable, Codable {
    public var samples: Int
    public var p50Ms: Double
    public var p95Ms: Double
    public var p99Ms: Double
    public var maxMs: Double
    public var meanMs: Double

    public init(milliseconds values: [Double]) {
        let sorted = values.sorted()
        samples = sorted.count
        p50Ms = Percentile.nearestRank(50, ofSorted: sorted)
        p95Ms = Percentile.nearestRank(95, ofSorted: sorted)
        p99Ms = Percentile.nearestRank(99, ofSorted: sorted)
        maxMs = sorted.last ?? 0
        meanMs = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
    }
}

/// Percentiles by the nearest-rank method: the smallest sample with at
/// least p% of the samples at or below it. No interpolation, so every
/// reported figure is a time that was actually measured.
public enum Percentile {
    /// The p-th percentile (0 < p ≤ 100) of `sorted` (ascending); 0 for no samples.
    public static func nearestRank(_ p: Double, ofSorted sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// The median of unsorted `values` by nearest rank.
    public static func median(_ values: [Double]) -> Double {
        nearestRank(50, ofSorted: values.sorted())
    }
}
