import Foundation

/// One generated article: a title and paragraphs of sentences taken verbatim
/// from a real knowledge folder.
public struct SyntheticDocument: Sendable, Hashable {
    public var id: String
    public var title: String
    public var paragraphs: [[String]]

    /// The article as a Markdown file with front matter.
    public var markdown: String {
        let escapedTitle = title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        var text = "---\nid: \(id)\ntitle: \"\(escapedTitle)\"\npublisher: \"Synthetisch\"\n---\n"
        text += paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n\n")
        return text + "\n"
    }
}

/// Makes large knowledge folders for `vraagbaak bench` out of a small real
/// one: every synthetic paragraph is a random sequence of real sentences,
/// so the vocabulary, word lengths and term frequencies are those of real
/// Dutch articles. The generator is seeded, so the same seed and sentences
/// always give the same folder.
public struct SyntheticKnowledge: Sendable {
    /// The sentences to sample from, each verbatim from a source document.
    public let sentences: [String]
    /// The default is 0x5642_4B31 ("VBK1").
    public var seed: UInt64 = 0x5642_4B31
    /// Paragraphs per generated article; each becomes about one passage. The default is 10.
    public var paragraphsPerDocument = 10
    /// Words per paragraph: sentences are added until the paragraph has at
    /// least a length drawn from this range. The default is 50...110, inside
    /// the passage builder's 40–150 words.
    public var paragraphWords = 50...110

    public init(sentences: [String]) {
        self.sentences = sentences
    }

    /// The usable sentences of a knowledge folder: those of its passages, as
    /// cleaning and passage building find them (so no site chrome), with at
    /// least four words and on one line.
    public static func sentences(of folder: URL) throws -> [String] {
        let loaded = try KnowledgeLoader(folder: folder).load()
        let cleaning = DocumentCleaner(patterns: loaded.chromePatterns).clean(loaded.documents)
        let builder = PassageBuilder()
        var result: [String] = []
        var seen = Set<String>()
        for cleaned in cleaning.documents {
            let text = cleaned.document.text
            for passage in builder.passages(of: cleaned) {
                for range in passage.sentences {
                    let sentence = String(text[range])
                    guard !sentence.contains(where: \.isNewline), LineShape.wordCount(sentence) >= 4 else { continue }
                    if seen.insert(sentence).inserted { result.append(sentence) }
                }
            }
        }
        return result
    }

    /// The articles needed for about `passages` passages, numbered from 1.
    public func documents(passages: Int) -> [SyntheticDocument] {
        guard !sentences.isEmpty, passages > 0 else { return [] }
        var random = SplitMix64(seed: seed)
        let count = (passages + paragraphsPerDocument - 1) / paragraphsPerDocument
        let width = String(count).count
        return (1...count).map { number in
            let paragraphCount = number == count ? passages - (count - 1) * paragraphsPerDocument : paragraphsPerDocument
            let paragraphs = (0..<paragraphCount).map { _ in paragraph(&random) }
            let digits = String(number)
            let id = "synthetisch-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
            return SyntheticDocument(id: id, title: Self.title(from: paragraphs[0][0]), paragraphs: paragraphs)
        }
    }

    /// Writes about `passages` passages of articles into `folder`, in
    /// subfolders of 1,000 files, and returns how many articles it wrote.
    @discardableResult
    public func write(passages: Int, into folder: URL) throws -> Int {
        let documents = documents(passages: passages)
        for (index, document) in documents.enumerated() {
            let subfolder = folder.appendingPathComponent(String(format: "%03d", index / 1000), isDirectory: true)
            if index % 1000 == 0 {
                try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
            }
            try Data(document.markdown.utf8).write(to: subfolder.appendingPathComponent(document.id + ".md"))
        }
        return documents.count
    }

    private func paragraph(_ random: inout SplitMix64) -> [String] {
        let target = random.next(in: paragraphWords)
        var chosen: [String] = []
        var words = 0
        while words < target {
            let sentence = sentences[random.next(below: sentences.count)]
            chosen.append(sentence)
            words += LineShape.wordCount(sentence)
        }
        return chosen
    }

    /// A headline: the first six words of the article's first sentence.
    static func title(from sentence: String) -> String {
        let words = sentence.split(whereSeparator: \.isWhitespace).prefix(6)
        let title = words.joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
        return title.isEmpty ? "Artikel" : title
    }
}
