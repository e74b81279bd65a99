@testable import VraagbaakCore

/// The answer-type rules written out type by type, as `AnswerTypeDetector`
/// applied them before the one-pass scan (`AnswerTypeScan`): the reference
/// the scan's bits must equal. A number or a number word for a quantity, a
/// year, month or condition ("als", "zodra") for a time, a capitalised word inside the sentence for a
/// person or place (or a word that says where to go for a place), a cause word for a reason, a defining word for a definition.
extension AnswerTypeDetector {
    static func matches(_ type: QuestionType, sentence: Substring) -> Bool {
        // Only the types that look at words split the sentence into them.
        switch type {
        case .other: return false
        case .person: return hasInnerCapital(sentence)
        case .place where hasInnerCapital(sentence): return true
        case .quantity where sentence.contains(where: \.isNumber): return true
        default: break
        }
        let words = sentence.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { TextFolding.fold(String($0)) }
        switch type {
        case .quantity:
            return words.contains(where: numberWords.contains)
        case .time:
            let hasYear = words.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) && ($0.hasPrefix("19") || $0.hasPrefix("20")) }
            return hasYear || words.contains(where: timeWords.contains)
        case .person:
            return hasInnerCapital(sentence)
        case .place:
            return words.contains(where: placeWords.contains)
        case .reason:
            return words.contains(where: reasonWords.contains)
        case .definition:
            return words.contains(where: definitionWords.contains)
        case .other:
            return false
        }
    }

    /// A capitalised word that does not open the sentence: a name or place.
    static func hasInnerCapital(_ sentence: Substring) -> Bool {
        let words = sentence.split(separator: " ")
        return words.dropFirst().contains { word in
            guard let first = word.first(where: \.isLetter) else { return false }
            return first.isUppercase && word.count > 1
        }
    }
}
