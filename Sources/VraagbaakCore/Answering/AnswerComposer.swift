import Foundation

/// Chooses one to three sentences from the best passages and decides whether
/// they answer the question well enough to be said.
///
/// Sentences are scored by how much of the question they hold (weighted by
/// rarity), whether they have the kind of answer asked for, and the rank of
/// their passage. A sentence that opens with a word pointing back ("Dat",
/// "Deze", "Hij", ...) brings the sentence before it, so the quote reads on
/// its own. Confidence combines the best sentence's and its passage's
/// coverage of the question.
public struct AnswerComposer: Sendable {
    public var options: AnswerOptions
    /// Whether every sentence feature is computed, also those the weights
    /// give nothing (for `vraagbaak eval --candidates`). Otherwise those are
    /// left at 0, which scores the same and costs nothing. The default is false.
    public var computesEveryFeature = false

    /// A document of at most this many passages is a short page, whose
    /// opening sentences count twice as lead (`SentenceFeatures.lead`); so is
    /// one of up to `readerPagePassages` whose opening addresses the reader
    /// (`addressesReader(_:)`).
    static let shortPagePassages = 3

    /// A page whose opening addresses the reader is a short page up to this
    /// many passages (`addressesReader(_:)`): PolicyQA's longest pages have 7
    /// and 11. Without a limit, the synthetic 100k folder's pages (about ten
    /// passages of sentences drawn from all pages, so their openings say "u"
    /// too) had their openings quoted before the real page ranked first:
    /// `vraagbaak bench` hit@1 0.735 → 0.715; with 6 or 8, 0.735, and the
    /// dev sets the same as without a limit.
    static let readerPagePassages = 8

    public init(options: AnswerOptions = AnswerOptions()) {
        self.options = options
    }

    /// Composes the answer. `followUp` holds the answer a follow-up question
    /// leans on: what it asks for usually stands in or next to it
    /// (`AnswerComposer+FollowUp.swift`).
    public func compose(
        _ retrieval: RetrievalResult, in knowledge: KnowledgeBase, notAnswered: String, followUp: FollowUpContext = .none
    ) -> Answer {
        let candidates = sentenceCandidates(retrieval, knowledge, followUp)
        // A question made only of filler words ("Hoe gaat het?", "Wat doet hij?" with nothing before it)
        // asks the articles nothing: a passage that happens to hold "gaat" does not answer it. A
        // follow-up ("Wat is er verder op tegen?") asks about the answer it leans on.
        guard let best = best(of: candidates, followUp), !retrieval.query.concepts.isEmpty,
            !followUp.anchors.isEmpty
                || retrieval.query.concepts.contains(where: { $0.importance > SentenceCoverage.carryingImportance }),
            !Self.asksAboutSomeoneUnnamed(retrieval.query, followUp)
        else {
            return unanswered(retrieval, knowledge, notAnswered: notAnswered, confidence: 0)
        }
        // Both shares count only the concepts that carry the question: a long
        // story around it does not make its answer less sure.
        var confidence = (0.3 * best.coverage + 0.7 * best.passageCoverage)
            * answerTypeFactor(retrieval.query.type, best: best, among: candidates)
            * (best.holdsRelation ? 1 : options.relationFactor)
        let borrowed = borrowedConfidence(best, type: retrieval.query.type, followUp)
        if let borrowed { confidence = max(confidence, borrowed) }
        confidence = min(1, max(0, confidence))
        guard confidence >= options.threshold else {
            return unanswered(retrieval, knowledge, notAnswered: notAnswered, confidence: confidence)
        }
        let companions = Self.companions(from: candidates, borrowing: borrowed != nil)
        let chosen = completingAnnouncement(choose(best: best, from: companions, type: retrieval.query.type), knowledge)
        return answered(chosen, retrieval, knowledge, confidence: confidence)
    }

    /// "zij", "hem", "hun" and the like: words for a person or group the
    /// question does not name.
    static let personalPronouns: Set<String> = ["zij", "hij", "ze", "hem", "haar", "hun", "hen"]

