import Testing
@testable import VraagbaakCore

/// Asserts a token stream as the list of its texts, in order, so a failure
/// shows the whole stream at once.
func expectTexts(
    _ tokens: [Token], _ expected: [String], _ comment: Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(tokens.map(\.text) == expected, comment, sourceLocation: sourceLocation)
}

@Suite struct AnalyzerTests {
    private static let folding = Analyzer(filters: [FoldingFilter()])

    // MARK: - Folding

    @Test(arguments: [
        ("Cliënten", "clienten"),
        ("coördinatie", "coordinatie"),
        ("CAPS", "caps"),
        ("AWBZ", "awbz"),
        ("Wmo", "wmo"),
        ("geïnvesteerd", "geinvesteerd"),
        ("CLIËNTEN", "clienten"),
        ("ĳs", "ijs"),
    ])
    func foldsCaseAndDiacritics(written: String, folded: String) {
        expectTexts(Self.folding.analyze(written), [folded])
    }

    @Test func foldingKeepsTheSurfaceRange() throws {
        let text = "De Cliënten"
        let tokens = Self.folding.analyze(text)
        expectTexts(tokens, ["de", "clienten"])
        #expect(text[tokens[1].range] == "Cliënten")
    }

    @Test func spellingsMeetInTheDutchPreset() {
        let analyzer = Analyzer.dutch(vocabulary: WordCounts())
        let forms = ["Cliënten", "clienten", "CLIËNTEN"].map { analyzer.analyze($0).map(\.text) }
        #expect(forms[0] == forms[1])
        #expect(forms[1] == forms[2])
        #expect(!forms[0].isEmpty)
    }

    // MARK: - Stop words

    @Test func stopWordsGoButQuestionWordsStay() {
        let tokens = Analyzer.surfaceWords.analyze(
            "Wie, wat, waar, wanneer, hoeveel, waarom en hoe: de gemeente is er voor de bewoners.")
        expectTexts(tokens, ["wie", "wat", "waar", "wanneer", "hoeveel", "waarom", "hoe", "gemeente", "bewoners"])
    }

    @Test(arguments: ["de", "het", "een", "van", "voor", "zijn", "niet", "omdat"])
    func aStopWordAloneLeavesNothing(word: String) {
        expectTexts(Analyzer.surfaceWords.analyze(word), [])
        expectTexts(Analyzer.surfaceWords.analyze(word.uppercased()), [], "stop words are matched after folding")
    }

    @Test func numbersAreNeverStopWords() {
        expectTexts(Analyzer.surfaceWords.analyze("in 2007 en 43 cliënten"), ["2007", "43", "clienten"])
    }

    // MARK: - Stemming

    @Test(arguments: [
        ("gemeenten", "gemeent"),
        ("gemeente", "gemeent"),
        ("Gemeenten", "gemeent"),
        ("jongeren", "jonger"),
    ])
    func theDutchPresetStems(word: String, stem: String) {
        expectTexts(Analyzer.dutch(vocabulary: WordCounts()).analyze(word), [stem])
    }

    @Test func stemmingCanBeSwitchedOff() {
        let analyzer = Analyzer.dutch(vocabulary: WordCounts(), options: AnalysisOptions(stemming: false))
        expectTexts(analyzer.analyze("De gemeenten"), ["gemeenten"])
    }

    @Test func numbersAreNotStemmed() {
        expectTexts(Analyzer.dutch(vocabulary: WordCounts()).analyze("140.000 mensen"), ["140000", "mens"])
    }

    // MARK: - Compound parts

    private static let vocabulary = WordCounts([
        "schuld": 20, "hulpverlening": 12, "schuldhulpverlening": 1, "snelle": 3, "toegang": 4,
    ])

    @Test func compoundPartsFollowTheWholeWordWithItsRangeAndPosition() throws {
        let text = "Snelle toegang tot schuldhulpverlening."
        let analyzer = Analyzer.dutch(vocabulary: Self.vocabulary, options: AnalysisOptions(stemming: false))
        let tokens = analyzer.analyze(text)
        expectTexts(tokens, ["snelle", "toegang", "schuldhulpverlening", "schuld", "hulpverlening"])
        let whole = tokens[2]
        #expect(!whole.isDerived)
        #expect(text[whole.range] == "schuldhulpverlening")
        for part in tokens[3...] {
            #expect(part.isDerived)
            #expect(part.range == whole.range)
            #expect(part.position == whole.position)
        }
    }

    @Test func compoundPartsAreStemmedLikeOtherWords() {
        let analyzer = Analyzer.dutch(vocabulary: Self.vocabulary)
        expectTexts(analyzer.analyze("schuldhulpverlening"), ["schuldhulpverlen", "schuld", "hulpverlen"])
    }

    @Test func compoundSplittingCanBeSwitchedOff() {
        let analyzer = Analyzer.dutch(
            vocabulary: Self.vocabulary, options: AnalysisOptions(stemming: false, compoundSplitting: false))
        expectTexts(analyzer.analyze("schuldhulpverlening"), ["schuldhulpverlening"])
    }

    @Test func everyTokenOfTheFullChainPointsIntoTheText() {
        let text = "De Ggz-cliënten in Aalten kregen 80% vaker schuldhulpverlening ('s avonds)."
        let tokens = Analyzer.dutch(vocabulary: Self.vocabulary).analyze(text)
        #expect(!tokens.isEmpty)
        for token in tokens {
            #expect(token.range.lowerBound >= text.startIndex && token.range.upperBound <= text.endIndex)
            #expect(!text[token.range].isEmpty)
        }
        let positions = tokens.filter { !$0.isDerived }.map(\.position)
        #expect(positions == positions.sorted(), "positions run in reading order")
    }

    @Test func analysingARangeLeavesTheRestOfTheTextAlone() throws {
        let text = "Eerste zin over bijstand. Tweede zin over schulden."
        let second = try #require(text.range(of: "Tweede zin over schulden."))
        let tokens = Analyzer.surfaceWords.analyze(text, range: second)
        expectTexts(tokens, ["tweede", "zin", "schulden"])
        #expect(text[tokens[0].range] == "Tweede")
    }
}
