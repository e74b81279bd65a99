import Foundation

/// Problems in a test set file; each names the file and line.
public enum TestSetError: LocalizedError, Sendable {
    case unreadable(path: String)
    case invalidLines([String])
    case empty(path: String)
    case unknownSources([String])

    public var errorDescription: String? {
        switch self {
        case .unreadable(let path):
            return "Cannot read the test set '\(path)'. Pass a JSON Lines file, one case a line."
        case .invalidLines(let messages):
            return "The test set has \(messages.count) bad line(s); nothing was asked:\n" + messages.joined(separator: "\n")
        case .empty(let path):
            return "The test set '\(path)' holds no cases."
        case .unknownSources(let messages):
            return "The test set names \(messages.count) source(s) that are not documents of the knowledge folder; nothing was asked:\n"
                + messages.joined(separator: "\n")
                + "\n`vraagbaak passages` lists the document ids of a folder; pass --knowledge if the test set is for another one."
        }
    }
}

/// Reads a JSON Lines test set strictly: every bad line is reported with its
/// number before any question is asked, so a typo in a field name cannot
/// silently drop a case from the figures.
public enum TestSetReader {
    static let required: Set<String> = ["id", "question", "answerable", "sources", "answer_contains"]
    static let optional: Set<String> = ["session", "notes", "tags"]

    public static func read(path: String) throws -> [TestCase] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw TestSetError.unreadable(path: path)
        }
        let cases = try parse(text, name: path)
        guard !cases.isEmpty else { throw TestSetError.empty(path: path) }
        return cases
    }

    public static func parse(_ text: String, name: String) throws -> [TestCase] {
        var cases: [TestCase] = []
        var errors: [String] = []
        var ids: [String: Int] = [:]
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            let number = index + 1
            guard !line.isEmpty else { continue }
            do {
                let testCase = try parseLine(line, number: number)
                if let earlier = ids[testCase.id] {
                    throw LineError("duplicate id '\(testCase.id)' (first on line \(earlier))")
                }
                ids[testCase.id] = number
                cases.append(testCase)
            } catch let error as LineError {
                errors.append("\(name):\(number): \(error.message)")
            }
        }
        guard errors.isEmpty else { throw TestSetError.invalidLines(errors) }
        return cases
    }

    struct LineError: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    static func parseLine(_ line: String, number: Int) throws -> TestCase {
        let fields: [String: JSONField]
        do {
            fields = try JSONDecoder().decode([String: JSONField].self, from: Data(line.utf8))
        } catch {
            throw LineError("not a valid JSON object")
        }
        let keys = Set(fields.keys)
        if let unknown = keys.subtracting(required).subtracting(optional).sorted().first {
            throw LineError("unknown field '\(unknown)' (known: \(required.union(optional).sorted().joined(separator: ", ")))")
        }
        if let missing = required.subtracting(keys).sorted().first { throw LineError("missing field '\(missing)'") }
        guard case .string(let id) = fields["id"]!, !id.isEmpty else { throw LineError("'id' must be a non-empty string") }
        guard case .string(let question) = fields["question"]! else { throw LineError("'question' must be a string") }
        guard question.contains(where: { !$0.isWhitespace }) else { throw LineError("'question' is empty") }
        guard case .bool(let answerable) = fields["answerable"]! else { throw LineError("'answerable' must be true or false") }
        guard let sources = fields["sources"]!.strings else { throw LineError("'sources' must be a list of document ids") }
        guard case .list(let rawGroups) = fields["answer_contains"]!,
            case let groups = rawGroups.compactMap(\.strings), groups.count == rawGroups.count
        else {
            throw LineError("'answer_contains' must be a list of lists of strings, e.g. [[\"140.000\", \"140000\"]]")
        }
        if answerable, sources.isEmpty { throw LineError("an answerable case needs at least one id in 'sources'") }
        if groups.contains(where: \.isEmpty) { throw LineError("'answer_contains' has an empty group") }
        let session = try optionalString(fields, "session")
        let notes = try optionalString(fields, "notes")
        var tags: [String] = []
        if let value = fields["tags"] {
            guard let list = value.strings else { throw LineError("'tags' must be a list of strings") }
            tags = list
        }
        return TestCase(
            id: id, question: question, answerable: answerable, sources: sources, answerContains: groups,
            session: session, notes: notes, tags: tags, line: number)
    }

    /// Checks that every source a case names is a document of the knowledge
    /// folder (`isDocument`): a mistyped id would make a case a miss however
    /// well it is answered, and quietly lower the figures.
    public static func checkSources(_ cases: [TestCase], name: String, isDocument: (String) -> Bool) throws {
        let messages = cases.flatMap { testCase in
            testCase.sources.filter { !isDocument($0) }.map {
                "\(name):\(testCase.line): case '\(testCase.id)': no document has the id '\($0)'"
            }
        }
        guard messages.isEmpty else { throw TestSetError.unknownSources(messages) }
    }

    private static func optionalString(_ fields: [String: JSONField], _ key: String) throws -> String? {
        switch fields[key] {
        case nil, .null?: return nil
        case .string(let string)?: return string
        default: throw LineError("'\(key)' must be a string")
        }
    }
}

/// Any JSON value, decoded strictly: `true` is a Bool, `1` is not.
enum JSONField: Decodable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case list([JSONField])
    case object([String: JSONField])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let value = try? container.decode(Bool.self) { self = .bool(value); return }
        if let value = try? container.decode(Double.self) { self = .number(value); return }
        if let value = try? container.decode(String.self) { self = .string(value); return }
        if let value = try? container.decode([JSONField].self) { self = .list(value); return }
        self = .object(try container.decode([String: JSONField].self))
    }

    /// The value as a list of strings, when it is one.
    var strings: [String]? {
        guard case .list(let items) = self else { return nil }
        let strings = items.compactMap { item -> String? in
            if case .string(let string) = item { return string }
            return nil
        }
        return strings.count == items.count ? strings : nil
    }
}
