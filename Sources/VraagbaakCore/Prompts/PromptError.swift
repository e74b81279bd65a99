import Foundation

/// Problems with the files in `prompts/`; each names the file and line.
public enum PromptError: LocalizedError, Sendable {
    case folderNotFound(path: String)
    case missingFile(path: String)
    case unreadable(path: String)
    case syntax(file: String, line: Int, detail: String)
    case unknownPlaceholder(file: String, line: Int, name: String, allowed: [String])

    public var errorDescription: String? {
        switch self {
        case .folderNotFound(let path):
            return "No prompts folder at '\(path)'. Pass --prompts with the folder that holds nl/ and en/."
        case .missingFile(let path):
            return "The prompt file '\(path)' is missing. Every language folder needs all prompt files (see prompts/README.md)."
        case .unreadable(let path):
            return "The prompt file '\(path)' is not readable UTF-8 text."
        case .syntax(let file, let line, let detail):
            return "\(file):\(line): \(detail)."
        case .unknownPlaceholder(let file, let line, let name, let allowed):
            let list = allowed.isEmpty ? "none" : allowed.map { "{\($0)}" }.joined(separator: ", ")
            return "\(file):\(line): unknown placeholder {\(name)}; this file may use \(list)."
        }
    }
}
