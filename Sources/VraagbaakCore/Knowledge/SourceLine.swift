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
        var lines: [SourceLine] = []
        var start = text.startIndex
        var index = start
        while index < text.endIndex {
            if text[index].isNewline {
                let next = text.index(after: index)
                lines.append(SourceLine(range: start..<index, nextLineStart: next, number: lines.count + 1))
                start = next
            }
            index = text.index(after: index)
        }
        if start < text.endIndex {
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
    static func comparisonKey<S: StringProtocol>(_ text: S) -> String {
        var key = ""
        var pendingSpace = false
        for character in text {
            // Fast path for ASCII, most of any text: `lowercased()` makes a
            // String per Character, which was a third of an index build.
            if let ascii = character.asciiValue, ascii != UInt8(ascii: "`") {
                if ascii == 0x20 || (0x09...0x0D).contains(ascii) {
                    pendingSpace = !key.isEmpty
                    continue
                }
                if pendingSpace { key.append(" ") }
                pendingSpace = false
                key.unicodeScalars.append(Unicode.Scalar((0x41...0x5A).contains(ascii) ? ascii + 0x20 : ascii))
                continue
            }
            if character.isWhitespace {
                pendingSpace = !key.isEmpty
                continue
            }
            if pendingSpace { key.append(" ") }
            pendingSpace = false
            switch character {
            case "\u{2018}", "\u{2019}", "`": key.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}": key.append("\"")
            default: key.append(contentsOf: character.lowercased())
            }
        }
        return key
    }

    static func wordCount<S: StringProtocol>(_ text: S) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }

    /// Whether the text contains a sentence or clause break: `.`, `!`, `?`,
    /// `;`, `:` or `…` followed by white space or the end. Dots inside
    /// numbers and e-mail addresses ("140.000", "p.besselink") do not count.
    static func hasSentencePunctuation<S: StringProtocol>(_ text: S) -> Bool {
        var previousWasPunctuation = false
        for character in text {
            if previousWasPunctuation, character.isWhitespace { return true }
            previousWasPunctuation = sentencePunctuation.contains(character)
        }
        return previousWasPunctuation
    }

    /// Whether the text ends the way a sentence or a label does, which a
    /// heading or title does not.
    static func hasFinalPunctuation<S: StringProtocol>(_ text: S) -> Bool {
        guard let last = text.last else { return false }
        return sentencePunctuation.contains(last) || last == ","
    }

    /// A line that could be a title: a few words, not ending like a sentence
    /// or a label. Questions and exclamations are allowed ("Sociale isolatie?!").
    static func looksLikeTitle<S: StringProtocol>(_ text: S) -> Bool {
        let words = wordCount(text)
        guard (1...15).contains(words), text.count <= 120, let last = text.last else { return false }
        return ![".", ":", ";", ","].contains(last)
    }

    static let sentencePunctuation: Set<Character> = [".", "!", "?", ";", ":", "\u{2026}"]
}
