import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One line on standard error that a long build keeps up to date ("extract 4,200/10,000
/// reports, 2,310/s"), so a user sees it working. Only on a terminal and outside CI:
/// logs stay clean. The build reports into the task-local `current`.
public final class BuildProgress: @unchecked Sendable {
    @TaskLocal public static var current: BuildProgress?

    private let lock = NSLock()
    private let clock = ContinuousClock()
    private var step: BuildStep?
    private var done = 0
    private var stepStart: ContinuousClock.Instant
    private var lastDraw: ContinuousClock.Instant
    private var drawn = false
    private let write: @Sendable (String) -> Void

    init(write: @escaping @Sendable (String) -> Void) {
        self.write = write
        stepStart = clock.now
        lastDraw = clock.now
    }

    /// A progress line on standard error, or nil when standard error is not a terminal or the
    /// `CI` environment variable is set.
    public static func forTerminal() -> BuildProgress? {
        guard isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["CI"] == nil else { return nil }
        return BuildProgress { FileHandle.standardError.write(Data($0.utf8)) }
    }

    /// `count` more items of `total` finished in `step`.
    func advance(_ step: BuildStep, by count: Int, of total: Int, unit: String) {
        lock.lock()
        defer { lock.unlock() }
        let now = clock.now
        if self.step != step {
            self.step = step
            done = 0
            stepStart = now
        }
        done += count
        guard now - lastDraw > .milliseconds(100) || done == total else { return }
        lastDraw = now
        let seconds = Double((now - stepStart).components.attoseconds) / 1e18 + Double((now - stepStart).components.seconds)
        let rate = seconds > 0 ? Int(Double(done) / seconds) : 0
        write("\r\u{1B}[2K\(step.rawValue) \(done)/\(total) \(unit), \(rate)/s")
        drawn = true
    }

    /// Clears the line before the summary is printed.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { write("\r\u{1B}[2K") }
        drawn = false
    }
}
