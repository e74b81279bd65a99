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
public struct SentenceSplitter: Sendable {
    /// The words never taken for a sentence end, normalised to lower case with
    /// their dots ("o.a.", "bijv."), so callers can see what is in effect.
    public let abbreviations: Set<String>
    /// The abbreviations, such as "enz.", that a sentence may also end on.
    let sentenceClosingAbbreviations: Set<String>

    /// The built-in Dutch abbreviation list (see DutchAbbreviations.swift).
    public init() {
        self.init(abbreviations: DutchAbbreviations.all)
    }

    /// Abbreviations are matched case-insensitively; a missing final dot is added.
    public init(abbreviations: Set<String>) {
        let normalized = Set(abbreviations.map { abbreviation in
            let lowered = abbreviation.lowercased()
            return lowered.hasSuffix(".") ? lowered : lowered + "."
        })
        self.abbreviations = normalized
        self.sentenceClosingAbbreviations = normalized.intersection(DutchAbbreviations.sentenceClosing)
    }

    /// The sentences of the whole text.
    public func sentences(in text: String) -> [Range<String.Index>] {
        sentences(in: text, range: text.startIndex..<text.endIndex)
    }

    /// The sentences of `text[range]`, in order, as ranges into `text`, each
    /// trimmed of surrounding white space; empty sentences are never returned.
    ///
    /// The rules are about `Character`s; they are read from the UTF-8 bytes
    /// (`CharacterScanner`), with their traits, so that a test is a bit and
    /// not a Unicode look-up.
    public func sentences(in text: String, range: Range<String.Index>) -> [Range<String.Index>] {
        let slice = text[range]
        let characters = CharacterScanner.characters(slice)
        let utf8 = slice.utf8
        /// The string index of character `offset`; `characters.count` is the end.
        func index(_ offset: Int) -> String.Index {
            offset == characters.count ? range.upperBound : utf8.index(utf8.startIndex, offsetBy: characters[offset].start)
        }
        var sentences: [Range<String.Index>] = []
        var lineStart = 0
        for offset in 0...characters.count where offset == characters.count || characters[offset].traits.contains(.newline) {
            for sentence in sentencesInLine(characters, line: lineStart..<offset, in: slice) {
                sentences.append(index(sentence.lowerBound)..<index(sentence.upperBound))
            }
            lineStart = offset + 1
        }
        return sentences
    }

    // MARK: - One line

    /// The sentences of one line, as offsets into `characters`.
    private func sentencesInLine(_ characters: [ScannedCharacter], line: Range<Int>, in slice: Substring) -> [Range<Int>] {
        let enclosures = EnclosedSpans(characters, line: line)
        // Text that was lower-cased as a whole (some crawls do that) has no
        // capitals to mark a new sentence; there any letter may start one.
        let lineHasCapitals = characters[line].contains { $0.traits.contains(.uppercase) }
        var sentences: [Range<Int>] = []
        var sentenceStart = line.lowerBound
        var offset = line.lowerBound
        while offset < line.upperBound {
            guard SentencePunctuation.isTerminator(characters[offset]) else {
                offset += 1
                continue
            }
            var terminatorEnd = offset
            while terminatorEnd < line.upperBound, SentencePunctuation.isTerminator(characters[terminatorEnd]) {
                terminatorEnd += 1
            }
            // A closing quote or bracket right after the punctuation belongs to the sentence.
            var sentenceEnd = terminatorEnd
            while sentenceEnd < line.upperBound, SentencePunctuation.isClosing(characters[sentenceEnd]) {
                sentenceEnd += 1
            }
            var nextStart = sentenceEnd
            while nextStart < line.upperBound, characters[nextStart].traits.contains(.whitespace) {
                nextStart += 1
            }
            let isBreak = nextStart > sentenceEnd
                && nextStart < line.upperBound
                && (SentencePunctuation.canStartSentence(characters[nextStart])
                    || (!lineHasCapitals && characters[nextStart].traits.contains(.letter)))
                && !enclosures.encloses(sentenceEnd)
                && !isShortened(
                    characters, terminator: offset..<terminatorEnd, line: line,
                    sentenceStart: sentenceStart, next: characters[nextStart], in: slice)
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
        _ characters: [ScannedCharacter], terminator: Range<Int>, line: Range<Int>,
        sentenceStart: Int, next: ScannedCharacter, in slice: Substring
    ) -> Bool {
        guard terminator.count == 1, characters[terminator.lowerBound].scalar == 0x2E else { return false }
        var wordStart = terminator.lowerBound
        while wordStart > line.lowerBound, !characters[wordStart - 1].traits.contains(.whitespace) {
            wordStart -= 1
        }
        while wordStart < terminator.lowerBound, SentencePunctuation.isOpening(characters[wordStart]) {
            wordStart += 1
        }
        guard wordStart < terminator.lowerBound else { return false }
        let utf8 = slice.utf8
        let word = String(slice[
            utf8.index(utf8.startIndex, offsetBy: characters[wordStart].start)..<utf8.index(
                utf8.startIndex, offsetBy: characters[terminator.lowerBound].start)])

        let abbreviation = word.lowercased() + "."
        if abbreviations.contains(abbreviation) {
            // "enz." and the like end a sentence when a capitalised word follows.
            return !(sentenceClosingAbbreviations.contains(abbreviation) && next.traits.contains(.uppercase))
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
    private func contentStart(_ characters: [ScannedCharacter], _ range: Range<Int>) -> Int {
        var start = range.lowerBound
        while start < range.upperBound, characters[start].traits.contains(.whitespace) { start += 1 }
        if start < range.upperBound, SentencePunctuation.isBullet(characters, at: start, end: range.upperBound) {
            start += 1
            while start < range.upperBound, characters[start].traits.contains(.whitespace) { start += 1 }
        }
        return start
    }

    /// The sentence without surrounding white space or leading bullet marker; nil when nothing is left.
    private func trimmed(_ characters: [ScannedCharacter], _ range: Range<Int>) -> Range<Int>? {
        let start = contentStart(characters, range)
        var end = range.upperBound
        while end > start, characters[end - 1].traits.contains(.whitespace) { end -= 1 }
        return start < end ? start..<end : nil
    }
}
