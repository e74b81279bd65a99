import Foundation

/// A hash of every file in a knowledge folder, so an index can tell whether
/// it still matches the folder it was built from.
///
/// FNV-1a (64 bit) over each file's relative path and bytes: this detects
/// change, it is no security measure, and it needs no crypto package.
public enum KnowledgeFingerprint {
    public static func of(folder: URL, analysis: AnalysisOptions = AnalysisOptions()) throws -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        mix("schema \(IndexStore.schemaVersion) stemming \(analysis.stemming) compounds \(analysis.compoundSplitting)".utf8)
        for (relative, url) in try files(in: folder) {
            mix(relative.utf8)
            mix([0])
            if let data = try? Data(contentsOf: url) { mix(data) }
            mix([0])
        }
        return String(hash, radix: 16)
    }

    /// Regular files below `folder`, sorted by relative path.
    static func files(in folder: URL) throws -> [(String, URL)] {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var result: [(String, URL)] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            // An index kept inside the folder is not part of its content.
            if ["sqlite", "sqlite-journal", "sqlite-wal", "sqlite-shm", "tmp"].contains(url.pathExtension) { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            result.append((relative, url))
        }
        return result.sorted { $0.0 < $1.0 }
    }
}
