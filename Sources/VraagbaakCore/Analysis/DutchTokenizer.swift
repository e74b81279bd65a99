/// Splits Dutch text into word and number tokens that keep their source ranges.
///
/// Written for the text residents and editors actually produce: hyphenated
/// words ("ggz-cliënten" gives "ggz", "cliënten" and the joined whole),
/// numbers with thousands separators ("140.000" is the number 140000, so a
/// question that writes "140000" finds it), percentages ("80%" also yields
/// "procent"), and apostrophes ("dilemma's" is "dilemma", "'s avonds" loses
/// its article). Single letters (initials, the pieces of "o.a.") are dropped.
///
/// The rules are about Unicode scalars, and the tokenizer reads them from
/// the text's UTF-8 bytes: an index build tokenizes every sentence of the folder.
/// A run made only of ASCII (most words) is cut into tokens from its bytes
/// (DutchTokenizer+ASCII.swift); a run with any other scalar goes through
/// the same rules on `String.UnicodeScalarView` (DutchTokenizer+Unicode.swift).
public struct DutchTokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: String) -> [Token] {
        tokenize(text, range: text.startIndex..<text.endIndex)
    }

    public func tokenize(_ text: String, range: Range<String.Index>) -> [Token] {
        var tokens: [Token] = []
        var bytesOwner = text
        bytesOwner.withUTF8 { bytes in
            let utf8 = text.utf8
            let end = utf8.distance(from: utf8.startIndex, to: range.upperBound)
            var offset = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
            var position = 0
            while offset < end {
                let (scalar, length) = Self.scalar(in: bytes, at: offset)
                guard Self.isWordScalar(scalar) else {
                    offset += length
                    continue
                }
                let runEnd = Self.endOfRun(in: bytes, from: offset, limit: end)
                if bytes[offset..<runEnd].allSatisfy({ $0 < 0x80 }) {
                    emitASCIIRun(bytes, offset..<runEnd, in: text, position: &position, into: &tokens)
                } else {
                    let run = utf8.index(utf8.startIndex, offsetBy: offset)..<utf8.index(utf8.startIndex, offsetBy: runEnd)
                    emitUnicodeRun(text, run, position: &position, into: &tokens)
                }
                offset = runEnd
            }
        }
        return tokens
    }

    // MARK: - Runs

    /// A run is letters and digits, joined by a hyphen or apostrophe between
    /// word characters, or by a dot or comma between digits. Returns the
    /// offset one past its last byte.
    private static func endOfRun(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        var (previous, index) = scalar(in: bytes, at: start)
        index += start
        while index < limit {
            let (current, length) = scalar(in: bytes, at: index)
            if isWordScalar(current) {
                previous = current
                index += length
                continue
            }
            let next = index + length
            guard next < limit else { break }
            let (following, followingLength) = scalar(in: bytes, at: next)
            let joins: Bool
            if isHyphen(current) || isApostrophe(current) {
                joins = isWordScalar(previous) && isWordScalar(following)
            } else if current == 0x2E || current == 0x2C {
                joins = isDigit(previous) && isDigit(following)
            } else {
                joins = false
            }
            guard joins else { break }
            previous = following
            index = next + followingLength
        }
        return index
    }

    /// The scalar whose UTF-8 encoding starts at `offset` (the bytes of a
    /// Swift string are valid UTF-8), and its length in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (lead, 1) }
        func continuation(_ index: Int) -> UInt32 { UInt32(bytes[offset + index] & 0x3F) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
        return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
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

    /// The same classes by scalar value. In ASCII the word scalars are the
    /// letters and digits and the digits are 0–9 (a test checks all 128).
    @inline(__always)
    static func isWordScalar(_ value: UInt32) -> Bool {
        guard value < 0x80 else { return isWordScalar(Unicode.Scalar(value)!) }
        return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10
    }

    @inline(__always)
    static func isDigit(_ value: UInt32) -> Bool {
        value < 0x80 ? value &- 0x30 < 10 : isDigit(Unicode.Scalar(value)!)
    }

    static func isHyphen(_ value: UInt32) -> Bool {
        value == 0x2D || value == 0x2010 || value == 0x2011
    }

    static func isApostrophe(_ value: UInt32) -> Bool {
        value == 0x27 || value == 0x2019 || value == 0x02BC
    }
}
