import Testing
@testable import VraagbaakCore

struct HTMLTextExtractorTests {
    private let extractor = HTMLTextExtractor()

    private let page = """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
          <meta charset="utf-8">
          <title>Wijkteams &amp; buurtwerk</title>
          <link rel="stylesheet" href="/site.css">
          <link rel="canonical" href="https://example.org/wijkteams?a=1&amp;b=2">
          <meta name="author" content="Marijke Vos">
          <meta property="article:published_time" content="2020-03-17">
          <meta property="og:site_name" content="Sociaal Werk Nederland">
          <style>p { color: red; }</style>
          <script>if (a < b) { document.write("<p>niet dit</p>"); }</script>
        </head>
        <body>
          <header><a href="/">Home</a> <nav><ul><li>Thema's</li><li>Over ons</li></ul></nav></header>
          <!-- <p>Ook niet dit.</p> -->
          <article>
            <h1>Wijkteams   en
                buurtwerk</h1>
            <p>Sociaal werkers werken samen met <b>bewoners</b>, in&nbsp;wijkteams.<br>Een tweede regel.</p>
            <ul>
              <li>Eerste punt</li>
              <li>Tweede <i>punt</i></li>
            </ul>
            <p>Caf&eacute; &euml; &#233; &#xE9; &lt;tag&gt; &quot;citaat&quot; &#39;s &onbekend; 5 &gt 3</p>
            <table><tr><td>Cel</td><td>Andere cel</td></tr></table>
          </article>
          <noscript>Zet JavaScript aan.</noscript>
          <footer>Uw IP adres zal worden opgeslagen.</footer>
        </body>
        </html>
        """

    @Test func readsMetadata() {
        let extracted = extractor.extract(page)
        #expect(extracted.title == "Wijkteams & buurtwerk")
        #expect(extracted.url == "https://example.org/wijkteams?a=1&b=2")
        #expect(extracted.author == "Marijke Vos")
        #expect(extracted.date == "2020-03-17")
        #expect(extracted.publisher == "Sociaal Werk Nederland")
    }

    @Test func keepsArticleTextOneBlockPerLine() {
        let lines = extractor.extract(page).text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == [
            "Wijkteams en buurtwerk",
            "Sociaal werkers werken samen met bewoners, in wijkteams.",
            "Een tweede regel.",
            "• Eerste punt",
            "• Tweede punt",
            "Café ë é é <tag> \"citaat\" 's &onbekend; 5 &gt 3",
            "Cel Andere cel",
        ])
    }

    @Test func titleFallsBackToFirstHeading() {
        let extracted = extractor.extract("<body><h2>Sub</h2><h1>De <em>kop</em></h1><h1>Tweede</h1><p>Tekst.</p></body>")
        #expect(extracted.title == "De kop")
        #expect(extracted.text == "Sub\nDe kop\nTweede\nTekst.")
    }

    @Test func nestedDroppedElementsAreDroppedWhole() {
        let html = "<p>Voor</p><footer><div><footer>binnen</footer>nog footer</div></footer><p>Na</p>"
        #expect(extractor.extract(html).text == "Voor\nNa")
    }

    @Test func bodyStartsEvenWithoutClosingHead() {
        let extracted = extractor.extract("<html><head><title>Titel</title><body><p>Tekst.</p></body></html>")
        #expect(extracted.title == "Titel")
        #expect(extracted.text == "Tekst.")
    }

    @Test func strayLessThanIsText() {
        #expect(extractor.extract("<p>3 < 4 en 5 <> 6</p>").text == "3 < 4 en 5 <> 6")
    }

    @Test func emptyListItemsLeaveNoBullet() {
        #expect(extractor.extract("<ul><li></li><li>Echt</li></ul>").text == "• Echt")
    }
}
