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
        "doen", "doet", "deed", "deden", "gaan", "gaat", "ging", "gingen", "komen", "komt", "kwam", "maken", "maakt",
        "krijgen", "krijgt", "kreeg", "laat", "gebeurt", "gebeurd", "gebeuren", "houden", "laten", "geven", "geeft",
        // Their other forms: "Wat moet ik regelen als ik een auto ga kopen?"
        // asks about buying a car, and "ga" in a page is an instruction ("ga
        // dan naar binnen").
        "ga", "gegaan", "kom", "kwamen", "gekomen", "doe", "gedaan", "maak", "maakte", "maakten", "gemaakt",
        "krijg", "kregen", "gekregen", "liet", "lieten", "gelaten", "hou", "houd", "hield", "hielden", "gehouden",
        "geef", "gaf", "gaven", "gegeven", "gebeurde",
        // "Hoe weet ik ...?", "Wat zeg ik ...?" frame the question like "weten" and "zeggen".
        "weet", "wist", "zeg",
        // Asking for advice or ideas frames the question as "vinden" and
        // "zeggen" do: "Wat adviseert X over Y?" asks about Y.
        "advies", "adviseert", "adviseren", "idee", "ideeen", "tips",
    ]

    /// Words after which a noun names the kind of answer wanted.
    public static let askingAfter: Set<String> = ["welk", "welke", "sinds", "hoeveel"]

    /// Nouns that, after `askingAfter`, name the kind of answer: "welk jaar".
    public static let answerKinds: Set<String> = [
        "jaar", "jaren", "datum", "dag", "dagen", "maand", "maanden", "periode", "moment", "tijd", "keer", "manier",
    ]

    /// Adjectives that, after "hoe", ask for a measure: "hoe lang" for a
    /// duration, "hoe vaak" for a frequency, "hoe hoog" for an amount. The
    /// answer states the measure ("maximaal 2 jaar") without the word.
    public static let measuresAfterHoe: Set<String> = ["lang", "vaak", "hoog", "oud", "groot", "laat", "ver", "duur"]

    /// Whether `word`, coming after `previous`, names the kind of answer
    /// rather than its subject: "welk jaar", "hoe lang".
    public static func namesKindOfAnswer(_ word: String, after previous: String) -> Bool {
        (askingAfter.contains(previous) && answerKinds.contains(word)) || (previous == "hoe" && measuresAfterHoe.contains(word))
    }
}
