/// Which question-side steps run; each can be switched off for ablations.
public struct QueryOptions: Sendable, Hashable {
    /// The default is true.
    public var typoCorrection = true
    /// The default is true.
    public var synonyms = true
    /// How much a compound's parts count against the whole word. The default is 0.6.
    public var compoundPartWeight = 0.6
    /// The default is 0.8.
    public var typoWeight = 0.8
    /// How much a match on a longer word that begins or ends with a question
    /// word the articles never write alone counts ("peuters" in
    /// "peutervoorzieningen"; `CompoundCompletion`): a compound's part, so a
    /// compound part's weight. Bundled hit@1 / MRR@10 / answer-contains /
    /// false-abstain 0.956 / 0.972 / 0.823 / 0.120 → 0.962 / 0.978 / 0.835 /
    /// 0.114, PolicyQA unchanged (0.8 the same, 1.0 hit@1 0.956). The default
    /// is 0.6; 0 switches it off.
    public var compoundCompletionWeight = 0.6
    /// How much a match on a synonym from the thesaurus counts against the
    /// word itself: the deployer wrote the synonyms, so nearly as much. The
    /// default is 0.85.
    public var synonymWeight = 0.85
    /// The importance of the words of the sentence a short asking sentence
    /// points back to ("Waar werkt zij?"): they say what it asks about, as a
    /// follow-up's carried concepts do (`FollowUpResolver.carriedImportance`).
    /// The default is 0.5.
    public var antecedentWeight = 0.5
    /// The importance of words outside the asking sentence of a long question. The default is 0.15.
    public var storyWeight = 0.15
    /// The importance of filler words such as "volgens" or "blog". The default is 0.3.
    public var fillerWeight = 0.3
    /// How much the infinitive of a strong verb's past form counts against
    /// the word itself, for a question word no article holds ("bezocht" read
    /// as "bezoeken", which the stemmer brings to the noun "bezoek";
    /// `StrongVerbReading`). The default is 0.6, a compound part's weight;
    /// 0 switches it off.
    public var strongVerbWeight = 0.6
    /// Whether a question that names the article it asks about ("de blog
    /// over het granieten bestand") is read so (`DocumentReference`), and
    /// the name after "volgens" as the source of the view asked about
    /// (`QueryAnalyzer.markSources`). The default is true.
    public var documentReferences = true
    /// How much the "-t" form of a verb the resident says of themselves
    /// ("als ik doorwerk", "als ik samenwoon", "als ik mijn auto ga
    /// verkopen") counts against the word itself: the articles address the
    /// resident as "u" ("als u doorwerkt", "als u uw voertuig verkoopt"), and
    /// the stemmer leaves the "t" (`QueryAnalyzer.thirdPersonForm`). The
    /// default is 1 (the same verb): PolicyQA hit@1 / MRR@10 /
    /// answer-contains 0.895 / 0.935 / 0.735 → 0.897 / 0.939 / 0.740 for
    /// the first person's own form (0.8: 0.738; 0.6: 0.892 / 0.937), →
    /// 0.900 / 0.942 / 0.743 with infinitives ("verkopen" → "verkoopt");
    /// bundled hit@1 and answer-contains do not move (one story question
    /// more is answered, wrongly: false-abstain 0.139 → 0.133). 0 switches
    /// it off.
    public var firstPersonVerbWeight = 1.0
    /// The longest question analysed, in characters; of a longer one only the
    /// first and last halves of this are read (see `QueryAnalyzer.shortened`).
    /// A resident's question is rarely over 500 characters; without a cap a
    /// pasted 100 KB text would take half a minute. The default is 2,000.
    public var maximumQuestionLength = 2_000

    public init(typoCorrection: Bool = true, synonyms: Bool = true) {
        self.typoCorrection = typoCorrection
        self.synonyms = synonyms
    }
}

/// Turns a question into concepts: analyses it with the documents' chain,
/// corrects words the index does not know, and adds thesaurus synonyms.
public struct QueryAnalyzer: Sendable {
    public var analyzer: Analyzer
    public var vocabulary: WordCounts
    public var thesaurus: Thesaurus
    public var options: QueryOptions
    private let corrector: TypoCorrector
    private let questionWordCorrector: TypoCorrector
    private let completion: CompoundCompletion

    public init(analyzer: Analyzer, vocabulary: WordCounts, thesaurus: Thesaurus, options: QueryOptions = QueryOptions()) {
        self.analyzer = analyzer
        self.vocabulary = vocabulary
        self.thesaurus = thesaurus
        self.options = options
        self.corrector = TypoCorrector(vocabulary: vocabulary)
        self.completion = CompoundCompletion(vocabulary: options.compoundCompletionWeight > 0 ? vocabulary : WordCounts())
        self.questionWordCorrector = TypoCorrector(
            vocabulary: WordCounts(Dictionary(uniqueKeysWithValues: DutchStopWords.questionWords.map { ($0, 1) })))
    }

