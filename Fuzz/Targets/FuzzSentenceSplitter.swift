// libFuzzer entry: the sentence splitter. Sentences must be ranges of the
// text, in order and not overlapping.

let splitter = SentenceSplitter()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentenceSplitter(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    var previousEnd = text.startIndex
    for sentence in splitter.sentences(in: text) {
        precondition(sentence.lowerBound >= previousEnd, "sentences overlap or go backwards")
        precondition(sentence.upperBound <= text.endIndex, "a sentence runs past the text")
        _ = text[sentence]
        previousEnd = sentence.upperBound
    }
    return 0
}
