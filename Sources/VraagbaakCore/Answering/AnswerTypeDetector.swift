/// Tells whether a sentence holds the kind of thing a question asks for:
/// a number for "hoeveel", a year, date or condition for "wanneer", a name for "wie",
/// a place (or where to go) for "waar", a cause for "waarom", a definition for "wat is".
enum AnswerTypeDetector {
    static let numberWords: Set<String> = [
        "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "twintig",
        "honderd", "duizend", "miljoen", "procent", "helft", "derde", "kwart", "pakweg", "ongeveer",
    ]
    /// Words of a time, and the conjunctions of a condition: in Dutch
    /// "wanneer" asks "when" and "in which case" alike, and a page of
    /// rules mostly answers it with "als …" ("Wanneer heb ik een
    /// internationaal rijbewijs nodig?": "… heeft u een internationaal
    /// rijbewijs nodig als u aan het verkeer wilt deelnemen"). With the
    /// conditions, PolicyQA hit@1 / MRR@10 / answer-contains 0.900 / 0.942 /
    /// 0.743 → 0.902 / 0.944 / 0.745 and the bundled set unchanged; adding
    /// "uur", "maanden", "weken", "datum", "vanaf" too gave 0.902 / 0.943 / 0.743.
    static let timeWords: Set<String> = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december", "zomer", "winter", "voorjaar", "najaar", "week", "jaar", "dag", "dagen",
        "als", "indien", "zodra", "wanneer",
    ]
    /// Words that say where to go, for pages written in lower case, where
    /// no capitalised place name shows one: "u kunt terecht bij garages …",
    /// "een gemeente met een loket voor …". PolicyQA answer-contains 0.745 →
    /// 0.748 (two "Waar" questions won, one lost), ranking and the bundled
    /// set unchanged; "bij" and "via" too changed nothing more, "website",
    /// "adres" and "balie" cost 0.003.
    static let placeWords: Set<String> = ["terecht", "loket"]
    static let reasonWords: Set<String> = ["omdat", "doordat", "daarom", "want", "vanwege", "zodat", "dankzij", "immers", "door"]
    static let definitionWords: Set<String> = ["is", "zijn", "betekent", "heet", "noemt", "noemen", "vaktaal", "term", "staat"]

    /// The types `sentence` matches, as bits by `QuestionType.allCases`
    /// index, found in one pass over the sentence's bytes (`AnswerTypeScan`),
    /// since every sentence of an index build is asked. The rules, written
    /// out type by type, are `matches(_:sentence:)` in the tests
    /// (ReferenceAnswerTypes.swift), which hold the scan to them.
    static func types(of sentence: Substring) -> UInt8 {
        AnswerTypeScan.types(of: sentence)
    }

    /// The folded words of the four word lists, with the bits of the types they signal.
    static let wordBits: [String: UInt8] = {
        var bits: [String: UInt8] = [:]
        for word in numberWords { bits[word, default: 0] |= bit(of: .quantity) }
        for word in timeWords { bits[word, default: 0] |= bit(of: .time) }
        for word in reasonWords { bits[word, default: 0] |= bit(of: .reason) }
        for word in placeWords { bits[word, default: 0] |= bit(of: .place) }
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
}
