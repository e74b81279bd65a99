import Foundation

/// Reads one text file of `prompts/`: the prompt texts and the urgent-help
/// trigger lists are both files an organisation edits, and a missing or
/// garbled one must be reported the same way, by the path it was shown as.
enum PromptFile {
    /// The file's text; `shownPath` is how errors name it ("prompts/nl/help.txt").
    static func text(at url: URL, shownAs shownPath: String) throws -> String {
        guard FileManager.default.fileExists(atPath: url.path) else { throw PromptError.missingFile(path: shownPath) }
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw PromptError.unreadable(path: shownPath)
        }
        return text
    }
}
