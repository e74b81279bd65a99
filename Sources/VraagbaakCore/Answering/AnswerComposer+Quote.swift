/// Which sentences make the quote: the best one and what it needs to be
/// read on its own (the sentence it points back to, what it announces, the
/// kind of answer it lacks), then companions that score nearly as well.
extension AnswerComposer {
    /// The best sentence, the one before it when it points back, the one
    /// after it when it asks a condition (`consequence(of:in:)`), the
    /// sentence shortly after it with the kind of answer it lacks
    /// (`askedTypeNeighbour`), the opening of its short page when it is
    /// not itself there (`shortPageLead`), and up to two more that score
    /// nearly as well (the first-ranked page's best sentence first,
    /// `firstRankedCompanion`; on a short page the best one's neighbours
    /// next, `companionRank`), within the word limit.
    func choose(best: SentenceCandidate, from candidates: [SentenceCandidate], type: QuestionType) -> [SentenceCandidate] {
        var chosen = [best]
        var words = best.wordCount
        func previous(of sentence: SentenceCandidate) -> SentenceCandidate? { Self.neighbour(-1, of: sentence, in: candidates) }
        func isChosen(_ sentence: SentenceCandidate) -> Bool {
            chosen.contains { $0.passageID == sentence.passageID && $0.index == sentence.index }
        }
        func include(_ sentence: SentenceCandidate) -> Bool {
            guard chosen.count < options.maximumSentences, words + sentence.wordCount <= options.maximumWords, !isChosen(sentence)
            else { return false }
            chosen.append(sentence)
            words += sentence.wordCount
            return true
        }
        if pointsBack(best), let before = previous(of: best) { _ = include(before) }
        if let consequence = consequence(of: best, in: candidates) { _ = include(consequence) }
        if let typed = askedTypeNeighbour(of: best, type: type, in: candidates) { _ = include(typed) }
        if let lead = shortPageLead(for: best, in: candidates) {
            if pointsBack(lead), let before = previous(of: lead) { _ = include(before) }
            _ = include(lead)
        }
        // A sentence ending in a colon announces what follows (a list, the
        // contact details): the quote brings what it announces.
        if introducesWhatFollows(best) {
            var offset = 1
            while let after = Self.neighbour(offset, of: best, in: candidates), include(after) { offset += 1 }
        }
        // A sentence that continues the best one ("Ze zet boeken terug") often
        // holds the actual answer; it comes along when it scores reasonably.
        if let after = continuation(of: best, in: candidates) { _ = include(after) }
        // The first-ranked page's best sentence first, then by `companionRank`.
        let firstRanked = firstRankedCompanion(for: best, in: candidates)
        func isFirstRanked(_ sentence: SentenceCandidate) -> Bool {
            sentence.passageID == firstRanked?.passageID && sentence.index == firstRanked?.index
        }
        let ordered = candidates.sorted {
            (isFirstRanked($0) ? 1 : 0, companionRank(of: $0, best: best)) > (isFirstRanked($1) ? 1 : 0, companionRank(of: $1, best: best))
        }
        for candidate in ordered where candidate.score >= best.score - options.companionMargin {
            if pointsBack(candidate), let before = previous(of: candidate), !isChosen(before) {
                guard chosen.count + 2 <= options.maximumSentences else { continue }
                _ = include(before)
            }
            if let consequence = consequence(of: candidate, in: candidates), !isChosen(consequence) {
                // A condition is quoted with its consequence or not at all.
                guard chosen.count + 2 <= options.maximumSentences else { continue }
                if include(candidate) { _ = include(consequence) }
                continue
            }
            // The first-ranked page's best sentence stands in for the best one
            // on that page, continuation and all ("… op verschillende manieren
            // identificeren. bijvoorbeeld met uw paspoort."): PolicyQA
            // answer-contains 0.815 → 0.8175, none lost; every companion's
            // continuation cost three bundled answers and two of PolicyQA.
            if include(candidate), isFirstRanked(candidate), let after = continuation(of: candidate, in: candidates) {
                _ = include(after)
            }
        }
        // Documents in the order of their best-ranked quoted passage; within a
        // document, in the order the sentences are written.
        let documentRank = Dictionary(chosen.map { ($0.documentID, $0.passageRank) }, uniquingKeysWith: min)
        return chosen.sorted {
            (documentRank[$0.documentID]!, $0.passageID, $0.index) < (documentRank[$1.documentID]!, $1.passageID, $1.index)
        }
    }

