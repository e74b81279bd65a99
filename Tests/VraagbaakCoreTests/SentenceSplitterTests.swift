import Foundation
import Testing

@testable import VraagbaakCore

/// One input and the exact sentences the splitter must return for it.
struct SentenceSplitCase: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var expected: [String]

    init(_ name: String, _ text: String, _ expected: [String]) {
        self.name = name
        self.text = text
        self.expected = expected
    }

    var testDescription: String { name }
}

private func split(_ text: String, with splitter: SentenceSplitter = SentenceSplitter()) -> [String] {
    splitter.sentences(in: text).map { String(text[$0]) }
}

@Suite struct SentenceSplitterTests {
    // MARK: - Where sentences end

    static let sentenceEndCases: [SentenceSplitCase] = [
        SentenceSplitCase(
            "period, exclamation and question mark",
            "Het regent. Morgen schijnt de zon! Echt? Ja.",
            ["Het regent.", "Morgen schijnt de zon!", "Echt?", "Ja."]),
        SentenceSplitCase(
            "run of ?! stays with its sentence",
            "Sociale isolatie?! Dat past het sociaal werk niet",
            ["Sociale isolatie?!", "Dat past het sociaal werk niet"]),
        SentenceSplitCase(
            "three dots before a capital end the sentence",
            "aan mensen met een (psychische) beperking die hun dagstructuur en weekinvulling nu missen... Al die mensen die ook zonder corona al dagelijks kampen met bestaansstress en isolement en die nu in een nóg moeilijkere situatie zitten.",
            [
                "aan mensen met een (psychische) beperking die hun dagstructuur en weekinvulling nu missen...",
                "Al die mensen die ook zonder corona al dagelijks kampen met bestaansstress en isolement en die nu in een nóg moeilijkere situatie zitten.",
            ]),
        SentenceSplitCase(
            "ellipsis character before a capital ends the sentence",
            "Het was stil… Toen ging de bel.",
            ["Het was stil…", "Toen ging de bel."]),
        SentenceSplitCase(
            "ellipsis before lower case does not",
            "Hij wachtte... en wachtte… en wachtte.",
            ["Hij wachtte... en wachtte… en wachtte."]),
        SentenceSplitCase(
            "lower case after a period does not",
            "Hij zei nee. maar toch kwam hij.",
            ["Hij zei nee. maar toch kwam hij."]),
        SentenceSplitCase(
            "a digit starts a sentence",
            "Het is maart 2021. 80% van de demente ouderen woont nu nog zelfstandig thuis.",
            ["Het is maart 2021.", "80% van de demente ouderen woont nu nog zelfstandig thuis."]),
        SentenceSplitCase(
            "an opening quote starts a sentence",
            "Dat zei ze. ‘Kom maar binnen,’ riep hij.",
            ["Dat zei ze.", "‘Kom maar binnen,’ riep hij."]),
        SentenceSplitCase(
            "an opening bracket starts a sentence; sentences inside brackets stay together",
            "Dat is alles. (Zie de bijlage. Daar staat meer.) Daarna volgt de rest.",
            ["Dat is alles.", "(Zie de bijlage. Daar staat meer.)", "Daarna volgt de rest."]),
        SentenceSplitCase(
            "no white space, no break",
            "Tijdens de eerste lockdown onderzochten we samen met Bindkracht10, Wel.kom en Werkbedrijf de impact.",
            ["Tijdens de eerste lockdown onderzochten we samen met Bindkracht10, Wel.kom en Werkbedrijf de impact."]),
        SentenceSplitCase(
            "a newline ends a sentence without punctuation",
            "Blog\nGranieten bestand toch niet van steen\nSo far, so good.\nHet slechte nieuws",
            ["Blog", "Granieten bestand toch niet van steen", "So far, so good.", "Het slechte nieuws"]),
        SentenceSplitCase(
            "white space around sentences and blank lines are dropped",
            "  Eerst dit.   Dan dat.  \n\n \t\n  En nu?  ",
            ["Eerst dit.", "Dan dat.", "En nu?"]),
        SentenceSplitCase(
            "carriage return line ends and non-breaking spaces",
            "Wat betekent dit voor het sociaal werk in Nederland?\r\n\u{a0}\r\nEEN BERICHT VOOR HET SOCIAAL WERK IN NEDERLAND",
            ["Wat betekent dit voor het sociaal werk in Nederland?", "EEN BERICHT VOOR HET SOCIAAL WERK IN NEDERLAND"]),
        SentenceSplitCase("empty text", "", []),
        SentenceSplitCase("only white space", "  \n \u{a0}\n\n", []),
    ]

