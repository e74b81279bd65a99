import Foundation

/// Recognises questions that signal danger or crisis, from trigger phrases
/// an organisation keeps in `prompts/urgent/<need>.txt`.
///
/// A trigger is a phrase of words; a word ending in `*` matches every word
/// that starts with it ("mishandel*" matches "mishandeld", "mishandeling").
/// Matching ignores case, diacritics and punctuation and needs the words in
/// order and next to each other, so "slaat me" triggers but "slaat de brug"
/// does not. Phrases are deliberately specific: a false alarm costs a
/// resident one extra line, a missed one can cost far more, but a bot that
/// shouts "bel 112" at every question about "gevaar" stops being read.
public struct UrgentHelpDetector: Sendable {
    /// One word of a trigger phrase.
    enum Pattern: Sendable, Hashable {
        case word(String)
        case prefix(String)

        func matches(_ word: String) -> Bool {
            switch self {
            case .word(let expected): word == expected
            case .prefix(let start): word.hasPrefix(start)
            }
        }
    }

    private var triggers: [UrgentNeed: [[Pattern]]]

    /// A detector that never triggers, for tests and for deployments without trigger files.
    public static let none = UrgentHelpDetector(triggers: [:])

    /// Builds a detector from phrases per need (the format of the trigger files, one phrase each).
    public init(phrases: [UrgentNeed: [String]]) {
        var triggers: [UrgentNeed: [[Pattern]]] = [:]
        for (need, list) in phrases {
            triggers[need] = list.compactMap(Self.pattern(of:))
        }
        self.triggers = triggers
    }

    private init(triggers: [UrgentNeed: [[Pattern]]]) {
        self.triggers = triggers
    }

    /// Reads `folder/<need>.txt` for every need. A missing file is an error:
    /// an organisation that deletes one should see it at start, not never.
    public static func load(from folder: URL) throws -> UrgentHelpDetector {
        var phrases: [UrgentNeed: [String]] = [:]
        for need in UrgentNeed.allCases {
            let url = folder.appendingPathComponent(need.triggerFile)
            let shownPath = "\(folder.deletingLastPathComponent().lastPathComponent)/\(folder.lastPathComponent)/\(need.triggerFile)"
            phrases[need] = try PromptFile.text(at: url, shownAs: shownPath).split(whereSeparator: \.isNewline).map(String.init)
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        }
        return UrgentHelpDetector(phrases: phrases)
    }

    /// The needs a question signals, most urgent first (the order of `UrgentNeed.allCases`).
    public func needs(in question: String) -> [UrgentNeed] {
        needs(inWords: Self.words(of: question))
    }

    /// The same, from the question's words as `words(of:)` gives them.
    func needs(inWords words: [String]) -> [UrgentNeed] {
        guard !words.isEmpty else { return [] }
        return UrgentNeed.allCases.filter { need in
            (triggers[need] ?? []).contains { Self.occurs($0, in: words) }
        }
    }

    /// Lower-cased words without diacritics; apostrophes join ("z'n" → "zn").
    static func words(of text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: [String] = []
        var current = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "'" || character == "’" {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func pattern(of phrase: String) -> [Pattern]? {
        let trimmed = phrase.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
        let patterns: [Pattern] = trimmed.split(separator: " ").compactMap { raw in
            let isPrefix = raw.hasSuffix("*")
            guard let word = words(of: String(raw)).first else { return nil }
            return isPrefix ? .prefix(word) : .word(word)
        }
        return patterns.isEmpty ? nil : patterns
    }

    static func occurs(_ phrase: [Pattern], in words: [String]) -> Bool {
        guard phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) {
            if phrase.indices.allSatisfy({ phrase[$0].matches(words[start + $0]) }) { return true }
        }
        return false
    }
}
