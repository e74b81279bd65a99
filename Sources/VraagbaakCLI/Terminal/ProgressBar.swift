#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import VraagbaakCore

/// A one-line progress bar for index builds on standard error: passages
/// done, rate and time left, redrawn at most ten times a second. When
/// standard error is not a terminal it draws nothing, and only the final
/// line is written. Colour only without NO_COLOR and with a capable TERM.
///
/// `@unchecked Sendable`: the build calls `update` from its own thread, and
/// every access to the mutable state below happens under `lock`.
final class ProgressBar: @unchecked Sendable {
    private let interactive: Bool
    private let colour: Bool
    private let lock = NSLock()
    private var stage: IndexBuildProgress.Stage?
    private var stageStarted = Date()
    private var lastDrawn = Date.distantPast
    private let started = Date()

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        interactive = isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb"
        colour = interactive && !noColour
    }

    /// The callback to give `IndexBuilder.progress`.
    var callback: @Sendable (IndexBuildProgress) -> Void {
        { [self] progress in update(progress) }
    }

    func update(_ progress: IndexBuildProgress) {
        guard interactive else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        if progress.stage != stage {
            stage = progress.stage
            stageStarted = now
        } else if now.timeIntervalSince(lastDrawn) < 0.1 {
            return
        }
        lastDrawn = now
        write("\r" + Self.line(progress, elapsed: now.timeIntervalSince(stageStarted), colour: colour) + "\u{1B}[K")
    }

    /// Clears the bar, for commands that print their own closing line.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        if interactive { write("\r\u{1B}[K") }
    }

    /// Clears the bar and writes the closing line.
    func finish(passages: Int, seconds: Double) {
        lock.lock()
        defer { lock.unlock() }
        if interactive { write("\r\u{1B}[K") }
        let rate = Double(passages) / max(seconds, 1e-9)
        write(String(format: "Built the index: %d passages in %.2f s (%.0f passages/s).\n", passages, seconds, rate))
    }

    /// The bar's text, such as `analysing [#######.............]  35,000/100,000 passages  8,200/s  0:08 left`.
    static func line(_ progress: IndexBuildProgress, elapsed: Double, colour: Bool, width: Int = 24) -> String {
        let fraction = progress.total > 0 ? min(1, Double(progress.done) / Double(progress.total)) : 0
        let filled = Int((fraction * Double(width)).rounded(.down))
        var bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        if colour { bar = "\u{1B}[36m" + bar + "\u{1B}[0m" }
        let rate = elapsed > 0 ? Double(progress.done) / elapsed : 0
        let left = rate > 0 ? Double(progress.total - progress.done) / rate : 0
        let seconds = Int(left.rounded(.up))
        return "\(progress.stage.rawValue) [\(bar)] \(progress.done)/\(progress.total) passages  "
            + String(format: "%.0f/s  %d:%02d left", rate, seconds / 60, seconds % 60)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
