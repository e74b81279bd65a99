import Foundation

/// The default place of an index: outside the knowledge folder, in the
/// user's cache, one file per knowledge folder.
public enum IndexLocation {
    /// `$XDG_CACHE_HOME/vraagbaak/<folder name>-<hash of its absolute path>.sqlite`,
    /// with `~/.cache` when XDG_CACHE_HOME is not set.
    public static func defaultPath(for folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let cache: URL
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            cache = URL(fileURLWithPath: xdg)
        } else {
            cache = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        }
        let absolute = folder.standardizedFileURL.resolvingSymlinksInPath().path
        var hash = FNV1aHash()
        hash.mix(absolute.utf8)
        let name = folder.standardizedFileURL.lastPathComponent
        let file = "\(name)-\(hash.hexadecimal).sqlite"
        let path = cache.appendingPathComponent("vraagbaak").appendingPathComponent(file).path
        // Never inside the knowledge folder itself, even when that folder is the cache.
        if path.hasPrefix(absolute + "/") {
            return URL(fileURLWithPath: absolute).deletingLastPathComponent().appendingPathComponent(".\(file)").path
        }
        return path
    }
}
