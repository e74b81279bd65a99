/// Tells whether a sentence holds the kind of thing a question asks for:
/// a number for "hoeveel", a year or date for "wanneer", a name for "wie",
/// a place for "waar", a cause for "waarom", a definition for "wat is".
enum AnswerTypeDetector {
    static let numberWords: Set<String> = [
        "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "twintig",
        "honderd", "duizend", "miljoen", "procent", "helft", "derde", "kwart", "pakweg", "ongeveer",
    ]
    static let months: Set<String> = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december", "zomer", "winter", "voorjaar", "najaar", "week", "jaar", "dag", "dagen",
    ]
    static let reasonWords: Set<String> = ["omdat", "doordat", "daarom", "want", "vanwege", "zodat", "dankzij", "immers", "door"]
    static let definitionWords: Set<String> = ["is", "zijn", "betekent", "heet", "noemt", "noemen", "vaktaal", "term", "staat"]

    static func matches(_ type: QuestionType, sentence: Substring) -> Bool {
        // Only the types that look at words split the sentence into them.
        switch type {
        case .other: return false
        case .person, .place: return hasInnerCapital(sentence)
        case .quantity where sentence.contains(where: \.isNumber): return true
        default: break
        }
        let words = sentence.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { TextFolding.fold(String($0)) }
        switch type {
        case .quantity:
            return words.contains(where: numberWords.contains)
        case .time:
            let hasYear = words.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) && ($0.hasPrefix("19") || $0.hasPrefix("20")) }
            return hasYear || words.contains(where: months.contains)
        case .person, .place:
            return hasInnerCapital(sentence)
        case .reason:
            return words.contains(where: reasonWords.contains)
        case .definition:
            return words.contains(where: definitionWords.contains)
        case .other:
            return false
        }
    }

    /// The types `sentence` matches, as bits by `QuestionType.allCases`
    /// index: what `matches(_:sentence:)` says for each type, found in one
    /// pass over the sentence's bytes (`AnswerTypeScan`), since every
    /// sentence of an index build is asked.
    static func types(of sentence: Substring) -> UInt8 {
        AnswerTypeScan.types(of: sentence)
    }

    /// The folded words of the four word lists, with the bits of the types they signal.
    static let wordBits: [String: UInt8] = {
        var bits: [String: UInt8] = [:]
        for word in numberWords { bits[word, default: 0] |= bit(of: .quantity) }
        for word in months { bits[word, default: 0] |= bit(of: .time) }
        for word in reasonWords { bits[word, default: 0] |= bit(of: .reason) }
        for word in definitionWords { bits[word, default: 0] |= bit(of: .definition) }
        return bits
    }()

    /// `wordBits` for looking up ASCII words from their bytes.
    static let wordTable = AnswerWordTable(wordBits)

    /// The lengths of the words in `wordBits`, so most words need no look-up.
    static let wordLengths: ClosedRange<Int> = {
        let lengths = wordBits.keys.map(\.utf8.count)
        return lengths.min()!...lengths.max()!
    }()

    /// Per word length (index), the first letters (bit 0 for "a") of the
    /// words in `wordBits`: an ASCII word whose length and first letter are
    /// not here is in none of the lists. All those words are lower-case
    /// ASCII letters under 32 bytes (checked when this is made).
    static let wordFirstLetters: [UInt32] = {
        var masks = [UInt32](repeating: 0, count: 32)
        for word in wordBits.keys {
            let bytes = Array(word.utf8)
            precondition(bytes.count < 32 && bytes.allSatisfy { (0x61...0x7A).contains($0) })
            masks[bytes.count] |= 1 << UInt32(bytes[0] - 0x61)
        }
        return masks
    }()

    /// The bit of `type` in `types(of:)`.
    static func bit(of type: QuestionType) -> UInt8 {
        1 << UInt8(QuestionType.allCases.firstIndex(of: type)!)
    }

    /// A capitalised word that does not open the sentence: a name or place.
    static func hasInnerCapital(_ sentence: Substring) -> Bool {
        let words = sentence.split(separator: " ")
        return words.dropFirst().contains { word in
            guard let first = word.first(where: \.isLetter) else { return false }
            return first.isUppercase && word.count > 1
        }
    }
}