    /// Whether the question asks about someone it does not name, with one
    /// word of content and nothing before it to say who ("Waar werkt zij?"
    /// as a first question): that word ("werkt") stands in many sentences,
    /// none of which is known to be about the person meant. A follow-up
    /// leans on the previous answer, and a story's last sentence gives the
    /// question its words (`QueryOptions.antecedentWeight`), so neither is
    /// caught here.
    static func asksAboutSomeoneUnnamed(_ query: AnalyzedQuery, _ followUp: FollowUpContext) -> Bool {
        guard followUp.anchors.isEmpty,
            query.concepts.filter({ $0.importance > SentenceCoverage.carryingImportance }).count <= 1
        else { return false }
        return query.question.lowercased().split { !$0.isLetter }.contains { personalPronouns.contains(String($0)) }
    }

    /// How much less sure an answer is when its best sentence lacks the kind
    /// of thing the question asks for. A "Hoeveel" question answered without
    /// a number has not been answered, however many of its words the quote
    /// holds ("Hoeveel cliënten heeft Figulus?" quoting what Figulus does for
    /// its clients): that costs more than half, so that even a quote holding
    /// every word of the question stays under the default threshold. The
    /// number may stand in the sentence the best one points back to ("... voor
    /// zeven gemeenten. Deze organisatie ..."), which is quoted with it; a
    /// number elsewhere in the quote is about something else, and so is a
    /// number in a sentence that does not name the set a share is asked of
    /// ("Hoeveel procent van de ggz-cliënten …?"; `QuantifiedSet`). A missing date
    /// costs a quarter, a missing cause a tenth. A missing name or place costs
    /// nothing: "Wie" is as often answered by a role ("de jongerenwerkers") and
    /// "Waar" by a description ("in zwakkere wijken") as by a capitalised name,
    /// which lower-cased pages do not even have (on both dev sets the answers
    /// were more often right than the factor let through); definitions and
    /// open questions have no type to miss.
    func answerTypeFactor(_ type: QuestionType, best: SentenceCandidate, among candidates: [SentenceCandidate]) -> Double {
        guard !(best.typeMatch && best.holdsQuantifiedSet) else { return 1 }
        switch type {
        case .quantity:
            let leanedOn = pointsBack(best) ? Self.neighbour(-1, of: best, in: candidates) : nil
            return leanedOn?.typeMatch == true ? 1 : 0.4
        case .time: return 0.75
        case .reason: return 0.9
        case .person, .place, .definition, .other: return 1
        }
    }

    // MARK: - Sentences

    /// Every sentence of the best passages, scored as a possible answer.
    public func candidates(_ retrieval: RetrievalResult, in knowledge: KnowledgeBase, followUp: FollowUpContext = .none) -> [SentenceCandidate] {
        sentenceCandidates(retrieval, knowledge, followUp)
    }

