extension QueryAnalyzer {
    /// `question` when it has at most `limit` characters; else its first and
    /// last `limit / 2` characters, each cut back to a whole word, joined by
    /// a line break. The head keeps a question asked first and followed by a
    /// pasted text; the tail keeps the asking sentence at the end of a story.
    static func shortened(_ question: String, to limit: Int) -> String {
        guard limit > 0, question.count > limit else { return question }
        var head = question.prefix(limit / 2)
        var tail = question.suffix(limit / 2)
        if let space = head.lastIndex(where: \.isWhitespace) { head = head[..<space] }
        if let space = tail.firstIndex(where: \.isWhitespace) { tail = tail[tail.index(after: space)...] }
        return head + "\n" + tail
    }
}
