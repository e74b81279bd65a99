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

    /// The largest file that is read, in bytes: 20 MB. An article is a few
    /// kilobytes and a long report a few megabytes; a bigger file is almost
    /// always an export or a dump put in the wrong place, and reading,
    /// cleaning and analysing it would take minutes and gigabytes of memory.
    /// Bigger files are reported and skipped.
    public static let maximumFileSize = 20 * 1024 * 1024

    /// A document file found in the folder, before it is read.
    struct FoundFile: Sendable {
        var url: URL
        /// The path relative to the folder, with `/` separators.
        var path: String
    }

    /// - Throws: `KnowledgeError` when the folder is missing, unreadable or
    ///   holds no document files.
    public func load() throws -> KnowledgeLoad {
        var load = KnowledgeLoad(documents: [], problems: [], chromePatterns: .builtIn)
        let files = try findFiles(problems: &load.problems)
        read(files, into: &load)
        return load
    }

    /// Lists the document files in sorted path order; files and folders
    /// that cannot be used (symbolic links out of the folder, subfolders
    /// that cannot be listed) are added to `problems`.
    func findFiles(problems: inout [KnowledgeProblem]) throws -> [FoundFile] {
        let shownPath = folder.relativePath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            throw KnowledgeError.folderNotFound(path: shownPath)
        }
        guard isDirectory.boolValue else { throw KnowledgeError.notAFolder(path: shownPath) }

        var walk = FolderWalk(root: folder.resolvingSymlinksInPath().standardizedFileURL.path)
        do {
            try walk.collect(in: folder, relativePath: "")
        } catch {
            throw KnowledgeError.folderUnreadable(path: shownPath, reason: Self.describe(error))
        }
        guard !walk.files.isEmpty else {
            if !walk.problems.isEmpty { problems += walk.problems }
            throw KnowledgeError.noKnowledgeFiles(path: shownPath)
        }
        problems += walk.problems
        return walk.files.sorted { $0.path < $1.path }
    }

    /// Reads `files` into documents; a file that cannot be used (including
    /// one that vanished since it was listed) becomes a problem.
    func read(_ files: [FoundFile], into load: inout KnowledgeLoad) {
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

/// The recursive listing of a knowledge folder.
private struct FolderWalk {
    /// The folder's real path, without symbolic links.
    let root: String
    var files: [KnowledgeLoader.FoundFile] = []
    var problems: [KnowledgeProblem] = []
    /// Real paths of the folders already listed: a symbolic link back up the
    /// tree must not make the walk endless.
    private var visited: Set<String> = []

    init(root: String) {
        self.root = root
    }

    /// Finds document files below `directory`, skipping reserved names. Only
    /// the top folder's listing may throw; a subfolder that cannot be listed
    /// is a problem.
    mutating func collect(in directory: URL, relativePath: String) throws {
        guard visited.insert(directory.resolvingSymlinksInPath().path).inserted else { return }
        // Listing by path, because listing by URL returns nothing for a folder
        // that is a symbolic link in swift-corelibs-foundation.
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch where !relativePath.isEmpty {
            problems.append(KnowledgeProblem(
                path: relativePath, reason: "this folder cannot be read (\(KnowledgeLoader.describe(error))), so it is skipped"))
            return
        }
        for name in names {
            if name.hasPrefix(".") || name.hasPrefix("_") { continue }
            let entry = directory.appendingPathComponent(name)
            let path = relativePath.isEmpty ? name : relativePath + "/" + name
            let isDocumentName = KnowledgeLoader.documentExtensions.contains(entry.pathExtension.lowercased())
                && !KnowledgeLoader.reservedNames.contains(name.lowercased())
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: entry.path, isDirectory: &isDirectory)
            let linkTarget = try? FileManager.default.destinationOfSymbolicLink(atPath: entry.path)
            if let linkTarget {
                guard exists else {
                    if isDocumentName {
                        problems.append(KnowledgeProblem(
                            path: path, reason: "is a symbolic link to '\(linkTarget)', which does not exist, so it is skipped"))
                    }
                    continue
                }
                let real = entry.resolvingSymlinksInPath().standardizedFileURL.path
                guard real == root || real.hasPrefix(root + "/") else {
                    if isDocumentName || isDirectory.boolValue {
                        problems.append(KnowledgeProblem(
                            path: path,
                            reason: "is a symbolic link to '\(real)', outside the knowledge folder, so it is skipped; copy the file into the folder instead"))
                    }
                    continue
                }
            }
            guard exists else { continue }
            if isDirectory.boolValue {
                try collect(in: entry, relativePath: path)
            } else if isDocumentName {
                files.append(KnowledgeLoader.FoundFile(url: entry, path: path))
            }
        }
    }
}
