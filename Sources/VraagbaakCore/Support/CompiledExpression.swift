import Foundation

/// A compiled regular expression, shareable between tasks (chrome patterns,
/// personal-data rules).
///
/// `@unchecked Sendable` is safe: the only stored property is a `let` holding
/// an `NSRegularExpression`, which Foundation documents as immutable and
/// thread-safe, and nothing mutates it after `init`. Not every SDK declares
/// that conformance for `NSRegularExpression` itself, hence the wrapper.
final class CompiledExpression: @unchecked Sendable {
    let expression: NSRegularExpression

    init(_ expression: NSRegularExpression) {
        self.expression = expression
    }
}
