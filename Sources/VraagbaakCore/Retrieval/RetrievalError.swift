import Foundation

/// Problems with the files retrieval reads besides the index.
public enum RetrievalError: LocalizedError, Sendable {
    case unreadableThesaurus(path: String)

    public var errorDescription: String? {
        switch self {
        case .unreadableThesaurus(let path):
            return "Cannot read the thesaurus '\(path)': it must be UTF-8 text, one group of synonyms a line."
        }
    }
}
