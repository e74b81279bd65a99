/// The quotations and brackets of one line, so that a sentence is not broken
/// inside them: ‘Ik begon met een paar uurtjes, maar nu ben ik er vijf dagen
/// in de week,’ zegt ze glunderend. is one sentence however the quote is punctuated.
///
/// Only pairs that close on the same line count; an opening mark that is never
/// closed protects nothing, so one stray quote cannot swallow a paragraph.
struct EnclosedSpans {
    /// Offsets of each matched opening and closing mark.
    private var spans: [ClosedRange<Int>] = []

    init(_ characters: [ScannedCharacter], line: Range<Int>) {
        var open: [(offset: Int, kind: SentencePunctuation.EnclosureKind)] = []
        for offset in line {
            // Most characters are ASCII letters, digits and spaces, never a mark.
            let scalar = characters[offset].scalar
            if scalar < 0x80, !SentencePunctuation.isASCIIEnclosure(scalar) { continue }
            guard let mark = SentencePunctuation.enclosureMark(characters, at: offset, line: line) else { continue }
            if mark.isOpening {
                open.append((offset, mark.kind))
            } else if let match = open.lastIndex(where: { $0.kind == mark.kind }) {
                spans.append(open[match].offset...offset)
                open.removeSubrange(match...)
            }
        }
    }

    /// Whether a sentence ending just before `offset` would end inside a quotation or bracket.
    func encloses(_ offset: Int) -> Bool {
        spans.contains { $0.lowerBound < offset && offset <= $0.upperBound }
    }
}

/// The punctuation the splitter reasons about, in one place so the rules can be read together.
///
/// Marks are compared by scalar: each is one scalar without a canonical
/// decomposition, so a `Character` equals it exactly when it is that scalar
/// alone or a scalar canonically equal to it (`ScannedCharacter.markScalar`).
enum SentencePunctuation {
    enum EnclosureKind: Equatable {
        case doubleQuote, singleQuote, guillemet, singleGuillemet
        case parenthesis, squareBracket, brace
    }

    struct EnclosureMark {
        var kind: EnclosureKind
        var isOpening: Bool
    }

