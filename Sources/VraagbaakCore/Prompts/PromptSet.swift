import Foundation

/// Every text the bot says in one language, read from `prompts/<language>/`.
///
/// Organisations rewrite these files to speak in their own voice; Vraagbaak
/// checks them all when it starts, so a typo shows up at once with its file
/// and line instead of in front of a resident.
public struct PromptSet: Sendable {
    public enum Language: String, Sendable, CaseIterable {
        case dutch = "nl"
        case english = "en"
    }

    /// The files of a language folder and the placeholders each may use.
    public static let files: [String: Set<String>] = [
        "answer.txt": ["answer", "sources"],
        "source-line.txt": ["n", "title", "publisher", "link"],
        "not-answered.txt": ["related"],
        "related-line.txt": ["n", "title", "publisher", "link"],
        "greeting.txt": [],
        "help.txt": [],
        "new-conversation.txt": [],
        "nothing-yet.txt": [],
        "unknown-command.txt": ["command"],
        "article-author.txt": ["title", "author"],
        "article-date.txt": ["title", "date"],
    ].merging(UrgentNeed.allCases.map { ($0.promptFile, Set<String>()) }, uniquingKeysWith: { first, _ in first })

    public let language: Language
    private let templates: [String: PromptTemplate]

    public static func load(from folder: URL, language: Language = .dutch) throws -> PromptSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PromptError.folderNotFound(path: folder.path)
        }
        let languageFolder = folder.appendingPathComponent(language.rawValue)
        var templates: [String: PromptTemplate] = [:]
        for (file, allowed) in files.sorted(by: { $0.key < $1.key }) {
            let url = languageFolder.appendingPathComponent(file)
            let shownPath = "\(folder.lastPathComponent)/\(language.rawValue)/\(file)"
            let text = try PromptFile.text(at: url, shownAs: shownPath)
            templates[file] = try PromptTemplate(name: shownPath, source: text, allowed: allowed)
        }
        return PromptSet(language: language, templates: templates)
    }

    public func text(_ file: String, _ values: [String: String] = [:]) -> String {
        templates[file]?.render(values) ?? ""
    }

    /// The source list line for a document: the URL when known, else its id.
    public func sourceLine(_ number: Int, _ source: AnswerSource, file: String = "source-line.txt") -> String {
        text(file, [
            "n": String(number), "title": source.title, "publisher": source.publisher ?? "",
            "link": source.url ?? source.id,
        ])
    }

    /// The referral text for an urgent need.
    public func referral(_ need: UrgentNeed) -> String {
        text(need.promptFile)
    }

    /// The whole answer as a person reads it: referrals first, then the answer.
    public func render(_ answer: Answer) -> String {
        let body: String
        if answer.answered {
            let lines = answer.sources.enumerated().map { sourceLine($0.offset + 1, $0.element) }
            body = text("answer.txt", ["answer": answer.answer, "sources": lines.joined(separator: "\n")])
        } else {
            let related = answer.sources.enumerated().map { sourceLine($0.offset + 1, $0.element, file: "related-line.txt") }
            body = text("not-answered.txt", ["related": related.joined(separator: "\n")])
        }
        return (answer.referrals.map(\.text) + [body]).joined(separator: "\n\n")
    }
}
