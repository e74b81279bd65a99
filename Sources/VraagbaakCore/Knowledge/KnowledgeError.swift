import Foundation

/// Why the knowledge folder as a whole could not be read.
///
/// Problems with single files are `KnowledgeProblem`s and never stop loading;
/// these errors mean there is nothing to load at all, so the front end stops
/// and shows the message. Each message names the folder as the user gave it
/// and says what to do.
public enum KnowledgeError: Error, LocalizedError, Sendable, Hashable {
    /// Nothing exists at the path.
    case folderNotFound(path: String)
    /// The path is a file, not a folder.
    case notAFolder(path: String)
    /// The folder exists but its contents cannot be listed.
    case folderUnreadable(path: String, reason: String)
    /// The folder holds no `.md`, `.markdown`, `.txt`, `.html` or `.htm` files
    /// (reserved files such as `chrome.txt` do not count).
    case noKnowledgeFiles(path: String)

    public var errorDescription: String? {
        let hint = "Pass --knowledge with the folder that holds your .md, .txt or .html files."
        switch self {
        case .folderNotFound(let path):
            return "The knowledge folder '\(path)' does not exist. \(hint)"
        case .notAFolder(let path):
            return "'\(path)' is a file, not a knowledge folder. \(hint)"
        case .folderUnreadable(let path, let reason):
            return "Cannot read the knowledge folder '\(path)' (\(reason)). Check its permissions, or pass --knowledge with another folder."
        case .noKnowledgeFiles(let path):
            return "No knowledge files in '\(path)'. \(hint)"
        }
    }
}