    /// The ASCII quotes and brackets: " ' ( ) [ ] { }.
    static func isASCIIEnclosure(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D: return true
        default: return false
        }
    }

    /// Whether `character` is one of the marks in `marks`.
    private static func isOne(of marks: String, _ character: ScannedCharacter) -> Bool {
        let scalar = character.markScalar
        return marks.unicodeScalars.contains { $0.value == scalar }
    }

    static func isTerminator(_ character: ScannedCharacter) -> Bool {
        switch character.markScalar {
        case 0x2E, 0x21, 0x3F, 0x2026: return true  // . ! ? …
        default: return false
        }
    }

    /// Marks that may directly follow the final punctuation and still belong to the sentence.
    static func isClosing(_ character: ScannedCharacter) -> Bool {
        isOne(of: "’'”\"»›)]}", character)
    }

    /// Quotes and brackets that may begin a sentence or a quoted word.
    static func isOpening(_ character: ScannedCharacter) -> Bool {
        isOne(of: "‘'“„\"«‹([{‚", character)
    }

    /// What may follow the white space after final punctuation for a new sentence to begin there.
    static func canStartSentence(_ character: ScannedCharacter) -> Bool {
        character.traits.contains(.uppercase) || character.traits.contains(.number) || isOpening(character)
            || isOne(of: "•◦▪‣*-–", character)
    }

    /// A list bullet at `offset`. Dashes and asterisks count only when followed
    /// by white space, so "-5 graden" keeps its minus sign.
    static func isBullet(_ characters: [ScannedCharacter], at offset: Int, end: Int) -> Bool {
        let character = characters[offset]
        if isOne(of: "•◦▪‣", character) { return true }
        guard isOne(of: "*-–", character) else { return false }
        return offset + 1 < end && characters[offset + 1].traits.contains(.whitespace)
    }

    /// The quote or bracket at `offset`, or nil when the character is none, or
    /// is an apostrophe (dilemma’s, z'n, ’s avonds, jaren '80).
    static func enclosureMark(_ characters: [ScannedCharacter], at offset: Int, line: Range<Int>) -> EnclosureMark? {
        let character = characters[offset]
        switch character.markScalar {
        case 0x28: return EnclosureMark(kind: .parenthesis, isOpening: true)
        case 0x29: return EnclosureMark(kind: .parenthesis, isOpening: false)
        case 0x5B: return EnclosureMark(kind: .squareBracket, isOpening: true)
        case 0x5D: return EnclosureMark(kind: .squareBracket, isOpening: false)
        case 0x7B: return EnclosureMark(kind: .brace, isOpening: true)
        case 0x7D: return EnclosureMark(kind: .brace, isOpening: false)
        default: break
        }
        guard let kind = quoteKind(character) else { return nil }
        let before = offset > line.lowerBound ? characters[offset - 1] : nil
        let after = offset + 1 < line.upperBound ? characters[offset + 1] : nil
        if kind == .singleQuote, isApostrophe(characters, at: offset, line: line) { return nil }

        let followsSpace = before.map { $0.traits.contains(.whitespace) || isOpening($0) || isDash($0) } ?? true
        let precedesSpace = after.map {
            $0.traits.contains(.whitespace) || ($0.traits.contains(.punctuation) && !isOpeningBracket($0))
        } ?? true
        let canOpen = followsSpace && (after.map { !$0.traits.contains(.whitespace) } ?? false)
        let canClose = (before.map { !$0.traits.contains(.whitespace) } ?? false) && precedesSpace
        switch (canOpen, canClose) {
        case (true, false): return EnclosureMark(kind: kind, isOpening: true)
        case (false, true): return EnclosureMark(kind: kind, isOpening: false)
        case (true, true):
            // Squeezed between other punctuation: trust the shape of curly marks.
            guard isOne(of: "‘“„«‹‚’”»›", character) else { return nil }
            return EnclosureMark(kind: kind, isOpening: isOne(of: "‘“„«‹‚", character))
        case (false, false): return nil
        }
    }

    private static func quoteKind(_ character: ScannedCharacter) -> EnclosureKind? {
        switch character.markScalar {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x22: return .doubleQuote  // “ ” „ ‟ "
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x27: return .singleQuote  // ‘ ’ ‚ ‛ '
        case 0xAB, 0xBB: return .guillemet  // « »
        case 0x2039, 0x203A: return .singleGuillemet  // ‹ ›
        default: return nil
        }
    }

    /// A Dutch apostrophe rather than a single quote: inside a word (dilemma’s,
    /// z'n, what’s), or shortening a word at its start (’s avonds, 't is, 'n, 'k, '80).
    private static func isApostrophe(_ characters: [ScannedCharacter], at offset: Int, line: Range<Int>) -> Bool {
        func character(_ position: Int) -> ScannedCharacter? {
            line.contains(position) ? characters[position] : nil
        }
        let before = character(offset - 1)
        guard let after = character(offset + 1) else { return false }
        let isLetterOrNumber = CharacterTraits.letter.union(.number)
        if let before, !before.traits.isDisjoint(with: isLetterOrNumber), after.traits.contains(.letter) { return true }
        if let before, !(before.traits.contains(.whitespace) || isOpening(before)) { return false }
        let second = character(offset + 2)
        if isOne(of: "stnkSTNK", after) { return !(second?.traits.contains(.letter) ?? false) }
        let asciiNumber = CharacterTraits.ascii.union(.number)
        if after.traits.isSuperset(of: asciiNumber), let second, second.traits.isSuperset(of: asciiNumber) {
            return !(character(offset + 3).map { $0.traits.contains(.number) } ?? false)
        }
        return false
    }

    private static func isOpeningBracket(_ character: ScannedCharacter) -> Bool {
        isOne(of: "([{", character)
    }

    private static func isDash(_ character: ScannedCharacter) -> Bool {
        isOne(of: "-–—", character)
    }
}
