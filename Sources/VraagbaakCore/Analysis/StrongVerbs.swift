/// The Dutch strong and irregular verbs: infinitive, past tense singular and
/// plural, past participle.
///
/// These verbs change their vowel ("schrijven", "schreef", "geschreven"), so
/// neither the stemmer nor `ParticipleFilter`'s rules can lead from one form
/// to another; only a list can (`StrongVerbReading` reads a question with it). Snowball's libstemmer has no such list
/// either, and a lemma table would add a dependency for a few hundred
/// lines of grammar-book facts.
///
/// Origin: written for Vraagbaak from the list of strong and irregular verbs
/// that Dutch grammars give, limited to verbs residents and public-service
/// texts use. Left out on purpose: the auxiliaries and modals ("zijn",
/// "hebben", "worden", "kunnen", "moeten" …), which are stop words, and verbs
/// whose forms are mostly other words ("lijden": "leed", "leden",
/// "geleden"; "wijken": "week", "weken"; "prijzen", "raden", "rijzen",
/// "ruiken", "wijzen"). Forms that are common nouns or adverbs on their own
/// are in `ambiguousForms`. Edit the lines to change the list: one verb a
/// line, forms separated by spaces, alternatives by "/".
enum StrongVerbs {
    static let lines = """
        bakken bakte bakten gebakken
        bederven bedierf bedierven bedorven
        bedriegen bedroog bedrogen bedrogen
        beginnen begon begonnen begonnen
        bergen borg borgen geborgen
        bevelen beval bevalen bevolen
        bewegen bewoog bewogen bewogen
        bidden bad baden gebeden
        bieden bood boden geboden
        bijten beet beten gebeten
        binden bond bonden gebonden
        blazen blies bliezen geblazen
        blijken bleek bleken gebleken
        blijven bleef bleven gebleven
        braden braadde braadden gebraden
        breken brak braken gebroken
        brengen bracht brachten gebracht
        buigen boog bogen gebogen
        denken dacht dachten gedacht
        doen deed deden gedaan
        dragen droeg droegen gedragen
        drijven dreef dreven gedreven
        dringen drong drongen gedrongen
        drinken dronk dronken gedronken
        duiken dook doken gedoken
        dwingen dwong dwongen gedwongen
        eten at aten gegeten
        gaan ging gingen gegaan
        gelden gold golden gegolden
        genezen genas genazen genezen
        genieten genoot genoten genoten
        geven gaf gaven gegeven
        gieten goot goten gegoten
        glijden gleed gleden gegleden
        grijpen greep grepen gegrepen
        hangen hing hingen gehangen
        heffen hief hieven geheven
        helpen hielp hielpen geholpen
        houden hield hielden gehouden
        jagen joeg joegen gejaagd
        kiezen koos kozen gekozen
        kijken keek keken gekeken
        klimmen klom klommen geklommen
        klinken klonk klonken geklonken
        knijpen kneep knepen geknepen
        komen kwam kwamen gekomen
        kopen kocht kochten gekocht
        krijgen kreeg kregen gekregen
        krimpen kromp krompen gekrompen
        kruipen kroop kropen gekropen
        laten liet lieten gelaten
        lezen las lazen gelezen
        liegen loog logen gelogen
        liggen lag lagen gelegen
        lijken leek leken geleken
        lopen liep liepen gelopen
        meten mat maten gemeten
        mijden meed meden gemeden
        nemen nam namen genomen
        rijden reed reden gereden
        roepen riep riepen geroepen
        scheiden scheidde scheidden gescheiden
        schenken schonk schonken geschonken
        scheppen schiep schiepen geschapen
        schieten schoot schoten geschoten
        schrijven schreef schreven geschreven
        schrikken schrok schrokken geschrokken
        schuiven schoof schoven geschoven
        slaan sloeg sloegen geslagen
        slapen sliep sliepen geslapen
        sluiten sloot sloten gesloten
        smelten smolt smolten gesmolten
        snijden sneed sneden gesneden
        spreken sprak spraken gesproken
        springen sprong sprongen gesprongen
        staan stond stonden gestaan
        steken stak staken gestoken
        stelen stal stalen gestolen
        sterven stierf stierven gestorven
        stijgen steeg stegen gestegen
        strijden streed streden gestreden
        treden trad traden getreden
        trekken trok trokken getrokken
        vallen viel vielen gevallen
        vangen ving vingen gevangen
        varen voer voeren gevaren
        vechten vocht vochten gevochten
        verbieden verbood verboden verboden
        vergeten vergat vergaten vergeten
        verliezen verloor verloren verloren
        vinden vond vonden gevonden
        vliegen vloog vlogen gevlogen
        vragen vroeg vroegen gevraagd
        vriezen vroor vroren gevroren
        wegen woog wogen gewogen
        werpen wierp wierpen geworpen
        werven wierf wierven geworven
        weten wist wisten geweten
        winnen won wonnen gewonnen
        zeggen zei zeiden gezegd
        zenden zond zonden gezonden
        zien zag zagen gezien
        zingen zong zongen gezongen
        zinken zonk zonken gezonken
        zitten zat zaten gezeten
        zoeken zocht zochten gezocht
        zwemmen zwom zwommen gezwommen
        zwijgen zweeg zwegen gezwegen
        """

    /// Forms that, standing alone, are mostly another word: a noun ("bad",
    /// "bond", "greep", "namen", "reden", "sloot", "vocht", "voer"), an
    /// adverb ("vroeg", "geleden"), an adjective ("gelegen") or a noun plural
    /// ("gevallen", "maten", "sloten"). With a prefix they are read as verb
    /// forms ("begreep", "ontstond").
    static let ambiguousForms: Set<String> = [
        "at", "bad", "bond", "gedragen", "gelegen", "geleden", "gevallen", "goot", "greep", "mat", "maten", "namen",
        "lagen", "reden", "sloot", "sloten", "stak", "staken", "stal", "stalen", "vocht", "voer", "voeren", "vroeg",
    ]

    /// A past tense form → its infinitive: "schreef", "schreven" → "schrijven".
    static let pastForms: [String: String] = table { [$0[1], $0[2]] }

    /// A participle after its "ge-" → its infinitive: "schreven" (of
    /// "geschreven", "opgeschreven", and without "ge-" in "beschreven") →
    /// "schrijven".
    static let participleStems: [String: String] = table { $0[3].hasPrefix("ge") ? [String($0[3].dropFirst(2))] : [] }

    /// A participle that has no "ge-" of its own → its infinitive: "begonnen"
    /// → "beginnen", "verloren" → "verliezen".
    static let participlesWithoutGe: [String: String] = table { $0[3].hasPrefix("ge") ? [] : [$0[3]] }

    private static let rows: [[String]] = lines.split(separator: "\n").map {
        $0.split(separator: " ").map { String($0) }
    }

    private static func table(_ column: ([String]) -> [String]) -> [String: String] {
        var result: [String: String] = [:]
        for row in rows where row.count == 4 {
            for cell in column(row) {
                for form in cell.split(separator: "/") where result[String(form)] == nil {
                    result[String(form)] = row[0]
                }
            }
        }
        return result
    }
}
