import Foundation

/// An append-only log of the questions asked, one JSON object a line, with
/// personal data replaced by placeholders before anything is written.
///
/// Each line holds `time` (ISO 8601, UTC), `question` (redacted by
/// `PersonalDataRedactor`), `answered`, `confidence` and `sources` (the
/// ids of the documents the answer cites or relates). Vraagbaak writes no
/// question to disk unless a front end makes a `QuestionLog`. The file is
/// created with permissions 0600 (only its owner reads it) and opened with
/// `O_APPEND`, so lines from several processes never overwrite each other.
public final class QuestionLog: Sendable {
    public let path: String
    private let descriptor: Int32
    private let redactor: PersonalDataRedactor

    /// Opens (or creates) the log at `path` for appending.
    public init(path: String, redactor: PersonalDataRedactor = PersonalDataRedactor()) throws(QuestionLogError) {
        self.path = path
        self.redactor = redactor
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw QuestionLogError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// One line of the log.
    struct Entry: Encodable {
        var time: String
        var question: String
        var answered: Bool
        var confidence: Double
        var sources: [String]
    }

    /// Appends one line for `question` and its answer.
    public func record(question: String, answer: Answer, at time: Date = Date()) throws(QuestionLogError) {
        let entry = Entry(
            time: time.formatted(.iso8601), question: redactor.redact(question),
            answered: answer.answered, confidence: (answer.confidence * 1000).rounded() / 1000,
            sources: answer.sources.map(\.id))
        guard var line = try? AnswerJSON.makeEncoder().encode(entry) else {
            throw QuestionLogError.cannotWrite(path: path, reason: "the entry cannot be encoded")
        }
        line.append(0x0A)
        // One write call per line: with O_APPEND the line lands whole at the end.
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else {
            throw QuestionLogError.cannotWrite(path: path, reason: written < 0 ? String(cString: strerror(errno)) : "short write")
        }
    }
}

/// Why the question log could not be used. Each message names the file.
public enum QuestionLogError: LocalizedError, Sendable, Hashable {
    case cannotOpen(path: String, reason: String)
    case cannotWrite(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let reason):
            return "Cannot open the question log '\(path)': \(reason). Pass --log with a file in a folder you can write to."
        case .cannotWrite(let path, let reason):
            return "Cannot write to the question log '\(path)': \(reason)."
        }
    }
}
