/// One step of an analysis chain.
///
/// Filters are small, independent values so that the evaluation can switch
/// single steps off and measure what each one is worth.
///
/// A filter works on each token by itself: what it makes of a token depends
/// only on that token's text and kind, and every token it gives for it keeps
/// that token's position and range. The index builder relies on this to
/// analyse each distinct word of a folder once (`Analyzer.analyzeAlone`).
public protocol TokenFilter: Sendable {
    func apply(_ tokens: [Token]) -> [Token]
}
