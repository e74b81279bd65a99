import Foundation

// libFuzzer entry: the protocol's line parsing, as `ProtocolServer` does it:
// JSON text to `JSONValue`, each request (or each element of a batch) to an
// `RPCRequest`, and the reply value back to one line. Any input may be refused
// with an error; it must never crash, hang, or give a line with a newline in it.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProtocol(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let value = try? JSONValue(parsing: bytes) else { return 0 }
    let requests: [JSONValue]
    if case .array(let batch) = value { requests = batch } else { requests = [value] }
    for request in requests {
        do throws(RPCRequest.RequestFailure) {
            let parsed = try RPCRequest(request)
            let line = try? JSONValue.object(["id": parsed.id ?? .null, "method": .string(parsed.method)]).encodedLine()
            precondition(!(line ?? "").contains("\n"), "a reply line holds a newline")
        } catch {
            precondition(error.error.code < 0, "an error reply without a JSON-RPC error code")
        }
    }
    let line = try? value.encodedLine()
    precondition(line.map { !$0.contains("\n") } ?? true, "a value encodes over two lines")
    return 0
}

/// The one name `RPCError` takes from the server (for "method not found");
/// the server itself needs GRDB and swift-log, which fuzz builds leave out.
enum ProtocolServer {
    static let methods: [String] = ["ping"]
}
