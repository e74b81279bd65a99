/// Reduces words to their Snowball stem, so "gemeenten" finds "gemeente".
public struct StemmingFilter: TokenFilter {
    public var stemmer = DutchStemmer()

    public init() {}

    public func apply(_ tokens: [Token]) -> [Token] {
        tokens.map { token in
            guard token.kind == .word else { return token }
            var token = token
            token.text = stemmer.stem(token.text)
            return token
        }
    }
}