    public func analyze(_ question: String) -> AnalyzedQuery {
        let question = Self.shortened(question, to: options.maximumQuestionLength)
        let (focus, antecedent) = Self.focus(of: question)
        let tokens = Analyzer.surfaceWords.analyze(question).filter { !$0.isDerived }
        var words = tokens.map(\.text)
        if options.typoCorrection {
            words = words.map { word in
                guard !vocabulary.contains(word) else { return word }
                return questionWordCorrector.correction(for: word) ?? word
            }
        }
        let focusWords = zip(tokens, words).filter { focus.contains($0.0.range.lowerBound) }.map(\.1)
        let folded = Analyzer.foldedWords.analyze(question)
        let focusFolded = folded.filter { focus.contains($0.range.lowerBound) }.map(\.text)
        let type = focusWords.isEmpty
            ? QuestionType.of(words: words, allWords: folded.map(\.text))
            : QuestionType.of(words: focusWords, allWords: focusFolded)
        let content = zip(tokens, words).filter { !DutchStopWords.questionWords.contains($0.1) }

        var concepts: [AnalyzedQuery.Concept] = []
        var conceptTokens: [Token] = []
        var primaryTerms: [String] = []
        for (token, word) in content {
            var alternatives = analyse(word, origin: .question, weight: 1)
            if options.typoCorrection, !vocabulary.contains(word), let corrected = corrector.correction(for: word),
                !words.contains(corrected) {
                alternatives += analyse(corrected, origin: .typoCorrection, weight: options.typoWeight)
            }
            if options.firstPersonVerbWeight > 0, !alternatives.isEmpty,
                let thirdPerson = thirdPersonForm(of: word, at: token, words: folded, in: question) {
                alternatives += analyse(thirdPerson, origin: .question, weight: options.firstPersonVerbWeight).prefix(1)
            }
            if options.compoundCompletionWeight > 0, let stem = alternatives.first?.terms.first {
                for compound in completion.completions(of: word, stem: stem) {
                    alternatives += analyse(compound, origin: .compoundCompletion, weight: options.compoundCompletionWeight)
                        .prefix(1)
                }
            }
            guard !alternatives.isEmpty else { continue }
            primaryTerms.append(alternatives[0].terms.first ?? "")
            var concept = AnalyzedQuery.Concept(surface: word, alternatives: alternatives)
            if !focus.contains(token.range.lowerBound) {
                concept.importance = antecedent?.contains(token.range.lowerBound) == true
                    ? options.antecedentWeight : options.storyWeight
            }
            if QuestionFillerWords.all.contains(word) { concept.importance *= options.fillerWeight }
            if let before = words.firstIndex(of: word).flatMap({ $0 > 0 ? words[$0 - 1] : nil }),
                QuestionFillerWords.namesKindOfAnswer(word, after: before) {
                // "welk jaar", "hoe lang": the word names the kind of answer, not its subject.
                concept.importance *= options.fillerWeight
            }
            concepts.append(concept)
            conceptTokens.append(token)
        }
        Self.markNames(&concepts, tokens: conceptTokens, in: question)
        if options.documentReferences { Self.markSources(&concepts, tokens: conceptTokens, in: tokens) }
        if options.synonyms {
            // Longer phrases first; a word already merged into a phrase is not matched again.
            for match in thesaurus.matches(in: primaryTerms).sorted(by: { $0.length > $1.length }) {
                let span = match.start..<(match.start + match.length)
                guard span.allSatisfy({ !concepts[$0].alternatives.isEmpty }) else { continue }
                let synonyms = match.alternatives.map {
                    AnalyzedQuery.Concept.Alternative(terms: $0, weight: options.synonymWeight, origin: .synonym)
                }
                concepts[match.start].alternatives += synonyms
                if match.length > 1 {
                    // A phrase is one concept: its later words join the first.
                    for offset in 1..<match.length {
                        concepts[match.start].alternatives[0].terms += concepts[match.start + offset].alternatives[0].terms
                        concepts[match.start + offset].alternatives = []
                    }
                }
            }
            concepts.removeAll { $0.alternatives.isEmpty }
        }
        var query = AnalyzedQuery(question: question, concepts: concepts, type: type, words: words)
        query.relation = RelationalQuestion(words: focusFolded)
        query.quantifiedSet = QuantifiedSet(words: focusFolded)
        return query
    }