    private func sentenceCandidates(_ retrieval: RetrievalResult, _ knowledge: KnowledgeBase, _ followUp: FollowUpContext) -> [SentenceCandidate] {
        guard let top = retrieval.passages.first, top.score > 0 else { return [] }
        let table = knowledge.passages
        let meter = SentenceCoverage(retrieval, termID: knowledge.termID)
        let typeBit = AnswerTypeDetector.bit(of: retrieval.query.type)
        let extraFeaturesWeigh = options.sentenceWeights.values.dropFirst(SentenceFeatures.coreCount).contains { $0 != 0 }
        let concepts = computesEveryFeature || extraFeaturesWeigh
            ? retrieval.query.concepts.filter { $0.importance > SentenceCoverage.carryingImportance }.map { Set($0.allTerms.compactMap(knowledge.termID)) } : []
        let ownConcepts = followUp.ownConcepts.map { Set($0.compactMap(knowledge.termID)) }
        let answerKinds = followUp.answerKinds.map { Set($0.compactMap(knowledge.termID)) }
        let relation = Self.relationTerms(retrieval.query, termID: knowledge.termID)
        let quantifiedSet = options.sharesNeedTheirSet ? Self.quantifiedSetTerms(retrieval.query, termID: knowledge.termID) : nil
        var result: [SentenceCandidate] = []
        for (rank, ranked) in retrieval.passages.prefix(options.passagesConsidered).enumerated() {
            guard let document = knowledge.document(id: ranked.passage.documentID) else { continue }
            let passageIndex = Int(ranked.passage.id - 1)
            // The setting a sentence is read in: its heading and document title
            // (the heading's terms are the passage's terms before its first sentence).
            var setting = Set(knowledge.titleTermIDs(of: document.id))
            if ranked.passage.heading != nil { setting.formUnion(table.tokens[table.headingTokens(of: passageIndex)]) }
            let texts = ranked.passage.sentences.map { document.text.utf8Slice($0) }
            let openingIndex = passageIndex - ranked.passage.ordinal
            let pageLength = table.passagesOnward(from: openingIndex, upTo: Self.readerPagePassages + 1)
            let readerPage = options.readerPagesOpenWithAnswer && pageLength <= Self.readerPagePassages
                && Self.addressesReader(document.text.utf8Slice(table.textRange(of: openingIndex)).utf8)
            let onShortPage = pageLength <= Self.shortPagePassages || readerPage
            let anchorIndices = followUp.anchors.isEmpty ? [] : texts.indices.filter { followUp.anchors.contains(String(texts[$0])) }
            let finalAnchor = followUp.anchors.last.flatMap { last in texts.firstIndex { $0 == last } }
            let stored = Array(table.sentenceRange(passageIndex))
            // The sentences' terms as the index analysed them.
            let spans = stored.map { table.sentenceTokens($0, of: passageIndex) }
            let terms = spans.map { Set(table.tokens[$0]) }
            let own = terms.map { meter.coverage(of: $0) }
            // The passage is read under its heading and title, as each sentence is.
            let passageCoverage = meter.coverage(of: terms.reduce(into: setting) { $0.formUnion($1) })
            for (index, range) in ranked.passage.sentences.enumerated() {
                let text = texts[index]
                var features = SentenceFeatures()
                features.ownCoverage = own[index]
                let previous = index > 0 ? terms[index - 1] : []
                let window = terms[index].union(previous).union(setting)
                features.contextCoverage = meter.coverage(of: window)
                // Answer types and word counts were found when the index was built.
                features.typeMatch = table.sentenceTypes[stored[index]] & typeBit != 0 ? 1 : 0
                features.passageScore = ranked.score / top.score
                features.passageCoverage = ranked.coverage
                // Articles and Q&A pages put the answer first; a short page
                // (a Q&A page) even more surely than a long article, which
                // often opens with a build-up, and a page that speaks to the
                // reader most surely.
                if ranked.passage.ordinal == 0 && index < 3 { features.lead = readerPage ? options.readerPageLead : onShortPage ? 2 : 1 }
                let wordCount = Int(table.sentenceWords[stored[index]])
                if computesEveryFeature || extraFeaturesWeigh {
                    features.orderedPairs = Self.orderedPairs(
                        of: concepts, in: zip(table.tokens[spans[index]], table.positions[spans[index]]).map { ($0, Int($1)) })
                    features.asks = text.last(where: { !$0.isWhitespace }) == "?" ? 1 : 0
                    features.previousCoverage = index > 0 ? own[index - 1] : 0
                    features.nextCoverage = index + 1 < own.count ? own[index + 1] : 0
                    features.passageRank = 1 / Double(1 + rank)
                    features.conceptShare = concepts.isEmpty
                        ? 0 : Double(concepts.filter { !$0.isDisjoint(with: terms[index]) }.count) / Double(concepts.count)
                    features.short = wordCount < 6 ? 1 : 0
                }
                let anchorOffset = Self.anchorOffset(of: index, anchors: anchorIndices, final: finalAnchor, followUp)
                let score = options.sentenceWeights.score(features)
                    + followUpBonus(offset: anchorOffset, typeMatch: features.typeMatch > 0, type: retrieval.query.type, followUp)
                result.append(SentenceCandidate(
                    documentID: document.id, passageRank: rank, passageID: ranked.passage.id, index: index,
                    range: range, text: String(text), score: score, wordCount: wordCount, features: features,
                    anchorOffset: anchorOffset,
                    holdsAskedWords: Self.holds(ownConcepts, orKinds: answerKinds, in: terms[index]),
                    holdsRelation: Self.holdsRelation(relation, in: window),
                    holdsQuantifiedSet: quantifiedSet.map { !terms[index].isDisjoint(with: $0) } ?? true,
                    passageCoverage: passageCoverage, onShortPage: onShortPage))
            }
        }
        return result
    }

