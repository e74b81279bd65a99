/// Settings for candidate generation and ranking.
public struct RetrievalOptions: Sendable, Hashable {
    /// How many of the question's rarest terms go into the candidate query. The default is 16.
    public var candidateTerms = 16
    /// How many candidates the postings search passes on for re-ranking.
    /// The default is 50: on both dev sets as good as 100 or 200 (PolicyQA
    /// slightly better), and at 100,000 passages it keeps retrieval under
    /// 0.5 ms at the price of 1.5 points of hit@1 (docs/performance.md).
    public var candidateLimit = 50
    /// BM25 term-frequency saturation. The default is 1.2.
    public var k1 = 1.2
    /// BM25 length normalisation. The default is 0.4.
    public var b = 0.4
    /// Whether coverage, proximity, title and question type re-rank BM25. The default is true.
    public var reranking = true
    /// Multiplies the score of a document's first passage, where pages state
    /// their subject. The default is 1.15.
    public var leadPassageFactor = 1.15
    public var query = QueryOptions()
    public var analysis = AnalysisOptions()

    public init() {}
}
