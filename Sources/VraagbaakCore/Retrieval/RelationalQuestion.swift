/// A question that asks for one thing *of* another: "Wie is de directeur van
/// Samen Doen?", "Wat is het telefoonnummer van Figulus?", "Hoe lang is de
/// wachttijd voor schuldhulpverlening?".
///
/// Such a question is answered only by a sentence in which the two stand
/// together. An article may name a director and, a paragraph further,
/// Samen Doen; a sentence about Figulus's director then holds every word
/// of the question in its passage and looks like an answer, but says
/// nothing about Samen Doen's. So the answer composer asks that the best
/// sentence, read with the sentence before it and its heading and title,
/// hold the asked thing (the focus) and something of what it belongs to
/// (the complement) (`AnswerComposer.relationFactor`).
///
/// Read narrowly: a question word, a form of "zijn", an article or
/// possessive, at most one adjective, the focus, and "van", "voor", "bij",
/// "in" or "op" with what follows. "Wat is volgens de blog …" has no
/// article after "is" and is not read so.
public struct RelationalQuestion: Sendable, Hashable {
    /// The asked thing, as a folded word of the question ("directeur").
    public var focus: String
    /// The content words of what it belongs to ("samen", "doen").
    public var complement: [String]

    static let questionWords: Set<String> = ["wat", "wie", "welke", "welk", "hoeveel"]
    static let measures: Set<String> = ["lang", "vaak", "hoog", "oud", "groot", "laat", "ver", "duur", "veel"]
    static let copulas: Set<String> = ["is", "zijn", "was", "waren"]
    static let determiners: Set<String> = ["de", "het", "een", "hun", "zijn", "haar", "uw", "jullie"]
    static let prepositions: Set<String> = ["van", "voor"]

    /// Reads the relation from the folded words of the question's asking
    /// sentence; nil when it asks no such thing.
    public init?(words: [String]) {
        var rest = words[...]
        guard let first = rest.popFirst() else { return nil }
        if first == "hoe" {
            guard let measure = rest.popFirst(), Self.measures.contains(measure) else { return nil }
        } else if !Self.questionWords.contains(first) {
            return nil
        }
        guard let copula = rest.popFirst(), Self.copulas.contains(copula),
            let determiner = rest.popFirst(), Self.determiners.contains(determiner)
        else { return nil }
        // The focus is followed by the preposition; one adjective may stand before it.
        guard let prepositionIndex = rest.prefix(3).firstIndex(where: Self.prepositions.contains),
            prepositionIndex > rest.startIndex
        else { return nil }
        let focus = rest[prepositionIndex - 1]
        let complement = rest[(prepositionIndex + 1)...].filter { !DutchStopWords.all.contains($0) }
        guard !DutchStopWords.all.contains(focus), !complement.isEmpty else { return nil }
        self.focus = focus
        self.complement = Array(complement)
    }
}