    @Test(arguments: SentenceSplitterTests.sentenceEndCases)
    func sentenceEnds(_ testCase: SentenceSplitCase) {
        #expect(split(testCase.text) == testCase.expected)
    }

    // MARK: - Abbreviations, numbers and initials

    static let abbreviationCases: [SentenceSplitCase] = [
        SentenceSplitCase(
            "o.a. before a name",
            "Er doen o.a. Aalten en Leerdam mee.",
            ["Er doen o.a. Aalten en Leerdam mee."]),
        SentenceSplitCase(
            "ca. and d.w.z. before numbers",
            "Het gaat om ca. 140.000 mensen, d.w.z. 2% van de beroepsbevolking.",
            ["Het gaat om ca. 140.000 mensen, d.w.z. 2% van de beroepsbevolking."]),
        SentenceSplitCase(
            "titles inside and at the start of sentences",
            "Het rapport van prof. Jansen en dr. De Vries verscheen gisteren. Mr. Bakker las het. Drs. Smit niet.",
            ["Het rapport van prof. Jansen en dr. De Vries verscheen gisteren.", "Mr. Bakker las het.", "Drs. Smit niet."]),
        SentenceSplitCase(
            "Dr. at the start of a line",
            "Dr. Isolde Driesen (i.driesen@sterker.nl)",
            ["Dr. Isolde Driesen (i.driesen@sterker.nl)"]),
        SentenceSplitCase(
            "dhr. and mw. after a question",
            "Vragen? Mail dhr. Jansen of mw. De Boer.",
            ["Vragen?", "Mail dhr. Jansen of mw. De Boer."]),
        SentenceSplitCase(
            "a sentence starting with a capitalised abbreviation",
            "O.a. Figulus en Samen Doen werken zo. Bijv. Rachel, een Wajonger.",
            ["O.a. Figulus en Samen Doen werken zo.", "Bijv. Rachel, een Wajonger."]),
        SentenceSplitCase(
            "more abbreviations before capitals and digits",
            "Bel tel. 020-1234567 t.a.v. De Directie, m.b.t. Wmo en i.p.v. Jeugdzorg, zie nr. 5 en st. Jozef, excl. Btw, incl. BTW, vs. Ajax, zgn. Gouden gemeenten, resp. 40 en 50, a.u.b. Snel, z.g.a.n. Fiets, e.g. Zaken.",
            ["Bel tel. 020-1234567 t.a.v. De Directie, m.b.t. Wmo en i.p.v. Jeugdzorg, zie nr. 5 en st. Jozef, excl. Btw, incl. BTW, vs. Ajax, zgn. Gouden gemeenten, resp. 40 en 50, a.u.b. Snel, z.g.a.n. Fiets, e.g. Zaken."]),
        SentenceSplitCase(
            "abbreviation in brackets",
            "Gemeenten (o.a. Aalten) investeren. Dat werkt.",
            ["Gemeenten (o.a. Aalten) investeren.", "Dat werkt."]),
        SentenceSplitCase(
            "enz. ends a sentence before a capitalised word",
            "Ze verkochten appels, peren enz. Daarna gingen ze naar huis.",
            ["Ze verkochten appels, peren enz.", "Daarna gingen ze naar huis."]),
        SentenceSplitCase(
            "etc. ends a sentence before a capitalised word",
            "Ze las boeken, tijdschriften etc. Dat deed ze elke dag.",
            ["Ze las boeken, tijdschriften etc.", "Dat deed ze elke dag."]),
        SentenceSplitCase(
            "e.d. ends a sentence before a capitalised word",
            "Ze las boeken, tijdschriften e.d. Die lagen overal.",
            ["Ze las boeken, tijdschriften e.d.", "Die lagen overal."]),
        SentenceSplitCase(
            "enz. and etc. before lower case, a digit or a bracket stay inside",
            "Appels, peren enz. en nog meer. Boeken etc. (zie de lijst) lagen er. Ze las boeken enz. 24/7 deed ze niets anders.",
            ["Appels, peren enz. en nog meer.", "Boeken etc. (zie de lijst) lagen er.", "Ze las boeken enz. 24/7 deed ze niets anders."]),
        SentenceSplitCase(
            "numbers with dots and commas",
            "Het kost 1.250,50 euro. Dat is 2.5 keer zoveel als op 21.03.2018 om 10.30 uur.",
            ["Het kost 1.250,50 euro.", "Dat is 2.5 keer zoveel als op 21.03.2018 om 10.30 uur."]),
        SentenceSplitCase(
            "initials",
            "Het kabinet van J.P. Balkenende viel. M. Vos schreef erover met H. Bakker.",
            ["Het kabinet van J.P. Balkenende viel.", "M. Vos schreef erover met H. Bakker."]),
        SentenceSplitCase(
            "a single capital letter with a dot is an initial",
            "Zie bijlage B. Hierin staat alles.",
            ["Zie bijlage B. Hierin staat alles."]),
        SentenceSplitCase(
            "the number of a numbered item stays with it",
            "1. Investeer in peutervoorzieningen. Het antwoord is 3. Dat klopt.",
            ["1. Investeer in peutervoorzieningen.", "Het antwoord is 3.", "Dat klopt."]),
    ]

