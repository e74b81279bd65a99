/// What the cleaner asks about one line, found in one pass over it: the
/// comparison key, the word count, whether it has sentence punctuation and
/// whether it has a letter or digit. Each is what the `LineShape` function
/// of that name gives (a test checks); those read the line once each.
struct LineFacts {
    var key: String
    var words: Int
    var hasSentencePunctuation: Bool
    var hasLetterOrNumber: Bool

    init(_ text: Substring) {
        let asciiTraits = CharacterTraits.ofASCII
        let common = CommonScalars.shared
        var bytesOwner = text
        // The reader is a local of the closure, not a capture: captured
        // variables are checked for exclusive access at run time.
        self = bytesOwner.withUTF8 { bytes in
            var reader = Reader(capacity: bytes.count)
            var offset = 0
            while offset < bytes.count {
                if CharacterScanner.isLoneASCII(bytes, at: offset) {
                    reader.read(bytes[offset], traits: asciiTraits[Int(bytes[offset])])
                    offset += 1
                } else {
                    let character = CharacterScanner.character(at: offset, in: bytes, of: text, common: common)
                    reader.read(character, of: text)
                    offset = character.end
                }
            }
            return reader.facts
        }
    }

    private init(key: String, words: Int, hasSentencePunctuation: Bool, hasLetterOrNumber: Bool) {
        self.key = key
        self.words = words
        self.hasSentencePunctuation = hasSentencePunctuation
        self.hasLetterOrNumber = hasLetterOrNumber
    }

    /// The facts so far, a character at a time.
    private struct Reader {
        var key: ComparisonKeyBuilder
        var words = 0
        var inWord = false
        var previousWasPunctuation = false
        var hasSentencePunctuation = false
        var hasLetterOrNumber = false

        init(capacity: Int) {
            key = ComparisonKeyBuilder(capacity: capacity)
        }

        var facts: LineFacts {
            LineFacts(
                key: key.key, words: words, hasSentencePunctuation: hasSentencePunctuation || previousWasPunctuation,
                hasLetterOrNumber: hasLetterOrNumber)
        }

        mutating func read(_ character: ScannedCharacter, of text: Substring) {
            key.add(character, of: text)
            count(character.traits, markScalar: character.markScalar)
        }

        /// `read` for a lone ASCII character.
        mutating func read(_ byte: UInt8, traits: CharacterTraits) {
            key.addASCII(byte)
            count(traits, markScalar: UInt32(byte))
        }

        private mutating func count(_ traits: CharacterTraits, markScalar: UInt32) {
            let isSpace = traits.contains(.whitespace)
            if !isSpace, !inWord { words += 1 }
            inWord = !isSpace
            if previousWasPunctuation, isSpace { hasSentencePunctuation = true }
            previousWasPunctuation = LineShape.isSentencePunctuation(markScalar)
            if !traits.isDisjoint(with: [.letter, .number]) { hasLetterOrNumber = true }
        }
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

    /// `add` for a lone ASCII character.
    @inline(__always)
    mutating func addASCII(_ ascii: UInt8) {
        guard ascii != UInt8(ascii: "`") else {
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(UInt8(ascii: "'"))
            return
        }
        if ascii == 0x20 || (0x09...0x0D).contains(ascii) {
            pendingSpace = !bytes.isEmpty
            return
        }
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        bytes.append((0x41...0x5A).contains(ascii) ? ascii + 0x20 : ascii)
    }

    mutating func add(_ scanned: ScannedCharacter, of text: Substring) {
        let utf8 = text.utf8
        let nonASCII: Character? = scanned.ascii != nil ? nil : text[utf8.index(utf8.startIndex, offsetBy: scanned.start)]
        if let ascii = scanned.ascii ?? nonASCII!.asciiValue {
            addASCII(ascii)
            return
        }
        let character = nonASCII!
        if character.isWhitespace {
            pendingSpace = !bytes.isEmpty
            return
        }
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        switch character {
        case "\u{2018}", "\u{2019}": bytes.append(UInt8(ascii: "'"))
        case "\u{201C}", "\u{201D}", "\u{201E}": bytes.append(UInt8(ascii: "\""))
        default: bytes.append(contentsOf: character.lowercased().utf8)
        }
    }
}
