/// Splits HTML into text runs and tags, for `HTMLTextExtractor`.
///
/// Comments, doctypes and processing instructions are skipped. A `<` that
/// does not start a tag is text, as browsers treat it.
struct HTMLScanner {
    struct Tag: Sendable, Hashable {
        /// Lower-cased element name.
        var name: String
        var isEnd: Bool
        var selfClosing: Bool
        /// Lower-cased attribute names; values as written (entities not decoded).
        var attributes: [String: String]
    }

    enum Item: Sendable, Hashable {
        case text(String)
        case tag(Tag)
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ html: String) {
        scalars = Array(html.unicodeScalars)
    }

    mutating func next() -> Item? {
        while position < scalars.count {
            if scalars[position] == "<" {
                if starts(with: "<!--") {
                    position = index(after: "-->", from: position + 4) ?? scalars.count
                    continue
                }
                if starts(with: "<!") || starts(with: "<?") {
                    position = index(after: ">", from: position) ?? scalars.count
                    continue
                }
                if let tag = readTag() { return .tag(tag) }
            }
            return .text(readText())
        }
        return nil
    }

    /// Moves past the content of a raw-text element (`script`, `style`) up to
    /// its closing tag, which `next()` then returns.
    mutating func skipRawText(until name: String) {
        let closing = Array("</\(name)".unicodeScalars)
        while position < scalars.count {
            if scalars[position] == "<", matches(closing, at: position, ignoringCase: true) { return }
            position += 1
        }
    }

    // MARK: - Reading

    private mutating func readText() -> String {
        var text = String.UnicodeScalarView()
        text.append(scalars[position])
        position += 1
        while position < scalars.count, scalars[position] != "<" {
            text.append(scalars[position])
            position += 1
        }
        return String(text)
    }

    /// Reads a tag at `position`, or returns `nil` (and moves nothing) when
    /// the `<` does not start one.
    private mutating func readTag() -> Tag? {
        var cursor = position + 1
        let isEnd = cursor < scalars.count && scalars[cursor] == "/"
        if isEnd { cursor += 1 }
        guard cursor < scalars.count, scalars[cursor].properties.isAlphabetic, scalars[cursor].isASCII else {
            return nil
        }
        let name = readName(&cursor)
        var attributes: [String: String] = [:]
        var selfClosing = false
        while cursor < scalars.count {
            let scalar = scalars[cursor]
            if scalar == ">" {
                cursor += 1
                position = cursor
                return Tag(name: name, isEnd: isEnd, selfClosing: selfClosing, attributes: attributes)
            }
            if scalar == "/" || scalar.properties.isWhitespace {
                selfClosing = scalar == "/"
                cursor += 1
                continue
            }
            selfClosing = false
            let attribute = readName(&cursor)
            guard !attribute.isEmpty else {
                cursor += 1
                continue
            }
            attributes[attribute] = readAttributeValue(&cursor)
        }
        position = scalars.count
        return Tag(name: name, isEnd: isEnd, selfClosing: selfClosing, attributes: attributes)
    }

    private func readName(_ cursor: inout Int) -> String {
        var name = String.UnicodeScalarView()
        while cursor < scalars.count {
            let scalar = scalars[cursor]
            if scalar.properties.isWhitespace || scalar == ">" || scalar == "/" || scalar == "=" { break }
            name.append(scalar)
            cursor += 1
        }
        return String(name).lowercased()
    }

    /// Reads `="value"`, `='value'` or `=value` after an attribute name; an
    /// attribute without a value is an empty string.
    private func readAttributeValue(_ cursor: inout Int) -> String {
        skipWhitespace(&cursor)
        guard cursor < scalars.count, scalars[cursor] == "=" else { return "" }
        cursor += 1
        skipWhitespace(&cursor)
        guard cursor < scalars.count else { return "" }
        var value = String.UnicodeScalarView()
        let quote = scalars[cursor]
        if quote == "\"" || quote == "'" {
            cursor += 1
            while cursor < scalars.count, scalars[cursor] != quote {
                value.append(scalars[cursor])
                cursor += 1
            }
            cursor += 1
        } else {
            while cursor < scalars.count, scalars[cursor] != ">", !scalars[cursor].properties.isWhitespace {
                value.append(scalars[cursor])
                cursor += 1
            }
        }
        return String(value)
    }

    private func skipWhitespace(_ cursor: inout Int) {
        while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
    }

    // MARK: - Matching

    private func starts(with literal: String) -> Bool {
        matches(Array(literal.unicodeScalars), at: position, ignoringCase: false)
    }

    private func index(after literal: String, from start: Int) -> Int? {
        let target = Array(literal.unicodeScalars)
        var cursor = start
        while cursor + target.count <= scalars.count {
            if matches(target, at: cursor, ignoringCase: false) { return cursor + target.count }
            cursor += 1
        }
        return nil
    }

    private func matches(_ target: [Unicode.Scalar], at start: Int, ignoringCase: Bool) -> Bool {
        guard start + target.count <= scalars.count else { return false }
        for offset in target.indices {
            var found = scalars[start + offset]
            var wanted = target[offset]
            if ignoringCase {
                found = Self.asciiLowercase(found)
                wanted = Self.asciiLowercase(wanted)
            }
            if found != wanted { return false }
        }
        return true
    }

    private static func asciiLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }
}
