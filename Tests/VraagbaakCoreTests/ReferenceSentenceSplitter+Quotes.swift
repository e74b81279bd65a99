@testable import VraagbaakCore

// The quote and bracket rules of the sentence splitter before it read UTF-8
// bytes (commit 6461c5a); see ReferenceSentenceSplitter.swift.

/// The quotations and brackets of one line, so that a sentence is not broken
/// inside them: ‘Ik begon met een paar uurtjes, maar nu ben ik er vijf dagen
/// in de week,’ zegt ze glunderend. is one sentence however the quote is punctuated.
///
/// Only pairs that close on the same line count; an opening mark that is never
/// closed protects nothing, so one stray quote cannot swallow a paragraph.
struct ReferenceEnclosedSpans {
    /// Offsets of each matched opening and closing mark.
    private var spans: [ClosedRange<Int>] = []

    init(_ characters: [Character], line: Range<Int>) {
        var open: [(offset: Int, kind: ReferenceSentencePunctuation.EnclosureKind)] = []
        for offset in line {
            guard let mark = ReferenceSentencePunctuation.enclosureMark(characters, at: offset, line: line) else { continue }
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
enum ReferenceSentencePunctuation {
    enum EnclosureKind: Equatable {
        case doubleQuote, singleQuote, guillemet, singleGuillemet
        case parenthesis, squareBracket, brace
    }

    struct EnclosureMark {
        var kind: EnclosureKind
        var isOpening: Bool
    }

    static func isTerminator(_ character: Character) -> Bool {
        ".!?…".contains(character)
    }

    /// Marks that may directly follow the final punctuation and still belong to the sentence.
    static func isClosing(_ character: Character) -> Bool {
        "’'”\"»›)]}".contains(character)
    }

    /// Quotes and brackets that may begin a sentence or a quoted word.
    static func isOpening(_ character: Character) -> Bool {
        "‘'“„\"«‹([{‚".contains(character)
    }

    /// What may follow the white space after final punctuation for a new sentence to begin there.
    static func canStartSentence(_ character: Character) -> Bool {
        character.isUppercase || character.isNumber || isOpening(character) || "•◦▪‣*-–".contains(character)
    }

    /// A list bullet at `offset`. Dashes and asterisks count only when followed
    /// by white space, so "-5 graden" keeps its minus sign.
    static func isBullet(_ characters: [Character], at offset: Int, end: Int) -> Bool {
        let character = characters[offset]
        if "•◦▪‣".contains(character) { return true }
        guard "*-–".contains(character) else { return false }
        return offset + 1 < end && characters[offset + 1].isWhitespace
    }

    /// The quote or bracket at `offset`, or nil when the character is none, or
    /// is an apostrophe (dilemma’s, z'n, ’s avonds, jaren '80).
    static func enclosureMark(_ characters: [Character], at offset: Int, line: Range<Int>) -> EnclosureMark? {
        let character = characters[offset]
        // Fast path: almost every character is an ASCII letter, digit or
        // space, which is never a mark; comparing Characters is slow.
        if let ascii = character.asciiValue {
            switch ascii {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                break
            default:
                return nil
            }
        }
        switch character {
        case "(": return EnclosureMark(kind: .parenthesis, isOpening: true)
        case ")": return EnclosureMark(kind: .parenthesis, isOpening: false)
        case "[": return EnclosureMark(kind: .squareBracket, isOpening: true)
        case "]": return EnclosureMark(kind: .squareBracket, isOpening: false)
        case "{": return EnclosureMark(kind: .brace, isOpening: true)
        case "}": return EnclosureMark(kind: .brace, isOpening: false)
        default: break
        }
        guard let kind = quoteKind(character) else { return nil }
        let before = offset > line.lowerBound ? characters[offset - 1] : nil
        let after = offset + 1 < line.upperBound ? characters[offset + 1] : nil
        if kind == .singleQuote, isApostrophe(characters, at: offset, line: line) { return nil }

        let followsSpace = before.map { $0.isWhitespace || isOpening($0) || isDash($0) } ?? true
        let precedesSpace = after.map { $0.isWhitespace || ($0.isPunctuation && !isOpeningBracket($0)) } ?? true
        let canOpen = followsSpace && (after.map { !$0.isWhitespace } ?? false)
        let canClose = (before.map { !$0.isWhitespace } ?? false) && precedesSpace
        switch (canOpen, canClose) {
        case (true, false): return EnclosureMark(kind: kind, isOpening: true)
        case (false, true): return EnclosureMark(kind: kind, isOpening: false)
        case (true, true):
            // Squeezed between other punctuation: trust the shape of curly marks.
            guard "‘“„«‹‚’”»›".contains(character) else { return nil }
            return EnclosureMark(kind: kind, isOpening: "‘“„«‹‚".contains(character))
        case (false, false): return nil
        }
    }

    private static func quoteKind(_ character: Character) -> EnclosureKind? {
        switch character {
        case "“", "”", "„", "‟", "\"": return .doubleQuote
        case "‘", "’", "‚", "‛", "'": return .singleQuote
        case "«", "»": return .guillemet
        case "‹", "›": return .singleGuillemet
        default: return nil
        }
    }

    /// A Dutch apostrophe rather than a single quote: inside a word (dilemma’s,
    /// z'n, what’s), or shortening a word at its start (’s avonds, 't is, 'n, 'k, '80).
    private static func isApostrophe(_ characters: [Character], at offset: Int, line: Range<Int>) -> Bool {
        func character(_ position: Int) -> Character? {
            line.contains(position) ? characters[position] : nil
        }
        let before = character(offset - 1)
        guard let after = character(offset + 1) else { return false }
        if let before, before.isLetter || before.isNumber, after.isLetter { return true }
        if let before, !(before.isWhitespace || isOpening(before)) { return false }
        let second = character(offset + 2)
        if "stnkSTNK".contains(after) { return !(second?.isLetter ?? false) }
        if after.isASCII, after.isNumber, let second, second.isASCII, second.isNumber {
            return !(character(offset + 3).map { $0.isNumber } ?? false)
        }
        return false
    }

    private static func isOpeningBracket(_ character: Character) -> Bool {
        "([{".contains(character)
    }

    private static func isDash(_ character: Character) -> Bool {
        "-–—".contains(character)
    }
}
