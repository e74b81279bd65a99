import Foundation

/// Everything read from a knowledge folder.
public struct KnowledgeLoad: Sendable {
    /// The documents that could be read, in sorted path order.
    public var documents: [SourceDocument]
    /// The files that were skipped or partly ignored, and why.
    public var problems: [KnowledgeProblem]
    /// The built-in chrome patterns plus the folder's `chrome.txt`, if any.
    public var chromePatterns: ChromePatterns

    public init(documents: [SourceDocument], problems: [KnowledgeProblem], chromePatterns: ChromePatterns) {
        self.documents = documents
        self.problems = problems
        self.chromePatterns = chromePatterns
    }
}

/// Reads the articles in a knowledge folder into `SourceDocument`s.
///
/// The folder is read recursively, in sorted path order so that loading is
/// repeatable. Markdown files (`.md`, `.markdown`) may start with YAML front
/// matter; `.txt` files are plain text; `.html` and `.htm` pages are reduced
/// to their text. A file that cannot be used becomes a `KnowledgeProblem` and
/// the others still load: one bad file should not stop a folder of good ones.
///
/// Reserved files are not documents and are skipped silently, wherever they
/// are: `synonyms.txt`, `chrome.txt`, `README.md`, `README.txt`, and any file
/// or folder whose name starts with `.` or `_`. Files with other extensions
/// are ignored too. Only the `chrome.txt` at the top of the folder is read.
public struct KnowledgeLoader: Sendable {
    public var folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// The names (lower-cased) that are never documents.
    static let reservedNames: Set<String> = ["synonyms.txt", "chrome.txt", "readme.md", "readme.txt"]
    static let documentExtensions: Set<String> = ["md", "markdown", "txt", "html", "htm"]

    /// - Throws: `KnowledgeError` when the folder is missing, unreadable or
    ///   holds no document files.
    public func load() throws -> KnowledgeLoad {
        let shownPath = folder.relativePath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            throw KnowledgeError.folderNotFound(path: shownPath)
        }
        guard isDirectory.boolValue else { throw KnowledgeError.notAFolder(path: shownPath) }

        var files: [(url: URL, path: String)] = []
        var visited: Set<String> = []
        do {
            try collectFiles(in: folder, relativePath: "", into: &files, visited: &visited)
        } catch {
            throw KnowledgeError.folderUnreadable(path: shownPath, reason: Self.describe(error))
        }
        guard !files.isEmpty else { throw KnowledgeError.noKnowledgeFiles(path: shownPath) }
        files.sort { $0.path < $1.path }

        var load = KnowledgeLoad(documents: [], problems: [], chromePatterns: .builtIn)
        load.chromePatterns = chromePatterns(problems: &load.problems)
        var pathsByID: [String: String] = [:]
        for file in files {
            let document: SourceDocument
            do {
                document = try KnowledgeFileReader.read(file.url, path: file.path)
            } catch {
                load.problems.append(error.problem)
                continue
            }
            if let earlier = pathsByID[document.id] {
                load.problems.append(KnowledgeProblem(
                    path: file.path,
                    reason: "the id '\(document.id)' is already used by '\(earlier)', so this file is skipped; give one of them another id"
                ))
                continue
            }
            pathsByID[document.id] = file.path
            load.documents.append(document)
        }
        return load
    }

    /// Finds document files below `directory`, skipping reserved names.
    private func collectFiles(
        in directory: URL, relativePath: String,
        into files: inout [(url: URL, path: String)], visited: inout Set<String>
    ) throws {
        // A symbolic link back up the tree must not make the walk endless.
        guard visited.insert(directory.resolvingSymlinksInPath().path).inserted else { return }
        // Listing by path, because listing by URL returns nothing for a folder
        // that is a symbolic link in swift-corelibs-foundation.
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        for name in names {
            if name.hasPrefix(".") || name.hasPrefix("_") { continue }
            let entry = directory.appendingPathComponent(name)
            let path = relativePath.isEmpty ? name : relativePath + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: entry.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                try collectFiles(in: entry, relativePath: path, into: &files, visited: &visited)
            } else if Self.documentExtensions.contains(entry.pathExtension.lowercased()),
                      !Self.reservedNames.contains(name.lowercased()) {
                files.append((entry, path))
            }
        }
    }

    /// The built-in patterns plus the folder's `chrome.txt`.
    private func chromePatterns(problems: inout [KnowledgeProblem]) -> ChromePatterns {
        let url = folder.appendingPathComponent("chrome.txt")
        guard FileManager.default.fileExists(atPath: url.path) else { return .builtIn }
        do {
            let text = try KnowledgeFileReader.decode(Data(contentsOf: url), path: "chrome.txt")
            return .builtIn.merging(ChromePatterns(parsing: text, path: "chrome.txt", problems: &problems))
        } catch let failure as KnowledgeFileReader.Failure {
            problems.append(failure.problem)
        } catch {
            problems.append(KnowledgeProblem(path: "chrome.txt", reason: "cannot be read (\(Self.describe(error)))"))
        }
        return .builtIn
    }

    static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return nsError.localizedDescription
    }
}
