#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ProtocolServer {
    /// Serves requests from `input` until it ends or `shutdown` is handled,
    /// writing each reply as one line to `output` at once (unbuffered, so a
    /// client waiting for a reply gets it). Returns when done; a client that
    /// stops reading ends the server too.
    public mutating func run(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        var server = self
        LineReader.readLines(from: input, maximumLength: configuration.maximumLineLength) { line in
            if let reply = server.handle(line) {
                guard Self.send(reply + "\n", to: output) else {
                    server.logger.warning("Standard output was closed; stopping.")
                    return false
                }
            }
            return !server.isShuttingDown
        }
        self = server
    }

    /// Writes all of `text`, retrying short writes; false when the reader is gone.
    static func send(_ text: String, to descriptor: Int32) -> Bool {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            bytes = bytes.dropFirst(written)
        }
        return true
    }
}
