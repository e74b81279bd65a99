import Testing
@testable import VraagbaakCore

@Suite struct CompoundSplitterTests {
    /// A small vocabulary with the counts a knowledge base might have: parts
    /// are common words, the compounds themselves rare.
    private static let vocabulary = WordCounts([
        "schuld": 10, "schulden": 14, "hulp": 20, "verlening": 2, "hulpverlening": 30, "schuldhulpverlening": 1,
        "jongeren": 30, "werkers": 10, "jongerenwerkers": 3,
        "bijstand": 12, "uitkering": 8, "bijstandsuitkering": 1,
        "verantwoordelijkheden": 40, "verantwoordelijk": 5, "heden": 3,
        "ggz": 50, "zorg": 50,
        "voor": 500, "lichting": 40, "voorlichting": 1,
        "tegen": 300, "prestatie": 30, "tegenprestatie": 2,
        "huis": 25, "bezoek": 15, "bezoeken": 9,
    ])

    private let splitter = CompoundSplitter(vocabulary: Self.vocabulary)

    @Test(arguments: [
        ("schuldhulpverlening", ["schuld", "hulpverlening"]),
        ("jongerenwerkers", ["jongeren", "werkers"]),
        ("bijstandsuitkering", ["bijstand", "uitkering"]),
        ("huisbezoeken", ["huis", "bezoeken"]),
    ])
    func splitsACompoundIntoKnownWords(word: String, parts: [String]) {
        #expect(splitter.split(word) == parts)
    }

    /// A long-running `serve` must not let the memo grow without end; a full
    /// memo starts again and still gives the splitter's own answers.
    @Test func theSplitMemoIsBoundedAndStillAnswersLikeTheSplitter() {
        let memo = SplitMemo(limit: 3)
        let words = ["schuldhulpverlening", "jongerenwerkers", "bijstandsuitkering", "huisbezoeken", "voorlichting",
                     "schuldhulpverlening", "tegenprestatie"]
        for word in words {
            #expect(memo.parts(of: word, splitter) == splitter.split(word))
            #expect(memo.count <= 3)
        }
        #expect(memo.count >= 1)
    }

    @Test func threePartsWinWhenTheyAreTogetherMoreFrequent() {
        var vocabulary = Self.vocabulary
        vocabulary.add("verlening", count: 100)
        let parts = CompoundSplitter(vocabulary: vocabulary).split("schuldhulpverlening")
        #expect(parts == ["schuld", "hulp", "verlening"])
    }

    /// Koehn and Knight choose, among all splits, the one with the highest
    /// geometric mean of part counts. Here that is schuld + hulpverlening
    /// (√(10·6) ≈ 7.7) rather than schuld + hulp + verlening (∛(10·20·2) ≈ 7.4).
    @Test
    func theSplitWithTheHighestMeanFrequencyWins() {
        var counts = Self.vocabulary.counts
        counts["hulpverlening"] = 6
        let parts = CompoundSplitter(vocabulary: WordCounts(counts)).split("schuldhulpverlening")
        #expect(parts == ["schuld", "hulpverlening"])
    }

    @Test func theLinkingSIsDroppedFromTheHead() throws {
        let parts = try #require(splitter.split("bijstandsuitkering"))
        #expect(!parts.contains("bijstands"))
        #expect(parts.joined().count == "bijstandsuitkering".count - 1)
    }

    @Test func aWordUnknownAsAWholeIsSplitToo() {
        #expect(Self.vocabulary.count(of: "schuldenhulp") == 0)
        #expect(splitter.split("schuldenhulp") == ["schulden", "hulp"])
    }

    // MARK: - Words that stay whole

    @Test func aFrequentWordIsNotCutIntoRarerParts() {
        #expect(splitter.split("verantwoordelijkheden") == nil)
    }

    @Test func theSameWordIsCutWhenItIsRarerThanItsParts() {
        var vocabulary = Self.vocabulary
        vocabulary.add("heden", count: 1_000)
        #expect(CompoundSplitter(vocabulary: vocabulary).split("verantwoordelijkheden") == ["verantwoordelijk", "heden"])
    }

    @Test func aWordShorterThanEightLettersStaysWhole() {
        #expect("ggzzorg".count == 7)
        #expect(splitter.split("ggzzorg") == nil)
        var shortWords = splitter
        shortWords.minimumWordLength = 7
        #expect(shortWords.split("ggzzorg") == ["ggz", "zorg"], "the word is only spared for its length")
    }

    @Test(arguments: ["voorlichting", "tegenprestatie"])
    func aStopWordIsNeverAPart(word: String) {
        #expect(splitter.split(word) == nil)
    }

    @Test(arguments: ["covid19coronavirus", "schuld-hulpverlening", "schuld hulpverlening"])
    func aWordWithOtherThanLettersStaysWhole(word: String) {
        #expect(splitter.split(word) == nil)
    }

    @Test func aWordWithAnUnknownPartStaysWhole() {
        #expect(splitter.split("schuldsanering") == nil)
        #expect(splitter.split("onbekendwoord") == nil)
    }

    @Test func anEmptyVocabularySplitsNothing() {
        #expect(CompoundSplitter(vocabulary: WordCounts()).split("schuldhulpverlening") == nil)
    }

    @Test func partsNeverExceedTheMaximum() {
        var vocabulary = Self.vocabulary
        vocabulary.add("verlening", count: 100)
        var splitter = CompoundSplitter(vocabulary: vocabulary)
        splitter.maximumParts = 2
        #expect(splitter.split("schuldhulpverlening") == ["schuld", "hulpverlening"])
    }

    // MARK: - The filter

    @Test func theFilterAddsPartsAfterTheWholeWordOnly() {
        let text = "Toegang tot schuldhulpverlening"
        let tokens = Analyzer(filters: [FoldingFilter(), CompoundSplittingFilter(splitter: splitter)]).analyze(text)
        expectTexts(tokens, ["toegang", "tot", "schuldhulpverlening", "schuld", "hulpverlening"])
        #expect(tokens.map(\.isDerived) == [false, false, false, true, true])
        #expect(Set(tokens[2...].map(\.range)).count == 1)
        #expect(Set(tokens[2...].map(\.position)) == [2])
    }
}
