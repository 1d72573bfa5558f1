/// Maps items on all cores, returning results in input order so output never depends on
/// scheduling. Work is handed out in contiguous chunks to keep task overhead small.
enum ConcurrentMap {
    /// `step` and `unit` name the work for the progress line ("clean", "reports").
    static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], step: BuildStep? = nil, unit: String = "items", transform: @escaping @Sendable (Item) -> Output
    ) async -> [Output] {
        await map(items, step: step, unit: unit, state: {}) { item, _ in transform(item) }
    }

    /// `map` with state one task keeps across the items it transforms in turn (`state()` makes
    /// a fresh one per task): a memo that must not cross threads. Outputs must not depend on it.
    static func map<Item: Sendable, State, Output: Sendable>(
        _ items: [Item], step: BuildStep? = nil, unit: String = "items",
        state: @escaping @Sendable () -> State, transform: @escaping @Sendable (Item, inout State) -> Output
    ) async -> [Output] {
        let workers = min(items.count, max(1, BuildParallelism.workers))
        let progress = step.flatMap { step in BuildProgress.current.map { ($0, step) } }
        guard workers > 1 else {
            var local = state()
            let outputs = items.map { transform($0, &local) }
            progress?.0.advance(progress!.1, by: items.count, of: items.count, unit: unit)
            return outputs
        }
        // Small chunks keep both cores busy to the end and the progress line moving.
        let chunk = max(1, min((items.count + workers * 4 - 1) / (workers * 4), 64))
        return await withTaskGroup(of: (Int, [Output]).self) { group in
            for start in stride(from: 0, to: items.count, by: chunk) {
                let slice = Array(items[start..<min(start + chunk, items.count)])
                group.addTask {
                    var local = state()
                    let outputs = slice.map { transform($0, &local) }
                    progress?.0.advance(progress!.1, by: slice.count, of: items.count, unit: unit)
                    return (start, outputs)
                }
            }
            var parts: [(Int, [Output])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }
}

extension ConcurrentMap {
    /// Frees `values` on all cores rather than where they go out of scope. The analysed reports
    /// are millions of small objects: freed at the end of the build, on one core with the other
    /// idle, they took 0.2 s at 10,000 reports. Each task is handed the only references to its
    /// share, so the share is freed on the task's thread when the task ends.
    static func release<Value: Sendable>(_ values: consuming [Value]) async {
        let workers = min(values.count, max(1, BuildParallelism.workers))
        guard workers > 1 else { return }
        var shares = Array(repeating: [Value](), count: workers)
        var index = 0
        while let value = values.popLast() {
            shares[index % workers].append(value)
            index += 1
        }
        await withTaskGroup(of: Void.self) { group in
            while let share = shares.popLast() {
                group.addTask { withExtendedLifetime(share) {} }
            }
        }
    }
}

/// How many workers a build uses: every core, unless `DOSSIER_JOBS` or a task-local override
/// (used by the determinism tests to compare one worker against many) says otherwise.
public enum BuildParallelism {
    @TaskLocal public static var override: Int?

    public static var workers: Int {
        if let override, override >= 1 { return override }
        if let text = getenvString("DOSSIER_JOBS"), let value = Int(text), value >= 1 { return value }
        return ProcessInfoCores.active
    }
}
