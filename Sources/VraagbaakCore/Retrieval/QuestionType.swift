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

    /// Reads the type from the folded words of a question.
    public static func of(words: [String]) -> QuestionType {
        let joined = " " + words.joined(separator: " ") + " "
        if joined.contains(" hoeveel ") || joined.contains(" hoe veel ") || joined.contains(" hoe groot ")
            || joined.contains(" welk percentage ") || joined.contains(" hoeveelheid ") { return .quantity }
        if joined.contains(" wanneer ") || joined.contains(" welk jaar ") || joined.contains(" hoe lang ")
            || joined.contains(" sinds wanneer ") || joined.contains(" in welk jaar ") || joined.contains(" hoe laat ") {
            return .time
        }
        if joined.contains(" wie ") || joined.contains(" welke organisatie ") { return .person }
        if joined.contains(" waar ") || joined.contains(" in welke gemeente ") || joined.contains(" welke plaats ") {
            return .place
        }
        if joined.contains(" waarom ") || joined.contains(" waardoor ") || joined.contains(" hoe komt ") { return .reason }
        if words.first == "wat", words.count <= 6 { return .definition }
        return .other
    }
}
