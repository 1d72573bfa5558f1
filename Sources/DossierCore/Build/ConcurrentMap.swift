/// Maps items on all cores, returning results in input order so output never depends on
/// scheduling. Work is handed out in contiguous chunks to keep task overhead small.
enum ConcurrentMap {
    static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], transform: @escaping @Sendable (Item) -> Output
    ) async -> [Output] {
        let workers = min(items.count, max(1, BuildParallelism.workers))
        guard workers > 1 else { return items.map(transform) }
        let chunk = (items.count + workers * 4 - 1) / (workers * 4)
        return await withTaskGroup(of: (Int, [Output]).self) { group in
            for start in stride(from: 0, to: items.count, by: chunk) {
                let slice = Array(items[start..<min(start + chunk, items.count)])
                group.addTask { (start, slice.map(transform)) }
            }
            var parts: [(Int, [Output])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
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
