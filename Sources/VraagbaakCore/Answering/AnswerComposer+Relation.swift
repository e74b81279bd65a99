extension AnswerComposer {
    /// The term ids of a relational question's focus and complement
    /// (`RelationalQuestion`): every term a concept of those words may be
    /// written as. Nil when the question asks no relation, or when no
    /// concept is the focus word.
    static func relationTerms(_ query: AnalyzedQuery, termID: (String) -> UInt32?) -> (focus: Set<UInt32>, complement: Set<UInt32>)? {
        guard let relation = query.relation,
            let focus = query.concepts.first(where: { $0.surface == relation.focus })
        else { return nil }
        let complement = query.concepts.filter { relation.complement.contains($0.surface) }
        guard !complement.isEmpty else { return nil }
        return (Set(focus.allTerms.compactMap(termID)), Set(complement.flatMap(\.allTerms).compactMap(termID)))
    }

    /// The term ids of the set a share is asked of (`QuantifiedSet`): every
    /// term the concept of its word may be written as. Nil when the question
    /// asks no share of a set, or no concept is that word.
    static func quantifiedSetTerms(_ query: AnalyzedQuery, termID: (String) -> UInt32?) -> Set<UInt32>? {
        guard let set = query.quantifiedSet,
            let concept = query.concepts.first(where: { $0.surface == set.word })
        else { return nil }
        return Set(concept.allTerms.compactMap(termID))
    }

    /// Whether `window` (a sentence's terms with the sentence before it,
    /// its heading and its title) does not hold the focus without something
    /// of the complement: "directeur Eric Wichgers" with no "Samen Doen"
    /// near it answers another director. A sentence without the focus may
    /// still answer: "Wat zijn de kosten van X?" is answered by "X kost …".
    /// True for a question that asks no relation.
    static func holdsRelation(_ relation: (focus: Set<UInt32>, complement: Set<UInt32>)?, in window: Set<UInt32>) -> Bool {
        guard let relation, !window.isDisjoint(with: relation.focus) else { return true }
        return !window.isDisjoint(with: relation.complement)
    }
}
