/// A fixed-seed generator for tests over random input, so a failure can be replayed from its seed.
struct SeededGenerator {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}
