/// The term ids of every distinct token a build has analysed, and the terms
/// themselves, numbered in order of first appearance.
///
/// A folder repeats its words: a 10,000-passage build has about 600,000
/// tokens but a few thousand distinct ones. Running the filter chain
/// (folding, stop words, compound splitting, stemming) once per distinct
/// token text and kind gives the same terms as running it on every token,
/// because filters work on each token by itself (`TokenFilter`). Ids are
/// handed out when a term is first met, in the order tokens are passed in,
/// which is the order the builder used before this memo existed.
///
/// It lives for one build, so it holds one folder's vocabulary and goes
/// with the build.
struct TermMemo {
    let analyzer: Analyzer
    /// The terms, by id.
    private(set) var terms: [String] = []
    private var termIDs: [String: UInt32] = [:]
    private var wordIDs: [String: [UInt32]] = [:]
    private var numberIDs: [String: [UInt32]] = [:]

    init(analyzer: Analyzer) {
        self.analyzer = analyzer
    }

    /// The ids of the terms the analyzer makes of `token` (none for a stop word).
    mutating func ids(of token: Token) -> [UInt32] {
        let known = token.kind == .word ? wordIDs[token.text] : numberIDs[token.text]
        if let known { return known }
        let ids = analyzer.analyzeAlone(token).map { id(of: $0.text) }
        switch token.kind {
        case .word: wordIDs[token.text] = ids
        case .number: numberIDs[token.text] = ids
        }
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
