import Testing
@testable import VraagbaakCore

/// The tokenizer reads UTF-8 bytes; these tests hold it to the token stream of
/// the scalar tokenizer it replaced (`ReferenceTokenizer`): texts, kinds,
/// positions, derived flags and source ranges.
@Suite struct DutchTokenizerBytesTests {
    private let tokenizer = DutchTokenizer()

    private func expectSameTokens(_ text: String, range: Range<String.Index>, _ comment: Comment? = nil) {
        let tokens = tokenizer.tokenize(text, range: range)
        let reference = ReferenceTokenizer().tokenize(text, range: range)
        #expect(tokens.map(\.text) == reference.map(\.text), comment)
        #expect(tokens.map(\.position) == reference.map(\.position), comment)
        #expect(tokens.map(\.kind) == reference.map(\.kind), comment)
        #expect(tokens.map(\.isDerived) == reference.map(\.isDerived), comment)
        #expect(tokens.map(\.range) == reference.map(\.range), comment)
        #expect(tokens.map { text[$0.range] } == reference.map { text[$0.range] }, comment)
    }

    @Test(arguments: TrickyText.all)
    func wholeTextsGiveTheReferenceTokens(sample: TrickySample) {
        expectSameTokens(sample.text, range: sample.text.startIndex..<sample.text.endIndex)
    }

    /// Every sentence of the bundled knowledge, as the index builder tokenizes them.
    @Test(arguments: TrickyText.all)
    func sentencesGiveTheReferenceTokens(sample: TrickySample) {
        let text = sample.text
        for sentence in SentenceSplitter().sentences(in: text) {
            expectSameTokens(text, range: sentence, "\(text[sentence])")
        }
    }

    @Test(arguments: [
        "zo'n", "AWBZ-cliënten", "AWBZ-clienten", "dilemma's", "dilemma’s", "’s avonds", "'s avonds",
        "140.000", "1.250.000", "2,5", "1.250,75", "1.2.3", "12,345.6", "80%", "80 %", "80  %", "24/7",
        "covid-19", "12-34", "e-mail", "o.a.", "bijv.", "-5 graden", "a-", "-a", "a--b", "a-'b", "a'-b",
        "x's", "'s", "A'S", "é", "e\u{0301}", "ë-e", "ggz\u{2011}cliënt", "ĳs", "Ⅻ", "٣٤", "1٣", "½",
        "\u{00A0}woord\u{00A0}", "👍🏽woord", "woord👍", "a\u{20DD}b", "café-bar", "x\r\ny",
    ])
    func trickyWordsGiveTheReferenceTokens(text: String) {
        expectSameTokens(text, range: text.startIndex..<text.endIndex)
        expectSameTokens("Het " + text + " eind.", range: ("Het " + text + " eind.").startIndex..<("Het " + text + " eind.").endIndex)
    }

    /// A range inside a text: the percent sign after it still counts, as before.
    @Test func aRangeEndingBeforeAPercentSignStillSeesIt() {
        let text = "Ruim 80 % van de mensen"
        let end = text.index(text.startIndex, offsetBy: 7)
        expectSameTokens(text, range: text.startIndex..<end)
        #expect(tokenizer.tokenize(text, range: text.startIndex..<end).map(\.text) == ["Ruim", "80", "procent"])
    }
}

@Suite struct DutchTokenizerScalarClassTests {
    /// The byte tokenizer classifies ASCII by ranges; they must be the scalar properties.
    @Test func asciiClassesAreTheScalarProperties() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            #expect(DutchTokenizer.isWordScalar(value) == DutchTokenizer.isWordScalar(scalar), "\(value)")
            #expect(DutchTokenizer.isDigit(value) == DutchTokenizer.isDigit(scalar), "\(value)")
        }
    }

    @Test(arguments: [0xE9, 0xEB, 0x301, 0x2019, 0x2010, 0x663, 0xFF11, 0x1F44D] as [UInt32])
    func otherScalarsUseTheScalarProperties(value: UInt32) {
        let scalar = Unicode.Scalar(value)!
        #expect(DutchTokenizer.isWordScalar(value) == DutchTokenizer.isWordScalar(scalar))
        #expect(DutchTokenizer.isDigit(value) == DutchTokenizer.isDigit(scalar))
    }
}
