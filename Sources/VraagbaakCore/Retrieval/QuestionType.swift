/// The kind of answer a question asks for, read from its question words.
///
/// It lets the ranking prefer, for "hoeveel", a sentence with a number, for
/// "wanneer" one with a year or date, for "wie" one that names a person or
/// organisation, for "waar" one that names a place.
public enum QuestionType: String, Sendable, Codable, CaseIterable {
    case quantity
    case time
    case person
    case place
    case reason
    case definition
    case other

    /// The phrases that ask for each type, in the order a tie is settled.
    static let triggers: [(QuestionType, [String])] = [
        (.quantity, ["hoeveel", "hoe veel", "hoe groot", "welk percentage", "hoeveelheid"]),
        (.time, ["wanneer", "welk jaar", "hoe lang", "sinds wanneer", "in welk jaar", "hoe laat"]),
        (.person, ["wie", "welke organisatie"]),
        (.place, ["waar", "in welke gemeente", "welke plaats"]),
        (.reason, ["waarom", "waardoor", "hoe komt"]),
    ]

    /// Reads the type from the folded words of a question (`words`, without
    /// stop words; `allWords`, when given, with them). When it holds the
    /// phrases of several types, the first one asks: "Wie bepaalt hoeveel
    /// procent arbeidsongeschikt ik ben?" asks for a person, the "hoeveel"
    /// is part of what the person decides.
    public static func of(words: [String], allWords: [String]? = nil) -> QuestionType {
        var first: (type: QuestionType, offset: Int)?
        for (type, phrases) in triggers {
            for phrase in phrases {
                guard let offset = firstOffset(of: phrase, in: words), offset < first?.offset ?? .max else { continue }
                first = (type, offset)
            }
        }
        if let first { return first.type }
        if words.first == "wat", words.count <= 6, asksWhatSomethingIs(allWords ?? words) { return .definition }
        return .other
    }

    /// The verbs that, right after "wat", ask what something is: "Wat is
    /// …?", "Wat betekent …?", "Wat houdt … in?", "Wat wordt bedoeld met …?".
    static let definitionVerbs: Set<String> = [
        "is", "zijn", "was", "waren", "betekent", "betekenen", "houdt", "houden", "wordt", "worden", "bedoelt", "bedoelen",
        "verstaat", "verstaan", "heet", "heten",
    ]

    /// Whether the word after "wat" asks what something is. A short "wat"
    /// question with another verb asks what one can do or what happens
    /// ("Wat kan ik regelen met mijn DigiD?", "Wat doet Figulus?"), which a
    /// sentence saying what something is ("digid staat voor digitale
    /// identiteit") does not answer; reading any short "wat" question as one
    /// gave such sentences the definition's type bonus. PolicyQA
    /// answer-contains 0.805 → 0.810 (three won, one lost), false-abstain
    /// 0.040 → 0.043, the bundled set unchanged. "Wat kost …" read as asking
    /// a number cost an answer ("Wat kost mediation?": the page says what
    /// the costs depend on).
    static func asksWhatSomethingIs(_ words: [String]) -> Bool {
        guard let wat = words.firstIndex(of: "wat"), wat + 1 < words.count else { return false }
        return definitionVerbs.contains(words[wat + 1])
    }

    /// The index of the first word of `phrase` (words separated by a space) in `words`, if it occurs.
    static func firstOffset(of phrase: String, in words: [String]) -> Int? {
        let parts = phrase.split(separator: " ")
        guard parts.count <= words.count else { return nil }
        return (0...(words.count - parts.count)).first { start in
            parts.indices.allSatisfy { words[start + $0] == parts[$0] }
        }
    }
}
