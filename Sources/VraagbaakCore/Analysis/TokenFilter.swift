/// One step of an analysis chain.
///
/// Filters are small, independent values so that the evaluation can switch
/// single steps off and measure what each one is worth.
public protocol TokenFilter: Sendable {
    func apply(_ tokens: [Token]) -> [Token]
}
