/// How an answer from a short page is quoted.
///
/// A question-and-answer page (a document of at most
/// `AnswerComposer.shortPagePassages` passages, or one whose opening speaks
/// to the reader as "u") opens with its answer, and
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
    /// Whether a document's opening passage speaks to the reader as "u"
    /// ("als u ergens gaat werken, bent u verplicht …"): a page written to
    /// tell residents what applies to them opens with it, however long it
    /// is, whereas an article or blog opens with a build-up told about
    /// others ("Het zit erop: de eerste coronazomer …"), and so is treated
    /// as a short page (`AnswerComposer.shortPagePassages`). PolicyQA
    /// answer-contains 0.762 → 0.777 (eight answers won, two lost; the same
    /// for pages of up to 6 or 8 passages or any length), the bundled set
    /// unchanged, as none of its articles says "u" or "uw" in its opening;
    /// by length alone, pages of up to 5 or 6 passages, the bundled blog on
    /// social isolation became a short page and an unanswerable question was
    /// answered (docs/evaluation.md). "je" is left out: blogs use it for
    /// anyone, and with "je" and "jouw" the bundled blog on social isolation
    /// ("zie je nu dat …") became such a page, whose answers then opened with
    /// its build-up ("Sociaal werk en isolatie: twee begrippen …"). Switched
    /// off with `AnswerOptions.readerPagesOpenWithAnswer`.
    static func addressesReader(openingOf opening: StoredPassage?, in document: SourceDocument) -> Bool {
        guard let opening else { return false }
        return opening.sentences.contains { range in
            document.text.utf8Slice(range).lowercased().split { !$0.isLetter }.contains { $0 == "u" || $0 == "uw" }
        }
    }

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
