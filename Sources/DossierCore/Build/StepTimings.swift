/// Wall time spent in each build step, so a user (and the benchmark) can see where a build's
/// time goes; `dossier build --timings` prints it.
public struct StepTimings: Sendable {
    public private(set) var entries: [(step: BuildStep, duration: Duration)] = []

    public init() {}

    /// Runs `work`, adding its wall time to `step`.
    public mutating func measure<T>(_ step: BuildStep, _ work: () async throws -> T) async rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { add(step, clock.now - start) }
        return try await work()
    }

    public mutating func add(_ step: BuildStep, _ duration: Duration) {
        if let index = entries.firstIndex(where: { $0.step == step }) {
            entries[index].duration += duration
        } else {
            entries.append((step, duration))
        }
    }

    public subscript(step: BuildStep) -> Duration? {
        entries.first { $0.step == step }?.duration
    }
}
