import Testing
@testable import DossierCore

/// Round axis ends for figure charts: zero for amounts that start low, room past the
/// largest value, outlying upper bounds left to run off the axis, whole years for dates.
@Suite struct ChartAxisTests {
    func axis(_ ranges: [ValueRange], _ unit: FigureUnit = .people) -> ChartAxis? {
        ChartAxis.fitting(ranges, unit: unit)
    }

    static let atMost600 = ValueRange(lower: nil, upper: .init(600, inclusive: true))
    static let over600 = ValueRange(lower: .init(600, inclusive: false), upper: nil)

    @Test func amountsStartAtZeroWithRoomPastTheLargestValue() {
        #expect(axis([Self.atMost600, .halfOpen(200, 1000), Self.over600]) == ChartAxis(low: 0, high: 1200))
        #expect(axis([.closed(570, 630), .closed(540, 660)]) == ChartAxis(low: 500, high: 700))
    }

    @Test func anOutlyingUpperBoundRunsOffTheAxis() {
        #expect(axis([.halfOpen(2e6, 1e9), .halfOpen(9e6, 1e7)]) == ChartAxis(low: 0, high: 1.2e7))
        // A lower bound is never dropped: every bar starts on the axis.
        #expect(axis([.closed(1, 2), ValueRange(lower: .init(1000, inclusive: false), upper: nil)]) == ChartAxis(low: 0, high: 1200))
    }

    @Test func narrowValuesGetANarrowAxis() {
        let axis = axis([.closed(2.85, 3.15), .halfOpen(2.7, 3)], .years)
        #expect(axis.map { ChartSpec.number($0.low) } == "2.4")
        #expect(axis.map { ChartSpec.number($0.high) } == "3.2")
    }

    @Test func datesFitWholeYears() {
        #expect(axis([.halfOpen(2011, 2011 + 1.0 / 3), .halfOpen(2011, 2012)], .calendarYear) == ChartAxis(low: 2011, high: 2012))
        #expect(axis([.closed(2011, 2011)], .calendarYear) == ChartAxis(low: 2011, high: 2012))
    }

    @Test func degenerateInputs() {
        #expect(axis([ValueRange(lower: nil, upper: nil)]) == nil)
        #expect(axis([.closed(0, 0)]).map { ChartSpec.number($0.high) } == "1.2")
        #expect(axis([.closed(-30, -10), .closed(-5, 5)], .percent) == ChartAxis(low: -40, high: 40))
    }

    @Test func everyFiniteBoundButOutliersLiesOnTheAxis() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<500 {
            var ranges: [ValueRange] = []
            for _ in 0..<Int.random(in: 1...5, using: &generator) {
                let a = Double(Int.random(in: -1000...100_000, using: &generator)), b = Double(Int.random(in: -1000...100_000, using: &generator))
                ranges.append(.closed(min(a, b), max(a, b)))
            }
            guard let axis = axis(ranges, .unspecified) else { Issue.record("no axis for \(ranges)"); continue }
            for range in ranges {
                #expect(range.lower!.value >= axis.low, "\(ranges)")
                // Lower bounds are never outliers; an upper bound past the axis is more than
                // 4 times every value on it.
                let others = ranges.flatMap { [$0.lower!.value, $0.upper!.value] }.filter { $0 <= axis.high }
                if range.upper!.value > axis.high {
                    #expect(others.allSatisfy { range.upper!.value > ChartAxis.outlierFactor * $0 }, "\(ranges)")
                }
            }
        }
    }
}