    @Test(arguments: SentenceSplitterTests.abbreviationCases)
    func abbreviationsNumbersAndInitials(_ testCase: SentenceSplitCase) {
        #expect(split(testCase.text) == testCase.expected)
    }

    // MARK: - Quotes and apostrophes

    static let quoteCases: [SentenceSplitCase] = [
        SentenceSplitCase(
            "Leerdam quote",
            "Ze zet boeken terug, houdt de voorleeshoek op orde en stempelt nieuwe aanwinsten af. ‘Ik begon met een paar uurtjes, maar nu ben ik er vijf dagen in de week,’ zegt ze glunderend.",
            [
                "Ze zet boeken terug, houdt de voorleeshoek op orde en stempelt nieuwe aanwinsten af.",
                "‘Ik begon met een paar uurtjes, maar nu ben ik er vijf dagen in de week,’ zegt ze glunderend.",
            ]),
        SentenceSplitCase(
            "Aalten quote",
            "Onderhoud van dat netwerk is dan ook een cruciale taak voor Figulus. ‘De bodem moet vruchtbaar blijven,’ noemt directeur Eric Wichgers het.",
            [
                "Onderhoud van dat netwerk is dan ook een cruciale taak voor Figulus.",
                "‘De bodem moet vruchtbaar blijven,’ noemt directeur Eric Wichgers het.",
            ]),
        SentenceSplitCase(
            "sentence punctuation inside curly single quotes",
            "‘Kom je ook? Het wordt gezellig,’ vroeg hij. Ze knikte.",
            ["‘Kom je ook? Het wordt gezellig,’ vroeg hij.", "Ze knikte."]),
        SentenceSplitCase(
            "inside curly double quotes",
            "“Kom je ook? Het wordt gezellig,” vroeg hij.",
            ["“Kom je ook? Het wordt gezellig,” vroeg hij."]),
        SentenceSplitCase(
            "inside low-high double quotes",
            "„Kom je ook? Het wordt gezellig,” vroeg hij.",
            ["„Kom je ook? Het wordt gezellig,” vroeg hij."]),
        SentenceSplitCase(
            "inside straight double quotes",
            "\"Kom je ook? Het wordt gezellig,\" vroeg hij.",
            ["\"Kom je ook? Het wordt gezellig,\" vroeg hij."]),
        SentenceSplitCase(
            "inside straight single quotes",
            "'Kom je ook? Het wordt gezellig,' vroeg hij.",
            ["'Kom je ook? Het wordt gezellig,' vroeg hij."]),
        SentenceSplitCase(
            "inside guillemets",
            "«Kom je ook? Het wordt gezellig», vroeg hij.",
            ["«Kom je ook? Het wordt gezellig», vroeg hij."]),
        SentenceSplitCase(
            "a closing quote after the final period belongs to the sentence",
            "Hij zei: ‘Ik stop ermee.’ Daarna vertrok hij.",
            ["Hij zei: ‘Ik stop ermee.’", "Daarna vertrok hij."]),
        SentenceSplitCase(
            "a quoted sentence in straight quotes (sozio)",
            "'Voor sommige (kwetsbare) burgers is de huidige samenleving helaas te ingewikkeld, te veeleisend.' Dat stelt brancheorganisatie Sociaal Werk Nederland. Daarom doet ze aanbevelingen aan gemeenten.",
            [
                "'Voor sommige (kwetsbare) burgers is de huidige samenleving helaas te ingewikkeld, te veeleisend.'",
                "Dat stelt brancheorganisatie Sociaal Werk Nederland.",
                "Daarom doet ze aanbevelingen aan gemeenten.",
            ]),
        SentenceSplitCase(
            "a quotation of several sentences is one (sozio)",
            "'Als brancheorganisatie voor het sociaal werk kennen wij onze leden. Zij dóén dat lokale werk. Graag bieden we u een staalkaart van hun praktijkervaringen en hun expertise aan, inclusief inspirerende voorbeelden en urgente suggesties.' Sociaal Werk Nederland pleit onder andere voor het volgende:",
            [
                "'Als brancheorganisatie voor het sociaal werk kennen wij onze leden. Zij dóén dat lokale werk. Graag bieden we u een staalkaart van hun praktijkervaringen en hun expertise aan, inclusief inspirerende voorbeelden en urgente suggesties.'",
                "Sociaal Werk Nederland pleit onder andere voor het volgende:",
            ]),
        SentenceSplitCase(
            "curly open and straight close (voorbij het virus)",
            "Nederland bevindt zich momenteel in een tweede ‘lockdown'. Tijdens de eerste lockdown in maart 2020 onderzochten we de impact.",
            [
                "Nederland bevindt zich momenteel in een tweede ‘lockdown'.",
                "Tijdens de eerste lockdown in maart 2020 onderzochten we de impact.",
            ]),
        SentenceSplitCase(
            "double quotes after z'n",
            "Zo kunnen ook jongeren ervan profiteren dat we ons met z'n allen \"uit de crisis investeren\". Dat is het doel.",
            [
                "Zo kunnen ook jongeren ervan profiteren dat we ons met z'n allen \"uit de crisis investeren\".",
                "Dat is het doel.",
            ]),
        SentenceSplitCase(
            "curly double quotes around a word",
            "Dan Leerdam. Sociaalwerkorganisatie Samen Doen heeft 43 “granieten” cliënten onder haar hoede.",
            ["Dan Leerdam.", "Sociaalwerkorganisatie Samen Doen heeft 43 “granieten” cliënten onder haar hoede."]),
        SentenceSplitCase(
            "’s avonds is not a quote",
            "Hij werkt ’s avonds. Dan is het stil. 's Ochtends slaapt hij. 't Is zwaar.",
            ["Hij werkt ’s avonds.", "Dan is het stil.", "'s Ochtends slaapt hij.", "'t Is zwaar."]),
        SentenceSplitCase(
            "’s avonds inside a quotation",
            "‘Ik werk ’s avonds. Echt,’ zegt hij. Dan is het rustig.",
            ["‘Ik werk ’s avonds. Echt,’ zegt hij.", "Dan is het rustig."]),
        SentenceSplitCase(
            "plural apostrophes are not quotes",
            "Ze maakt foto's. Die hangen bij GGD’s en in dilemma’s. ‘De foto’s zijn mooi. Echt waar,’ zegt ze.",
            ["Ze maakt foto's.", "Die hangen bij GGD’s en in dilemma’s.", "‘De foto’s zijn mooi. Echt waar,’ zegt ze."]),
        SentenceSplitCase(
            "what’s in a name",
            "Sommige trokken daarvoor naar Knokke (what’s in a name) of Albufeira. Anderen bleven thuis.",
            ["Sommige trokken daarvoor naar Knokke (what’s in a name) of Albufeira.", "Anderen bleven thuis."]),
        SentenceSplitCase(
            "a quote never closed protects nothing",
            "Hij zei ‘ik weet het niet. Daarna ging hij weg.",
            ["Hij zei ‘ik weet het niet.", "Daarna ging hij weg."]),
        SentenceSplitCase(
            "a period after a closing bracket",
            "Signalen komen nu boven drijven (zo hebben scholen nu kinderen in beeld). Juist nu is het belangrijk.",
            ["Signalen komen nu boven drijven (zo hebben scholen nu kinderen in beeld).", "Juist nu is het belangrijk."]),
    ]

