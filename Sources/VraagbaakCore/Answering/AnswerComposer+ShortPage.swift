/// How an answer from a short page is quoted.
///
/// A question-and-answer page (a document of at most
/// `AnswerComposer.shortPagePassages` passages) opens with its answer, and
/// tells it in consecutive sentences; its later sentences, above all the
/// run-on ones a crawl glued to a flattened sub-heading ("… kunnen
/// meetellen.title: wat telt mee voor uw minimumloon, : …"), may hold more
/// of the question's words without answering it ("Wat telt mee voor mijn
/// minimumloon?" is answered by the opening "uw minimumloon bestaat in ieder
/// geval uit uw basisloon."). The lead bonus in the sentence score
/// (`SentenceFeatures.lead`) is not enough to make the opening the best
/// sentence there, and a larger one, or either rule below for every
/// document, would cost the bundled articles, which open with a build-up and
/// whose best sentence's neighbours are as often asides; as companions these
/// sentences cost only sentences that merely scored well.
extension AnswerComposer {
    /// The best-scoring of the opening sentences of `best`'s document that
    /// holds any of the question's words, when that document is a short page
    /// (lead feature 2) and `best` is not one of its opening sentences; nil
    /// otherwise.
    func shortPageLead(for best: SentenceCandidate, in candidates: [SentenceCandidate]) -> SentenceCandidate? {
        guard best.features.lead == 0 else { return nil }
        return candidates
            .filter { $0.documentID == best.documentID && $0.features.lead >= 2 && $0.features.ownCoverage > 0 }
            .max { $0.score < $1.score }
    }

    /// The order in which `candidate` is weighed to join `best` in the quote:
    /// its score, plus `AnswerOptions.shortPageNeighbourPriority` when it
    /// stands right before or after `best` on a short page. Whether it may
    /// join at all still depends on its score alone (`AnswerOptions.companionMargin`).
    func companionRank(of candidate: SentenceCandidate, best: SentenceCandidate) -> Double {
        let adjacent = best.onShortPage && candidate.passageID == best.passageID && abs(candidate.index - best.index) == 1
        return candidate.score + (adjacent ? options.shortPageNeighbourPriority : 0)
    }
}
