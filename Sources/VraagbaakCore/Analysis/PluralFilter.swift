/// Reads a Dutch plural in "-s" after a vowel as its singular, so
/// "garanties" meets "garantie", "ziektes" "ziekte" and "euro's" "euro".
///
/// The Snowball stemmer takes off a plural "-s" only after a consonant
/// ("producten" and "nieuws" it handles); after a vowel it leaves the "s",
/// so "garanties" and "garantie" become two terms and a question asking
/// "Welke garanties heb ik op een product?" misses the page that says
/// "u heeft altijd een wettelijke garantie". The singular is used only when
/// the knowledge base itself holds it, so a word that merely ends in a vowel
/// and "s" ("adres", "campus", "gratis") keeps its form. Unlike a
/// participle's verb (`ParticipleFilter`) the singular replaces the plural:
/// the two are the same word, as the stemmer makes "producten" and
/// "product" one.
public struct PluralFilter: TokenFilter {
    /// The surface words of the knowledge base.
    public var vocabulary: WordCounts

    /// The letters after which Snowball keeps a final "s" (its vowels).
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    public init(vocabulary: WordCounts) {
        self.vocabulary = vocabulary
    }

    public func apply(_ tokens: [Token]) -> [Token] {
        tokens.map { token in
            guard token.kind == .word, let singular = singular(of: token.text) else { return token }
            var read = token
            read.text = singular
            return read
        }
    }

    /// The singular of the knowledge base that `word` is the plural of, if any.
    public func singular(of word: String) -> String? {
        guard word.count >= 5, word.last == "s", let before = word.dropLast().last, Self.vowels.contains(before) else { return nil }
        let singular = String(word.dropLast())
        return vocabulary.contains(singular) ? singular : nil
    }
}
