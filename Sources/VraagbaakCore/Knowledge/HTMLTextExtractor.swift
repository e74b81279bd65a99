/// Turns a saved HTML page into plain text with one block per line, plus the
/// metadata the page declares about itself.
///
/// This is not a full HTML parser: it reads tags well enough to drop what is
/// never article text (scripts, styles, navigation, page header and footer),
/// to break lines at block elements and to decode character references. The
/// text it returns becomes the document's `text`, so answers quote it.
struct HTMLTextExtractor: Sendable {
    struct Page: Sendable, Hashable {
        /// From `<title>`, else the first `<h1>`.
        var title: String?
        /// From `<link rel="canonical">`.
        var url: String?
        /// From `<meta name="author">`.
        var author: String?
        /// From `<meta name="date">` or `article:published_time`.
        var date: String?
        /// From `<meta property="og:site_name">`.
        var publisher: String?
        var text: String
    }

    /// Elements whose whole content is dropped (the title is read separately).
    static let droppedElements: Set<String> = [
        "head", "title", "nav", "header", "footer", "noscript", "template", "svg", "select", "button",
    ]
    /// Elements whose content is not HTML, so it is skipped to the closing tag unparsed.
    static let rawTextElements: Set<String> = ["script", "style"]
    /// Elements that start and end a line of text.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main",
        "ol", "p", "pre", "section", "table", "tr", "ul",
    ]

    init() {}

    func extract(_ html: String) -> Page {
        var scanner = HTMLScanner(html)
        var page = Page(text: "")
        var text = TextSink()
        var dropped: [String] = []
        var title: TextSink?
        var firstHeading: TextSink?
        var headingDone = false

        while let item = scanner.next() {
            switch item {
            case .text(let raw):
                let decoded = Self.decodeEntities(raw)
                if dropped.isEmpty { text.append(decoded) }
                title?.append(decoded)
                if !headingDone { firstHeading?.append(decoded) }
            case .tag(let tag) where tag.isEnd:
                if let depth = dropped.lastIndex(of: tag.name) { dropped.removeSubrange(depth...) }
                if tag.name == "title", let finished = title {
                    page.title = page.title ?? finished.nonEmptyText
                    title = nil
                }
                if tag.name == "h1", firstHeading != nil { headingDone = true }
                if Self.blockElements.contains(tag.name) { text.breakLine() }
            case .tag(let tag):
                if Self.rawTextElements.contains(tag.name) {
                    if !tag.selfClosing { scanner.skipRawText(until: tag.name) }
                    continue
                }
                read(tag, into: &page)
                // `</head>` is optional in HTML; the body starts regardless.
                if tag.name == "body", let head = dropped.firstIndex(of: "head") { dropped.removeSubrange(head...) }
                if Self.droppedElements.contains(tag.name), !tag.selfClosing { dropped.append(tag.name) }
                if tag.name == "title", page.title == nil, !dropped.contains("svg") { title = TextSink() }
                if tag.name == "h1", firstHeading == nil { firstHeading = TextSink() }
                if Self.blockElements.contains(tag.name) { text.breakLine() }
                if tag.name == "li", dropped.isEmpty { text.startBullet() }
                if tag.name == "td" || tag.name == "th" { text.append(" ") }
            }
        }
        if page.title == nil { page.title = firstHeading?.nonEmptyText }
        page.text = text.finished
        return page
    }

    /// Picks up metadata from `<meta>` and `<link>` tags.
    private func read(_ tag: HTMLScanner.Tag, into page: inout Page) {
        func attribute(_ name: String) -> String? {
            tag.attributes[name].map(Self.decodeEntities).flatMap { $0.isEmpty ? nil : $0 }
        }
        switch tag.name {
        case "link":
            let relations = (attribute("rel") ?? "").lowercased().split(separator: " ")
            if relations.contains("canonical"), page.url == nil { page.url = attribute("href") }
        case "meta":
            let name = (attribute("name") ?? attribute("property") ?? "").lowercased()
            guard let content = attribute("content") else { return }
            switch name {
            case "author", "dc.creator", "article:author":
                page.author = page.author ?? content
            case "date", "dc.date", "dcterms.date", "article:published_time":
                page.date = page.date ?? content
            case "og:site_name", "publisher":
                page.publisher = page.publisher ?? content
            default: break
            }
        default: break
        }
    }

    /// Decodes character references: named ones from the table, `&#233;` and
    /// `&#xE9;`. A reference that is not recognised is kept as written.
    static func decodeEntities<S: StringProtocol>(_ raw: S) -> String {
        guard raw.contains("&") else { return String(raw) }
        var result = ""
        var index = raw.startIndex
        while index < raw.endIndex {
            let character = raw[index]
            guard character == "&",
                  let semicolon = raw[index...].prefix(34).firstIndex(of: ";"),
                  let decoded = decodeReference(raw[raw.index(after: index)..<semicolon])
            else {
                result.append(character)
                index = raw.index(after: index)
                continue
            }
            result.append(decoded)
            index = raw.index(after: semicolon)
        }
        return result
    }

    private static func decodeReference<S: StringProtocol>(_ name: S) -> String? {
        guard name.first == "#" else { return namedEntities[String(name)] }
        let digits = name.dropFirst()
        let code: UInt32?
        if digits.first == "x" || digits.first == "X" {
            code = UInt32(digits.dropFirst(), radix: 16)
        } else {
            code = UInt32(digits, radix: 10)
        }
        guard let code, code != 0, let scalar = Unicode.Scalar(code) else { return nil }
        return String(Character(scalar))
    }
}

/// Collects text while collapsing HTML white space and keeping line breaks.
private struct TextSink {
    private(set) var text = ""
    private var pendingSpace = false
    private var atLineStart = true
    private var pendingBullet = false

    mutating func append(_ piece: String) {
        for character in piece {
            if character.isWhitespace {
                pendingSpace = !atLineStart
                continue
            }
            if atLineStart, pendingBullet { text.append("• ") }
            if pendingSpace { text.append(" ") }
            text.append(character)
            pendingSpace = false
            pendingBullet = false
            atLineStart = false
        }
    }

    mutating func breakLine() {
        if !atLineStart { text.append("\n") }
        atLineStart = true
        pendingSpace = false
        pendingBullet = false
    }

    /// The next text starts a list item line ("• ").
    mutating func startBullet() {
        breakLine()
        pendingBullet = true
    }

    var finished: String {
        text.last == "\n" ? String(text.dropLast()) : text
    }

    var nonEmptyText: String? {
        finished.isEmpty ? nil : finished.split(separator: "\n").joined(separator: " ")
    }
}
