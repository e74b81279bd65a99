/// What cleaning kept, and how much it threw away.
///
/// Every non-empty line of the input is either kept as a block, counted in
/// `droppedChromeLines`, or counted in `duplicateBlocks`.
public struct CleaningResult: Sendable {
    /// The cleaned documents, in the order they were given.
    public var documents: [CleanedDocument]
    /// Lines dropped as site chrome: chrome patterns, menu lines shared by
    /// several documents, and the short lines of a page's head and foot.
    public var droppedChromeLines: Int
    /// Lines dropped because the same text is kept elsewhere: a paragraph
    /// that an earlier document (by id) also has, or a line repeated within
    /// its own document.
    public var duplicateBlocks: Int

    public init(documents: [CleanedDocument], droppedChromeLines: Int, duplicateBlocks: Int) {
        self.documents = documents
        self.droppedChromeLines = droppedChromeLines
        self.duplicateBlocks = duplicateBlocks
    }
}

/// Chooses the parts of scraped pages that are article content, as ranges
/// into each document's unchanged text.
///
/// Scraped pages carry their site along: menus, login prompts, share buttons,
/// comment forms, and theme introductions printed above every article. Left
/// in, they would be indexed and could be quoted as answers. The cleaner
/// never rewrites text; each line of the source becomes at most one block,
/// trimmed at its ends. It works in this order, each step seeing only the
/// lines the earlier steps kept:
///
/// 1. Lines matching `ChromePatterns` go, and chrome glued to the end of a
///    line is cut off its range.
/// 2. Short lines (under 8 words, no sentence punctuation) that occur in two
///    or more documents are site menus and go everywhere.
/// 3. Repeats go: a line already kept earlier in the same document, and a
///    paragraph (8 words or more, with sentence punctuation) that a document
///    with a smaller id also has. Sorting by id makes the choice independent
///    of the order of the input.
/// 4. The page head and foot go: the short lines before the first and after
///    the last longer line, except the document's title.
/// 5. The rest is classified: bullets are list items, the title and short
///    unpunctuated lines followed by body text are headings, and everything
///    else is a paragraph.
///
/// Steps 2 and 4 judge lines by their shape only, so they spare Markdown
/// `#` headings, which an author wrote on purpose.
public struct DocumentCleaner: Sendable {
    public var patterns: ChromePatterns

    /// - Parameter patterns: The chrome to remove; the default is the
    ///   built-in list (a loaded folder's `KnowledgeLoad.chromePatterns`
    ///   adds its `chrome.txt`).
    public init(patterns: ChromePatterns = .builtIn) {
        self.patterns = patterns
    }

    public func clean(_ documents: [SourceDocument]) -> CleaningResult {
        // Each document's lines are read on its own, so on every core.
        var lines = ParallelMap.map(documents.count) { candidateLines(of: documents[$0].text) }
        let titleKeys = documents.map { LineShape.comparisonKey($0.title) }
        dropSharedMenus(&lines, titleKeys: titleKeys)
        let precedence = documents.indices.sorted {
            (documents[$0].id, documents[$0].path) < (documents[$1].id, documents[$1].path)
        }
        dropRepeats(&lines, in: precedence)
        for index in lines.indices {
            dropHeadAndFoot(&lines[index], titleKey: titleKeys[index])
        }

        var result = CleaningResult(documents: [], droppedChromeLines: 0, duplicateBlocks: 0)
        for (document, documentLines) in zip(documents, lines) {
            for line in documentLines {
                switch line.fate {
                case .kept: break
                case .chrome: result.droppedChromeLines += 1
                case .duplicate: result.duplicateBlocks += 1
                }
            }
            result.documents.append(CleanedDocument(document: document, blocks: Self.blocks(of: documentLines)))
        }
        return result
    }

    // MARK: - Steps

    /// Step 2: short lines that more than one document has.
    private func dropSharedMenus(_ lines: inout [[CandidateLine]], titleKeys: [String]) {
        var documentsPerKey: [LineKey: Int] = [:]
        for (documentLines, titleKey) in zip(lines, titleKeys) {
            let labels = Set(documentLines.filter { $0.fate == .kept && $0.mayBeChrome }.map(\.key))
            for key in labels where key.text != titleKey {
                documentsPerKey[key, default: 0] += 1
            }
        }
        for document in lines.indices {
            for index in lines[document].indices {
                let line = lines[document][index]
                if line.fate == .kept, line.mayBeChrome, documentsPerKey[line.key, default: 0] >= 2 {
                    lines[document][index].fate = .chrome
                }
            }
        }
    }

    /// Step 3: lines repeated within a document, and paragraphs that a
    /// document earlier in `precedence` keeps.
    private func dropRepeats(_ lines: inout [[CandidateLine]], in precedence: [Int]) {
        var paragraphsKept: Set<LineKey> = []
        for document in precedence {
            var keptHere: Set<LineKey> = []
            for index in lines[document].indices where lines[document][index].fate == .kept {
                let line = lines[document][index]
                if keptHere.contains(line.key) || line.isParagraphLike && paragraphsKept.contains(line.key) {
                    lines[document][index].fate = .duplicate
                } else {
                    keptHere.insert(line.key)
                }
            }
            for line in lines[document] where line.fate == .kept && line.isParagraphLike {
                paragraphsKept.insert(line.key)
            }
        }
    }

    /// Step 4: the short lines before the first and after the last longer
    /// line; the title among them stays.
    private func dropHeadAndFoot(_ lines: inout [CandidateLine], titleKey: String) {
        let kept = lines.indices.filter { lines[$0].fate == .kept }
        let head = kept.prefix { lines[$0].mayBeChrome }
        let foot = kept.dropFirst(head.count).reversed().prefix { lines[$0].mayBeChrome }
        for index in Array(head) + Array(foot) {
            if Self.isTitle(lines[index].key.text, titleKey: titleKey) {
                lines[index].isTitle = true
            } else {
                lines[index].fate = .chrome
            }
        }
        for index in kept where Self.isTitle(lines[index].key.text, titleKey: titleKey) {
            lines[index].isTitle = true
        }
    }

    /// Step 5: the kept lines as blocks.
    private static func blocks(of lines: [CandidateLine]) -> [TextBlock] {
        let kept = lines.filter { $0.fate == .kept }
        return kept.indices.map { index in
            let line = kept[index]
            let next = kept.index(after: index) < kept.endIndex ? kept[kept.index(after: index)] : nil
            return TextBlock(range: line.range, kind: kind(of: line, before: next))
        }
    }

    private static func kind(of line: CandidateLine, before next: CandidateLine?) -> TextBlock.Kind {
        switch line.marker {
        case .bullet: return .listItem
        case .markdownHeading: return .heading
        case .none: break
        }
        if line.isTitle { return .heading }
        guard line.words <= headingWords, !line.hasFinalPunctuation, let next else { return .paragraph }
        let nextIsBody = next.marker == .bullet || next.marker == .none && !next.isShortLabel
        return nextIsBody ? .heading : .paragraph
    }
}
