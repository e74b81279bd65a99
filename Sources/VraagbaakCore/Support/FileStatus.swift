import Foundation

/// `lstat` of a path: what `FileManager.attributesOfItem(atPath:)` and the
/// `isRegularFileKey` resource value report (the item itself, a symbolic
/// link not followed), without Foundation's bridging to `NSURL` and its
/// extended-attribute reads, which were a twentieth of an index build.
enum FileStatus {
    /// The status of `path`, or nil when it cannot be read.
    static func of(_ path: String) -> stat? {
        var status = stat()
        return lstat(path, &status) == 0 ? status : nil
    }

    /// Whether `path` is a regular file (not a link, folder or device).
    static func isRegularFile(_ path: String) -> Bool {
        guard let status = of(path) else { return false }
        return status.st_mode & S_IFMT == S_IFREG
    }
}
