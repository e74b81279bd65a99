/// Settings for candidate generation and ranking.
public struct RetrievalOptions: Sendable, Hashable {
    /// How many of the question's rarest terms go into the candidate query. The default is 16.
    public var candidateTerms = 16
    /// How many candidates SQLite returns for re-ranking. The default is 200.
    public var candidateLimit = 200
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
