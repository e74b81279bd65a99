#if canImport(Glibc)
import Glibc
#endif

/// Hands memory the process has freed back to the system.
///
/// glibc keeps freed heap pages for reuse; after an index build (hundreds of
/// megabytes at 100k passages) they would stay resident under everything the
/// process does next. glibc's `malloc_trim` is not in Swift's Glibc module,
/// so it is looked up by name; where it does not exist this does nothing.
enum ReleasedMemory {
    static func returnToSystem() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
