import Testing
@testable import VraagbaakCore

@Suite struct DutchTokenizerTests {
    private let tokenizer = DutchTokenizer()

    /// The token's text beside the source text it points at, for compact tables.
    private func pairs(_ text: String) -> [Pair] {
        tokenizer.tokenize(text).map { Pair(text: $0.text, surface: String(text[$0.range])) }
    }

    struct Pair: Equatable, CustomStringConvertible {
        var text: String
        var surface: String
        var description: String { "\(text)@\(surface)" }
    }

    // MARK: - Hyphenated words

    @Test func hyphenatedWordGivesItsPiecesAndTheJoinedWhole() {
        let text = "Ggz-cliënten komen"
        let tokens = tokenizer.tokenize(text)
        expectTexts(tokens, ["Ggz", "cliënten", "Ggzcliënten", "komen"])
        #expect(tokens.map { String(text[$0.range]) } == ["Ggz", "cliënten", "Ggz-cliënten", "komen"])
        #expect(tokens.map(\.isDerived) == [false, false, true, false])
    }

    @Test func hyphenPiecesHaveTheirOwnPositionsAndTheWholeTakesTheFirst() {
        let tokens = tokenizer.tokenize("ggz-cliënten komen")
        #expect(tokens.map(\.position) == [0, 1, 0, 2])
    }

    @Test(arguments: [
        ("kind- en gezinsgerichte", ["kind", "en", "gezinsgerichte"]),
        ("er-op-af", ["er", "op", "af", "eropaf"]),
        ("covid-19", ["covid", "19", "covid19"]),
        ("e-mail", ["mail", "email"]),
        ("- streepje -", ["streepje"]),
    ])
    func hyphenVariants(text: String, expected: [String]) {
        expectTexts(tokenizer.tokenize(text), expected)
    }

    @Test func aNumberPieceOfAHyphenatedWordIsANumber() {
        let kinds = tokenizer.tokenize("covid-19").map(\.kind)
        #expect(kinds == [.word, .number, .word])
    }

    // MARK: - Numbers

    @Test(arguments: [
        ("140.000", "140000"),
        ("1.250.000", "1250000"),
        ("2,5", "2.5"),
        ("1.250,75", "1250.75"),
        ("2.5", "2.5"),
        ("2007", "2007"),
        ("24", "24"),
    ])
    func numbersAreNormalised(written: String, number: String) throws {
        let tokens = tokenizer.tokenize("pakweg \(written) mensen")
        expectTexts(tokens, ["pakweg", number, "mensen"])
        let token = tokens[1]
        #expect(token.kind == .number)
        #expect("pakweg \(written) mensen"[token.range] == written)
    }

    @Test func aDateIsDayMonthAndYear() {
        let tokens = tokenizer.tokenize("op 21 maart 2018.")
        expectTexts(tokens, ["op", "21", "maart", "2018"])
        #expect(tokens.map(\.kind) == [.word, .number, .word, .number])
    }

    @Test func aSentenceEndingInANumberKeepsTheNumberWithoutTheDot() {
        expectTexts(tokenizer.tokenize("Het is maart 2021. Nederland"), ["Het", "is", "maart", "2021", "Nederland"])
    }

    @Test func commaBetweenNumbersInAListIsANumberOnlyWithoutSpace() {
        expectTexts(tokenizer.tokenize("(2020; 2021)"), ["2020", "2021"])
        expectTexts(tokenizer.tokenize("2020, 2021"), ["2020", "2021"])
    }

    @Test func slashSeparatesNumbers() {
        expectTexts(tokenizer.tokenize("24/7 bereikbaar"), ["24", "7", "bereikbaar"])
    }

    // MARK: - Percentages

    @Test(arguments: ["80%", "80 %"])
    func percentageGivesTheNumberAndProcent(text: String) {
        let tokens = tokenizer.tokenize("\(text) van de ouderen")
        expectTexts(tokens, ["80", "procent", "van", "de", "ouderen"])
        #expect(tokens[1].isDerived)
        #expect(tokens[1].range == tokens[0].range)
        #expect(tokens[1].position == tokens[0].position)
        #expect(tokens[2].position == tokens[0].position + 1)
    }

    @Test func aNumberWithoutPercentSignHasNoProcent() {
        expectTexts(tokenizer.tokenize("80 ouderen"), ["80", "ouderen"])
    }

    // MARK: - Apostrophes

