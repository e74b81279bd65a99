extension DocumentCleaner {
    /// One non-empty line of a document while the cleaner decides its fate.
    struct CandidateLine: Sendable {
        enum Marker: Sendable {
            case none
            /// "•", "*" or "-" and a space; the marker is outside `range`.
            case bullet
            /// A Markdown "#" heading; the hashes are outside `range`.
            case markdownHeading
        }

        enum Fate: Sendable {
            case kept
            case chrome
            case duplicate
        }

        /// The content: trimmed, without the marker, without glued chrome.
        var range: Range<String.Index>
        var marker: Marker
        /// `LineShape.comparisonKey` of the content.
        var key: LineKey
        var words: Int
        var hasSentencePunctuation: Bool
        var hasFinalPunctuation: Bool
        var fate: Fate = .kept
        var isTitle = false

        /// A few words without a sentence break: a menu item, label or heading.
        var isShortLabel: Bool {
            words < DocumentCleaner.shortLineWords && !hasSentencePunctuation
        }

        /// A short label that the shape heuristics may drop. Markdown headings
        /// are exempt: someone wrote them on purpose, they were not scraped.
        var mayBeChrome: Bool {
            isShortLabel && marker != .markdownHeading
        }

        /// A line long enough and sentence-like enough that seeing it in two
        /// documents means shared content, not a shared menu.
        var isParagraphLike: Bool {
            words >= DocumentCleaner.shortLineWords && hasSentencePunctuation
        }
    }

    /// A line shorter than this many words, without sentence punctuation,
    /// counts as short: chrome when it is shared or in the page head or foot.
    static let shortLineWords = 8
    /// The most words a line can have and still be a heading.
    static let headingWords = 12

    /// The document's non-empty lines, with chrome patterns already applied:
    /// matching lines are marked `.chrome` and glued chrome is cut off the end.
    func candidateLines(of text: String) -> [CandidateLine] {
        SourceLine.lines(in: text).compactMap { line in
            let trimmed = LineShape.trimmed(line.range, in: text)
            guard !trimmed.isEmpty else { return nil }
            var (content, marker) = Self.splitMarker(trimmed, in: text)
            // The content's facts, its key among them, are found once: matching
            // and the cleaner's comparisons both use them.
            var facts = LineFacts(text[content])
            var key = LineKey(facts.key)
            var isChrome = patterns.matches(text[content], key: key)
                || content != trimmed && patterns.matches(text[trimmed])
            while !isChrome, let glued = patterns.gluedSuffixStart(in: text[content]) {
                content = LineShape.trimmed(content.lowerBound..<glued, in: text)
                facts = LineFacts(text[content])
                key = LineKey(facts.key)
                isChrome = patterns.matches(text[content], key: key)
            }
            if !facts.hasLetterOrNumber { isChrome = true }
            return CandidateLine(
                range: content,
                marker: marker,
                key: key,
                words: facts.words,
                hasSentencePunctuation: facts.hasSentencePunctuation,
                hasFinalPunctuation: LineShape.hasFinalPunctuation(text[content]),
                fate: isChrome ? .chrome : .kept
            )
        }
    }

    /// Separates a bullet or Markdown heading marker from a trimmed line.
    private static func splitMarker(
        _ line: Range<String.Index>, in text: String
    ) -> (Range<String.Index>, CandidateLine.Marker) {
        let characters = text[line]
        if let first = characters.first, ["•", "*", "-"].contains(first) {
            let rest = characters.dropFirst()
            if rest.first?.isWhitespace == true {
                return (LineShape.trimmed(rest.startIndex..<line.upperBound, in: text), .bullet)
            }
        }
        let hashes = characters.prefix(while: { $0 == "#" })
        if (1...6).contains(hashes.count), characters[hashes.endIndex...].first?.isWhitespace == true {
            return (LineShape.trimmed(hashes.endIndex..<line.upperBound, in: text), .markdownHeading)
        }
        return (line, .none)
    }

    /// Whether a line is the document's title, also when the title carries
    /// the site name after a separator ("Titel | Site").
    static func isTitle(_ key: String, titleKey: String) -> Bool {
        if key == titleKey { return true }
        return [" | ", " - ", " – ", " — ", " :: "].contains { titleKey.hasPrefix(key + $0) }
    }
}

/// A line's comparison key with its hash computed once.
///
/// The cleaner puts every line's key into several sets; hashing a String
/// that is not ASCII normalises it first, which made those sets a tenth of
/// an index build. Keys equal as Strings have equal `hashValue`s, so
/// comparing the stored hashes first and the Strings after is the same
/// equality as the Strings'.
struct LineKey: Hashable, Sendable {
    let text: String
    private let hash: Int

    init(_ text: String) {
        self.text = text
        hash = text.hashValue
    }

    static func == (lhs: LineKey, rhs: LineKey) -> Bool {
        lhs.hash == rhs.hash && lhs.text == rhs.text
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }
}
