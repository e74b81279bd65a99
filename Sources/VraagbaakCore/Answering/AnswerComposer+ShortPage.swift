/// How an answer from a short page is quoted.
///
/// A question-and-answer page (a document of at most
/// `AnswerComposer.shortPagePassages` passages, or of a few more whose
/// opening speaks to the reader as "u") opens with its answer, and
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
    /// tell residents what applies to them opens with it, whereas an article
    /// or blog opens with a build-up told about others ("Het zit erop: de
    /// eerste coronazomer …"), so such a page of up to
    /// `AnswerComposer.readerPagePassages` is treated as a short page
    /// (`AnswerComposer.shortPagePassages`). PolicyQA answer-contains 0.762 →
    /// 0.777 (eight answers won, two lost; the same for pages of up to 6
    /// passages or of any length), the bundled set unchanged, as none of its
    /// articles says "u" or "uw" in its opening;
    /// by length alone, pages of up to 5 or 6 passages, the bundled blog on
    /// social isolation became a short page and an unanswerable question was
    /// answered (docs/evaluation.md). "je" is left out: blogs use it for
    /// anyone, and with "je" and "jouw" the bundled blog on social isolation
    /// ("zie je nu dat …") became such a page, whose answers then opened with
    /// its build-up ("Sociaal werk en isolatie: twee begrippen …"). Switched
    /// off with `AnswerOptions.readerPagesOpenWithAnswer`.
    static func addressesReader(_ opening: Substring.UTF8View) -> Bool {
        // A scan of the bytes, as this is asked for every passage an answer
        // is composed from: a word is a run of ASCII letters and bytes of
        // other letters (0x80 and up); "u" and "uw" in any case.
        var length = 0
        var first: UInt8 = 0
        var second: UInt8 = 0
        func ends() -> Bool {
            (length == 1 && first == UInt8(ascii: "u")) || (length == 2 && first == UInt8(ascii: "u") && second == UInt8(ascii: "w"))
        }
        for byte in opening {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || byte >= 0x80 {
                if length == 0 { first = lower } else if length == 1 { second = lower }
                length += 1
            } else {
                if ends() { return true }
                length = 0
            }
        }
        return ends()
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