    @Test(arguments: SentenceSplitterTests.quoteCases)
    func quotesAndApostrophes(_ testCase: SentenceSplitCase) {
        #expect(split(testCase.text) == testCase.expected)
    }

    // MARK: - Bullets

    static let bulletCases: [SentenceSplitCase] = [
        SentenceSplitCase(
            "asterisk list of the sozio article",
            """
            Sociaal Werk Nederland pleit onder andere voor het volgende:
            * (Blijf) investeren in peutervoorzieningen voor een betere startpositie van alle kinderen, ook op de basisschool.
            * Geef meer aandacht aan preventie, voorkomen in plaats van genezen of oplossen. Gun kinderen in kwetsbare buurten een gezonde leefstijl; geef ze les in gezond leven, eten en bewegen.
            * Regel dat mantelzorgers een beroep kunnen doen op ondersteuning thuis als dat nodig is.
            """,
            [
                "Sociaal Werk Nederland pleit onder andere voor het volgende:",
                "(Blijf) investeren in peutervoorzieningen voor een betere startpositie van alle kinderen, ook op de basisschool.",
                "Geef meer aandacht aan preventie, voorkomen in plaats van genezen of oplossen.",
                "Gun kinderen in kwetsbare buurten een gezonde leefstijl; geef ze les in gezond leven, eten en bewegen.",
                "Regel dat mantelzorgers een beroep kunnen doen op ondersteuning thuis als dat nodig is.",
            ]),
        SentenceSplitCase(
            "indented bullets of voorbij het virus",
            """
              • Outreachend werken (er-op-af). Outreachend werken houdt in: het bereiken van mensen die niet expliciet een hulpvraag formuleren, maar waarover wel zorg is. Signalen komen nu boven drijven (zo hebben scholen nu kinderen in beeld bij wie het de ouders niet lukt hen te begeleiden met schooltaken). Juist nu is het belangrijk om aansluiting te houden met mensen in kwetsbare omstandigheden en contact te krijgen met genoemde nieuwe doelgroepen (zoals ondernemers met beginnende schulden).
              • Intersectorale samenwerking.
            """,
            [
                "Outreachend werken (er-op-af).",
                "Outreachend werken houdt in: het bereiken van mensen die niet expliciet een hulpvraag formuleren, maar waarover wel zorg is.",
                "Signalen komen nu boven drijven (zo hebben scholen nu kinderen in beeld bij wie het de ouders niet lukt hen te begeleiden met schooltaken).",
                "Juist nu is het belangrijk om aansluiting te houden met mensen in kwetsbare omstandigheden en contact te krijgen met genoemde nieuwe doelgroepen (zoals ondernemers met beginnende schulden).",
                "Intersectorale samenwerking.",
            ]),
        SentenceSplitCase(
            "contact bullets of voorbij het virus",
            "  • Pamela Besselink M HCSW (p.besselink@sterker.nl) en\n  • Dr. Isolde Driesen (i.driesen@sterker.nl)\nTerug",
            ["Pamela Besselink M HCSW (p.besselink@sterker.nl) en", "Dr. Isolde Driesen (i.driesen@sterker.nl)", "Terug"]),
        SentenceSplitCase(
            "hyphen and en dash bullets",
            "- Nog geen reacties\n– Wel een vraag? Stel hem.",
            ["Nog geen reacties", "Wel een vraag?", "Stel hem."]),
        SentenceSplitCase(
            "a minus sign is not a bullet",
            "-5 graden vannacht.",
            ["-5 graden vannacht."]),
        SentenceSplitCase(
            "a bullet after a period starts a sentence",
            "Dit zijn de punten. • Eerste punt",
            ["Dit zijn de punten.", "Eerste punt"]),
        SentenceSplitCase(
            "an empty bullet is no sentence",
            "•\n*  \n• Tweede",
            ["Tweede"]),
    ]

