/// Checks `answer_contains` groups against an answer: case, diacritics and
/// runs of white space (non-breaking spaces included) do not matter.
public enum AnswerMatcher {
    public static func normalize(_ text: String) -> String {
        TextFolding.fold(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    public static func satisfies(_ answer: String, groups: [[String]]) -> Bool {
        let normalized = normalize(answer)
        return groups.allSatisfy { group in group.contains { normalized.contains(normalize($0)) } }
    }
}
