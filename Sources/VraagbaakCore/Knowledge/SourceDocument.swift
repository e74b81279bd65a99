/// One article as it was read from the knowledge folder, before cleaning.
///
/// `text` is the body exactly as the file holds it (for HTML: the extracted
/// text). Every sentence Vraagbaak quotes is a substring of `text`, so nothing
/// downstream may rewrite it; cleaning only chooses which ranges to keep.
public struct SourceDocument: Sendable, Hashable {
    /// The stable id that answers cite and test sets name.
    public var id: String
    /// The title shown in source lists; falls back to the id when a file has none.
    public var title: String
    public var publisher: String?
    /// A link only when the file gives one: Vraagbaak never invents a URL.
    public var url: String?
    public var date: String?
    public var author: String?
    /// The path relative to the knowledge folder, for error messages.
    public var path: String
    public var text: String

    public init(
        id: String, title: String, publisher: String? = nil, url: String? = nil,
        date: String? = nil, author: String? = nil, path: String, text: String
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.url = url
        self.date = date
        self.author = author
        self.path = path
        self.text = text
    }
}
