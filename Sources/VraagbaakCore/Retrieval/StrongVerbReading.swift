/// Reads a past form of a strong verb that no article uses as its
/// infinitive: "Welke gemeenten heeft de schrijfster bezocht?" asks about a
/// "bezoek", which the articles hold ("op bezoek in Aalten").
///
/// Strong verbs change their vowel ("bezoeken", "bezocht"; "schrijven",
/// "schreef", "geschreven"), so neither the stemmer nor `ParticipleFilter`
/// can lead from one form to the other; the forms come from `StrongVerbs`.
/// Only a question word whose own term no passage or title holds is read
/// so: in the analysis chain for pages and questions alike, the added
/// infinitives changed answers that the written forms already found (a
/// near-tie and a follow-up of the bundled set were lost, and PolicyQA did
/// not move; docs/evaluation.md, sixth round), and a word the articles use
/// is answered by that word.
enum StrongVerbReading {
    /// Prefixes a strong verb form can carry: the inseparable ones and the
    /// separable ones `ParticipleFilter` knows.
    static let prefixes = ["be", "er", "her", "ont", "ver"] + ParticipleFilter.separablePrefixes

    /// Adds to each concept of `query` whose term `isKnown` rejects, and
    /// which is a strong verb's past form, its infinitive's term (`analyze`
    /// gives it) at `weight`, when that term is known.
    static func add(to query: inout AnalyzedQuery, weight: Double, analyze: (String) -> String?, isKnown: (String) -> Bool) {
        for index in query.concepts.indices {
            let concept = query.concepts[index]
            guard let own = concept.alternatives.first?.terms, own.count == 1, !isKnown(own[0]),
                let verb = infinitive(of: concept.surface), let term = analyze(verb), isKnown(term)
            else { continue }
            query.concepts[index].alternatives.append(.init(terms: [term], weight: weight, origin: .verbForm))
        }
    }

    /// The infinitive `word` (folded) is a past form of, if any: a past
    /// tense ("schreef"), "ge" and a participle ("geschreven"), or either
    /// after a prefix ("beschreven", "opgeschreven", "bezocht"). Forms that
    /// alone are mostly another word (`StrongVerbs.ambiguousForms`) count
    /// only with a prefix.
    static func infinitive(of word: String) -> String? {
        guard word.count >= 3, word.allSatisfy(\.isLetter) else { return nil }
        if !StrongVerbs.ambiguousForms.contains(word), let verb = bareInfinitive(of: word) {
            return verb == word ? nil : verb
        }
        for prefix in prefixes where word.hasPrefix(prefix) {
            let rest = String(word.dropFirst(prefix.count))
            guard rest.count >= 3 else { continue }
            if let verb = bareInfinitive(of: rest) ?? StrongVerbs.participleStems[rest] {
                let infinitive = prefix + verb
                return infinitive == word ? nil : infinitive
            }
        }
        return nil
    }

    private static func bareInfinitive(of word: String) -> String? {
        if let verb = StrongVerbs.pastForms[word] ?? StrongVerbs.participlesWithoutGe[word] { return verb }
        guard word.hasPrefix("ge"), word.count >= 5 else { return nil }
        return StrongVerbs.participleStems[String(word.dropFirst(2))]
    }
}
