import Testing
@testable import VraagbaakCore

/// Lines out of chunks, with the length limit.
struct LineReaderTests {
    func lines(_ chunks: [String], limit: Int = 10) -> [LineReader.Line] {
        var reader = LineReader(maximumLength: limit)
        var lines = chunks.flatMap { reader.feed(Array($0.utf8)) }
        if let last = reader.finish() { lines.append(last) }
        return lines
    }

    func text(_ value: String) -> LineReader.Line { .bytes(Array(value.utf8)) }

    @Test func linesMaySpanChunksAndAChunkMayHoldSeveralLines() {
        #expect(lines(["ab", "c\nde\nf", "g\n"]) == [text("abc"), text("de"), text("fg")])
    }

    @Test func aCarriageReturnBeforeTheNewlineIsDropped() {
        #expect(lines(["ab\r\ncd\r\n"]) == [text("ab"), text("cd")])
    }

    @Test func theLastLineNeedsNoNewline() {
        #expect(lines(["ab\ncd"]) == [text("ab"), text("cd")])
        #expect(lines([""]) == [])
    }

    @Test func aLineOfExactlyTheLimitIsKept() {
        #expect(lines(["0123456789\n"]) == [text("0123456789")])
        #expect(lines(["0123456789\r\n"]) == [text("0123456789")])
    }

    @Test func aLongerLineIsDiscardedAndReadingGoesOn() {
        #expect(lines(["01234567890\nok\n"]) == [.tooLong, text("ok")])
        #expect(lines(["01234", "56789", "0123", "456\nok"]) == [.tooLong, text("ok")])
        #expect(lines(["ok\n", "012345678901234"]) == [text("ok"), .tooLong])
    }

    @Test func aHugeLineIsNeverBufferedWhole() {
        var reader = LineReader(maximumLength: 1 << 20)
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 64 * 1024)
        for _ in 0..<64 { #expect(reader.feed(chunk).isEmpty) }
        #expect(reader.feed(Array("\n{}\n".utf8)) == [.tooLong, text("{}")])
    }
}
