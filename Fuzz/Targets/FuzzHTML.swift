// libFuzzer entry: the HTML text extractor (scanner, entities, block breaks).
// Any bytes are a page; the extracted text and metadata must come back
// without a crash or a hang.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let html = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    let page = HTMLTextExtractor().extract(html)
    _ = page.text.count
    _ = page.title
    return 0
}
