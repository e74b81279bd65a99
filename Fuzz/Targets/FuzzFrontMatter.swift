// libFuzzer entry: the YAML front-matter reader, and the Markdown title guess
// that reads the body after it. Any input may be refused with a Failure; it
// must never crash, hang or return a body that is not a suffix of the input.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let result = try FrontMatterReader().read(text)
        precondition(text.hasSuffix(result.body), "the body is not the end of the text")
        _ = KnowledgeFileReader.guessTitle(String(result.body), markdown: true)
    } catch {
        precondition(error.line >= 1, "a failure names no line")
    }
    return 0
}
