// The chrome patterns Vraagbaak always applies.
//
// What they are for: scraped Dutch web pages carry the site around the
// article (menus, login prompts, share buttons, comment forms). These lines
// would otherwise be indexed and could even be quoted as answers. The list
// started from the five bundled pages (Sociaal Werk Nederland blogs, a Sozio
// news item, a Sterker news item) and adds the generic Dutch site labels
// that such pages commonly carry.
//
// How to change: patterns for one site belong in that knowledge folder's
// `chrome.txt` (same format, see ChromePatterns), not here. Add a line here
// only when it is chrome on any Dutch site, and add a line a test pins in
// DocumentCleanerTests. Short menu lines that several pages share are caught
// by DocumentCleaner's heuristics, so they need no pattern.

extension ChromePatterns {
    /// The built-in patterns, in the `chrome.txt` format.
    static let builtInText = """
        # Login and sign-up prompts
        Om te reageren dien je eerst in te loggen.
        prefix:Heb je nog geen profiel?
        Inloggen
        Uitloggen
        Registreren
        Lid worden

        # Sharing and printing
        Ik wil delen
        Ik wil delen:
        Delen
        Delen:
        Deel dit artikel
        Deel dit bericht
        Print
        Printen
        Afdrukken

        # Navigation
        Home
        Menu
        Terug
        Sluiten
        Zoeken
        Contact
        Naar homepage
        Naar boven
        Terug naar boven
        Terug naar overzicht
        Themaoverzicht
        Hoofdthema's
        Volg ons
        Sitemap
        Disclaimer
        Privacyverklaring
        Cookie-instellingen

        # Comment forms
        Reacties op dit artikel:
        Reacties
        Reageren
        Reageer
        Plaats een reactie
        - Nog geen reacties
        Nog geen reacties
        Uw reactie, mening:
        Vul het volgende veld niet in:
        Naam:
        Email:
        E-mail:
        Bericht:
        Verstuur
        Versturen
        Uw reactie is niet anoniem. Uw IP adres zal worden opgeslagen.
        Uw IP adres zal worden opgeslagen.

        # Tag lists
        prefix:Trefwoorden:
        prefix:Tags:

        # Links whose target the scrape lost ("Lees meer", "Lees het volledige onderzoeksrapport.")
        /lees (hier )?(meer|verder)\\.?/
        /lees (hier )?het (hele|volledige) (artikel|bericht|interview|rapport|onderzoeksrapport|verslag)\\.?/
        """

    /// The sources of the built-in regular expressions (the `/…/` lines above).
    static let builtInRegexSources: Set<String> = Set(
        builtInText.split(separator: "\n").map { $0.drop(while: \.isWhitespace) }
            .filter { $0.count >= 2 && $0.hasPrefix("/") && $0.hasSuffix("/") }
            .map { String($0.dropFirst().dropLast()) })

    /// The patterns every knowledge folder gets; a folder's `chrome.txt` adds to them.
    public static let builtIn: ChromePatterns = {
        var problems: [KnowledgeProblem] = []
        let patterns = ChromePatterns(parsing: builtInText, path: "ChromePatterns+BuiltIn.swift", problems: &problems)
        precondition(problems.isEmpty, "The built-in chrome patterns must all be valid: \(problems)")
        return patterns
    }()
}
