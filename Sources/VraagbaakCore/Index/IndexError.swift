import Foundation

/// What can go wrong with an index file. Each message names the file.
public enum IndexError: LocalizedError, Sendable {
    case notAnIndex(path: String)
    case schemaMismatch(path: String, found: Int, expected: Int)
    case corrupt(path: String, detail: String)
    case cannotWrite(path: String, detail: String)
    case database(path: String, detail: String)

    public var errorDescription: String? {
        switch self {
        case .notAnIndex(let path):
            return "'\(path)' is not a Vraagbaak index (it is another SQLite file or not SQLite at all)."
        case .schemaMismatch(let path, let found, let expected):
            return "The index '\(path)' has schema version \(found); this Vraagbaak needs \(expected)."
        case .corrupt(let path, let detail):
            return "The index '\(path)' is damaged: \(detail)."
        case .cannotWrite(let path, let detail):
            return "Cannot write the index '\(path)': \(detail). Pass --index with a path in a folder you can write to."
        case .database(let path, let detail):
            return "Reading the index '\(path)' failed: \(detail)."
        }
    }

    /// True when the file should be rebuilt rather than reported.
    public var callsForRebuild: Bool {
        switch self {
        case .notAnIndex, .schemaMismatch, .corrupt: return true
        case .cannotWrite, .database: return false
        }
    }
}
