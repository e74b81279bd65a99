/// One line of a file or document text, as ranges into that text.
///
/// Scraped pages hold one paragraph per line, so lines are the unit that the
/// front matter reader, the title guess and the cleaner all work on. Any
/// newline character ends a line, so `\r\n` and `\r` files split the same
/// way as `\n` files.
struct SourceLine: Sendable, Hashable {
    /// The line without its line break.
    var range: Range<String.Index>
    /// Where the next line starts (after the line break).
    var nextLineStart: String.Index
    /// The 1-based line number within the text that was split.
    var number: Int

    /// The lines of `text`; a final line break does not start an empty line.
    static func lines(in text: String) -> [SourceLine] {
        lines(in: text) { _ in true }
    }

    /// The first lines of `text`, up to and including the first one for which
    /// `more` says false, so a reader that needs only the head of a long
    /// text does not split all of it.
    static func lines(in text: String, while more: (SourceLine) -> Bool) -> [SourceLine] {
        var lines: [SourceLine] = []
        var start = text.startIndex
        let utf8 = text.utf8
        var stopped = false
        CharacterScanner.scan(text[...]) { character in
            guard character.traits.contains(.newline) else { return true }
            let next = utf8.index(utf8.startIndex, offsetBy: character.end)
            lines.append(SourceLine(
                range: start..<utf8.index(utf8.startIndex, offsetBy: character.start), nextLineStart: next,
                number: lines.count + 1))
            start = next
            stopped = !more(lines[lines.count - 1])
            return !stopped
        }
        if !stopped, start < text.endIndex {
            lines.append(SourceLine(range: start..<text.endIndex, nextLineStart: text.endIndex, number: lines.count + 1))
        }
        return lines
    }
}

/// Small judgements about the shape of a line of text, shared by the title
/// guess and the cleaner.
enum LineShape {
    /// `range` without white space (including no-break spaces) at either end.
    static func trimmed(_ range: Range<String.Index>, in text: String) -> Range<String.Index> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
        while upper > lower {
            let before = text.index(before: upper)
            guard text[before].isWhitespace else { break }
            upper = before
        }
        return lower..<upper
    }

    /// The text used to compare lines: lower-cased, curly apostrophes and
    /// quotes made straight, runs of white space made one space.
    static func comparisonKey(_ text: String) -> String {
        comparisonKey(text[...])
    }

    static func comparisonKey(_ text: Substring) -> String {
        var key = ComparisonKeyBuilder(capacity: text.utf8.count)
        CharacterScanner.scan(text) { scanned in
            key.add(scanned, of: text)
            return true
        }
        return key.key
    }

    static func wordCount(_ text: String) -> Int {
        wordCount(text[...])
    }

    /// The runs of characters that are not white space.
    static func wordCount(_ text: Substring) -> Int {
        var words = 0
        var inWord = false
        CharacterScanner.scan(text) { character in
            let isSpace = character.traits.contains(.whitespace)
            if !isSpace, !inWord { words += 1 }
            inWord = !isSpace
            return true
        }
        return words
    }

    /// Whether the text contains a sentence or clause break: `.`, `!`, `?`,
    /// `;`, `:` or `…` followed by white space or the end. Dots inside
    /// numbers and e-mail addresses ("140.000", "p.besselink") do not count.
    static func hasSentencePunctuation(_ text: Substring) -> Bool {
        var previousWasPunctuation = false
        var found = false
        CharacterScanner.scan(text) { character in
            if previousWasPunctuation, character.traits.contains(.whitespace) {
                found = true
                return false
            }
            previousWasPunctuation = isSentencePunctuation(character.markScalar)
            return true
        }
        return found || previousWasPunctuation
    }

    /// Whether a character (its `markScalar`) is one of `sentencePunctuation`.
    static func isSentencePunctuation(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x2026: return true
        default: return false
        }
    }

    /// Whether the text ends the way a sentence or a label does, which a
    /// heading or title does not.
    static func hasFinalPunctuation<S: StringProtocol>(_ text: S) -> Bool {
        guard let last = text.last else { return false }
        return sentencePunctuation.contains(last) || last == ","
    }

    /// A line that could be a title: a few words, not ending like a sentence
    /// or a label. Questions and exclamations are allowed ("Sociale isolatie?!").
    static func looksLikeTitle(_ text: Substring) -> Bool {
        let words = wordCount(text)
        guard (1...15).contains(words), text.count <= 120, let last = text.last else { return false }
        return ![".", ":", ";", ","].contains(last)
    }

    static let sentencePunctuation: Set<Character> = [".", "!", "?", ";", ":", "\u{2026}"]
}