    /// The share of neighbouring question concepts (in the question's order)
    /// that stand within two words of each other in a sentence, given as
    /// its terms with their word positions.
    static func orderedPairs<Term: Hashable>(of concepts: [Set<Term>], in tokens: [(term: Term, position: Int)]) -> Double {
        guard concepts.count > 1 else { return 0 }
        let positions = concepts.map { terms in tokens.filter { terms.contains($0.term) && $0.position >= 0 }.map(\.position) }
        var near = 0
        for pair in 0..<(concepts.count - 1) {
            let (left, right) = (positions[pair], positions[pair + 1])
            if left.contains(where: { l in right.contains { r in r != l && abs(r - l) <= 2 } }) { near += 1 }
        }
        return Double(near) / Double(concepts.count - 1)
    }

    // MARK: - Results

    private func answered(_ chosen: [SentenceCandidate], _ retrieval: RetrievalResult, _ knowledge: KnowledgeBase, confidence: Double) -> Answer {
        var order: [String] = []
        for sentence in chosen where !order.contains(sentence.documentID) { order.append(sentence.documentID) }
        for ranked in retrieval.passages where !order.contains(ranked.passage.documentID) && order.count < options.maximumSources {
            order.append(ranked.passage.documentID)
        }
        let sources = order.compactMap { source(for: $0, retrieval, knowledge) }
        // A flattened sub-heading inside a sentence is left out of the quote
        // (`InlineHeadings`); a quote is never left empty by it.
        var sentences = chosen.flatMap { sentence in
            InlineHeadings.quotedParts(of: sentence.text).map {
                AnswerSentence(text: String($0), source: order.firstIndex(of: sentence.documentID)!)
            }
        }
        if sentences.isEmpty {
            sentences = chosen.map { AnswerSentence(text: $0.text, source: order.firstIndex(of: $0.documentID)!) }
        }
        var text = ""
        for (index, sentence) in sentences.enumerated() {
            text += (text.isEmpty ? "" : " ") + sentence.text
            if index == sentences.count - 1 || sentences[index + 1].source != sentence.source {
                text += " [\(sentence.source + 1)]"
            }
        }
        return Answer(answered: true, answer: text, confidence: confidence, sources: sources, sentences: sentences, tookMs: 0)
    }

    private func unanswered(_ retrieval: RetrievalResult, _ knowledge: KnowledgeBase, notAnswered: String, confidence: Double) -> Answer {
        var related: [String] = []
        for ranked in retrieval.passages where ranked.coverage >= 0.25 && !related.contains(ranked.passage.documentID) {
            guard related.count < options.maximumRelated else { break }
            related.append(ranked.passage.documentID)
        }
        let sources = related.compactMap { source(for: $0, retrieval, knowledge) }
        return Answer(answered: false, answer: notAnswered, confidence: confidence, sources: sources, sentences: [], tookMs: 0)
    }

    private func source(for documentID: String, _ retrieval: RetrievalResult, _ knowledge: KnowledgeBase) -> AnswerSource? {
        guard let document = knowledge.document(id: documentID),
            let best = retrieval.passages.first(where: { $0.passage.documentID == documentID })
        else { return nil }
        let passage = best.passage.text(in: document)
        return AnswerSource(
            id: document.id, title: document.title, publisher: document.publisher, url: document.url,
            passage: passage, score: (best.score * 1000).rounded() / 1000)
    }
}
