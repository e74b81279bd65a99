import Testing
@testable import VraagbaakCore

@Suite struct ParticipleFilterTests {
    /// Verb forms a knowledge base might use, and words that only look like participles.
    private static let vocabulary = WordCounts([
        "stoppen": 3, "keuren": 2, "organiseren": 4, "ophalen": 1, "invoeren": 2, "plaatsen": 5, "leven": 9,
        "maken": 20, "werkt": 6, "reizen": 2, "gezond": 4, "gebied": 7, "gemeenteraad": 3, "zon": 1,
    ])

    private let filter = ParticipleFilter(vocabulary: Self.vocabulary)

    @Test(arguments: [
        ("gestopt", "stoppen"),  // short vowel: the consonant doubles
        ("gekeurd", "keuren"),
        ("georganiseerd", "organiseren"),  // long vowel: single in the open syllable
        ("gemaakt", "maken"),
        ("opgehaald", "ophalen"),  // separable prefix before "ge"
        ("ingevoerd", "invoeren"),
        ("geplaatst", "plaatsen"),
        ("geleefd", "leven"),  // f becomes v
        ("gereisd", "reizen"),  // s becomes z
        ("gewerkt", "werkt"),  // no infinitive in the articles, but the present tense
    ])
    func findsTheVerbOfAParticiple(participle: String, verb: String) {
        #expect(filter.verb(of: participle) == verb)
    }

    @Test(arguments: ["gezond", "gebied", "gemeenteraad", "gevraagd", "gestaan", "stopt", "ge"])
    func leavesOtherWordsAlone(word: String) {
        // "gevraagd": "vragen" is not in the articles; "gestaan" is not a weak participle.
        #expect(filter.verb(of: word) == nil)
    }

    @Test func theVerbIsADerivedTokenAtTheParticiplesPlace() throws {
        let analyzer = Analyzer.dutch(vocabulary: Self.vocabulary)
        let text = "Huisbezoeken zijn gestopt."
        let tokens = analyzer.analyze(text)
        let participle = try #require(tokens.first { $0.text == "gestopt" })
        // The verb is stemmed like any word, so a question with "stoppen" meets it.
        let stem = try #require(analyzer.analyze("stoppen").first).text
        let verb = try #require(tokens.first { $0.isDerived && $0.text == stem })
        #expect(verb.position == participle.position)
        #expect(text[verb.range] == "gestopt")
    }

    @Test func canBeSwitchedOff() {
        let analyzer = Analyzer.dutch(vocabulary: Self.vocabulary, options: AnalysisOptions(participles: false))
        #expect(!analyzer.analyze("gestopt").contains { $0.isDerived })
    }
}
