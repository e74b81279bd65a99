extension ArticleDetail {
    /// The answer to a question about an article's details, or nil when
    /// `query` asks none or no article is meant: then the question is
    /// answered as usual. The article is the one the question names, else
    /// the first source of the previous answer (`previous`), when that was
    /// answered. An article whose details lack what is asked gets the
    /// honest `notAnswered`, with the article as its related source.
    public static func answer(
        to query: AnalyzedQuery, previous: Conversation.Turn?, retrieval: RetrievalResult, in knowledge: KnowledgeBase,
        prompts: PromptSet, notAnswered: String
    ) -> Answer? {
        guard let detail = asked(by: query) else { return nil }
        let previousSource = previous.flatMap { $0.answer.answered ? $0.answer.sources.first : nil }
        guard let documentID = query.namedDocument ?? previousSource?.id, let document = knowledge.document(id: documentID)
        else { return nil }
        let ranked = retrieval.passages.first { $0.passage.documentID == documentID }
        let source = AnswerSource(
            id: document.id, title: document.title, publisher: document.publisher, url: document.url,
            passage: ranked.map { $0.passage.text(in: document) } ?? previousSource?.passage ?? "",
            score: ranked.map { ($0.score * 1000).rounded() / 1000 } ?? previousSource?.score ?? 0)
        guard let value = detail.value(of: document, in: prompts.language) else {
            var answer = Answer(answered: false, answer: notAnswered, confidence: 0, sources: [source], sentences: [], tookMs: 0)
            answer.articleDetail = detail
            return answer
        }
        let text = prompts.text(detail.promptFile, ["title": document.title, detail.rawValue: value])
        var answer = Answer(answered: true, answer: text + " [1]", confidence: 1, sources: [source], sentences: [], tookMs: 0)
        answer.articleDetail = detail
        return answer
    }
}
