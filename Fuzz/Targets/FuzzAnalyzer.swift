// libFuzzer entry: the Dutch analysis chain (tokenizer, folding, stop words,
// compound splitting against a small vocabulary, stemming). Every token must
// keep a range inside the text it came from.

let vocabulary = WordCounts(["schuld": 3, "hulp": 4, "verlening": 2, "jongeren": 2, "werk": 5, "bijstand": 2])
let analyzer = Analyzer.dutch(vocabulary: vocabulary)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalyzer(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    for token in analyzer.analyze(text) {
        precondition(token.range.lowerBound >= text.startIndex && token.range.upperBound <= text.endIndex,
                     "a token's range is outside the text")
        _ = text[token.range]
    }
    for token in Analyzer.surfaceWords.analyze(text) { _ = text[token.range] }
    return 0
}
