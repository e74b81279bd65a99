/// What the cleaner asks about one line, found in one pass over it: the
/// comparison key, the word count, whether it has sentence punctuation and
/// whether it has a letter or digit. Each is what the `LineShape` function
/// of that name gives (a test checks); those read the line once each.
struct LineFacts {
    var key: String
    var words = 0
    var hasSentencePunctuation = false
    var hasLetterOrNumber = false

    init(_ text: Substring) {
        var key = ComparisonKeyBuilder(capacity: text.utf8.count)
        var inWord = false
        var previousWasPunctuation = false
        var words = 0
        var hasSentencePunctuation = false
        var hasLetterOrNumber = false
        CharacterScanner.scan(text) { character in
            key.add(character, of: text)
            let isSpace = character.traits.contains(.whitespace)
            if !isSpace, !inWord { words += 1 }
            inWord = !isSpace
            if previousWasPunctuation, isSpace { hasSentencePunctuation = true }
            previousWasPunctuation = LineShape.isSentencePunctuation(character.markScalar)
            if !character.traits.isDisjoint(with: [.letter, .number]) { hasLetterOrNumber = true }
            return true
        }
        self.key = key.key
        self.words = words
        self.hasSentencePunctuation = hasSentencePunctuation || previousWasPunctuation
        self.hasLetterOrNumber = hasLetterOrNumber
    }
}

/// Builds `LineShape.comparisonKey` a character at a time: lower-cased,
/// curly apostrophes and quotes made straight, runs of white space made one
/// space. ASCII is lower-cased from its byte; `lowercased()` makes a String
/// per Character, so only other characters use it.
struct ComparisonKeyBuilder {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    var key: String { String(decoding: bytes, as: UTF8.self) }

    mutating func add(_ scanned: ScannedCharacter, of text: Substring) {
        let utf8 = text.utf8
        let nonASCII: Character? = scanned.ascii != nil ? nil : text[utf8.index(utf8.startIndex, offsetBy: scanned.start)]
        if let ascii = scanned.ascii ?? nonASCII!.asciiValue, ascii != UInt8(ascii: "`") {
            if ascii == 0x20 || (0x09...0x0D).contains(ascii) {
                pendingSpace = !bytes.isEmpty
                return
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append((0x41...0x5A).contains(ascii) ? ascii + 0x20 : ascii)
            return
        }
        let character = nonASCII ?? "`"
        if character.isWhitespace {
            pendingSpace = !bytes.isEmpty
            return
        }
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        switch character {
        case "\u{2018}", "\u{2019}", "`": bytes.append(UInt8(ascii: "'"))
        case "\u{201C}", "\u{201D}", "\u{201E}": bytes.append(UInt8(ascii: "\""))
        default: bytes.append(contentsOf: character.lowercased().utf8)
        }
    }
}
