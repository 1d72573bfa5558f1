import Foundation
import Testing
@testable import DossierCore

@Suite struct ConcurrentMapTests {
    /// Counts the instances freed, from whichever thread frees them.
    final class Freed: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        var count: Int { lock.withLock { value } }
        func add() { lock.withLock { value += 1 } }
    }

    final class Tracked: Sendable {
        let freed: Freed
        let payload: [Int]
        init(_ freed: Freed, _ n: Int) {
            self.freed = freed
            payload = Array(0..<n)
        }
        deinit { freed.add() }
    }

    @Test(arguments: [1, 2, 4])
    func outputsComeInInputOrder(workers: Int) async {
        let items = Array(0..<1_000)
        let outputs = await BuildParallelism.$override.withValue(workers) {
            await ConcurrentMap.map(items) { $0 * 3 }
        }
        #expect(outputs == items.map { $0 * 3 })
    }

    /// `release` frees every value before it returns, whatever the number of workers; the
    /// caller's array was its only owner.
    @Test(arguments: [1, 2, 4])
    func releaseFreesEveryValue(workers: Int) async {
        let freed = Freed()
        let countAfterRelease = await BuildParallelism.$override.withValue(workers) {
            let groups: [[Tracked]] = (0..<50).map { group in (0..<20).map { Tracked(freed, group + $0) } } + [[]]
            await ConcurrentMap.release(consume groups)
            return freed.count
        }
        #expect(countAfterRelease == 1_000)
    }
}
