@testable import VraagbaakCore

/// The tokenizer as it was before it read UTF-8 bytes (commit 6461c5a): runs
/// found on `String.UnicodeScalarView`, and every run, ASCII or not, cut by
/// the scalar rules (`DutchTokenizer.emitUnicodeRun`, which kept the old
/// code). The oracle the byte run finding and the ASCII path must equal.
struct ReferenceTokenizer: Sendable {
    private typealias Rules = DutchTokenizer

    func tokenize(_ text: String) -> [Token] {
        tokenize(text, range: text.startIndex..<text.endIndex)
    }

    func tokenize(_ text: String, range: Range<String.Index>) -> [Token] {
        let scalars = text.unicodeScalars
        var tokens: [Token] = []
        var position = 0
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            guard Rules.isWordScalar(scalars[index]) else {
                index = scalars.index(after: index)
                continue
            }
            let runEnd = Self.endOfRun(in: scalars, from: index, limit: end)
            DutchTokenizer().emitUnicodeRun(text, index..<runEnd, position: &position, into: &tokens)
            index = runEnd
        }
        return tokens
    }

    // MARK: - Runs

    /// A run is letters and digits, joined by a hyphen or apostrophe between
    /// word characters, or by a dot or comma between digits.
    private static func endOfRun(
        in scalars: String.UnicodeScalarView, from start: String.Index, limit: String.Index
    ) -> String.Index {
        var index = scalars.index(after: start)
        var previous = scalars[start]
        while index < limit {
            let scalar = scalars[index]
            if Rules.isWordScalar(scalar) {
                previous = scalar
                index = scalars.index(after: index)
                continue
            }
            let next = scalars.index(after: index)
            guard next < limit else { break }
            let following = scalars[next]
            let joins: Bool
            if Rules.isHyphen(scalar) || Rules.isApostrophe(scalar) {
                joins = Rules.isWordScalar(previous) && Rules.isWordScalar(following)
            } else if scalar == "." || scalar == "," {
                joins = Rules.isDigit(previous) && Rules.isDigit(following)
            } else {
                joins = false
            }
            guard joins else { break }
            previous = following
            index = scalars.index(after: next)
        }
        return index
    }
}
