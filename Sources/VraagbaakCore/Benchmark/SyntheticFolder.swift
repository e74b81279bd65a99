import Foundation

/// A knowledge folder for measuring at scale: the real pages of a source
/// folder (with its `synonyms.txt` and `chrome.txt`), so questions about
/// them can still be scored, and about `passages` synthetic passages made of
/// its sentences in `synthetic/`.
public struct SyntheticFolder: Sendable {
    /// The file that marks a folder as generated, so it may be replaced.
    static let marker = ".vraagbaak-synthetic"

    public var source: URL
    public var passages: Int
    public var seed: UInt64
    public var out: URL

    public init(source: URL, passages: Int, seed: UInt64, out: URL? = nil) {
        self.source = source
        self.passages = passages
        self.seed = seed
        self.out = out ?? Self.defaultLocation(source: source, passages: passages, seed: seed)
    }

    /// Beside the default index of `source`, named after it (folder name and
    /// path hash, so two folders called `knowledge` do not meet):
    /// `…/vraagbaak/synthetic-<folder>-<hash>-<N>-<seed>`.
    public static func defaultLocation(
        source: URL, passages: Int, seed: UInt64, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        let index = URL(fileURLWithPath: IndexLocation.defaultPath(for: source, environment: environment))
        let stem = index.deletingPathExtension().lastPathComponent.trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return index.deletingLastPathComponent().appendingPathComponent("synthetic-\(stem)-\(passages)-\(seed)", isDirectory: true)
    }

    /// Writes the folder, replacing an earlier generated one, and returns it.
    /// A folder at `out` that this generator did not make is left alone.
    @discardableResult
    public func make() throws -> URL {
        let files = FileManager.default
        let description = "source: \(source.standardizedFileURL.path)\npassages: \(passages)\nseed: \(seed)\n"
        let markerURL = out.appendingPathComponent(Self.marker)
        if files.fileExists(atPath: out.path) {
            if let existing = files.contents(atPath: markerURL.path), String(decoding: existing, as: UTF8.self) == description {
                return out  // the same source, size and seed: the same text
            }
            guard files.fileExists(atPath: markerURL.path) else { throw SyntheticFolderError.notGenerated(path: out.path) }
            try files.removeItem(at: out)
        }
        let sentences = try SyntheticKnowledge.sentences(of: source)
        guard !sentences.isEmpty else { throw SyntheticFolderError.noSentences(folder: source.path) }
        try files.createDirectory(at: out, withIntermediateDirectories: true)
        for name in try files.contentsOfDirectory(atPath: source.path) where !name.hasPrefix(".") {
            try files.copyItem(at: source.appendingPathComponent(name), to: out.appendingPathComponent(name))
        }
        var generator = SyntheticKnowledge(sentences: sentences)
        generator.seed = seed
        try generator.write(passages: passages, into: out.appendingPathComponent("synthetic", isDirectory: true))
        try Data(description.utf8).write(to: markerURL)
        return out
    }
}

/// Why a synthetic folder could not be made.
public enum SyntheticFolderError: LocalizedError, Sendable {
    case notGenerated(path: String)
    case noSentences(folder: String)

    public var errorDescription: String? {
        switch self {
        case .notGenerated(let path):
            return "'\(path)' exists and was not made by vraagbaak bench; it is left alone. Pass --out with a new or generated folder."
        case .noSentences(let folder):
            return "No usable sentences in '\(folder)' to generate articles from. Pass --from with a folder of articles."
        }
    }
}
