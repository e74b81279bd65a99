/// The `Character`-by-`Character` line functions as they were before the
/// UTF-8 scanners (commit 6461c5a), kept as the oracle the fast ones must equal.
enum ReferenceLineShape {
    static func comparisonKey<S: StringProtocol>(_ text: S) -> String {
        var key = ""
        var pendingSpace = false
        for character in text {
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

    static func hasSentencePunctuation<S: StringProtocol>(_ text: S) -> Bool {
        let punctuation: Set<Character> = [".", "!", "?", ";", ":", "\u{2026}"]
        var previousWasPunctuation = false
        for character in text {
            if previousWasPunctuation, character.isWhitespace { return true }
            previousWasPunctuation = punctuation.contains(character)
        }
        return previousWasPunctuation
    }

    /// The lines as (content, rest after the break) pairs.
    static func lines(in text: String) -> [(line: Substring, next: Substring)] {
        var lines: [(Substring, Substring)] = []
        var start = text.startIndex
        var index = start
        while index < text.endIndex {
            if text[index].isNewline {
                let next = text.index(after: index)
                lines.append((text[start..<index], text[next...]))
                start = next
            }
            index = text.index(after: index)
        }
        if start < text.endIndex { lines.append((text[start...], text[text.endIndex...])) }
        return lines
    }
}
