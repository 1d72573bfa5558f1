import Dispatch
import Foundation

/// Runs a loop body for indices `0..<count` on all cores, synchronously: the write step's
/// file-system calls (create, link, unlink) are mostly kernel time, and two threads finish
/// in about two thirds of the time of one. Each worker takes every `workers`-th index.
enum ConcurrentIndices {
    /// Fewer than `minimumPerWorker` indices per worker are not worth a thread.
    static func forEach(_ count: Int, minimumPerWorker: Int = 64, _ body: @Sendable (Int) -> Void) {
        let workers = min(max(1, BuildParallelism.workers), max(1, count / minimumPerWorker))
        guard workers > 1 else {
            for index in 0..<count { body(index) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: count, by: workers) { body(index) }
        }
    }

    /// `forEach` for a body that throws: the first error is thrown once every worker has
    /// stopped, and no worker starts another index after it.
    static func forEach(_ count: Int, minimumPerWorker: Int = 64, _ body: @Sendable (Int) throws -> Void) throws {
        let failures = FirstFailure()
        forEach(count, minimumPerWorker: minimumPerWorker) { index in
            guard !failures.hasFailure else { return }
            do { try body(index) } catch { failures.record(error) }
        }
        if let error = failures.first { throw error }
    }

    /// The body's result for every index, in index order; throws as the throwing `forEach`.
    static func map<Result: Sendable>(_ count: Int, minimumPerWorker: Int = 64,
                                      _ body: @Sendable (Int) throws -> Result) throws -> [Result] {
        let results = Slots<Result>(count)
        try forEach(count, minimumPerWorker: minimumPerWorker) { index in results.store(try body(index), at: index) }
        return results.values
    }

    /// One slot per index, each written by the one worker that owns the index. Raw memory
    /// rather than an array property, so two workers never touch the same variable.
    private final class Slots<Value>: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Value?>

        init(_ count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        func store(_ value: Value, at index: Int) { slots[index] = value }

        /// Every slot's value; read once all were stored.
        var values: [Value] { slots.map { $0! } }
    }

    private final class FirstFailure: @unchecked Sendable {
        private let lock = NSLock()
        private var error: Error?

        var hasFailure: Bool { lock.withLock { error != nil } }
        var first: Error? { lock.withLock { error } }

        func record(_ failure: Error) {
            lock.withLock { if error == nil { error = failure } }
        }
    }
}
