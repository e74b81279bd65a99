/// The traits of one `Character` that the text scanners ask about, as bits,
/// so a test is an `and` instead of a Unicode property look-up.
struct CharacterTraits: OptionSet, Sendable, Hashable {
    let rawValue: UInt8

    static let letter = CharacterTraits(rawValue: 1 << 0)
    static let number = CharacterTraits(rawValue: 1 << 1)
    static let uppercase = CharacterTraits(rawValue: 1 << 2)
    static let whitespace = CharacterTraits(rawValue: 1 << 3)
    static let newline = CharacterTraits(rawValue: 1 << 4)
    static let punctuation = CharacterTraits(rawValue: 1 << 5)
    static let ascii = CharacterTraits(rawValue: 1 << 6)

    /// The traits of `character`, from `Character`'s own properties.
    init(of character: Character) {
        var traits: CharacterTraits = []
        if character.isLetter { traits.insert(.letter) }
        if character.isNumber { traits.insert(.number) }
        if character.isUppercase { traits.insert(.uppercase) }
        if character.isWhitespace { traits.insert(.whitespace) }
        if character.isNewline { traits.insert(.newline) }
        if character.isPunctuation { traits.insert(.punctuation) }
        if character.isASCII { traits.insert(.ascii) }
        self = traits
    }

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The traits of the 128 ASCII characters, computed once the same way.
    static let ofASCII: [CharacterTraits] = (0..<128).map { CharacterTraits(of: Character(Unicode.Scalar(UInt8($0)))) }
}

/// One `Character` of a text as `CharacterScanner` reads it. It holds no
/// reference (the character itself is `text[start..<end]`), so arrays of
/// them are plain memory.
struct ScannedCharacter: Sendable {
    /// Its UTF-8 bytes, as offsets from the start of the scanned text.
    var start: Int
    var end: Int
    var traits: CharacterTraits
    /// The scalar's value when the character is a single scalar;
    /// `severalScalars` when it is more (a letter with a combining mark,
    /// CR LF, an emoji sequence).
    var scalar: UInt32

    /// The ASCII byte when the character is exactly one ASCII scalar.
    var ascii: UInt8? { scalar < 0x80 ? UInt8(truncatingIfNeeded: scalar) : nil }

    /// `scalar` of a character of more than one scalar: no scalar has this value.
    static let severalScalars = UInt32.max

    /// `scalar` as `Character` equality sees it, for comparing with a mark:
    /// `Character`s are equal when canonically equivalent, and three scalars
    /// are canonically a single ASCII one (U+037E ";", U+1FEF "`", the
    /// Kelvin sign U+212A "K"). No other scalar equals an ASCII character or
    /// a mark the scanners compare with (a test checks every scalar).
    var markScalar: UInt32 {
        switch scalar {
        case 0x037E: return 0x3B
        case 0x1FEF: return 0x60
        case 0x212A: return 0x4B
        default: return scalar
        }
    }
}

/// Reads the `Character`s of a text from its UTF-8 bytes.
///
/// Iterating `Character`s makes the standard library find grapheme cluster
/// breaks and build a `Character` for every letter, which was most of an
/// index build. Almost all text is ASCII, and between two ASCII scalars
/// there is always a break except within CR LF (a grapheme cluster can only
/// grow by non-ASCII scalars: combining marks, joiners, variation
/// selectors). So an ASCII byte followed by another ASCII byte is one
/// `Character` by itself, judged from a table. The common non-ASCII scalars
/// (`CommonScalars`) are judged from a table too, with the grapheme rules
/// that can involve them; anywhere else the standard library reads the
/// cluster, so the characters and their traits are exactly those of
/// iterating the text.
enum CharacterScanner {
    /// Calls `body` with every character of `text`, in order; stops early when
    /// `body` returns false.
    @inline(__always)
    static func scan(_ text: Substring, _ body: (ScannedCharacter) -> Bool) {
        var bytesOwner = text
        // Read once here: a global's lazy initialisation check in the loop was 7 % of a build.
        let asciiTraits = CharacterTraits.ofASCII
        let common = CommonScalars.shared
        bytesOwner.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let character = isLoneASCII(bytes, at: offset)
                    ? ScannedCharacter(
                        start: offset, end: offset + 1, traits: asciiTraits[Int(bytes[offset])],
                        scalar: UInt32(bytes[offset]))
                    : self.character(at: offset, in: bytes, of: text, common: common)
                guard body(character) else { return }
                offset = character.end
            }
        }
    }

    /// Whether the byte at `offset` is an ASCII character by itself: the
    /// next byte is ASCII too (or the end), and they are not CR LF.
    @inline(__always)
    static func isLoneASCII(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let byte = bytes[offset]
        guard byte < 0x80 else { return false }
        guard offset + 1 < bytes.count else { return true }
        let next = bytes[offset + 1]
        return next < 0x80 && !(byte == 0x0D && next == 0x0A)
    }

    /// The character starting at `offset` (a character boundary) of `text`,
    /// whose UTF-8 bytes are `bytes`, when it is not a lone ASCII byte.
    static func character(
        at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, of text: Substring, common: CommonScalars
    ) -> ScannedCharacter {
        let count = bytes.count
        /// Whether a character starts at `offset`: the end, an ASCII byte, or a common scalar that joins nothing before it.
        func startsCharacter(at offset: Int) -> Bool {
            offset == count || bytes[offset] < 0x80
                || common.startsCharacter(DutchTokenizer.scalar(in: bytes, at: offset).0)
        }
        let byte = bytes[offset]
        if byte < 0x80 {
            // CR LF is one character; the standard library reads it (and anything it might carry).
            let isCRLF = byte == 0x0D && offset + 1 < count && bytes[offset + 1] == 0x0A
            // After a control character there is always a break.
            if !isCRLF, byte < 0x20 || byte == 0x7F || startsCharacter(at: offset + 1) {
                return ScannedCharacter(
                    start: offset, end: offset + 1, traits: CharacterTraits.ofASCII[Int(byte)], scalar: UInt32(byte))
            }
        } else {
            let (value, length) = DutchTokenizer.scalar(in: bytes, at: offset)
            if let traits = common.traits(value), common.standsAlone(value), startsCharacter(at: offset + length) {
                return ScannedCharacter(start: offset, end: offset + length, traits: traits, scalar: value)
            }
        }
        let index = text.utf8.index(text.startIndex, offsetBy: offset)
        let next = text.index(after: index)
        let end = text.utf8.distance(from: text.startIndex, to: next)
        let character = text[index]
        let scalars = character.unicodeScalars
        let scalar = scalars.count == 1 ? scalars.first!.value : ScannedCharacter.severalScalars
        return ScannedCharacter(start: offset, end: end, traits: CharacterTraits(of: character), scalar: scalar)
    }

    /// Every character of `text`, for scanners that look back and ahead.
    static func characters(_ text: Substring) -> [ScannedCharacter] {
        var bytesOwner = text
        let asciiTraits = CharacterTraits.ofASCII
        let common = CommonScalars.shared
        return bytesOwner.withUTF8 { bytes in
            var characters: [ScannedCharacter] = []
            characters.reserveCapacity(bytes.count)
            var offset = 0
            while offset < bytes.count {
                let character = isLoneASCII(bytes, at: offset)
                    ? ScannedCharacter(
                        start: offset, end: offset + 1, traits: asciiTraits[Int(bytes[offset])], scalar: UInt32(bytes[offset]))
                    : self.character(at: offset, in: bytes, of: text, common: common)
                characters.append(character)
                offset = character.end
            }
            return characters
        }
    }
}
