import Testing
@testable import DossierCore

/// The binary search every position lookup uses agrees with a plain scan.
@Suite struct PartitionPointTests {
    @Test func agreesWithALinearScanOnRandomSortedArrays() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let values = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int.random(in: 0...50, using: &generator) }.sorted()
            let pivot = Int.random(in: -1...51, using: &generator)
            #expect(values.partitionPoint { $0 > pivot } == (values.firstIndex { $0 > pivot } ?? values.count))
            guard values.count >= 3 else { continue }
            let slice = values[3...] // indices that do not start at zero
            #expect(slice.partitionPoint { $0 >= pivot } == (slice.firstIndex { $0 >= pivot } ?? slice.endIndex))
        }
    }
}
