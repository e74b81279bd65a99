import Foundation

/// A text the bot says, with `{placeholders}` and `[[optional sections]]`.
///
/// Syntax: `{name}` is replaced by a value; a section in `[[` and `]]` is
/// left out when any placeholder inside it is empty (so "[[ — {publisher}]]"
/// disappears for a document without publisher); lines starting with `#` are
/// comments. `{{` and `}}` write literal braces. Templates are checked when
/// loaded: an unknown placeholder or an unbalanced bracket is an error that
/// names the file and line.
public struct PromptTemplate: Sendable, Hashable {
    enum Piece: Sendable, Hashable {
        case text(String)
        case placeholder(String)
        case optional([Piece])
    }

    let pieces: [Piece]
    public let name: String

    public init(name: String, source: String, allowed: Set<String>) throws {
        self.name = name
        let lines = source.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        var body: [(line: Int, text: Substring)] = []
        for (number, line) in lines.enumerated() where !line.hasPrefix("#") {
            body.append((number + 1, line))
        }
        while let last = body.last, last.text.trimmingCharacters(in: .whitespaces).isEmpty { body.removeLast() }
        var stack: [[Piece]] = [[]]
        var openedAt: [Int] = []
        var literal = ""
        func flush() {
            if !literal.isEmpty { stack[stack.count - 1].append(.text(literal)); literal = "" }
        }
        for (index, entry) in body.enumerated() {
            let characters = Array(entry.text)
            var i = 0
            while i < characters.count {
                let c = characters[i]
                let next: Character? = i + 1 < characters.count ? characters[i + 1] : nil
                if c == "{", next == "{" { literal.append("{"); i += 2; continue }
                if c == "}", next == "}" { literal.append("}"); i += 2; continue }
                if c == "[", next == "[" { flush(); stack.append([]); openedAt.append(entry.line); i += 2; continue }
                if c == "]", next == "]" {
                    guard stack.count > 1 else { throw PromptError.syntax(file: name, line: entry.line, detail: "']]' without '[['") }
                    flush()
                    let section = stack.removeLast()
                    openedAt.removeLast()
                    stack[stack.count - 1].append(.optional(section))
                    i += 2
                    continue
                }
                if c == "{" {
                    guard let close = characters[i...].firstIndex(of: "}") else {
                        throw PromptError.syntax(file: name, line: entry.line, detail: "'{' without '}'")
                    }
                    let key = String(characters[(i + 1)..<close]).trimmingCharacters(in: .whitespaces)
                    guard allowed.contains(key) else {
                        throw PromptError.unknownPlaceholder(file: name, line: entry.line, name: key, allowed: allowed.sorted())
                    }
                    flush()
                    stack[stack.count - 1].append(.placeholder(key))
                    i = close + 1
                    continue
                }
                if c == "}" { throw PromptError.syntax(file: name, line: entry.line, detail: "'}' without '{'") }
                literal.append(c)
                i += 1
            }
            if index < body.count - 1 { literal.append("\n") }
        }
        guard stack.count == 1 else {
            throw PromptError.syntax(file: name, line: openedAt.last ?? 1, detail: "'[[' is never closed with ']]'")
        }
        flush()
        pieces = stack[0]
    }

    /// The text with `values` filled in; missing values count as empty.
    public func render(_ values: [String: String] = [:]) -> String {
        Self.render(pieces, values) ?? ""
    }

    /// nil when an optional section must disappear.
    private static func render(_ pieces: [Piece], _ values: [String: String], optional: Bool = false) -> String? {
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .placeholder(let key):
                let value = values[key] ?? ""
                if optional, value.isEmpty { return nil }
                result += value
            case .optional(let section):
                result += render(section, values, optional: true) ?? ""
            }
        }
        return result
    }
}
