/// Reads the Dutch plurals the Snowball stemmer leaves apart from their
/// singular as that singular: "-s" after a vowel ("garanties" as
/// "garantie", "ziektes" as "ziekte", "euro's" as "euro"), "-zen" or "-ven"
/// where the singular ends in "s" or "f" ("identiteitsbewijzen" as
/// "identiteitsbewijs", "bedrijven" as "bedrijf"), and the few plurals in
/// "-eren" ("kinderen" as "kind").
///
/// The Snowball stemmer takes off a plural "-s" only after a consonant
/// ("producten" and "nieuws" it handles); after a vowel it leaves the "s",
/// so "garanties" and "garantie" become two terms and a question asking
/// "Welke garanties heb ik op een product?" misses the page that says
/// "u heeft altijd een wettelijke garantie". Nor does it turn the "z" of
/// "bewijzen" back into the "s" of "bewijs". The singular is used only when
/// the knowledge base itself holds it, so a word that merely ends in a vowel
/// and "s" ("adres", "campus", "gratis") keeps its form; a verb may be read
/// this way too ("blijven" as "blijf", "verhuizen" as "verhuis"), which is
/// still the same verb. Unlike a participle's verb (`ParticipleFilter`) the
/// singular replaces the plural: the two are the same word, as the stemmer
/// makes "producten" and "product" one.
///
/// Measured on PolicyQA: hit@1 / MRR@10 0.890 / 0.932 → 0.892 / 0.933 for
/// "-s", → 0.895 / 0.935 with "-zen" and "-ven"; "kinderen" as "kind" gave
/// one right answer more ("Hoeveel uur mogen kinderen van 15 jaar
/// werken?"). The bundled set does not move. Undoing the lengthened vowel
/// as well ("voordelen" as "voordeel", "scholen" as "school") changed no
/// case on either set and is left out.
public struct PluralFilter: TokenFilter {
    /// The surface words of the knowledge base.
    public var vocabulary: WordCounts

    /// Plurals in "-eren", which the stemmer leaves as "kinder".
    static let irregular: [String: String] = [
        "kinderen": "kind", "eieren": "ei", "liederen": "lied", "volkeren": "volk", "runderen": "rund", "lammeren": "lam",
        "kalveren": "kalf",
    ]
    /// The voiced consonants a plural in "-en" has where its singular ends in "s" or "f".
    static let devoiced: [Character: Character] = ["z": "s", "v": "f"]
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
        if let singular = Self.irregular[word] { return vocabulary.contains(singular) ? singular : nil }
        if word.count >= 5, word.last == "s", let before = word.dropLast().last, Self.vowels.contains(before) {
            let singular = String(word.dropLast())
            return vocabulary.contains(singular) ? singular : nil
        }
        // "-zen" and "-ven" after a voiced "z" or "v" whose singular ends in "s" or "f".
        if word.count >= 7, word.hasSuffix("en"), let voiced = word.dropLast(2).last, let hard = Self.devoiced[voiced] {
            let singular = String(word.dropLast(3)) + String(hard)
            return vocabulary.contains(singular) ? singular : nil
        }
        return nil
    }
}