    @Test(arguments: [
        ("dilemma's", ["dilemma"]),
        ("dilemma’s", ["dilemma"]),
        ("'s avonds", ["avonds"]),
        ("’s avonds", ["avonds"]),
        ("z'n allen", ["zn", "allen"]),
        ("Hoofdthema's", ["Hoofdthema"]),
        ("‘lockdown'", ["lockdown"]),
    ])
    func apostrophes(text: String, expected: [String]) {
        expectTexts(tokenizer.tokenize(text), expected)
    }

    @Test func possessiveKeepsTheWholeSurfaceRange() {
        let text = "lastige dilemma's"
        #expect(pairs(text) == [Pair(text: "lastige", surface: "lastige"), Pair(text: "dilemma", surface: "dilemma's")])
    }

    // MARK: - Abbreviations and single letters

    @Test func abbreviationsAreWordsAsWritten() {
        let tokens = tokenizer.tokenize("de Wmo en de AWBZ")
        expectTexts(tokens, ["de", "Wmo", "en", "de", "AWBZ"])
        #expect(tokens.allSatisfy { $0.kind == .word })
    }

    @Test(arguments: [
        ("o.a. de gemeente", ["de", "gemeente"]),
        ("Dr. I. Driesen", ["Dr", "Driesen"]),
        ("Pamela Besselink M HCSW", ["Pamela", "Besselink", "HCSW"]),
        ("a b c", []),
    ])
    func singleLettersAreDropped(text: String, expected: [String]) {
        expectTexts(tokenizer.tokenize(text), expected)
    }

    @Test func aSingleDigitIsKept() {
        expectTexts(tokenizer.tokenize("stap 1 en 2"), ["stap", "1", "en", "2"])
    }

    // MARK: - Ranges

    @Test(arguments: [
        "Ggz-cliënten komen in de wijken wonen.",
        "Het is vaktaal voor de pakweg 140.000 Nederlanders die meer dan vijf jaar in de bijstand zitten.",
        "80% van de demente ouderen woont nu nog zelfstandig thuis.",
        "En dat plaatst gemeenten voor lastige dilemma’s, want zij dragen verantwoordelijkheden.",
        "Het stelsel is al in 2007 veranderd (transitie) met de introductie van de Wmo.",
        "Outreachend werken (er-op-af). Pamela Besselink (p.besselink@sterker.nl) en Dr. Isolde Driesen",
        "Neem Rachel, een Wajonger die inmiddels van onschatbare waarde is — 2,5 dag per week. 👍🏽 Klaar!",
    ])
    func everyWordTokenPointsAtItsSurfaceWord(text: String) {
        let tokens = tokenizer.tokenize(text)
        #expect(!tokens.isEmpty)
        for token in tokens {
            let surface = String(text[token.range])
            switch (token.kind, token.isDerived) {
            case (.number, _):
                #expect(DutchTokenizer.normalizedNumber(surface) == token.text, "\(token.text) at \(surface)")
            case (.word, false):
                #expect(Self.withoutApostrophes(surface) == token.text, "\(token.text) at \(surface)")
            case (.word, true) where token.text == "procent":
                #expect(surface.allSatisfy(\.isNumber) || surface.contains(where: \.isPunctuation))
            case (.word, true):
                #expect(surface.filter { $0 != "-" } == token.text, "\(token.text) at \(surface)")
            }
        }
    }

    @Test func tokenizingARangeGivesRangesIntoTheWholeText() throws {
        let text = "Eerste zin. Tweede zin over ggz-cliënten."
        let second = try #require(text.range(of: "Tweede zin over ggz-cliënten."))
        let tokens = tokenizer.tokenize(text, range: second)
        expectTexts(tokens, ["Tweede", "zin", "over", "ggz", "cliënten", "ggzcliënten"])
        #expect(tokens.allSatisfy { second.contains($0.range.lowerBound) })
        #expect(text[tokens[4].range] == "cliënten")
    }

    @Test func emptyAndPunctuationOnlyTextHaveNoTokens() {
        expectTexts(tokenizer.tokenize(""), [])
        expectTexts(tokenizer.tokenize(" ... — !? "), [])
    }

    @Test
    func decomposedDiacriticsStayInTheWord() {
        let decomposed = "cli\u{0065}\u{0308}nten"
        expectTexts(tokenizer.tokenize(decomposed), ["cli\u{0065}\u{0308}nten"])
    }

    private static func withoutApostrophes(_ surface: String) -> String {
        var word = surface
        if word.count > 2, word.last == "s" || word.last == "S", let apostrophe = word.dropLast().last,
            "'’ʼ".contains(apostrophe) {
            word.removeLast(2)
        }
        return word.filter { !"'’ʼ".contains($0) }
    }
}