    @Test(arguments: SentenceSplitterTests.bulletCases)
    func bullets(_ testCase: SentenceSplitCase) {
        #expect(split(testCase.text) == testCase.expected)
    }

    // MARK: - Paragraphs from the articles

    static let articleCases: [SentenceSplitCase] = [
        SentenceSplitCase(
            "granieten bestand",
            "Het klinkt keihard en dat is het ook: het granieten bestand. Het is vaktaal voor de pakweg 140.000 Nederlanders die meer dan vijf jaar in de bijstand zitten en daar op eigen houtje zelden uitkomen. Mensen in wie weinig is geïnvesteerd, omdat ze nagenoeg geen kans hebben op betaald werk. Feitelijk zijn ze opgegeven.",
            [
                "Het klinkt keihard en dat is het ook: het granieten bestand.",
                "Het is vaktaal voor de pakweg 140.000 Nederlanders die meer dan vijf jaar in de bijstand zitten en daar op eigen houtje zelden uitkomen.",
                "Mensen in wie weinig is geïnvesteerd, omdat ze nagenoeg geen kans hebben op betaald werk.",
                "Feitelijk zijn ze opgegeven.",
            ]),
        SentenceSplitCase(
            "demente ouderen",
            "80% van de demente ouderen woont nu nog zelfstandig thuis. Ggz-cliënten komen in de wijken wonen. Maar ook licht verstandelijk gehandicapten.",
            [
                "80% van de demente ouderen woont nu nog zelfstandig thuis.",
                "Ggz-cliënten komen in de wijken wonen.",
                "Maar ook licht verstandelijk gehandicapten.",
            ]),
        SentenceSplitCase(
            "exclamations",
            "Door de decentralisaties in het sociaal domein (AWBZ, jeugd en participatie) zijn verantwoordelijkheden naar de gemeenten gegaan. Dat betekent: grote veranderingen! Transformatie!",
            [
                "Door de decentralisaties in het sociaal domein (AWBZ, jeugd en participatie) zijn verantwoordelijkheden naar de gemeenten gegaan.",
                "Dat betekent: grote veranderingen!",
                "Transformatie!",
            ]),
        SentenceSplitCase(
            "Avres quote",
            "Avres kijkt uitdrukkelijk naar de sociale ontwikkeling van mensen, en niet alleen naar loonwaarde. ‘Anders zien we al deze mensen straks terug in de Wmo,’ is de stellige overtuiging van Avres.",
            [
                "Avres kijkt uitdrukkelijk naar de sociale ontwikkeling van mensen, en niet alleen naar loonwaarde.",
                "‘Anders zien we al deze mensen straks terug in de Wmo,’ is de stellige overtuiging van Avres.",
            ]),
        SentenceSplitCase(
            "questions in a row",
            "Tijd om opnieuw de balans op te maken. Wie zijn bijzonder hard getroffen? Wat is er veranderd? Wat is er in positieve zin gebeurd?",
            [
                "Tijd om opnieuw de balans op te maken.", "Wie zijn bijzonder hard getroffen?", "Wat is er veranderd?",
                "Wat is er in positieve zin gebeurd?",
            ]),
        SentenceSplitCase(
            "years in brackets",
            "Dit belang wordt ook onderstreept in de briefadviezen aan het kabinet van de planbureaus SCP, CPB, PBL en RIVM (2020; 2021), waarbij zij het kabinet adviseren om juist nu te investeren in het sociaal domein. Het beroep sociaal werker heeft in deze tijd een grote verantwoordelijkheid.",
            [
                "Dit belang wordt ook onderstreept in de briefadviezen aan het kabinet van de planbureaus SCP, CPB, PBL en RIVM (2020; 2021), waarbij zij het kabinet adviseren om juist nu te investeren in het sociaal domein.",
                "Het beroep sociaal werker heeft in deze tijd een grote verantwoordelijkheid.",
            ]),
        SentenceSplitCase(
            "social distancing in quotes",
            "Dat alles om tegemoet te komen aan de nationale strategie van afstand bewaren, of in het nieuwe coronajargon: ‘social distancing’. Maar als er nu iets níét in de genen van sociaal werkers zit, dan is het dat wel.",
            [
                "Dat alles om tegemoet te komen aan de nationale strategie van afstand bewaren, of in het nieuwe coronajargon: ‘social distancing’.",
                "Maar als er nu iets níét in de genen van sociaal werkers zit, dan is het dat wel.",
            ]),
    ]

