import Foundation

/// Scratch folders for a test module. All of one test process's go into one folder in the
/// system temporary folder, `dossier-KIND-PID`, which is removed when the process exits, so a
/// test run leaves nothing behind; set `DOSSIER_KEEP_SCRATCH=1` to keep it for a look after a
/// failure.
public struct ScratchFolders: Sendable {
    public let root: String

    /// `kind` names the module's folder ("tests", "cli").
    public init(kind: String) {
        root = NSTemporaryDirectory() + "dossier-\(kind)-\(getpid())"
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        guard ProcessInfo.processInfo.environment["DOSSIER_KEEP_SCRATCH"] == nil else { return }
        _ = Self.removalAtExit
        scratchRoots.withLock { $0.append(root) }
    }

    /// A fresh empty folder in `root`, named after `name` with a random suffix.
    public func folder(_ name: String) throws -> String {
        let path = root + "/\(name)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// One exit handler per process, removing the roots made so far (a C handler captures
    /// nothing, so they are kept in `scratchRoots`).
    private static let removalAtExit: Void = {
        atexit {
            for root in scratchRoots.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: root) }
        }
    }()
}

/// The roots the exit handler removes.
private let scratchRoots = LockedRoots()

private final class LockedRoots: @unchecked Sendable {
    private let lock = NSLock()
    private var roots: [String] = []

    func withLock<T>(_ body: (inout [String]) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&roots)
    }
}
