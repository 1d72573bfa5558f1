import Foundation
import Testing
@testable import DossierCore

@Suite struct ConcurrentIndicesTests {
    struct Failure: Error, Equatable {
        var index: Int
    }

    @Test(arguments: [1, 2, 3])
    func mapKeepsIndexOrderOnAnyNumberOfWorkers(workers: Int) throws {
        let squares = try BuildParallelism.$override.withValue(workers) {
            try ConcurrentIndices.map(1_000, minimumPerWorker: 1) { $0 * $0 }
        }
        #expect(squares == (0..<1_000).map { $0 * $0 })
        #expect(try ConcurrentIndices.map(0) { $0 }.isEmpty)
    }

    @Test func anErrorStopsTheLoopAndIsThrown() {
        let visited = Counter()
        #expect(throws: Failure(index: 10)) {
            try BuildParallelism.$override.withValue(1) {
                try ConcurrentIndices.forEach(1_000) { index in
                    visited.add()
                    if index == 10 { throw Failure(index: 10) }
                }
            }
        }
        #expect(visited.count == 11)
        #expect(throws: Failure.self) {
            try BuildParallelism.$override.withValue(2) {
                _ = try ConcurrentIndices.map(1_000, minimumPerWorker: 1) { index in
                    if index % 100 == 7 { throw Failure(index: index) }
                    return index
                }
            }
        }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        var count: Int { lock.withLock { value } }
        func add() { lock.withLock { value += 1 } }
    }
}
