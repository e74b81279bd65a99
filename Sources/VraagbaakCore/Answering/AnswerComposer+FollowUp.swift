/// How a follow-up question's answer leans on the answer before it.
///
/// An elliptic question shares few words with its answer: "Vergeleken met
/// wie?" is answered by "... als leeftijdgenoten ...", "Hoeveel dagen werkt
/// ze daar nu?" by "... nu ben ik er vijf dagen in de week". What it asks
/// about usually stands in or right next to what was just said, so the
/// composer prefers those sentences and, when it quotes one, trusts it about
/// as much as the answer it continues.
extension AnswerComposer {
    /// The candidate to answer with: the best-scoring one, but for "Klopt
    /// dat?" or "Waarom?" never a sentence of the previous answer, since
    /// saying it again answers nothing.
    public func best(of candidates: [SentenceCandidate], _ followUp: FollowUpContext) -> SentenceCandidate? {
        let answering = followUp.asksToContinue ? candidates.filter { $0.anchorOffset != 0 } : candidates
        return answering.max { $0.score < $1.score }
    }

    /// The sentences an answer may be told with. A follow-up answered in or
    /// next to the previous answer (`borrowing` its confidence) is told from
    /// there alone: a sentence elsewhere that happens to share a word of
    /// "Hoeveel dagen werkt ze daar nu?" says nothing about "ze".
    static func companions(from candidates: [SentenceCandidate], borrowing: Bool) -> [SentenceCandidate] {
        guard borrowing else { return candidates }
        return candidates.filter { $0.anchorOffset.map { abs($0) <= 2 } ?? false }
    }

    /// The `SentenceCandidate.anchorOffset` of the sentence at `index` of a
    /// passage whose sentences at `anchors` were quoted before, the last of
    /// them at `final`. For "Klopt dat?" only what follows the last sentence
    /// said counts as next to it.
    static func anchorOffset(of index: Int, anchors: [Int], final: Int?, _ followUp: FollowUpContext) -> Int? {
        if anchors.contains(index) { return 0 }
        if followUp.asksToContinue { return final.map { index - $0 } }
        // The nearest anchor; after one rather than before another at the same distance.
        return anchors.map { index - $0 }.min { abs($0) < abs($1) || (abs($0) == abs($1) && $0 > $1) }
    }

    /// The bonus of a sentence at `offset` from the nearest anchor (see
    /// `SentenceCandidate.anchorOffset`) that does or does not hold the kind
    /// of answer asked for.
    func followUpBonus(offset: Int?, typeMatch: Bool, type: QuestionType, _ followUp: FollowUpContext) -> Double {
        guard let offset else { return 0 }
        if followUp.asksToContinue {
            // "Klopt dat?": what follows the answer (the answer itself is never the best, see `compose`).
            let after = options.followUpNeighbourBonus
            return offset > 0 && offset < after.count ? after[offset] : 0
        }
        var bonus = abs(offset) < options.followUpNeighbourBonus.count ? options.followUpNeighbourBonus[abs(offset)] : 0
        // "Hoeveel mensen zijn dat?": the number about what was just said
        // stands in that answer or next to it.
        if abs(offset) <= 1, typeMatch, Self.preciseTypes.contains(type) { bonus += options.followUpTypedBonus }
        return bonus
    }

    /// Whether a sentence of `terms` holds every one of `concepts` (each a set
    /// of term ids that may stand for it), or else every one of a non-empty
    /// `kinds`: "vijf dagen" answers "Hoeveel dagen werkt ze?" without "werkt".
    static func holds(_ concepts: [Set<UInt32>], orKinds kinds: [Set<UInt32>], in terms: Set<UInt32>) -> Bool {
        func holdsAll(_ sets: [Set<UInt32>]) -> Bool { sets.allSatisfy { !$0.isDisjoint(with: terms) } }
        return holdsAll(concepts) || (!kinds.isEmpty && holdsAll(kinds))
    }

    /// The answer types a sentence is recognised by reliably (a number, a
    /// date); a name is only guessed from capitals, and "leeftijdgenoten"
    /// answers "met wie?" without one.
    static let preciseTypes: Set<QuestionType> = [.quantity, .time]

    /// The confidence a follow-up's best sentence borrows from the answer it
    /// continues, or nil when it borrows none: the question must point back
    /// itself, ask about nothing the articles never mention, and be answered
    /// in or right after (for "Klopt dat?": after) the previous answer, with
    /// a number or date when it asks for one, and with a sentence that holds
    /// what the question asks about beyond the previous answer.
    func borrowedConfidence(_ best: SentenceCandidate, type: QuestionType, _ followUp: FollowUpContext) -> Double? {
        guard followUp.pointsBack, !followUp.asksAboutUnknownThing, let offset = best.anchorOffset else { return nil }
        let near = followUp.asksToContinue ? offset == 1 : abs(offset) <= 1
        guard near else { return nil }
        // "Wie is de burgemeester daar?" is not answered next to Figulus.
        guard best.holdsAskedWords, best.typeMatch || !Self.preciseTypes.contains(type) else { return nil }
        return followUp.anchorConfidence * options.followUpConfidenceShare
    }
}
