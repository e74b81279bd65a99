extension QueryAnalyzer {
    /// The "-t" form of `word` when the question uses it as a verb of "ik"
    /// and the articles hold that form, else nil (`QueryOptions.firstPersonVerbWeight`).
    ///
    /// Questions speak as "ik" ("Hoe regel ik de erfenis als ik samenwoon?",
    /// "als ik mijn auto ga verkopen"), the articles as "u" ("als u ongehuwd
    /// samenwoont", "als u uw voertuig verkoopt"); the stemmer keeps the "t"
    /// and the long vowel, so the forms never meet. A word is read as the verb of
    /// "ik" when it stands right before or after "ik" ("stop ik", "als ik
    /// doorwerk") or ends a clause that "ik" opened, where a Dutch
    /// subordinate clause puts its verb ("als ik een eigen bedrijf begin?").
    /// A noun there ("ik mijn werk") rarely has a "-t" form in the articles.
    /// `folded` is the question's folded words, stop words included.
    func thirdPersonForm(of word: String, at token: Token, words folded: [Token], in question: String) -> String? {
        guard !word.hasSuffix("t"), let form = Self.thirdPersonCandidates(of: word).first(where: vocabulary.contains),
            let offset = folded.firstIndex(where: { $0.range == token.range })
        else { return nil }
        let nextToIk = (offset > 0 && folded[offset - 1].text == "ik") || (offset + 1 < folded.count && folded[offset + 1].text == "ik")
        let endsClause = question[token.range.upperBound...].first.map { $0 == "?" || $0 == "," } ?? true
        let clauseOfIk = endsClause && folded[..<offset].contains { $0.text == "ik" }
        return nextToIk || clauseOfIk ? form : nil
    }

    /// The "-t" forms `word` may have, most likely first: itself + "t"
    /// ("samenwoon"), and for an infinitive its stem + "t", with the spelling
    /// of a closed syllable: a doubled consonant single ("stoppen" →
    /// "stopt"), a long vowel written double ("verkopen" → "verkoopt"), "z"
    /// and "v" as "s" and "f" ("reizen" → "reist", "beloven" → "belooft"). The
    /// caller keeps the first the articles hold.
    static func thirdPersonCandidates(of word: String) -> [String] {
        var forms = [word + "t"]
        guard word.count >= 6, word.hasSuffix("en") else { return forms }
        let stem = Array(word.dropLast(2))
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let last = stem[stem.count - 1], before = stem[stem.count - 2]
        var stems: [String] = []
        if last == before, !vowels.contains(last) { stems.append(String(stem.dropLast())) }  // stoppen → stop
        if !vowels.contains(last), vowels.contains(before), !vowels.contains(stem[stem.count - 3]) {
            stems.append(String(stem.dropLast()) + String(before) + String(last))  // verkopen → verkoop
        }
        if let hard = ["z": "s", "v": "f"][last] {
            var letters = stem
            letters[letters.count - 1] = Character(hard)
            stems.append(String(letters))  // reizen → reis
            if vowels.contains(before), !vowels.contains(stem[stem.count - 3]) {
                stems.append(String(letters.dropLast()) + String(before) + hard)  // beloven → beloof
            }
        }
        stems.append(String(stem))  // werken → werk
        forms += stems.map { $0.hasSuffix("t") ? $0 : $0 + "t" }
        return forms
    }
}
