import Foundation

/// Lines that belong to a web site rather than to its articles: menus, login
/// prompts, share buttons, comment forms.
///
/// The patterns are data, not code, so that a user whose pages come from
/// another site can add that site's chrome in a `chrome.txt` in the knowledge
/// folder without rebuilding. The file format, also used for the built-in
/// list, is one pattern a line:
///
/// - `# ...` is a comment and blank lines are ignored;
/// - `/regex/` matches a line when the regular expression matches the whole
///   trimmed line, ignoring case;
/// - `prefix:text` matches a line that starts with `text`, ignoring case;
/// - anything else matches a line equal to it, ignoring case, white space at
///   the ends and the difference between straight and curly apostrophes.
///
/// Exact patterns also match when the scrape glued them to the end of a
/// content line ("Bron: Sociaal Werk NederlandNaar homepage"); see
/// `gluedSuffixStart(in:)`.
public struct ChromePatterns: Sendable {
    public enum Rule: Sendable, Hashable {
        case line(String)
        case prefix(String)
        case regex(String)
    }

    /// The rules in the order they were read.
    public private(set) var rules: [Rule] = []
    private var lineKeys: Set<LineKey> = []
    /// Exact patterns' keys, longest first, for finding glued suffixes.
    private var suffixKeys: [String] = []
    private var prefixKeys: [String] = []
    private var expressions: [CompiledExpression] = []
    /// The built-in regular expressions as one alternation, so a line is
    /// bridged to ICU once for all of them (`ChromePatterns+BuiltIn.swift`:
    /// they are balanced and have no back-references, so the alternation
    /// matches a line exactly when one of them does).
    private var builtInSources: [String] = []
    private var builtInExpression: CompiledExpression?

    /// No patterns at all; the cleaner then relies on its heuristics alone.
    public init() {}

    /// Reads patterns in the `chrome.txt` format. A regular expression that
    /// does not compile is skipped and reported as a problem of `path`.
    public init(parsing text: String, path: String, problems: inout [KnowledgeProblem]) {
        for line in SourceLine.lines(in: text) {
            let pattern = text[LineShape.trimmed(line.range, in: text)]
            if pattern.isEmpty || pattern.hasPrefix("#") { continue }
            if pattern.count >= 2, pattern.hasPrefix("/"), pattern.hasSuffix("/") {
                let source = String(pattern.dropFirst().dropLast())
                do {
                    try add(.regex(source))
                } catch {
                    problems.append(KnowledgeProblem(
                        path: path, line: line.number,
                        reason: "'\(pattern)' is not a valid regular expression, so this pattern is ignored"
                    ))
                }
            } else if pattern.lowercased().hasPrefix("prefix:") {
                let start = pattern.dropFirst("prefix:".count).drop(while: \.isWhitespace)
                if start.isEmpty {
                    problems.append(KnowledgeProblem(
                        path: path, line: line.number,
                        reason: "'prefix:' needs the text a chrome line starts with, for example 'prefix:Trefwoorden:'"
                    ))
                } else {
                    try? add(.prefix(String(start)))
                }
            } else {
                try? add(.line(String(pattern)))
            }
        }
    }

    /// These patterns followed by `other`'s.
    public func merging(_ other: ChromePatterns) -> ChromePatterns {
        var merged = self
        for rule in other.rules { try? merged.add(rule) }
        return merged
    }

    private mutating func add(_ rule: Rule) throws {
        switch rule {
        case .line(let text):
            let key = LineShape.comparisonKey(text)
            lineKeys.insert(LineKey(key))
            let insertAt = suffixKeys.firstIndex { $0.count < key.count } ?? suffixKeys.endIndex
            suffixKeys.insert(key, at: insertAt)
        case .prefix(let text):
            prefixKeys.append(LineShape.comparisonKey(text))
        case .regex(let source):
            let expression = try NSRegularExpression(pattern: "^(?:\(source))$", options: [.caseInsensitive])
            if Self.builtInRegexSources.contains(source), !builtInSources.contains(source) {
                builtInSources.append(source)
                let alternation = builtInSources.map { "(?:\($0))" }.joined(separator: "|")
                builtInExpression = CompiledExpression(
                    try NSRegularExpression(pattern: "^(?:\(alternation))$", options: [.caseInsensitive]))
            } else if !Self.builtInRegexSources.contains(source) {
                expressions.append(CompiledExpression(expression))
            }
        }
        rules.append(rule)
    }

    // MARK: - Matching

    /// Whether a whole line (already trimmed) is chrome.
    func matches(_ line: Substring) -> Bool {
        matches(line, key: LineKey(LineShape.comparisonKey(line)))
    }

    /// `matches(line)` when the caller has the line's comparison key already.
    func matches(_ line: Substring, key: LineKey) -> Bool {
        if lineKeys.contains(key) { return true }
        if prefixKeys.contains(where: { key.text.hasPrefix($0) }) { return true }
        guard !expressions.isEmpty || builtInExpression != nil else { return false }
        let string = String(line)
        let whole = NSRange(string.startIndex..<string.endIndex, in: string)
        if let builtInExpression, builtInExpression.expression.firstMatch(in: string, range: whole) != nil { return true }
        return expressions.contains { $0.expression.firstMatch(in: string, range: whole) != nil }
    }

    /// Where an exact pattern glued to the end of `line` starts, or `nil`.
    ///
    /// Scraping pages loses the markup between a paragraph and the link or
    /// button after it, so "Naar homepage" ends up at the end of "Bron: Sociaal
    /// Werk Nederland". A trailing pattern counts as glued only when it starts
    /// with a capital and either touches the text before it ("NederlandNaar",
    /// "delen:Sluiten") or is a phrase of three words or more; that keeps a
    /// sentence ending in "… de deur sluiten" intact.
    func gluedSuffixStart(in line: Substring) -> Substring.Index? {
        guard let last = line.last else { return nil }
        // The walk back compares the last characters first; most keys fail
        // there, so that comparison is made once for all of them.
        let lastKey = LineShape.comparisonKey(String(last))
        for key in suffixKeys {
            guard let keyLast = key.last, keyLast == " " || String(keyLast) == lastKey else { continue }
            guard let start = Self.start(ofSuffix: key, in: line), start > line.startIndex,
                  line[start].isUppercase
            else { continue }
            let touching = !line[line.index(before: start)].isWhitespace
            if touching || LineShape.wordCount(key) >= 3 { return start }
        }
        return nil
    }

    /// Where `line` ends with text whose comparison key is `key`, walking
    /// back from the end.
    private static func start(ofSuffix key: String, in line: Substring) -> Substring.Index? {
        var lineIndex = line.endIndex
        var keyIndex = key.endIndex
        while keyIndex > key.startIndex {
            guard lineIndex > line.startIndex else { return nil }
            keyIndex = key.index(before: keyIndex)
            lineIndex = line.index(before: lineIndex)
            let wanted = key[keyIndex]
            let found = line[lineIndex]
            if wanted == " " {
                guard found.isWhitespace else { return nil }
                while lineIndex > line.startIndex, line[line.index(before: lineIndex)].isWhitespace {
                    lineIndex = line.index(before: lineIndex)
                }
            } else if LineShape.comparisonKey(String(found)) != String(wanted) {
                return nil
            }
        }
        return lineIndex
    }
}
