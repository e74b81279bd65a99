import Foundation

/// Reads one file of the knowledge folder into a `SourceDocument`, or says
/// why it cannot be used.
enum KnowledgeFileReader {
    /// A file that is skipped, with the problem to report.
    struct Failure: Error, Sendable {
        var problem: KnowledgeProblem
    }

    /// - Parameter path: The path relative to the knowledge folder.
    static func read(_ url: URL, path: String) throws(Failure) -> SourceDocument {
        let data: Data
        do {
            // The size is checked before reading, so a huge file costs nothing.
            // `lstat` gives the size `attributesOfItem` would; only when it fails
            // is Foundation asked, for the same error as before.
            let size = try FileStatus.of(url.path).map { Int($0.st_size) }
                ?? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
            if size > KnowledgeLoader.maximumFileSize {
                let megabytes = String(format: "%.1f", Double(size) / 1_048_576)
                throw failure(path, "is \(megabytes) MB; files over \(KnowledgeLoader.maximumFileSize / 1_048_576) MB are skipped, so split it into articles")
            }
            // An empty file is not read: Foundation on Linux leaks a 4 KB
            // buffer reading one (found with `swift test --sanitize=address`).
            data = size == 0 ? Data() : try Data(contentsOf: url)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw failure(path, "cannot be read (\(KnowledgeLoader.describe(error)))")
        }
        let text = try decode(data, path: path)
        let stem = url.deletingPathExtension().lastPathComponent
        switch url.pathExtension.lowercased() {
        case "html", "htm": return try html(text, path: path, stem: stem)
        case "txt": return try plainText(text, path: path, stem: stem)
        default: return try markdown(text, path: path, stem: stem)
        }
    }

    /// The file's text, refusing binary files and invalid UTF-8. A leading
    /// byte order mark is dropped.
    static func decode(_ data: Data, path: String) throws(Failure) -> String {
        if data.isEmpty { throw failure(path, "is empty; add the article text or remove the file") }
        // Checked on the bytes in place: reading `Data` through its iterator
        // a byte at a time was a few per cent of an index build.
        let (hasNUL, valid) = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return (bytes.contains(0), String(validating: bytes, as: UTF8.self))
        }
        if hasNUL {
            throw failure(path, "is a binary file (it contains NUL bytes), not text; convert it to .md, .txt or .html")
        }
        guard var text = valid else {
            let offset = firstInvalidUTF8Offset(in: data) ?? 0
            let line = data.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw Failure(problem: KnowledgeProblem(
                path: path, line: line,
                reason: "is not valid UTF-8 text; save it with UTF-8 encoding"
            ))
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return text
    }

    /// The byte offset of the first byte that is not part of valid UTF-8.
    private static func firstInvalidUTF8Offset(in data: Data) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    // MARK: - Formats

    private static func markdown(_ text: String, path: String, stem: String) throws(Failure) -> SourceDocument {
        let result: FrontMatterReader.Result
        do {
            result = try FrontMatterReader().read(text)
        } catch {
            throw Failure(problem: KnowledgeProblem(
                path: path, line: error.line, reason: "broken front matter: \(error.reason)"
            ))
        }
        let body = String(result.body)
        guard body.contains(where: { !$0.isWhitespace }) else {
            throw failure(path, result.fields == nil
                ? "has no text; add the article text or remove the file"
                : "has no text after its front matter; add the article text below the closing '---'")
        }
        let fields = result.fields ?? FrontMatterReader.Fields()
        let id = fields.id ?? stem
        return SourceDocument(
            id: id, title: fields.title ?? guessTitle(body, markdown: true) ?? id,
            publisher: fields.publisher, url: fields.url, date: fields.date, author: fields.author,
            path: path, text: body
        )
    }

    private static func plainText(_ text: String, path: String, stem: String) throws(Failure) -> SourceDocument {
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw failure(path, "has no text; add the article text or remove the file")
        }
        return SourceDocument(id: stem, title: guessTitle(text, markdown: false) ?? stem, path: path, text: text)
    }

    private static func html(_ text: String, path: String, stem: String) throws(Failure) -> SourceDocument {
        let page = HTMLTextExtractor().extract(text)
        guard page.text.contains(where: { !$0.isWhitespace }) else {
            throw failure(path, "has no text outside scripts, navigation, header and footer")
        }
        return SourceDocument(
            id: stem, title: page.title ?? stem,
            publisher: page.publisher, url: page.url, date: page.date, author: page.author,
            path: path, text: page.text
        )
    }

    /// The first Markdown heading (for Markdown), else the first non-empty
    /// line if it looks like a title.
    static func guessTitle(_ text: String, markdown: Bool) -> String? {
        let lines = SourceLine.lines(in: text).map { text[LineShape.trimmed($0.range, in: text)] }
        if markdown {
            for line in lines {
                let hashes = line.prefix { $0 == "#" }
                let heading = line[hashes.endIndex...]
                if (1...6).contains(hashes.count), heading.first?.isWhitespace == true {
                    let title = heading.trimmingCharacters(in: .whitespaces)
                    if !title.isEmpty { return title }
                }
            }
        }
        guard let first = lines.first(where: { !$0.isEmpty }), LineShape.looksLikeTitle(first) else { return nil }
        return String(first)
    }

    private static func failure(_ path: String, _ reason: String) -> Failure {
        Failure(problem: KnowledgeProblem(path: path, reason: reason))
    }
}
