/// The set a share is asked of: "ggz-cliënten" in "Hoeveel procent van de
/// ggz-cliënten woont zelfstandig?", "ouderen" in "Welk deel van de ouderen
/// …?".
///
/// A number answers such a question only in a sentence about that set. An
/// article may give the share of one group ("80% van de demente ouderen
/// woont nu nog zelfstandig thuis.") right before it names another
/// ("Ggz-cliënten komen in de wijken wonen."): the first sentence holds a
/// number and every other word of the question, and looks like an answer,
/// but says nothing about the share asked for. So the answer composer
/// counts a number only in a sentence that names the set
/// (`SentenceCandidate.holdsQuantifiedSet`).
///
/// Read narrowly: "hoeveel", "welk" or "welke", then "procent",
/// "percentage", "deel" or "aandeel", then "van", at most one article or
/// "alle", and the set's first word.
public struct QuantifiedSet: Sendable, Hashable {
    /// The set's first word, folded ("ggz" of "ggz-cliënten").
    public var word: String

    static let shares: Set<String> = ["procent", "deel", "percentage", "aandeel"]
    static let determiners: Set<String> = ["de", "het", "alle", "die", "deze"]

    /// Reads the set from the folded words of the question's asking sentence; nil when it asks no share of a set.
    public init?(words: [String]) {
        guard let start = words.firstIndex(where: { ["hoeveel", "welk", "welke"].contains($0) }) else { return nil }
        var rest = words[(start + 1)...]
        guard let share = rest.popFirst(), Self.shares.contains(share), rest.popFirst() == "van" else { return nil }
        if let first = rest.first, Self.determiners.contains(first) { rest = rest.dropFirst() }
        guard let word = rest.first, !DutchStopWords.all.contains(word), !word.allSatisfy(\.isNumber) else { return nil }
        self.word = word
    }
}
