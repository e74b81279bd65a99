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
            passages.append(Passage(
                documentID: cleaned.document.id,
                ordinal: passages.count,
                range: current.first!.range.lowerBound..<current.last!.range.upperBound,
                heading: currentHeading,
                sentences: current.map(\.range)
            ))
            current = []
            currentWords = 0
        }

        for block in cleaned.blocks {
            if block.kind == .heading {
                if currentWords >= minimumWords || current.isEmpty {
                    close()
                    currentHeading = String(text[block.range])
                } else {
                    pendingHeading = String(text[block.range])
                }
                continue
            }
            let sentences = splitter.sentences(in: text, range: block.range)
            let counted = sentences.map { ($0, Self.wordCount(text[$0])) }
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

    static func wordCount(_ text: Substring) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
    }
}
