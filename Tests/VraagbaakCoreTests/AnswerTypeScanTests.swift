import Testing
@testable import VraagbaakCore

/// The one-pass answer types and word counts against the rules they stand for.
@Suite struct AnswerTypeScanTests {
    /// Every sentence of the samples and the bundled knowledge, and every line.
    static let sentences: [Substring] = TrickyText.all.map(\.text).flatMap { text in
        let splitter = SentenceSplitter()
        return [text[...]] + text.split(whereSeparator: \.isNewline) + splitter.sentences(in: text).map { text[$0] }
    }

    static func ruleBits(_ sentence: Substring) -> UInt8 {
        var bits: UInt8 = 0
        for type in QuestionType.allCases where AnswerTypeDetector.matches(type, sentence: sentence) {
            bits |= AnswerTypeDetector.bit(of: type)
        }
        return bits
    }

    @Test func typesEqualTheRulesOnEverySentence() {
        for sentence in Self.sentences {
            #expect(AnswerTypeDetector.types(of: sentence) == Self.ruleBits(sentence), "\(sentence)")
        }
    }

    @Test(arguments: [
        ("In 1998 kwamen er twee bij.", [QuestionType.quantity, .time]),
        ("Het gebeurde in 2020.", [.quantity, .time]),
        ("Het gebeurde in ２０２０.", [.quantity, .time]),
        ("Dat komt omdat het regende.", [.reason]),
        ("Dat komt OMDAT het regende.", [.person, .place, .reason]),
        ("Zij woont in Utrecht.", [.person, .place]),
        ("Zij woont in U.", [.person, .place]),
        ("Zij woont in U", []),
        ("Zij woont in ‘Ütrecht’.", [.person, .place]),
        ("Zij woont in Ü.", [.person, .place]),
        ("Mantelzorg betekent zorgen.", [.definition]),
        ("Hij wacht twéé dagen.", [.quantity, .time]),
        ("Hij wacht twe\u{0301}e\u{0301} dagen.", [.quantity, .time]),
        ("zo'n AWBZ-cliënt.", [.person, .place]),
        ("Geen van alle.", []),
        // A condition answers "wanneer" as a date does.
        ("U betaalt minder als u later gaat studeren.", [.time]),
        ("Zodra u verhuist, meldt u dat.", [.time]),
        // Where to go, in a page without capitals.
        ("u kunt terecht bij uw huisarts.", [.place]),
    ])
    func typesOfExamples(sentence: String, types: [QuestionType]) {
        let expected = types.reduce(UInt8(0)) { $0 | AnswerTypeDetector.bit(of: $1) }
        #expect(AnswerTypeDetector.types(of: sentence[...]) == expected)
        #expect(Self.ruleBits(sentence[...]) == expected)
    }

    @Test func wordCountsEqualSplittingOnSpaceNewlineAndTab() {
        for sentence in Self.sentences {
            let reference = sentence.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
            #expect(PassageBuilder.wordCount(sentence) == reference, "\(Array(sentence.unicodeScalars.map(\.value)))")
        }
    }
}

@Suite struct AnswerWordTableTests {
    @Test func everyListedWordIsFoundWithItsBits() {
        let table = AnswerTypeDetector.wordTable
        for (word, bits) in AnswerTypeDetector.wordBits {
            #expect(table.bits(of: Array(word.utf8)) == bits, "\(word)")
        }
    }

    @Test(arguments: ["", "a", "tweee", "twe", "septembe", "septemberr", "omdat ", "zzzzzzzzzzzzzzzzz", "jaren", "dagen"])
    func otherWordsAreNotFound(word: String) {
        #expect(AnswerTypeDetector.wordTable.bits(of: Array(word.utf8)) == (AnswerTypeDetector.wordBits[word] ?? 0))
    }
}
