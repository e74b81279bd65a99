import Foundation

/// The limits of the tests that check something stays fast (a 100 KB
/// question, a long "word", a 50 MB file). The slowdowns they guard against
/// were tens of seconds; under ThreadSanitizer or AddressSanitizer all code
/// runs several times slower, so there the limits are ten times as long.
enum TimeLimit {
    /// Whether this test process was built with a sanitizer: its runtime's entry point is linked in.
    static let underSanitizer: Bool = {
        let program = dlopen(nil, RTLD_NOW)
        let entryPoints: [String] = ["__tsan_init", "__asan_init"]
        return entryPoints.contains { name in dlsym(program, name) != nil }
    }()

    static func seconds(_ limit: Double) -> Double {
        underSanitizer ? limit * 10 : limit
    }
}
