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

    /// Reads the type from the folded words of a question. When it holds the
    /// phrases of several types, the first one asks: "Wie bepaalt hoeveel
    /// procent arbeidsongeschikt ik ben?" asks for a person, the "hoeveel"
    /// is part of what the person decides.
    public static func of(words: [String]) -> QuestionType {
        let joined = " " + words.joined(separator: " ") + " "
        var first: (type: QuestionType, offset: Int)?
        for (type, phrases) in triggers {
            for phrase in phrases {
                guard let range = joined.range(of: " \(phrase) ") else { continue }
                let offset = joined.distance(from: joined.startIndex, to: range.lowerBound)
                if first == nil || offset < first!.offset { first = (type, offset) }
            }
        }
        if let first { return first.type }
        if words.first == "wat", words.count <= 6 { return .definition }
        return .other
    }
}
