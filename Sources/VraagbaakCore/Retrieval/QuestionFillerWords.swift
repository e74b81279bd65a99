/// Words residents use to frame a question that say little about what they
/// ask: references to the text itself ("blog", "artikel", "volgens") and
/// fillers ("precies", "eigenlijk"). They still take part in retrieval, with
/// a small weight, so a question made only of them is not lost.
///
/// Origin: compiled for Vraagbaak from the bundled dev set's and PolicyQA's
/// question wording, in folded form. Edit the list to change it.
public enum QuestionFillerWords {
    public static let all: Set<String> = [
        "blog", "artikel", "tekst", "bericht", "stuk", "schrijver", "schrijfster", "auteur", "volgens",
        "precies", "eigenlijk", "allemaal", "gewoon", "graag", "weten", "vertellen", "uitleggen", "noemen",
        "noemt", "genoemd", "beschreven", "staat", "staan", "vraag", "vragen", "vind", "vindt", "vinden",
        "zeggen", "zegt", "ergens", "iets", "soort", "bepaalde", "bepaald", "tegenwoordig", "inmiddels",
        "bijvoorbeeld", "verder", "ongeveer", "nou", "trouwens",
        // Definition frames: "Wat wordt bedoeld met X?", "Wat betekent X?" ask what X is.
        "bedoeld", "bedoelt", "bedoelen", "betekent", "betekenen", "betekenis", "verstaan", "verstaat",
        // Follow-up frames: "Klopt dat?", "Hoezo?", "Vergeleken met wie?" check or
        // compare what was just said; they name no subject of their own.
        "klopt", "kloppen", "klopte", "echt", "hoezo", "vergeleken", "vergelijking",
        // Light verbs: "Wat doet Figulus?" asks about Figulus, not about doing.
        // The forms after "ik" count too ("Wanneer krijg ik ...?", "Hoe ga ik ...?").
        "doen", "doe", "doet", "deed", "deden", "gaan", "ga", "gaat", "ging", "gingen", "komen", "kom", "komt", "kwam",
        "maken", "maak", "maakt", "krijgen", "krijg", "krijgt", "kreeg", "laat", "gebeurt", "gebeurd", "gebeuren",
        "houden", "houd", "hou", "laten", "geven", "geef", "geeft", "weet", "zeg",
    ]

    /// Words after which a noun names the kind of answer wanted.
    public static let askingAfter: Set<String> = ["welk", "welke", "sinds", "hoeveel", "hoe"]

    /// Words that, after `askingAfter`, name the kind of answer: "welk jaar",
    /// "hoe lang" (a duration, not something long).
    public static let answerKinds: Set<String> = [
        "jaar", "jaren", "datum", "dag", "dagen", "maand", "maanden", "periode", "moment", "tijd", "keer", "manier",
        "lang", "vaak", "oud", "groot", "duur", "ver",
    ]
}
