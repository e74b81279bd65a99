#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The peak resident memory (`getrusage` `ru_maxrss`) of this process or of
/// its finished children, in bytes.
public enum PeakMemory {
    #if canImport(Glibc)
    private static let selfWho = __rusage_who_t(RUSAGE_SELF.rawValue)
    private static let childrenWho = __rusage_who_t(RUSAGE_CHILDREN.rawValue)
    #else
    private static let selfWho = RUSAGE_SELF
    private static let childrenWho = RUSAGE_CHILDREN
    #endif

    public static var ofThisProcess: Int {
        var usage = rusage()
        return getrusage(selfWho, &usage) == 0 ? bytes(usage.ru_maxrss) : 0
    }

    /// The largest peak of any child process that has been waited for.
    public static var ofChildren: Int {
        var usage = rusage()
        return getrusage(childrenWho, &usage) == 0 ? bytes(usage.ru_maxrss) : 0
    }

    private static func bytes(_ maxRSS: Int) -> Int {
        #if canImport(Darwin)
        return maxRSS  // bytes on macOS
        #else
        return maxRSS * 1024  // kilobytes on Linux
        #endif
    }
}
