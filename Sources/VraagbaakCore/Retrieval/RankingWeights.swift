/// The weights of the re-ranking formula: how a passage's BM25, coverage,
/// proximity and title match make its score, the factor of a document's
/// opening passage, and how much a document's second-best passage adds to
/// the document's score.
///
///     score = bm25 × (bm25Floor + coverage) + coverageSquared × coverage²
///           + proximity × proximity + titleMatch × titleMatch
///
/// (times `leadPassageFactor` for a document's opening passage). The defaults are hand-set; `scripts/fit_ranking_weights.py`
/// fits them on the passages `vraagbaak eval --json --passages` records, and
/// `vraagbaak eval --ranking-weights` tries a fitted set.
public struct RankingWeights: Sendable, Hashable {
    /// Added to coverage where it multiplies BM25, so a passage covering
    /// little still keeps some of its BM25. The default is 0.4.
    public var bm25Floor = 0.4
    /// The weight of coverage squared. The default is 2.0.
    public var coverageSquared = 2.0
    /// The weight of proximity. The default is 0.4.
    public var proximity = 0.4
    /// The weight of the title match. The default is 0.6.
    public var titleMatch = 0.6
    /// How much a document's second-best passage adds to its best one. The default is 0.3.
    public var secondPassageShare = 0.3
    /// Multiplies the score of a document's first passage, where pages state
    /// their subject. The default is 1.15.
    public var leadPassageFactor = 1.15

    public init() {}

    /// The names of the weights in the order of `values`, as the command line and the fitting script list them.
    public static let names = ["bm25Floor", "coverageSquared", "proximity", "titleMatch", "secondPassageShare", "leadPassageFactor"]

    public var values: [Double] { [bm25Floor, coverageSquared, proximity, titleMatch, secondPassageShare, leadPassageFactor] }

    /// The weights in the order of `names`; nil unless there is one value per name.
    public init?(values: [Double]) {
        guard values.count == Self.names.count else { return nil }
        (bm25Floor, coverageSquared, proximity, titleMatch, secondPassageShare, leadPassageFactor) =
            (values[0], values[1], values[2], values[3], values[4], values[5])
    }

    /// A passage's score; `ordinal` is its place in its document (0 for the opening passage).
    func score(bm25: Double, coverage: Double, proximity: Double, titleMatch: Double, ordinal: Int) -> Double {
        let score = bm25 * (bm25Floor + coverage) + coverageSquared * coverage * coverage
            + self.proximity * proximity + self.titleMatch * titleMatch
        // A document's opening passage says what the page is about.
        return ordinal == 0 ? score * leadPassageFactor : score
    }
}