    /// The sentence right after `sentence` when it points back to it and
    /// scores within `AnswerOptions.continuationMargin` of it.
    func continuation(of sentence: SentenceCandidate, in candidates: [SentenceCandidate]) -> SentenceCandidate? {
        guard let after = Self.neighbour(1, of: sentence, in: candidates), pointsBack(after),
            after.score >= sentence.score - options.continuationMargin
        else { return nil }
        return after
    }

    /// The candidate `offset` sentences after `sentence` in its passage
    /// (before it for a negative offset), if there is one.
    static func neighbour(_ offset: Int, of sentence: SentenceCandidate, in candidates: [SentenceCandidate]) -> SentenceCandidate? {
        candidates.first { $0.passageID == sentence.passageID && $0.index == sentence.index + offset }
    }

    /// When the last quoted sentence announces what follows and ends its
    /// passage (a list usually starts a passage of its own), the first
    /// sentences of the next passage of the same document come along.
    func completingAnnouncement(_ chosen: [SentenceCandidate], _ knowledge: KnowledgeBase) -> [SentenceCandidate] {
        guard let last = chosen.last, introducesWhatFollows(last), chosen.count < options.maximumSentences,
            let next = knowledge.passages.passage(id: last.passageID + 1),
            next.documentID == last.documentID, let document = knowledge.document(id: next.documentID)
        else { return chosen }
        var result = chosen
        var words = chosen.map(\.wordCount).reduce(0, +)
        for (offset, range) in next.sentences.enumerated() {
            let text = String(document.text.utf8Slice(range))
            let count = PassageBuilder.wordCount(Substring(text))
            guard result.count < options.maximumSentences, words + count <= options.maximumWords else { break }
            result.append(SentenceCandidate(
                documentID: last.documentID, passageRank: last.passageRank, passageID: next.id, index: last.index + 1 + offset,
                range: range, text: text, score: 0, wordCount: count))
            words += count
        }
        return result
    }

    /// The sentence after `sentence` when `sentence` states a condition as a
    /// question and that one gives its consequence with "dan" ("Komt u er
    /// samen niet uit? In Nederland kunt u dan naar de kantonrechter …", "Is
    /// er iets mis met het product? Dan kunt u teruggaan naar de winkel …"):
    /// pages of rules write most of their answers so, and the question quoted
    /// alone answers nothing. A question of an article's own ("Wat betekent
    /// dit voor het sociaal werk? Het is maart 2021.") has no "dan" after it.
    /// PolicyQA answer-contains 0.748 → 0.763 (ten answers won, four lost to
    /// the place the pair takes); the bundled set does not move; bringing
    /// the next sentence after any question cost the bundled set an answer.
    /// Nil when switched off (`AnswerOptions.quotesConsequences`).
    func consequence(of sentence: SentenceCandidate, in candidates: [SentenceCandidate]) -> SentenceCandidate? {
        guard options.quotesConsequences,
            sentence.text.last(where: { !$0.isWhitespace }) == "?",
            let after = Self.neighbour(1, of: sentence, in: candidates)
        else { return nil }
        return after.text.lowercased().split { !$0.isLetter }.prefix(Self.consequenceReach).contains("dan") ? after : nil
    }

    /// How many words into the next sentence its "dan" may stand ("In
    /// Nederland kunt u dan …"). The default is 6.
    static let consequenceReach = 6

    /// A sentence ending in a colon, or a sentence of three words at most
    /// ("Dan Leerdam."), opens what follows rather than saying it.
    func introducesWhatFollows(_ sentence: SentenceCandidate) -> Bool {
        sentence.text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(":") || sentence.wordCount <= 3
    }
}