    @Test(arguments: SentenceSplitterTests.articleCases)
    func articleParagraphs(_ testCase: SentenceSplitCase) {
        #expect(split(testCase.text) == testCase.expected)
    }

    // MARK: - Ranges, options and the abbreviation list

    @Test func rangesPointIntoTheWholeText() {
        let text = "Kop\nEerste zin. Tweede zin.\nStaart"
        let line = text.range(of: "Eerste zin. Tweede zin.")!
        let ranges = SentenceSplitter().sentences(in: text, range: line)
        #expect(ranges.map { String(text[$0]) } == ["Eerste zin.", "Tweede zin."])
        #expect(ranges.first?.lowerBound == line.lowerBound)
        #expect(ranges.last?.upperBound == line.upperBound)
    }

    @Test func customAbbreviationsReplaceTheBuiltInList() {
        let splitter = SentenceSplitter(abbreviations: ["ZGN"])
        #expect(splitter.abbreviations == ["zgn."])
        #expect(split("Het zgn. Granieten bestand.", with: splitter) == ["Het zgn. Granieten bestand."])
        #expect(split("Bijv. Dit.", with: splitter) == ["Bijv.", "Dit."])
        #expect(split("Bijv. Dit.") == ["Bijv. Dit."])
    }

    @Test func builtInListHoldsTheCommonAbbreviations() {
        let required = [
            "o.a.", "bijv.", "d.w.z.", "m.b.t.", "enz.", "ca.", "nr.", "dr.", "mr.", "prof.", "e.g.", "a.u.b.",
            "i.p.v.", "t.a.v.", "z.g.a.n.", "incl.", "excl.", "vs.", "jl.", "mw.", "dhr.", "drs.", "ir.", "ing.",
            "st.", "tel.", "zgn.", "resp.", "e.d.", "etc.",
        ]
        for abbreviation in required {
            #expect(DutchAbbreviations.all.contains(abbreviation), "\(abbreviation)")
        }
        for abbreviation in DutchAbbreviations.all {
            #expect(abbreviation == abbreviation.lowercased() && abbreviation.hasSuffix("."), "\(abbreviation)")
        }
        #expect(DutchAbbreviations.sentenceClosing.isSubset(of: DutchAbbreviations.all))
        // Words that would stop sentences from ending on them.
        for word in ["vol.", "zo.", "ma.", "jan.", "al."] {
            #expect(!DutchAbbreviations.all.contains(word), "\(word)")
        }
    }

