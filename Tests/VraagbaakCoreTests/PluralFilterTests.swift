import Testing
@testable import VraagbaakCore

@Suite struct PluralFilterTests {
    /// Singulars a knowledge base might use, and words that only end in a vowel and "s".
    private static let vocabulary = WordCounts([
        "garantie": 3, "ziekte": 2, "euro": 4, "premie": 5, "organisatie": 7, "adres": 2, "gratis": 1, "product": 6,
        "identiteitsbewijs": 3, "bedrijf": 8, "reis": 2, "kind": 9,
    ])

    private let filter = PluralFilter(vocabulary: Self.vocabulary)

    @Test(arguments: [("garanties", "garantie"), ("ziektes", "ziekte"), ("euros", "euro"), ("premies", "premie"),
        ("identiteitsbewijzen", "identiteitsbewijs"), ("bedrijven", "bedrijf"), ("kinderen", "kind"),
    ])
    func readsAPluralAsItsSingular(plural: String, singular: String) {
        #expect(filter.singular(of: plural) == singular)
    }

    @Test(arguments: ["adres", "gratis", "producten", "subsidies", "garantie", "eens", "geleverd", "reizen"])
    func leavesOtherWordsAlone(word: String) {
        // "adre" and "grati" are not words of the articles; "subsidie" is not in this vocabulary;
        // "-zen" needs at least seven letters ("reizen" is left to the stemmer).
        #expect(filter.singular(of: word) == nil)
    }

    @Test func aPluralAndItsSingularBecomeOneTerm() {
        let analyzer = Analyzer.dutch(vocabulary: Self.vocabulary)
        let question = analyzer.analyze("Welke garanties heb ik?").map(\.text)
        let article = analyzer.analyze("U heeft altijd een wettelijke garantie.").map(\.text)
        #expect(Set(question).isDisjoint(with: article) == false)
        let without = Analyzer.dutch(vocabulary: Self.vocabulary, options: AnalysisOptions(plurals: false))
        #expect(Set(without.analyze("Welke garanties heb ik?").map(\.text)).isDisjoint(with: article))
    }

    @Test func thePartsOfACompoundPluralAreReadToo() {
        // Compound splitting runs first, so a plural's last part is read as well.
        let vocabulary = WordCounts(["sociaal": 3, "werk": 5, "organisatie": 4, "organisaties": 2, "sociaalwerkorganisatie": 1])
        let analyzer = Analyzer.dutch(vocabulary: vocabulary)
        let terms = Set(analyzer.analyze("sociaalwerkorganisaties").map(\.text))
        let singular = Set(analyzer.analyze("organisatie").map(\.text))
        #expect(!terms.isDisjoint(with: singular))
    }
}
