/// Keeps the first-ranked document in the answer.
///
/// Ranking weighs a whole passage and its page's opening; the best sentence
/// is chosen by its own words. When they disagree, the best sentence comes
/// from another page than the one ranked first, and its own neighbours can
/// fill the quote before any sentence of the first-ranked page is reached,
/// so the answer no longer cites the page retrieval judged best. On PolicyQA
/// that page was the right one in most of those answers ("Welke taken heeft
/// de Tweede Kamer?" quoted only a page about the Kiesraad, although the
/// page about the Tweede Kamer ranked first). So that page's best sentence
/// is weighed first among the companions; whether it may join at all still
/// depends on its score alone (`AnswerOptions.companionMargin`).
extension AnswerComposer {
    /// The best sentence of the first-ranked document, when `best` is from
    /// another one; nil otherwise.
    func firstRankedCompanion(for best: SentenceCandidate, in candidates: [SentenceCandidate]) -> SentenceCandidate? {
        guard let first = candidates.min(by: { $0.passageRank < $1.passageRank })?.documentID, first != best.documentID else {
            return nil
        }
        return candidates.filter { $0.documentID == first }.max { $0.score < $1.score }
    }
}
