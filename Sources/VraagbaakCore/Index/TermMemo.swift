/// The term ids of every surface token of a build, and the terms
/// themselves, numbered in order of first appearance.
///
/// A folder repeats its words: a 10,000-passage build has about 600,000
/// tokens but a few thousand distinct ones. Running the filter chain
/// (folding, stop words, compound splitting, stemming) once per distinct
/// token text and kind gives the same terms as running it on every token,
/// because filters work on each token by itself (`TokenFilter`). Ids are
/// handed out when a term is first met, in the order tokens are asked for,
/// which is the order the builder used before this memo existed.
///
/// It lives for one build, so it holds one folder's vocabulary and goes
/// with the build.
struct TermMemo {
    let analyzer: Analyzer
    /// The terms, by id.
    private(set) var terms: [String] = []
    private var termIDs: [String: UInt32] = [:]
    /// Per surface id, its term ids once asked for.
    private var surfaceTerms: [[UInt32]?]

    init(analyzer: Analyzer, surfaces: Int) {
        self.analyzer = analyzer
        surfaceTerms = Array(repeating: nil, count: surfaces)
    }

    /// The ids of the terms the analyzer makes of surface token `surface`
    /// (none for a stop word).
    mutating func ids(ofSurface surface: Int, in tokens: SurfaceTokens) -> [UInt32] {
        if let known = surfaceTerms[surface] { return known }
        let ids = analyzer.analyzeAlone(tokens.token(surface)).map { id(of: $0.text) }
        surfaceTerms[surface] = ids
        return ids
    }

    private mutating func id(of term: String) -> UInt32 {
        if let known = termIDs[term] { return known }
        let id = UInt32(terms.count)
        termIDs[term] = id
        terms.append(term)
        return id
    }
}