    // MARK: - Every article

    /// The bodies of the articles in the repository's knowledge folder, front matter left out.
    private func knowledgeBodies() throws -> [(name: String, text: String, body: Range<String.Index>)] {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("knowledge")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var body = text.startIndex..<text.endIndex
            if text.hasPrefix("---\n"), let close = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex) {
                body = close.upperBound..<text.endIndex
            }
            return (name, text, body)
        }
    }

    @Test func everyArticleSplitsIntoTrimmedOrderedSentencesThatKeepEveryLetter() throws {
        let articles = try knowledgeBodies()
        #expect(!articles.isEmpty)
        let splitter = SentenceSplitter()
        for article in articles {
            let text = article.text
            let ranges = splitter.sentences(in: text, range: article.body)
            #expect(!ranges.isEmpty, "\(article.name)")
            var previousEnd = article.body.lowerBound
            for range in ranges {
                let sentence = text[range]
                #expect(!sentence.isEmpty, "\(article.name)")
                #expect(sentence.first?.isWhitespace == false && sentence.last?.isWhitespace == false, "\(article.name): \(sentence)")
                #expect(range.lowerBound >= previousEnd, "\(article.name): \(sentence)")
                #expect(range.upperBound <= article.body.upperBound, "\(article.name): \(sentence)")
                previousEnd = range.upperBound
            }
            var covered = Array(repeating: false, count: text.count)
            let offsets = Dictionary(uniqueKeysWithValues: zip(text.indices, 0...))
            for range in ranges {
                var index = range.lowerBound
                while index < range.upperBound {
                    covered[offsets[index]!] = true
                    index = text.index(after: index)
                }
            }
            var index = article.body.lowerBound
            while index < article.body.upperBound {
                if text[index].isLetter {
                    #expect(covered[offsets[index]!], "\(article.name): letter lost at offset \(offsets[index]!)")
                }
                index = text.index(after: index)
            }
        }
    }
}
