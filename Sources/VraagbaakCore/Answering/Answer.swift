/// What Vraagbaak says to one question: verbatim sentences with their
/// sources, or an honest "not in my sources" with related articles.
///
/// The JSON form (`ask --json`, the protocol) is this type encoded as is.
public struct Answer: Sendable, Codable {
    public var answered: Bool
    /// The sentences with citation markers, or the not-answered text.
    public var answer: String
    /// 0 to 1; below the configured threshold the bot does not answer.
    public var confidence: Double
    /// Ranked documents, the cited ones first; when not answered, the related ones.
    public var sources: [AnswerSource]
    public var sentences: [AnswerSentence]
    public var tookMs: Double
    /// Referrals for a question that signals danger, said before the answer.
    public var referrals: [Referral] = []
    /// The language of the prompt texts ("nl" or "en"); the quotes stay Dutch.
    public var language: String = PromptSet.Language.dutch.rawValue
    /// Set when the question asked about the article itself and the answer
    /// was said from its front matter, not quoted (`ArticleDetail`); absent
    /// from the JSON otherwise.
    public var articleDetail: ArticleDetail?

    enum CodingKeys: String, CodingKey {
        case answered, answer, confidence, sources, sentences
        case tookMs = "took_ms"
        case referrals, language
        case articleDetail = "article_detail"
    }
}

/// A referral to urgent help, with the text from the prompts.
public struct Referral: Sendable, Codable, Hashable {
    public var need: UrgentNeed
    public var text: String

    public init(need: UrgentNeed, text: String) {
        self.need = need
        self.text = text
    }
}

/// One cited or related document.
public struct AnswerSource: Sendable, Codable, Hashable {
    public var id: String
    public var title: String
    public var publisher: String?
    /// Only when the document gives one; never invented.
    public var url: String?
    /// The text of the document's best passage for this question.
    public var passage: String
    public var score: Double

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(publisher, forKey: .publisher)
        try container.encode(url, forKey: .url)
        try container.encode(passage, forKey: .passage)
        try container.encode(score, forKey: .score)
    }
}

/// A quoted sentence and the index of its document in `Answer.sources`.
public struct AnswerSentence: Sendable, Codable, Hashable {
    public var text: String
    public var source: Int
}
