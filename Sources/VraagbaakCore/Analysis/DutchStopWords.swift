/// Dutch function words that carry no meaning for retrieval.
///
/// Origin: compiled for Vraagbaak from the closed word classes of Dutch
/// (articles, pronouns, prepositions, conjunctions, auxiliary and modal verbs,
/// common adverbs), in folded form (no diacritics, lower case). To change it,
/// edit the list below, one word a line; the analyzer folds questions and
/// documents the same way, so entries must be folded too.
///
/// The question words (wie, wat, waar, wanneer, hoeveel, waarom, hoe, welk,
/// welke) are deliberately *not* stop words: the answering step reads them to
/// know what kind of answer is wanted, and retrieval then ignores them.
public enum DutchStopWords {
    public static let all: Set<String> = Set(
        list.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
    )

    /// The words that say what kind of answer a question wants.
    public static let questionWords: Set<String> = [
        "wie", "wat", "waar", "wanneer", "hoeveel", "waarom", "hoe", "welk", "welke", "waarvoor",
        "waardoor", "waarmee", "hoelang",
        // The other "waar" + preposition question words: "Waaraan is behoefte?", "Waaruit bestaat ...?".
        "waaraan", "waarop", "waaruit", "waarover", "waarbij", "waarin", "waarvan", "waarnaar", "waarheen",
        "waartoe", "waarachter", "waarlangs", "waartegen", "waarzonder", "wiens",
    ]

    private static let list = """
        de
        het
        een
        en
        of
        maar
        want
        dus
        dat
        die
        dit
        deze
        der
        des
        den
        s
        t
        van
        in
        op
        aan
        met
        voor
        door
        bij
        tot
        om
        uit
        naar
        over
        onder
        tegen
        tussen
        zonder
        binnen
        buiten
        na
        per
        via
        te
        er
        ik
        je
        jij
        u
        hij
        zij
        ze
        wij
        we
        jullie
        hun
        hen
        hem
        haar
        mij
        me
        mijn
        jouw
        uw
        ons
        onze
        zijn
        is
        was
        waren
        ben
        bent
        wordt
        worden
        werd
        werden
        geworden
        heb
        hebt
        heeft
        hebben
        had
        hadden
        kan
        kun
        kunt
        kunnen
        kon
        konden
        zal
        zult
        zullen
        zou
        zouden
        moet
        moeten
        moest
        mag
        mogen
        wil
        wilt
        willen
        wel
        niet
        geen
        ook
        nog
        al
        als
        dan
        toen
        nu
        zo
        zoals
        erg
        zeer
        heel
        veel
        meer
        men
        iets
        iemand
        niets
        niemand
        alles
        zich
        zelf
        hier
        daar
        eens
        even
        reeds
        toch
        omdat
        hoewel
        terwijl
        indien
        wanneer
        """
}

/// Removes Dutch stop words, keeping question words for the question-type step.
public struct StopWordFilter: TokenFilter {
    public var stopWords: Set<String>

    public init(stopWords: Set<String> = DutchStopWords.all.subtracting(DutchStopWords.questionWords)) {
        self.stopWords = stopWords
    }

    public func apply(_ tokens: [Token]) -> [Token] {
        tokens.filter { $0.kind == .number || !stopWords.contains($0.text) }
    }
}
