@testable import VraagbaakCore

/// The tokenizer as it was before it read UTF-8 bytes (commit 6461c5a), on
/// `String.UnicodeScalarView` throughout: the oracle the byte tokenizer must equal.
struct ReferenceTokenizer: Sendable {

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
            guard Self.isWordScalar(scalars[index]) else {
                index = scalars.index(after: index)
                continue
            }
            let runEnd = Self.endOfRun(in: scalars, from: index, limit: end)
            emitRun(text, index..<runEnd, position: &position, into: &tokens)
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
            if isWordScalar(scalar) {
                previous = scalar
                index = scalars.index(after: index)
                continue
            }
            let next = scalars.index(after: index)
            guard next < limit else { break }
            let following = scalars[next]
            let joins: Bool
            if isHyphen(scalar) || isApostrophe(scalar) {
                joins = isWordScalar(previous) && isWordScalar(following)
            } else if scalar == "." || scalar == "," {
                joins = isDigit(previous) && isDigit(following)
            } else {
                joins = false
            }
            guard joins else { break }
            previous = following
            index = scalars.index(after: next)
        }
        return index
    }

    private func emitRun(
        _ text: String, _ run: Range<String.Index>, position: inout Int, into tokens: inout [Token]
    ) {
        let scalars = text.unicodeScalars
        if scalars[run].allSatisfy({ Self.isDigit($0) || $0 == "." || $0 == "," }) {
            tokens.append(Token(text: Self.normalizedNumber(String(scalars[run])), range: run, position: position, kind: .number))
            if Self.isFollowedByPercent(scalars, run.upperBound) {
                tokens.append(Token(text: "procent", range: run, position: position, kind: .word, isDerived: true))
            }
            position += 1
            return
        }
        // Split on hyphens; each piece is a word of its own.
        var pieces: [Range<String.Index>] = []
        var pieceStart = run.lowerBound
        var index = run.lowerBound
        while index < run.upperBound {
            if Self.isHyphen(scalars[index]) {
                pieces.append(pieceStart..<index)
                pieceStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        pieces.append(pieceStart..<run.upperBound)

        let firstPosition = position
        var joined = ""
        for piece in pieces {
            let word = Self.wordText(String(scalars[piece]))
            joined += word
            guard word.unicodeScalars.count > 1 || word.unicodeScalars.allSatisfy(Self.isDigit) else { continue }
            let kind: Token.Kind = word.unicodeScalars.allSatisfy(Self.isDigit) ? .number : .word
            tokens.append(Token(text: word, range: piece, position: position, kind: kind))
            position += 1
        }
        if pieces.count > 1, joined.unicodeScalars.count > 1 {
            tokens.append(Token(text: joined, range: run, position: firstPosition, kind: .word, isDerived: true))
        }
        if position == firstPosition { position += 1 }
    }

    /// Removes a possessive or plural "'s" and any other apostrophe inside a word.
    private static func wordText(_ piece: String) -> String {
        var scalars = Array(piece.unicodeScalars)
        if scalars.count > 2, scalars[scalars.count - 1] == "s" || scalars[scalars.count - 1] == "S",
            isApostrophe(scalars[scalars.count - 2]) {
            scalars.removeLast(2)
        }
        var result = String.UnicodeScalarView()
        for scalar in scalars where !isApostrophe(scalar) { result.append(scalar) }
        return String(result)
    }

    /// "140.000" becomes "140000"; "2,5" becomes "2.5"; "2.5" stays.
    static func normalizedNumber(_ raw: String) -> String {
        let groups = raw.split(separator: ".", omittingEmptySubsequences: false)
        let isThousands = groups.count > 1 && !raw.contains(",")
            && groups.first!.count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }
        if isThousands { return groups.joined() }
        if raw.contains(",") {
            let withoutThousands = raw.contains(".") ? raw.replacingOccurrences(".", "") : raw
            return withoutThousands.replacingOccurrences(",", ".")
        }
        return raw
    }

    private static func isFollowedByPercent(_ scalars: String.UnicodeScalarView, _ index: String.Index) -> Bool {
        var index = index
        if index < scalars.endIndex, scalars[index] == " " { index = scalars.index(after: index) }
        return index < scalars.endIndex && scalars[index] == "%"
    }

    // MARK: - Character classes

    /// Letters, digits and combining marks (a decomposed "ë" is "e" plus a mark).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isAlphabetic || isDigit(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .decimalNumber
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
