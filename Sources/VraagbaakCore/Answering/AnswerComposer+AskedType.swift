/// The sentence that gives the kind of answer the best sentence lacks.
///
/// A question that restates what an article says before asking about it
/// ("Wie erkennen dat er in die wijken meer politie en jongerenwerkers nodig
/// zijn?") holds most of the words of that statement ("Het zijn de wijken
/// waar dringend behoefte is aan zowel meer politie als meer
/// jongerenwerkers."), while the names it asks for follow a few sentences on
/// ("Een noodzaak die inmiddels breed wordt onderkend. Door burgemeesters, de
/// Inspectie Jeugd en Veiligheid ..."), sharing no word with it.
extension AnswerComposer {
    /// The question types whose answer a sentence is found to hold reliably
    /// enough to be looked for: a number, a date, a name. A cause word is
    /// not ("door" opens as many lists of examples as causes: looking for one
    /// cost a "Waarom" question of the bundled set its answer), nor is a
    /// place (any capitalised word).
    static let typesLookedFor: Set<QuestionType> = [.quantity, .time, .person]

    /// The first sentence at most `AnswerOptions.askedTypeReach` sentences
    /// after `best` in its passage that holds the kind of answer asked for,
    /// when `best` does not; nil otherwise. It is quoted right after the best
    /// sentence (and the one the best leans on), before sentences that merely
    /// score well.
    func askedTypeNeighbour(of best: SentenceCandidate, type: QuestionType, in candidates: [SentenceCandidate]) -> SentenceCandidate? {
        guard !best.typeMatch, Self.typesLookedFor.contains(type), options.askedTypeReach > 0 else { return nil }
        return (1...options.askedTypeReach).lazy.compactMap { Self.neighbour($0, of: best, in: candidates) }.first(where: \.typeMatch)
    }
}
