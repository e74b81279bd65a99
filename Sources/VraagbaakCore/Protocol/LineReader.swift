#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a byte stream into lines without ever holding more than one line
/// of at most `maximumLength` bytes.
///
/// A client may send a line of any length; buffering it whole would let one
/// request take all memory. Past the limit the reader drops the bytes it has,
/// skips to the next newline and reports the line as too long, so the server
/// can reply with an error and read on. Bytes come in chunks, as `read(2)`
/// gives them, and a line may span any number of chunks.
public struct LineReader: Sendable {
    public enum Line: Sendable, Hashable {
        /// The bytes of one line, without its newline (or a final carriage return).
        case bytes([UInt8])
        /// A line longer than the limit, discarded.
        case tooLong
    }

    /// The longest line kept, in bytes, without its newline. The default is 1 MiB.
    public let maximumLength: Int
    private var buffer: [UInt8] = []
    private var discarding = false

    public init(maximumLength: Int = 1 << 20) {
        self.maximumLength = maximumLength
    }

    /// Takes the next chunk and returns the lines it completes.
    public mutating func feed(_ chunk: some Collection<UInt8>) -> [Line] {
        var lines: [Line] = []
        var rest = chunk[...]
        while !rest.isEmpty {
            let newline = rest.firstIndex(of: UInt8(ascii: "\n"))
            let part = rest[..<(newline ?? rest.endIndex)]
            if !discarding {
                if buffer.count + part.count > maximumLength + 1 {
                    // One byte over the limit is allowed for a carriage return, checked at the newline.
                    buffer.removeAll(keepingCapacity: false)
                    discarding = true
                } else {
                    buffer.append(contentsOf: part)
                }
            }
            guard let newline else { break }
            lines.append(finishLine())
            rest = rest[rest.index(after: newline)...]
        }
        return lines
    }

    /// The last line when the stream ends without a newline.
    public mutating func finish() -> Line? {
        guard discarding || !buffer.isEmpty else { return nil }
        return finishLine()
    }

    private mutating func finishLine() -> Line {
        defer {
            buffer.removeAll(keepingCapacity: buffer.count <= 64 * 1024)
            discarding = false
        }
        if buffer.last == UInt8(ascii: "\r") { buffer.removeLast() }
        if discarding || buffer.count > maximumLength { return .tooLong }
        return .bytes(buffer)
    }

    /// Reads `descriptor` to its end in chunks of `chunkSize` bytes, calling
    /// `body` with each line; stops early when `body` returns false.
    public static func readLines(
        from descriptor: Int32, maximumLength: Int = 1 << 20, chunkSize: Int = 64 * 1024,
        _ body: (Line) throws -> Bool
    ) rethrows {
        var reader = LineReader(maximumLength: maximumLength)
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            for line in reader.feed(chunk[..<count]) {
                guard try body(line) else { return }
            }
        }
        if let last = reader.finish() { _ = try body(last) }
    }
}
