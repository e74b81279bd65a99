/// The tokenizer's rules for a run of ASCII bytes, where a byte is a scalar
/// and a `Character`: the same steps as `emitUnicodeRun`, on bytes, so no
/// String is made but the tokens' own texts. Tests compare the two on every
/// run of the bundled knowledge and on tricky text.
extension DutchTokenizer {
    func emitASCIIRun(
        _ bytes: UnsafeBufferPointer<UInt8>, _ run: Range<Int>, in text: String,
        position: inout Int, into tokens: inout [Token]
    ) {
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        let runBytes = UnsafeBufferPointer(rebasing: bytes[run])
        var isNumber = true
        var hasHyphenOrApostrophe = false
        for byte in runBytes where !Self.isASCIIDigit(byte) && byte != UInt8(ascii: ".") && byte != UInt8(ascii: ",") {
            isNumber = false
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") { hasHyphenOrApostrophe = true }
        }
        if !isNumber, !hasHyphenOrApostrophe {
            // Most runs: one piece, the word as written, with a letter in it.
            if runBytes.count > 1 {
                tokens.append(Token(
                    text: String(decoding: runBytes, as: UTF8.self), range: index(run.lowerBound)..<index(run.upperBound),
                    position: position, kind: .word))
            }
            position += 1
            return
        }
        if isNumber {
            let range = index(run.lowerBound)..<index(run.upperBound)
            tokens.append(Token(text: Self.normalizedNumber(runBytes), range: range, position: position, kind: .number))
            if Self.isFollowedByPercent(bytes, run.upperBound) {
                tokens.append(Token(text: "procent", range: range, position: position, kind: .word, isDerived: true))
            }
            position += 1
            return
        }
        // Split on hyphens; each piece is a word of its own.
        var pieces: [Range<Int>] = []
        var pieceStart = run.lowerBound
        for offset in run where bytes[offset] == UInt8(ascii: "-") {
            pieces.append(pieceStart..<offset)
            pieceStart = offset + 1
        }
        pieces.append(pieceStart..<run.upperBound)

        let firstPosition = position
        var joined: [UInt8] = []
        for piece in pieces {
            let word = Self.wordText(UnsafeBufferPointer(rebasing: bytes[piece]))
            if pieces.count > 1 { joined += word }
            let allDigits = word.allSatisfy(Self.isASCIIDigit)
            guard word.count > 1 || allDigits else { continue }
            tokens.append(Token(
                text: String(decoding: word, as: UTF8.self), range: index(piece.lowerBound)..<index(piece.upperBound),
                position: position, kind: allDigits ? .number : .word))
            position += 1
        }
        if pieces.count > 1, joined.count > 1 {
            tokens.append(Token(
                text: String(decoding: joined, as: UTF8.self), range: index(run.lowerBound)..<index(run.upperBound),
                position: firstPosition, kind: .word, isDerived: true))
        }
        if position == firstPosition { position += 1 }
    }

    private static func isASCIIDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Removes a possessive or plural "'s" and any other apostrophe inside a word.
    private static func wordText(_ piece: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var end = piece.count
        if end > 2, piece[end - 1] == UInt8(ascii: "s") || piece[end - 1] == UInt8(ascii: "S"),
           piece[end - 2] == UInt8(ascii: "'") {
            end -= 2
        }
        return piece[..<end].filter { $0 != UInt8(ascii: "'") }
    }

    /// "140.000" becomes "140000"; "2,5" becomes "2.5"; "2.5" stays.
    private static func normalizedNumber(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        let groups = raw.split(separator: dot, omittingEmptySubsequences: false)
        let hasComma = raw.contains(comma)
        let isThousands = groups.count > 1 && !hasComma
            && groups.first!.count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }
        if isThousands { return String(decoding: raw.filter { $0 != dot }, as: UTF8.self) }
        if hasComma { return String(decoding: raw.filter { $0 != dot }.map { $0 == comma ? dot : $0 }, as: UTF8.self) }
        return String(decoding: raw, as: UTF8.self)
    }

    /// A "%" right after the run, or after one space.
    private static func isFollowedByPercent(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        var offset = offset
        if offset < bytes.count, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
        return offset < bytes.count && bytes[offset] == UInt8(ascii: "%")
    }
}
