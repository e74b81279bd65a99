/// Sub-headings that a crawl flattened into the running text, as PolicyQA's
/// does: "… de navordering., title: bewaarplicht financiële gegevens van
/// bedrijven, : bedrijven en zelfstandigen moeten …". The heading's words
/// help to find and choose the sentence, so the index keeps them; a quote
/// leaves the marker and the heading out and says the text around it, each
/// part still word for word as the page has it.
enum InlineHeadings {
    static let opening = "title: "
    static let closing = ", :"

    /// The parts of `sentence` to quote: the sentence itself when it holds no
    /// inline heading (the common case costs one search), else the text
    /// before and after each heading, without the commas around it.
    static func quotedParts(of sentence: String) -> [Substring] {
        guard sentence.contains(opening) else { return [sentence[...]] }
        var parts: [Substring] = []
        var rest = sentence.startIndex
        while let marker = sentence[rest...].range(of: opening), startsHeading(marker.lowerBound, in: sentence, after: rest),
            let end = sentence[marker.upperBound...].range(of: closing) {
            if let before = trimmed(sentence[rest..<marker.lowerBound]) { parts.append(before) }
            rest = end.upperBound
        }
        if let after = trimmed(sentence[rest...]) { parts.append(after) }
        return parts
    }

    /// A marker opens a heading at the start of the text searched or after a
    /// comma, full stop or white space; "subtitle: " does not.
    private static func startsHeading(_ index: String.Index, in text: String, after start: String.Index) -> Bool {
        guard index > start else { return true }
        let before = text[text.index(before: index)]
        return before.isWhitespace || before == "," || before == "."
    }

    /// The text without white space around it and without a trailing comma;
    /// nil when no letter or digit is left.
    private static func trimmed(_ text: Substring) -> Substring? {
        var part = text.drop { $0.isWhitespace }
        while let last = part.last, last.isWhitespace || last == "," { part = part.dropLast() }
        return part.contains { $0.isLetter || $0.isNumber } ? part : nil
    }
}
