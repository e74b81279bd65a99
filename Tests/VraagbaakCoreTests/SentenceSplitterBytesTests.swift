import Testing
@testable import VraagbaakCore

/// The splitter reads scanned characters; these tests hold its sentences to
/// those of the `Character` splitter it replaced (`ReferenceSentenceSplitter`).
@Suite struct SentenceSplitterBytesTests {
    private func expectSameSentences(_ text: String, range: Range<String.Index>, _ comment: Comment? = nil) {
        let sentences = SentenceSplitter().sentences(in: text, range: range)
        let reference = ReferenceSentenceSplitter().sentences(in: text, range: range)
        #expect(sentences == reference, comment)
        #expect(sentences.map { text[$0] } == reference.map { text[$0] }, comment)
    }

    @Test(arguments: TrickyText.all)
    func wholeTextsGiveTheReferenceSentences(sample: TrickySample) {
        expectSameSentences(sample.text, range: sample.text.startIndex..<sample.text.endIndex)
    }

    /// Each line by itself, as the passage builder splits a block.
    @Test(arguments: TrickyText.all)
    func linesGiveTheReferenceSentences(sample: TrickySample) {
        let text = sample.text
        for line in SourceLine.lines(in: text) {
            expectSameSentences(text, range: line.range, "\(text[line.range])")
        }
    }

    @Test(arguments: [
        "Dat zijn o.a. gemeenten. Daarna volgt M. de Vries.",
        "Zie bijv. Utrecht, enz. Daarna meer.",
        "Het kost 140.000 euro. 24/7 bereikbaar.",
        "1. Eerste punt. 2. Tweede punt.",
        "‘Ik begon,’ zegt ze. ‘Nu niet meer.’ Klaar.",
        "Zo'n dag. 's Avonds laat. 't Is laat. Jaren '80. Goed.",
        "Hij zei: \"Ga. Nu.\" En ging.",
        "(Tussen haakjes. Nog steeds.) Daarna.",
        "Cafe\u{0301}. E\u{0301}en zin. 👍🏽. 🇳🇱 Vlag.",
        "Einde.\u{00A0}Volgende zin.  Nog één.",
        "Wat? Ja! Echt… Zeker.",
        "- Eerste. • Tweede. * Derde.",
        "alles klein. nog een zin. en nog een",
        "Sluit af.’ Nieuwe zin.",
        "A.B. de Vries en J.P. Balkenende. Klaar.",
    ])
    func trickySentencesGiveTheReferenceSentences(text: String) {
        expectSameSentences(text, range: text.startIndex..<text.endIndex)
    }
}
