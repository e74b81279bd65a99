@testable import VraagbaakCore

// The sentence splitter as it was before it read UTF-8 bytes (commit
// 6461c5a), on arrays of `Character`: the oracle the splitter must equal.

/// Cuts Dutch article text into sentences, as ranges into the source.
///
/// Vraagbaak answers by quoting whole sentences, and every quote must be found
/// back in the article exactly as written. The splitter therefore hands out
/// ranges into the text it was given rather than new strings, and when in doubt
/// it does not break: a sentence cut in two at "o.a.", inside a number or
/// inside a quotation would be quoted half, which reads as a misquote.
///
/// The scraped articles keep one paragraph or list item per line, so a line
/// break always ends a sentence, and a quotation or bracket is never looked
/// for across lines.
struct ReferenceSentenceSplitter: Sendable {
    /// The words never taken for a sentence end, normalised to lower case with
    /// their dots ("o.a.", "bijv."), so callers can see what is in effect.
    let abbreviations: Set<String>
    /// The abbreviations, such as "enz.", that a sentence may also end on.
    let sentenceClosingAbbreviations: Set<String>

    /// The built-in Dutch abbreviation list (see DutchAbbreviations.swift).
    init() {
        self.init(abbreviations: DutchAbbreviations.all)
    }

    /// Abbreviations are matched case-insensitively; a missing final dot is added.
    init(abbreviations: Set<String>) {
        let normalized = Set(abbreviations.map { abbreviation in
            let lowered = abbreviation.lowercased()
            return lowered.hasSuffix(".") ? lowered : lowered + "."
        })
        self.abbreviations = normalized
        self.sentenceClosingAbbreviations = normalized.intersection(DutchAbbreviations.sentenceClosing)
    }

    /// The sentences of the whole text.
    func sentences(in text: String) -> [Range<String.Index>] {
        sentences(in: text, range: text.startIndex..<text.endIndex)
    }

    /// The sentences of `text[range]`, in order, as ranges into `text`, each
    /// trimmed of surrounding white space; empty sentences are never returned.
    func sentences(in text: String, range: Range<String.Index>) -> [Range<String.Index>] {
        let slice = text[range]
        let characters = Array(slice)
        // One index per character plus the end, so that an offset equal to
        // `characters.count` still maps to a string index.
        let indices = Array(slice.indices) + [range.upperBound]
        var sentences: [Range<String.Index>] = []
        var lineStart = 0
        for offset in 0...characters.count where offset == characters.count || characters[offset].isNewline {
            for sentence in sentencesInLine(characters, line: lineStart..<offset) {
                sentences.append(indices[sentence.lowerBound]..<indices[sentence.upperBound])
            }
            lineStart = offset + 1
        }
        return sentences
    }

    // MARK: - One line

    /// The sentences of one line, as offsets into `characters`.
    private func sentencesInLine(_ characters: [Character], line: Range<Int>) -> [Range<Int>] {
        let enclosures = ReferenceEnclosedSpans(characters, line: line)
        // Text that was lower-cased as a whole (some crawls do that) has no
        // capitals to mark a new sentence; there any letter may start one.
        let lineHasCapitals = characters[line].contains(where: \.isUppercase)
        var sentences: [Range<Int>] = []
        var sentenceStart = line.lowerBound
        var offset = line.lowerBound
        while offset < line.upperBound {
            guard ReferenceSentencePunctuation.isTerminator(characters[offset]) else {
                offset += 1
                continue
            }
            var terminatorEnd = offset
            while terminatorEnd < line.upperBound, ReferenceSentencePunctuation.isTerminator(characters[terminatorEnd]) {
                terminatorEnd += 1
            }
            // A closing quote or bracket right after the punctuation belongs to the sentence.
            var sentenceEnd = terminatorEnd
            while sentenceEnd < line.upperBound, ReferenceSentencePunctuation.isClosing(characters[sentenceEnd]) {
                sentenceEnd += 1
            }
            var nextStart = sentenceEnd
            while nextStart < line.upperBound, characters[nextStart].isWhitespace {
                nextStart += 1
            }
            let isBreak = nextStart > sentenceEnd
                && nextStart < line.upperBound
                && (ReferenceSentencePunctuation.canStartSentence(characters[nextStart])
                    || (!lineHasCapitals && characters[nextStart].isLetter))
                && !enclosures.encloses(sentenceEnd)
                && !isShortened(
                    characters, terminator: offset..<terminatorEnd, line: line,
                    sentenceStart: sentenceStart, next: characters[nextStart])
            if isBreak {
                if let sentence = trimmed(characters, sentenceStart..<sentenceEnd) {
                    sentences.append(sentence)
                }
                sentenceStart = nextStart
                offset = nextStart
            } else {
                offset = terminatorEnd
            }
        }
        if let sentence = trimmed(characters, sentenceStart..<line.upperBound) {
            sentences.append(sentence)
        }
        return sentences
    }

    /// Whether the dot at `terminator` marks a shortened word (an abbreviation,
    /// an initial, a list number) rather than the end of a sentence.
    private func isShortened(
        _ characters: [Character], terminator: Range<Int>, line: Range<Int>,
        sentenceStart: Int, next: Character
    ) -> Bool {
        guard terminator.count == 1, characters[terminator.lowerBound] == "." else { return false }
        var wordStart = terminator.lowerBound
        while wordStart > line.lowerBound, !characters[wordStart - 1].isWhitespace {
            wordStart -= 1
        }
        while wordStart < terminator.lowerBound, ReferenceSentencePunctuation.isOpening(characters[wordStart]) {
            wordStart += 1
        }
        let word = String(characters[wordStart..<terminator.lowerBound])
        guard !word.isEmpty else { return false }

        let abbreviation = word.lowercased() + "."
        if abbreviations.contains(abbreviation) {
            // "enz." and the like end a sentence when a capitalised word follows.
            return !(sentenceClosingAbbreviations.contains(abbreviation) && next.isUppercase)
        }
        if Self.isInitials(word) { return true }
        // "1. Eerste punt": the number of a numbered list item opens its sentence.
        let opensSentence = wordStart == contentStart(characters, sentenceStart..<terminator.lowerBound)
        return opensSentence && word.count <= 3 && word.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Single letters joined by dots, without the last dot: "M", "J.P", "o.a".
    private static func isInitials(_ word: String) -> Bool {
        word.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            part.count == 1 && part.first!.isLetter
        }
    }

    /// Where the words of a sentence begin: after white space and a bullet marker.
    private func contentStart(_ characters: [Character], _ range: Range<Int>) -> Int {
        var start = range.lowerBound
        while start < range.upperBound, characters[start].isWhitespace { start += 1 }
        if start < range.upperBound, ReferenceSentencePunctuation.isBullet(characters, at: start, end: range.upperBound) {
            start += 1
            while start < range.upperBound, characters[start].isWhitespace { start += 1 }
        }
        return start
    }

    /// The sentence without surrounding white space or leading bullet marker; nil when nothing is left.
    private func trimmed(_ characters: [Character], _ range: Range<Int>) -> Range<Int>? {
        let start = contentStart(characters, range)
        var end = range.upperBound
        while end > start, characters[end - 1].isWhitespace { end -= 1 }
        return start < end ? start..<end : nil
    }
}

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
