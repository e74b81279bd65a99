import Foundation

/// Which optional analysis steps run. Each can be switched off so the
/// evaluation can measure what it is worth.
public struct AnalysisOptions: Sendable, Hashable {
    /// The default is true.
    public var stemming = true
    /// The default is true.
    public var compoundSplitting = true
    /// Whether past participles also stand for their verb ("gestopt" for
    /// "stoppen"). The default is true.
    public var participles = true
    /// Whether a plural in "-s" after a vowel is read as its singular
    /// ("garanties" as "garantie"; `PluralFilter`). The default is true.
    public var plurals = true

    public init(stemming: Bool = true, compoundSplitting: Bool = true, participles: Bool = true, plurals: Bool = true) {
        self.stemming = stemming
        self.compoundSplitting = compoundSplitting
        self.participles = participles
        self.plurals = plurals
    }
}

/// A tokenizer followed by token filters: the one analysis chain used for
/// documents and questions alike, so that both meet in the same terms.
public struct Analyzer: Sendable {
    public var tokenizer: DutchTokenizer
    public var filters: [any TokenFilter]

    public init(tokenizer: DutchTokenizer = DutchTokenizer(), filters: [any TokenFilter]) {
        self.tokenizer = tokenizer
        self.filters = filters
    }

    public func analyze(_ text: String) -> [Token] {
        analyze(text, range: text.startIndex..<text.endIndex)
    }

    public func analyze(_ text: String, range: Range<String.Index>) -> [Token] {
        filters.reduce(tokenizer.tokenize(text, range: range)) { tokens, filter in filter.apply(tokens) }
    }

    /// The filters' tokens for one token of the tokenizer. Filters work on
    /// each token by itself (see `TokenFilter`), so `analyze` is the
    /// tokenizer's tokens each analysed alone, in order.
    public func analyzeAlone(_ token: Token) -> [Token] {
        filters.reduce([token]) { tokens, filter in filter.apply(tokens) }
    }

    /// The Dutch preset. The order matters: folding comes first so stop words
    /// and vocabulary look-ups see one spelling; stop words go before compound
    /// splitting so "voor" is never a part; splitting runs on whole surface
    /// words (the vocabulary holds surface words) and before stemming, so the
    /// parts are stemmed like any other word. Participles are read after
    /// splitting, so the verb added for one is not split again, and before
    /// stemming, which stems the verb form like any word. Plurals in "-s"
    /// after a vowel are read after splitting too, so a compound's last part
    /// is read as well ("sociaalwerkorganisaties"; splitting it first as
    /// "sociaalwerkorganisatie" cost the bundled set two answers).
    public static func dutch(vocabulary: WordCounts, options: AnalysisOptions = AnalysisOptions()) -> Analyzer {
        var filters: [any TokenFilter] = [FoldingFilter(), StopWordFilter()]
        if options.compoundSplitting, !vocabulary.isEmpty {
            filters.append(CompoundSplittingFilter(splitter: CompoundSplitter(vocabulary: vocabulary)))
        }
        if options.plurals, !vocabulary.isEmpty { filters.append(PluralFilter(vocabulary: vocabulary)) }
        if options.participles, !vocabulary.isEmpty { filters.append(ParticipleFilter(vocabulary: vocabulary)) }
        if options.stemming { filters.append(StemmingFilter()) }
        return Analyzer(filters: filters)
    }

    /// The chain up to the vocabulary: the surface words that compound
    /// splitting and typo correction learn from.
    public static let surfaceWords = Analyzer(filters: [FoldingFilter(), StopWordFilter()])
    /// Every word, folded, stop words included ("ik", "als").
    public static let foldedWords = Analyzer(filters: [FoldingFilter()])
}
