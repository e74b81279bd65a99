/// Groups a cleaned document's blocks into passages.
///
/// Paragraphs are gathered until a passage has at least `minimumWords`; a
/// heading starts a new passage once the current one is long enough; a
/// paragraph longer than `maximumWords` is cut between sentences.
public struct PassageBuilder: Sendable {
    /// The default is 40.
    public var minimumWords = 40
    /// The default is 150.
    public var maximumWords = 150
    /// A "sentence" longer than this (a run-on line of a lower-cased crawl)
    /// is cut at semicolons, colons or commas so a quote stays readable. The default is 60.
    public var maximumSentenceWords = 60
    public var splitter = SentenceSplitter()

    public init() {}

    public func passages(of cleaned: CleanedDocument) -> [Passage] {
        let text = cleaned.document.text
        var passages: [Passage] = []
        var current: [(range: Range<String.Index>, words: Int)] = []
        var currentWords = 0
        var currentHeading: String?
        var pendingHeading: String?

        func close() {
            guard !current.isEmpty else { return }
            var passage = Passage(
                documentID: cleaned.document.id,
                ordinal: passages.count,
                range: current.first!.range.lowerBound..<current.last!.range.upperBound,
                heading: currentHeading,
                sentences: current.map(\.range)
            )
            passage.sentenceWords = current.map(\.words)
            passages.append(passage)
            current = []
            currentWords = 0
        }

        for block in cleaned.blocks {
            if block.kind == .heading || Self.isLabel(text[block.range]) {
                if currentWords >= minimumWords || current.isEmpty {
                    close()
                    currentHeading = String(text[block.range])
                } else {
                    pendingHeading = String(text[block.range])
                }
                continue
            }
            let counted = splitter.sentences(in: text, range: block.range).flatMap { capped(text, $0) }
            let blockWords = counted.reduce(0) { $0 + $1.1 }
            if currentWords > 0, currentWords + blockWords > maximumWords, currentWords >= minimumWords / 2 {
                close()
            }
            if let heading = pendingHeading, current.isEmpty {
                currentHeading = heading
                pendingHeading = nil
            } else if pendingHeading != nil {
                pendingHeading = nil
            }
            for (sentence, words) in counted {
                if currentWords > 0, currentWords + words > maximumWords { close() }
                current.append((sentence, words))
                currentWords += words
            }
            if currentWords >= minimumWords, block.kind == .paragraph, blockWords >= minimumWords {
                close()
            }
        }
        close()
        return passages
    }

    /// Cuts an over-long sentence into pieces of at most `maximumSentenceWords`
    /// words, preferring to cut after ";" or ":", else after ","; with each
    /// piece's word count.
    func capped(_ text: String, _ range: Range<String.Index>) -> [(range: Range<String.Index>, words: Int)] {
        let wholeWords = Self.wordCount(text[range])
        guard wholeWords > maximumSentenceWords else { return [(range, wholeWords)] }
        var pieces: [Range<String.Index>] = []
        var start = range.lowerBound
        var words = 0
        var lastStrong: String.Index?
        var lastComma: String.Index?
        var index = range.lowerBound
        while index < range.upperBound {
            let character = text[index]
            let next = text.index(after: index)
            if character == " " { words += 1 }
            if next < range.upperBound, text[next] == " " {
                if character == ";" || character == ":" { lastStrong = next }
                if character == "," { lastComma = next }
            }
            if words >= maximumSentenceWords, let cut = lastStrong ?? lastComma, cut > start {
                pieces.append(start..<cut)
                var resume = cut
                while resume < range.upperBound, text[resume] == " " { resume = text.index(after: resume) }
                start = resume
                words = start < next ? Self.wordCount(text[start..<next]) : 0
                lastStrong = nil
                lastComma = nil
            }
            index = next
        }
        if start < range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces.map { piece in
            var upper = piece.upperBound
            while upper > piece.lowerBound, text[text.index(before: upper)] == " " { upper = text.index(before: upper) }
            return piece.lowerBound..<upper
        }.filter { !$0.isEmpty }.map { ($0, Self.wordCount(text[$0])) }
    }

    /// A line of one to three words without sentence punctuation ("Blog",
    /// "Meer informatie") labels what follows; it is never quoted as a sentence.
    static func isLabel(_ text: Substring) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace }) else { return true }
        return !".!?:;…)\"'’”".contains(last) && wordCount(text) < 4
    }

    /// The runs of characters other than space, line feed and tab.
    static func wordCount(_ text: Substring) -> Int {
        var bytesOwner = text
        let common = CommonScalars.shared
        return bytesOwner.withUTF8 { bytes in
            var words = 0
            var inWord = false
            var offset = 0
            while offset < bytes.count {
                // A separator is a lone ASCII space, line feed or tab; anything else is part of a word.
                let isSeparator: Bool
                if CharacterScanner.isLoneASCII(bytes, at: offset) {
                    let byte = bytes[offset]
                    isSeparator = byte == 0x20 || byte == 0x0A || byte == 0x09
                    offset += 1
                } else {
                    let character = CharacterScanner.character(at: offset, in: bytes, of: text, common: common)
                    isSeparator = character.ascii == 0x20 || character.ascii == 0x0A || character.ascii == 0x09
                    offset = character.end
                }
                if !isSeparator, !inWord { words += 1 }
                inWord = !isSeparator
            }
            return words
        }
    }
}
