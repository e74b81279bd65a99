extension QueryAnalyzer {
    /// The "-t" form of `word` when the question uses it as a verb of "ik"
    /// and the articles hold that form, else nil (`QueryOptions.firstPersonVerbWeight`).
    ///
    /// Questions speak as "ik" ("Hoe regel ik de erfenis als ik samenwoon?"),
    /// the articles as "u" ("als u ongehuwd samenwoont"); the stemmer keeps
    /// the "t", so the two forms never meet. A word is read as the verb of
    /// "ik" when it stands right before or after "ik" ("stop ik", "als ik
    /// doorwerk") or ends a clause that "ik" opened, where a Dutch
    /// subordinate clause puts its verb ("als ik een eigen bedrijf begin?").
    /// A noun there ("ik mijn werk") rarely has a "-t" form in the articles.
    /// `folded` is the question's folded words, stop words included.
    func thirdPersonForm(of word: String, at token: Token, words folded: [Token], in question: String) -> String? {
        guard !word.hasSuffix("t"), vocabulary.contains(word + "t"),
            let offset = folded.firstIndex(where: { $0.range == token.range })
        else { return nil }
        let nextToIk = (offset > 0 && folded[offset - 1].text == "ik") || (offset + 1 < folded.count && folded[offset + 1].text == "ik")
        let endsClause = question[token.range.upperBound...].first.map { $0 == "?" || $0 == "," } ?? true
        let clauseOfIk = endsClause && folded[..<offset].contains { $0.text == "ik" }
        return nextToIk || clauseOfIk ? word + "t" : nil
    }
}