    /// Marks the concepts that are words of a name: consecutive capitalised
    /// words inside a sentence ("Sociaal Werk Nederland", "Samen Doen",
    /// "Tweede Kamer"), each with the name's length
    /// (`AnalyzedQuery.Concept.nameLength`). The first word of a sentence is
    /// capitalised anyway and starts no name.
    static func markNames(_ concepts: inout [AnalyzedQuery.Concept], tokens: [Token], in question: String) {
        func isNameWord(_ index: Int) -> Bool {
            let range = tokens[index].range
            guard question[range].first?.isUppercase == true else { return false }
            let before = question[..<range.lowerBound].last { !$0.isWhitespace }
            return before.map { !".?!:".contains($0) } ?? false
        }
        func follows(_ index: Int) -> Bool {
            question[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound].allSatisfy(\.isWhitespace)
        }
        var start = 0
        while start < concepts.count {
            var end = start
            if isNameWord(start) {
                while end + 1 < concepts.count, isNameWord(end + 1), follows(end + 1) { end += 1 }
            }
            for index in start...end { concepts[index].nameLength = end - start + 1 }
            start = end + 1
        }
    }

    /// Marks the name after "volgens" ("volgens Sociaal Werk Nederland",
    /// "volgens Sterker"): it says who holds the view asked about, as a
    /// question naming an article says where to look
    /// (`AnalyzedQuery.Concept.namesDocument`). It leads retrieval to that
    /// source's page, but the answer is the view, which need not hold the
    /// name: a sentence naming Sterker in its contact details does not say
    /// what Sterker thinks the task of social work is. Bundled answer-contains
    /// 0.835 → 0.842 (that question), PolicyQA unchanged. Switched off with
    /// the article references (`QueryOptions.documentReferences`).
    static func markSources(_ concepts: inout [AnalyzedQuery.Concept], tokens conceptTokens: [Token], in tokens: [Token]) {
        for marker in tokens where marker.text == "volgens" {
            guard let first = conceptTokens.firstIndex(where: { $0.range.lowerBound > marker.range.lowerBound }),
                // "volgens de blog": a word for the article, which `DocumentReference` reads with its title.
                !QuestionFillerWords.all.contains(concepts[first].surface)
            else { continue }
            for index in first..<min(concepts.count, first + concepts[first].nameLength) { concepts[index].namesDocument = true }
        }
    }

    /// The part of a question that asks: in a question of several sentences,
    /// the last sentence with a question mark (else the last sentence); the
    /// sentences before it tell the resident's story. With it, the sentence
    /// before it when the asking sentence leans on that one: a short question
    /// that points back ("Waar werkt zij?" after "Ik las over een jonge vrouw
    /// in Leerdam die aan de slag is gekomen.") asks about what that sentence
    /// names, as a follow-up asks about the turn before. So does an asking
    /// sentence with no words of its own ("Ik heb studievertraging
    /// opgelopen. Wat kan ik doen?"): the story's last sentence is what it
    /// asks about. That PolicyQA question was not answered at all (confidence
    /// 0, as no word carried it) and now is, rightly; nothing else moved on
    /// either dev set.
    static func focus(of question: String) -> (asking: Range<String.Index>, antecedent: Range<String.Index>?) {
        let sentences = SentenceSplitter().sentences(in: question)
        guard sentences.count > 1 else { return (question.startIndex..<question.endIndex, nil) }
        let index = sentences.lastIndex { question[$0].contains("?") } ?? sentences.count - 1
        let asking = sentences[index]
        let words = question[asking].lowercased().split { !$0.isLetter }.map(String.init)
        let asksNothingOwn = words.allSatisfy {
            DutchStopWords.all.contains($0) || DutchStopWords.questionWords.contains($0) || QuestionFillerWords.all.contains($0)
        }
        let leansOnStory = words.count <= 8 && (words.contains(where: FollowUpResolver.pointingWords.contains) || asksNothingOwn)
        return (asking, index > 0 && leansOnStory ? sentences[index - 1] : nil)
    }

    /// The word itself and, when it is a compound, its parts.
    private func analyse(_ word: String, origin: AnalyzedQuery.Concept.Alternative.Origin, weight: Double) -> [AnalyzedQuery.Concept.Alternative] {
        let tokens = analyzer.analyze(word)
        guard let whole = tokens.first(where: { !$0.isDerived }) else { return [] }
        var result = [AnalyzedQuery.Concept.Alternative(terms: [whole.text], weight: weight, origin: origin)]
        let parts = tokens.filter(\.isDerived).map(\.text)
        if !parts.isEmpty {
            result.append(.init(terms: parts, weight: weight * options.compoundPartWeight, origin: .compoundParts))
        }
        return result
    }
}
