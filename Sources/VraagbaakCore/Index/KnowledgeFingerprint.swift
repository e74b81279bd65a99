import Foundation

/// A hash of every file in a knowledge folder, so an index can tell whether
/// it still matches the folder it was built from.
///
/// `FNV1aHash` over each file's relative path and bytes (for a file over
/// `KnowledgeLoader.maximumFileSize`, which is never loaded: its size and
/// modification time).
public enum KnowledgeFingerprint {
    public static func of(folder: URL, analysis: AnalysisOptions = AnalysisOptions()) throws -> String {
        let files = try files(in: folder)
        return of(files: files, attributes: attributes(of: files), analysis: analysis)
    }

    /// What else decides an index's content besides the files: the schema
    /// version and the analysis options. Both hashes start with it.
    private static func settings(_ analysis: AnalysisOptions) -> String {
        "schema \(IndexStore.schemaVersion) stemming \(analysis.stemming) compounds \(analysis.compoundSplitting) participles \(analysis.participles) plurals \(analysis.plurals)"
    }

    /// `of(folder:)` over a listing made by `files(in:)` and its `attributes(of:)`.
    static func of(files: [(String, URL)], attributes: [[FileAttributeKey: Any]?], analysis: AnalysisOptions) -> String {
        var hash = FNV1aHash()
        hash.mix(settings(analysis).utf8)
        for ((relative, url), attributes) in zip(files, attributes) {
            hash.mix(relative.utf8)
            hash.mix([0])
            let size = attributes?[.size] as? Int ?? 0
            if size > KnowledgeLoader.maximumFileSize {
                // Too big to be loaded, so too big to read here: its size and time stand for it.
                let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                hash.mix("size \(size) modified \(modified)".utf8)
            } else if size > 0, let data = try? Data(contentsOf: url) {
                data.withUnsafeBytes { hash.mix($0) }
            }
            hash.mix([0])
        }
        return hash.hexadecimal
    }

    /// A hash of every file's relative path, size, modification time and
    /// file number, without reading the files: what an index opening
    /// compares first, so an unchanged folder is not read at all. Only when
    /// the stamps differ does the opening hash the bytes (`of(folder:)`).
    /// A file rewritten with the same size within the same modification time
    /// (to the nanosecond) and file number goes unnoticed, as it does for make.
    public static func stamp(of folder: URL, analysis: AnalysisOptions = AnalysisOptions()) throws -> String {
        let files = try files(in: folder)
        return stamp(files: files, attributes: attributes(of: files), analysis: analysis)
    }

    /// `stamp(of:)` over a listing made by `files(in:)` and its `attributes(of:)`.
    static func stamp(files: [(String, URL)], attributes: [[FileAttributeKey: Any]?], analysis: AnalysisOptions) -> String {
        var hash = FNV1aHash()
        hash.mix(("stamp " + settings(analysis)).utf8)
        for ((relative, _), attributes) in zip(files, attributes) {
            hash.mix(relative.utf8)
            hash.mix([0])
            let size = attributes?[.size] as? Int ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let number = attributes?[.systemFileNumber] as? Int ?? 0
            hash.mix("\(size) \(modified.bitPattern) \(number)".utf8)
            hash.mix([0])
        }
        return hash.hexadecimal
    }

    /// Each file's attributes (nil when they cannot be read), read once for both the stamp and the hash.
    static func attributes(of files: [(String, URL)]) -> [[FileAttributeKey: Any]?] {
        files.map { try? FileManager.default.attributesOfItem(atPath: $0.1.path) }
    }

    /// Regular files below `folder`, sorted by relative path.
    static func files(in folder: URL) throws -> [(String, URL)] {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var result: [(String, URL)] = []
        for case let url as URL in enumerator {
            guard FileStatus.isRegularFile(url.path) else { continue }
            // An index kept inside the folder is not part of its content.
            if ["sqlite", "sqlite-journal", "sqlite-wal", "sqlite-shm", "tmp"].contains(url.pathExtension) { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            result.append((relative, url))
        }
        return result.sorted { $0.0 < $1.0 }
    }
}
