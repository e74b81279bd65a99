/// A question about an article itself rather than about what it says: who
/// wrote it ("Wie heeft de blog over het granieten bestand geschreven?") or
/// when it appeared ("Wanneer is het bericht 'Voorbij het virus'
/// geschreven?", and after an answer "Wie heeft dat geschreven?").
///
/// The text of an article rarely says either in a sentence that can be
/// quoted: the author stands under it as a bare signature, the date in the
/// page's front matter or nowhere. Quoting the sentences that best hold the
/// question's words answers something else, confidently ("Wie heeft de blog
/// … geschreven?" quoted the blog's view on the Participatiewet at 0.80).
/// The knowledge folder's own details of the article (`author`, `date` in
/// its front matter, as `sources.json` gives them) do answer it, so such a
/// question is answered from those, said in the words of the prompts
/// (`article-author.txt`, `article-date.txt`) and cited like a quote. An
/// article without that detail is not answered: Vraagbaak does not guess.
///
/// Read narrowly, so that a question about the article's content is never
/// taken for one: every word that carries the question must name the
/// article, be a word for an article, or ask the detail; "Welke gemeenten
/// heeft de schrijfster van de blog over het granieten bestand bezocht?" has
/// "gemeenten" and "bezocht" and is read as usual.
public enum ArticleDetail: String, Sendable, Codable, CaseIterable {
    case author
    case date

    /// Words that ask who wrote an article. Origin: written for Vraagbaak.
    static let authorWords: Set<String> = [
        "schreef", "schreven", "geschreven", "schrijft", "schrijver", "schrijfster", "schrijvers", "auteur", "auteurs",
    ]
    /// Words that ask when an article appeared. Origin: written for Vraagbaak.
    static let dateWords: Set<String> = [
        "geschreven", "schreef", "verschenen", "gepubliceerd", "geplaatst", "uitgekomen", "datum", "publicatiedatum",
    ]
    /// Words that point at the article the previous answer quoted: "Wie
    /// heeft dat geschreven?", "Wanneer is dit artikel verschenen?".
    static let pointingWords: Set<String> = ["dat", "dit", "deze", "die", "het", "daarvan", "hiervan"]

    /// The detail `query` asks of an article, if it asks one. A question
    /// that does not name the article may ask about the previous answer's
    /// article, but only with a word that asks the detail and a word that
    /// points at it ("Wie heeft dat geschreven?"; a bare "Wie?" does not).
    public static func asked(by query: AnalyzedQuery) -> ArticleDetail? {
        let named = query.namedDocument != nil
        let asking = query.concepts.filter { !$0.namesDocument && $0.importance > SentenceCoverage.carryingImportance }
        let words = Set(asking.map(\.surface))
        guard words.isSubset(of: DocumentReference.nouns.union(authorWords).union(dateWords)) else { return nil }
        // "schrijver" and "auteur" are filler words of content questions ("Wat vindt de schrijver van …?"), so
        // the words that ask a detail are looked for among all of them.
        let allWords = Set(query.concepts.filter { !$0.namesDocument }.map(\.surface))
        let asksAuthor = !allWords.isDisjoint(with: authorWords)
        let asksDate = !allWords.isDisjoint(with: dateWords)
        let detail: ArticleDetail
        switch query.type {
        case .person where named || asksAuthor: detail = .author
        case .time where named || asksDate: detail = .date
        case .definition, .other:
            // "Wat is de datum van …?", "Wie" left unsaid: "Auteur van de blog over …?"
            if allWords.contains("datum") || allWords.contains("publicatiedatum") {
                detail = .date
            } else if !allWords.isDisjoint(with: ["auteur", "auteurs", "schrijver", "schrijfster", "schrijvers"]) {
                detail = .author
            } else {
                return nil
            }
        default: return nil
        }
        if !named {
            // `query.words` leaves out stop words such as "dat".
            let written = query.question.lowercased().split { !$0.isLetter }
            guard detail == .author ? asksAuthor : asksDate, written.contains(where: { pointingWords.contains(String($0)) })
            else { return nil }
        }
        return detail
    }

    /// The article's value for this detail, as the prompts say it; nil when
    /// the knowledge folder does not give it.
    public func value(of document: SourceDocument, in language: PromptSet.Language) -> String? {
        switch self {
        case .author:
            guard let author = document.author?.trimmingCharacters(in: .whitespaces), !author.isEmpty else { return nil }
            return author
        case .date:
            // A date in another form ("voorjaar 2020") is said as the folder's editor wrote it.
            guard let date = document.date?.trimmingCharacters(in: .whitespaces), !date.isEmpty else { return nil }
            return PublicationDate(date)?.spoken(in: language) ?? date
        }
    }

    /// The prompt file that says this detail.
    var promptFile: String {
        switch self {
        case .author: "article-author.txt"
        case .date: "article-date.txt"
        }
    }
}
