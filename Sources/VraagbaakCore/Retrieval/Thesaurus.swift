import Foundation

/// Groups of words and phrases that mean the same to a resident, read from
/// `synonyms.txt` in the knowledge folder so editors can extend it without
/// recompiling.
///
/// Format: one group a line, members separated by `/` or `,`; a member may be
/// a phrase ("Wet maatschappelijke ondersteuning"); `#` starts a comment.
/// Members are analysed like any question, so "eenzaam" also matches
/// "eenzame". Expansion happens on the question side only.
public struct Thesaurus: Sendable {
    /// Each group's members as analysed term sequences.
    public private(set) var groups: [[[String]]] = []

    public init() {}

    public init(text: String, analyzer: Analyzer) {
        for line in text.split(whereSeparator: \.isNewline) {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let members = content.split(whereSeparator: { $0 == "/" || $0 == "," })
                .map { analyzer.analyze(String($0)).filter { !$0.isDerived }.map(\.text) }
                .filter { !$0.isEmpty }
            if members.count > 1 { groups.append(members) }
        }
    }

    /// Reads `synonyms.txt` from `folder`; a folder without one has an empty thesaurus.
    public static func load(from folder: URL, analyzer: Analyzer) throws -> Thesaurus {
        let url = folder.appendingPathComponent("synonyms.txt")
        guard FileManager.default.fileExists(atPath: url.path) else { return Thesaurus() }
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw RetrievalError.unreadableThesaurus(path: url.path)
        }
        return Thesaurus(text: text, analyzer: analyzer)
    }

    /// Where a member of a group occurs in `terms`: the start, the length and
    /// the other members of its group.
    public func matches(in terms: [String]) -> [(start: Int, length: Int, alternatives: [[String]])] {
        var result: [(Int, Int, [[String]])] = []
        for group in groups {
            for (memberIndex, member) in group.enumerated() where member.count <= terms.count {
                for start in 0...(terms.count - member.count) where Array(terms[start..<(start + member.count)]) == member {
                    var others = group
                    others.remove(at: memberIndex)
                    result.append((start, member.count, others))
                }
            }
        }
        return result
    }
}
