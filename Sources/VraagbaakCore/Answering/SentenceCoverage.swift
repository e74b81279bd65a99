/// How much of a question a sentence holds, over term ids: the composer
/// measures many sentences per question, and comparing ids of terms the
/// index stored is cheaper than analysing each sentence's text again.
///
/// Only the concepts that carry the question count: the words of the story
/// around it and filler words help retrieval but do not have to be in the
/// answer.
struct SentenceCoverage: Sendable {
    /// The carrying concepts: their weight, and per alternative its weight,
    /// its term count, the ids of its terms (nil for a term no passage or
    /// title holds, which no sentence can contain) and whether it counts only
    /// when all of them are there (`countsOnlyWhole`).
    private let concepts: [(weight: Double, alternatives: [(weight: Double, count: Int, ids: [UInt32?], whole: Bool)])]
    private let total: Double
    /// A concept carries the question when its importance is above this:
    /// story words (0.15) and filler words (0.3) do not. The default is 0.3.
    static let carryingImportance = 0.3

    init(_ retrieval: RetrievalResult, termID: (String) -> UInt32?) {
        let carriesQuestion = zip(retrieval.query.concepts, retrieval.conceptWeights)
            .filter { $0.0.importance > Self.carryingImportance }
        // Words that name the article asked about need not be in the answer,
        // unless they are all the question has ("Wat staat er in de blog over X?").
        let asked = carriesQuestion.filter { !$0.0.namesDocument }
        let carrying = (asked.isEmpty ? carriesQuestion : asked)
            .map { concept, weight in (concept, weight * Self.nameShare(concept.nameLength)) }
        total = carrying.map(\.1).reduce(0, +)
        concepts = carrying.map { concept, weight in
            (weight, concept.alternatives.map { ($0.weight, $0.terms.count, $0.terms.map(termID), $0.countsOnlyWhole) })
        }
    }

    /// How much each word of a name of `length` words counts: together they
    /// weigh as (length + 1) / 2 words. A name is one thing, and its three
    /// words should not outweigh the one word a question asks about it
    /// ("Wat adviseert Sociaal Werk Nederland over beschermingsbewind?" quoted
    /// "Dat stelt brancheorganisatie Sociaal Werk Nederland."); but a name of
    /// several words is also more specific than one word, and often what the
    /// question is about ("Welke taken heeft de Tweede Kamer?"). Counting a
    /// name as one word helped the bundled dev set and cost PolicyQA; half
    /// way helps the first and leaves the second as it was (docs/evaluation.md).
    /// Retrieval counts every word in full.
    static func nameShare(_ length: Int) -> Double {
        length <= 1 ? 1 : Double(length + 1) / Double(2 * length)
    }

    /// The weighted share of the question's carrying concepts that `terms` hold, 0 to 1.
    func coverage(of terms: Set<UInt32>) -> Double {
        guard total > 0 else { return 0 }
        var covered = 0.0
        for concept in concepts {
            let best = concept.alternatives.map { alternative in
                let present = alternative.ids.filter { $0.map(terms.contains) ?? false }.count
                guard !alternative.whole || present == alternative.count else { return 0.0 }
                return alternative.weight * Double(present) / Double(max(alternative.count, 1))
            }.max() ?? 0
            covered += concept.weight * best
        }
        return covered / total
    }
}
