/// Whether a sentence leans on the one before it, so that a quote of it
/// brings that one along and reads on its own.
extension AnswerComposer {
    /// First words that point back to what was said before ("Dat", "Deze",
    /// "Hij", "Daarom", ...). "Bijvoorbeeld" opens an example of it, often
    /// without a verb of its own ("bijvoorbeeld van teksten, muziek of
    /// foto's."): PolicyQA answer-contains 0.8125 → 0.815 (one won, none
    /// lost), the bundled set unchanged; "zoals" and an opening "of" as well
    /// lost three PolicyQA answers.
    static let pointingBack: Set<String> = [
        "dat", "deze", "die", "dit", "ze", "zij", "hij", "het", "daarom", "hierdoor", "daardoor", "zo", "ook", "dus",
        "toch", "daarmee", "hiermee", "daarbij", "hun", "haar", "zijn", "bijvoorbeeld",
    ]

    /// The verbs that show a sentence-opening "het" to be the pronoun ("Het
    /// is maart 2021", "Het gaat om ...", "Het zit erop"): the forms that
    /// follow it most in the bundled articles and PolicyQA's pages, and their
    /// common kin. Otherwise "het" is the article of the sentence's subject
    /// ("Het sociaal werk zal zich op deze doelgroepen moeten richten", "Het
    /// slechte nieuws is ..."), which points back to nothing.
    static let verbsAfterPronounHet: Set<String> = [
        "is", "was", "zijn", "waren", "gaat", "ging", "kan", "kon", "moet", "moest", "zal", "zou", "mag", "mocht", "wil",
        "heeft", "had", "wordt", "werd", "lijkt", "leek", "blijkt", "bleek", "klinkt", "zit", "zat", "staat", "stond",
        "komt", "kwam", "maakt", "hangt", "kost", "zorgt", "betekent", "geldt", "gebeurt", "valt", "duurt", "helpt", "werkt",
    ]

    /// Whether `sentence` opens with a word pointing back. An opening "het"
    /// does so only as a pronoun, before a verb: as an article it brought the
    /// sentence before along for nothing, and a quote that must make room for
    /// that one leaves out a companion ("Wat moet het sociaal werk doen voor
    /// mensen die al kwetsbaar waren?" lost its answer so, at 0.97).
    ///
    /// On a short page an opening "maar" points back too: a page written
    /// for residents goes on with the sentence before it ("om uit de dode
    /// hoek van een vrachtwagen te blijven moet u niet naast de vrachtwagen
    /// gaan staan of rijden. maar er rechts en ruim achter blijven."),
    /// whereas an article's "Maar" opens a turn of its argument that reads on
    /// its own. PolicyQA answer-contains 0.777 → 0.785 (three answers won,
    /// none lost), the bundled set unchanged; on every page it cost two
    /// bundled follow-up answers, whose quotes lost their room to the
    /// sentence before, and an opening "en" on short pages too cost PolicyQA
    /// an answer.
    func pointsBack(_ sentence: SentenceCandidate) -> Bool {
        Self.pointsBack(sentence.text, onShortPage: sentence.onShortPage)
    }

    static func pointsBack(_ text: String, onShortPage: Bool = false) -> Bool {
        let words = firstWords(2, of: text)
        guard let first = words.first else { return false }
        if onShortPage, first == "maar" { return true }
        guard pointingBack.contains(first) else { return false }
        guard first == "het" else { return true }
        return words.count > 1 && verbsAfterPronounHet.contains(words[1])
    }

    /// The first `count` words of `text`, lower-cased, read without splitting
    /// the rest: every candidate sentence is asked, many of them long.
    static func firstWords(_ count: Int, of text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            if character.isLetter {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
                if words.count == count { return words }
            }
        }
        if !current.isEmpty, words.count < count { words.append(current.lowercased()) }
        return words
    }
}
