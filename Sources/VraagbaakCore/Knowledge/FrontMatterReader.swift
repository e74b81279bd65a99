/// Reads the YAML front matter at the top of a Markdown file.
///
/// Only the subset that article metadata needs is understood: `key: value`
/// lines whose value is plain, "double quoted" (with `\` escapes) or
/// 'single quoted' (`''` is a quote), `#` comments and blank lines. Anything
/// else is reported with its line number rather than guessed at, because a
/// silently misread title or id would surface much later as a wrong citation.
struct FrontMatterReader: Sendable {
    /// The fields Vraagbaak uses; other keys (such as `kind`) are ignored.
    struct Fields: Sendable, Hashable {
        var id: String?
        var title: String?
        var publisher: String?
        var url: String?
        var date: String?
        var author: String?
    }

    /// A file's front matter and where its body starts.
    struct Result: Sendable {
        /// `nil` when the file has no front matter.
        var fields: Fields?
        /// The text after the closing `---` line, or the whole text.
        var body: Substring
    }

    /// Why the front matter could not be read, with the 1-based line in the file.
    struct Failure: Error, Sendable, Hashable {
        var line: Int
        var reason: String
    }

    init() {}

    /// Splits `text` into front matter and body. Front matter is present only
    /// when the first line is `---`; it ends at the next `---` (or `...`) line.
    func read(_ text: String) throws(Failure) -> Result {
        // Only the lines up to the closing fence are split, not the whole article.
        let lines = SourceLine.lines(in: text) { line in
            line.number == 1 ? Self.isFence(text[line.range]) : !Self.isClosingFence(text[line.range])
        }
        guard let opening = lines.first, Self.isFence(text[opening.range]) else {
            return Result(fields: nil, body: text[...])
        }
        // Find the end first: a file that never closes its front matter would
        // otherwise be reported at its first line of body text.
        guard let closing = lines.dropFirst().first(where: { Self.isClosingFence(text[$0.range]) }) else {
            throw Failure(
                line: opening.number,
                reason: "the front matter opened here is never closed; add a line with '---' after the last field"
            )
        }
        var fields = Fields()
        for line in lines[1..<(closing.number - 1)] {
            try read(text[line.range], lineNumber: line.number, into: &fields)
        }
        return Result(fields: fields, body: text[closing.nextLineStart...])
    }

    private static func isClosingFence(_ line: Substring) -> Bool {
        isFence(line) || line.trimmingTrailingWhitespace() == "..."
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmingTrailingWhitespace() == "---"
    }

    private func read(_ line: Substring, lineNumber: Int, into fields: inout Fields) throws(Failure) {
        let content = line.drop(while: \.isWhitespace)
        if content.isEmpty || content.first == "#" { return }
        guard line.first?.isWhitespace != true,
              let colon = content.firstIndex(of: ":"),
              colon > content.startIndex,
              content[..<colon].allSatisfy(Self.isKeyCharacter)
        else {
            throw Failure(line: lineNumber, reason: "expected 'key: value' but found '\(line)'")
        }
        let key = content[..<colon].lowercased()
        let afterColon = content[content.index(after: colon)...]
        guard afterColon.isEmpty || afterColon.first!.isWhitespace else {
            throw Failure(line: lineNumber, reason: "put a space after the ':' in '\(line)'")
        }
        let value = try Self.value(afterColon.drop(while: \.isWhitespace), lineNumber: lineNumber)
        switch key {
        case "id": fields.id = value
        case "title": fields.title = value
        case "publisher": fields.publisher = value
        case "url": fields.url = value
        case "date": fields.date = value
        case "author": fields.author = value
        default: break
        }
    }

    private static func isKeyCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-"
    }

    /// The value of a field; `nil` for an empty value, `null` or `~`.
    private static func value(_ raw: Substring, lineNumber: Int) throws(Failure) -> String? {
        let parsed: String
        let rest: Substring
        switch raw.first {
        case "\"": (parsed, rest) = try doubleQuoted(raw, lineNumber: lineNumber)
        case "'": (parsed, rest) = try singleQuoted(raw, lineNumber: lineNumber)
        default:
            let plain = String(withoutComment(raw).trimmingTrailingWhitespace())
            return ["", "null", "~"].contains(plain) ? nil : plain
        }
        let trailing = rest.drop(while: \.isWhitespace)
        guard trailing.isEmpty || trailing.first == "#" else {
            throw Failure(line: lineNumber, reason: "unexpected text '\(trailing)' after the closing quote")
        }
        return parsed.isEmpty ? nil : parsed
    }

    /// A plain value ends where ` #` starts a comment.
    private static func withoutComment(_ raw: Substring) -> Substring {
        var previous: Character = " "
        for index in raw.indices {
            if raw[index] == "#", previous.isWhitespace { return raw[..<index] }
            previous = raw[index]
        }
        return raw
    }

    private static func doubleQuoted(_ raw: Substring, lineNumber: Int) throws(Failure) -> (String, Substring) {
        var result = ""
        var index = raw.index(after: raw.startIndex)
        while index < raw.endIndex {
            let character = raw[index]
            index = raw.index(after: index)
            if character == "\"" { return (result, raw[index...]) }
            guard character == "\\" else {
                result.append(character)
                continue
            }
            guard index < raw.endIndex else { break }
            let escaped = raw[index]
            index = raw.index(after: index)
            switch escaped {
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "0": result.append("\0")
            case "u":
                let hex = raw[index...].prefix(4)
                guard hex.count == 4, let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                    throw Failure(line: lineNumber, reason: "'\\u' must be followed by four hexadecimal digits")
                }
                result.unicodeScalars.append(scalar)
                index = hex.endIndex
            case "\"", "\\", "/", " ": result.append(escaped)
            default:
                throw Failure(line: lineNumber, reason: "unknown escape '\\\(escaped)' in a double-quoted value")
            }
        }
        throw Failure(line: lineNumber, reason: "the double quote that opens this value is never closed")
    }

    private static func singleQuoted(_ raw: Substring, lineNumber: Int) throws(Failure) -> (String, Substring) {
        var result = ""
        var index = raw.index(after: raw.startIndex)
        while index < raw.endIndex {
            let character = raw[index]
            index = raw.index(after: index)
            guard character == "'" else {
                result.append(character)
                continue
            }
            guard index < raw.endIndex, raw[index] == "'" else { return (result, raw[index...]) }
            result.append("'")
            index = raw.index(after: index)
        }
        throw Failure(line: lineNumber, reason: "the single quote that opens this value is never closed")
    }
}

private extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[..<end]
    }
}
