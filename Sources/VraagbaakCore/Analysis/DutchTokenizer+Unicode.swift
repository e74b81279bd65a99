/// The tokenizer's rules for a run that holds a non-ASCII scalar, on
/// `String.UnicodeScalarView`: the reference the ASCII path must agree with.
extension DutchTokenizer {
    /// Emits the tokens of one run (see `tokenize`): a number, or the pieces
    /// of a word split at hyphens and, for a hyphenated word, the joined whole.
    func emitUnicodeRun(
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
