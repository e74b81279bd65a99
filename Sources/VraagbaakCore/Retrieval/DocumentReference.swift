/// Finds where a question names the article it asks about: "de blog over
/// het granieten bestand", "het bericht 'Voorbij het virus'", "volgens het
/// artikel over sociale isolatie".
///
/// The words of such a reference say which article to read, not what to
/// find in it: "Welke gemeenten heeft de schrijfster van de blog over het
/// granieten bestand bezocht?" asks which municipalities were visited, and a
/// sentence about the granieten bestand does not answer it. So the words keep
/// their full weight in retrieval, where they lead to the article, and the
/// article they name is preferred as a follow-up's cited article is; but the
/// answer need not repeat them (`AnalyzedQuery.Concept.namesDocument`).
///
/// A reference is a word for an article (`nouns`) followed by "over" or by a
/// quote mark, and then the longest run of the question's next words that
/// one document's title holds. Without a title that holds them it is no
/// reference: "de blog over ouderen" in a folder with no such title is read
/// as an ordinary question.
public enum DocumentReference {
    /// Words residents use for an article. Origin: written for Vraagbaak.
    public static let nouns: Set<String> = ["blog", "artikel", "bericht", "nieuwsbericht", "stuk", "tekst", "column"]

    /// How much a named article's passages are preferred; the same as a
    /// follow-up's cited article (`FollowUpResolver.citedDocumentFactor`).
    public static let documentFactor = 1.3

    /// Marks the concepts of `query` that name an article and returns the id
    /// of that article. `documents` lists the document ids, `titleTerms`
    /// gives the term ids of a document's title by its place in that list,
    /// and `termID` the id of an analysed term (nil when no title or passage holds it).
    @discardableResult
    public static func mark(
        _ query: inout AnalyzedQuery, documents: [String], titleTerms: (Int) -> [UInt32], termID: (String) -> UInt32?
    ) -> String? {
        guard let nounIndex = query.concepts.firstIndex(where: { nouns.contains($0.surface) }),
            introducesReference(after: query.concepts[nounIndex].surface, in: query)
        else { return nil }
        // The following words as title term ids; a word with no id is in no title, and ends every run.
        let following = query.concepts.dropFirst(nounIndex + 1).map { concept in
            concept.alternatives.first.map { $0.terms.map(termID) } ?? [nil]
        }
        var best: (id: String, run: Int)?
        for (index, id) in documents.enumerated() {
            let title = titleTerms(index)
            let run = following.prefix { ids in ids.allSatisfy { $0.map(title.contains) ?? false } }.count
            if run > best?.run ?? 0 || (run == best?.run && run > 0 && id < best!.id) { best = (id, run) }
        }
        guard let best, best.run > 0 else { return nil }
        for index in (nounIndex + 1)...(nounIndex + best.run) { query.concepts[index].namesDocument = true }
        query.contextDocuments[best.id] = max(query.contextDocuments[best.id] ?? 1, documentFactor)
        return best.id
    }

    /// Whether the word after `noun` in the question is "over" or a quote
    /// mark: "de blog over …", "het bericht 'Voorbij het virus'".
    static func introducesReference(after noun: String, in query: AnalyzedQuery) -> Bool {
        let text = query.question.lowercased()
        var searchStart = text.startIndex
        while let range = text.range(of: noun, range: searchStart..<text.endIndex) {
            searchStart = range.upperBound
            let startsWord = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
            guard startsWord, range.upperBound == text.endIndex || !text[range.upperBound].isLetter else { continue }
            let after = text[range.upperBound...].drop { $0 == " " }
            if after.first.map({ "'\"‘“".contains($0) }) == true { return true }
            if after.hasPrefix("over"), after.dropFirst(4).first.map({ !$0.isLetter }) ?? true { return true }
        }
        return false
    }
}
