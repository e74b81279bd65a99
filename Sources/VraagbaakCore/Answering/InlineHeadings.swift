import Foundation

/// Sub-headings that a crawl flattened into the running text, as PolicyQA's
/// does: "… de navordering., title: bewaarplicht financiële gegevens van
/// bedrijven, : bedrijven en zelfstandigen moeten …". The heading's words
/// help to find and choose the sentence, so the index keeps them; a quote
/// leaves the marker and the heading out and says the text around it, each
/// part still word for word as the page has it.
enum InlineHeadings {
    static let opening = "title: "
    static let openingWord = "title:"
    static let closing = ", :"

    /// The parts of `sentence` to quote: the sentence itself when it holds no
    /// inline heading (the common case costs one search), else the text
    /// before and after each heading, without the commas around it.
    static func quotedParts(of sentence: String) -> [Substring] {
        guard sentence.contains(openingWord) || sentence.contains(closing) else { return [sentence[...]] }
        var parts: [Substring] = []
        var rest = sentence.startIndex
        // A long sentence may have been cut inside a heading (at the colon of
        // "title:"): the piece after the cut opens with the heading's end.
        if let end = sentence.range(of: closing), !sentence[..<end.lowerBound].contains(opening) {
            rest = end.upperBound
        }
        while let marker = sentence[rest...].range(of: opening), startsHeading(marker.lowerBound, in: sentence, after: rest),
            let end = sentence[marker.upperBound...].range(of: closing) {
            if let before = trimmed(sentence[rest..<marker.lowerBound]) { parts.append(before) }
            rest = end.upperBound
        }
        var tail = sentence[rest...]
        // ... and the piece before the cut ends with the marker alone.
        if let marker = tail.range(of: openingWord, options: .backwards),
            tail[marker.upperBound...].allSatisfy(\.isWhitespace), startsHeading(marker.lowerBound, in: sentence, after: rest) {
            tail = tail[..<marker.lowerBound]
        }
        if let after = trimmed(tail) { parts.append(after) }
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
