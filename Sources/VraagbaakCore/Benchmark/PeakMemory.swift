#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The peak resident memory (`getrusage` `ru_maxrss`) of this process, in bytes.
public enum PeakMemory {
    #if canImport(Glibc)
    private static let selfWho = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
    private static let selfWho = RUSAGE_SELF
    #endif

    public static var ofThisProcess: Int {
        var usage = rusage()
        return getrusage(selfWho, &usage) == 0 ? bytes(usage.ru_maxrss) : 0
    }

    private static func bytes(_ maxRSS: Int) -> Int {
        #if canImport(Darwin)
        return maxRSS  // bytes on macOS
        #else
        return maxRSS * 1024  // kilobytes on Linux
        #endif
    }
}
