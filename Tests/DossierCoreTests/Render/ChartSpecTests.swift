import Testing
@testable import DossierCore

/// The chart spec's grammar: what it reads, what it refuses and why, and that what the
/// composer writes reads back the same.
@Suite struct ChartSpecTests {
    func parse(_ text: String) throws -> ChartSpec {
        switch ChartSpec.parse(text) {
        case .success(let spec): return spec
        case .failure(let error): throw error
        }
    }

    func failure(_ text: String) -> String? {
        if case .failure(let error) = ChartSpec.parse(text) { return error.message }
        return nil
    }

    @Test func readsAxisUnitAndEveryKindOfEnd() throws {
        let spec = try parse("chart:0..1200 people; U.S. News=(..600];Al Arabiya = [200..1000) ; The Week=(600..); Other=?; Exact=[570..630]@600")
        #expect(spec.low == 0)
        #expect(spec.high == 1200)
        #expect(spec.unit == .people)
        #expect(spec.series.map(\.label) == ["U.S. News", "Al Arabiya", "The Week", "Other", "Exact"])
        #expect(spec.series[0].range == ValueRange(lower: nil, upper: .init(600, inclusive: true)))
        #expect(spec.series[1].range == .halfOpen(200, 1000))
        #expect(spec.series[2].range == ValueRange(lower: .init(600, inclusive: false), upper: nil))
        #expect(spec.series[3].range == nil)
        #expect(spec.series[4].range == .closed(570, 630))
        #expect(spec.series[4].point == 600)
        #expect(spec.series.prefix(4).allSatisfy { $0.point == nil })
    }

    @Test func unitIsOptionalAndNumbersMayBeNegativeOrDecimal() throws {
        let spec = try parse("chart:-1.5..2.25; A=[-1..0.5]")
        #expect(spec.unit == .unspecified)
        #expect(spec.low == -1.5 && spec.high == 2.25)
        #expect(spec.series[0].range == .closed(-1, 0.5))
    }

    @Test func writtenSpecsReadBack() throws {
        let spec = ChartSpec(low: 2.4000000000000004, high: 3.2, unit: .years, series: [
            .init(label: "U.S. News", range: .closed(2.8499999999999996, 3.15), point: 3),
            .init(label: "Al Arabiya", range: .halfOpen(2.7, 3), point: nil),
            .init(label: "Unread", range: nil, point: nil),
            .init(label: "Open", range: ValueRange(lower: .init(2.5, inclusive: false), upper: nil), point: nil),
        ])
        let destination = spec.destination
        #expect(destination == "chart:2.4..3.2 years; U.S. News=[2.85..3.15]@3; Al Arabiya=[2.7..3); Unread=?; Open=(2.5..)")
        #expect(try parse(destination).destination == destination)
        #expect(try parse(destination).series[0].range == .closed(2.85, 3.15))
    }

    @Test func numbersAreWrittenPlainWithoutLocaleOrExponent() {
        #expect(ChartSpec.number(1_000_000_000) == "1000000000")
        #expect(ChartSpec.number(136_000 * 1.05) == "142800")
        #expect(ChartSpec.number(2.8499999999999996) == "2.85")
        #expect(ChartSpec.number(0.005) == "0.005")
        #expect(ChartSpec.number(-0.5) == "-0.5")
        #expect(ChartSpec.number(0) == "0")
        #expect(ChartSpec.number(2011.3333333) == "2011.33")
    }

    @Test func badSpecsSayWhatIsWrong() {
        #expect(failure("chart:") == "a chart spec starts with its axis, `LOW..HIGH`")
        #expect(failure("chart:0..100") == "a chart needs at least one `LABEL=[LOW..HIGH]`")
        #expect(failure("chart:0-100; A=[1..2]")?.contains("must be `LOW..HIGH`") == true)
        #expect(failure("chart:1,000..2,000; A=[1..2]")?.contains("plain numbers") == true)
        #expect(failure("chart:100..0; A=[1..2]") == "the axis `100..0` must run from a lower to a higher number")
        #expect(failure("chart:0..100 furlongs; A=[1..2]")?.hasPrefix("unknown unit `furlongs`") == true)
        #expect(failure("chart:0..100; A [1..2]") == "`A [1..2]` must be `LABEL=[LOW..HIGH]` or `LABEL=?`")
        #expect(failure("chart:0..100; =[1..2]")?.hasPrefix("label `` must have 1 to 10 characters") == true)
        #expect(failure("chart:0..100; Far too long a label=[1..2]")?.hasPrefix("label `Far too long a label`") == true)
        #expect(failure("chart:0..100; A<b>=[1..2]")?.hasPrefix("label `A<b>`") == true)
        #expect(failure("chart:0..100; A=[..2]")?.contains("an unbounded end takes `(` or `)`") == true)
        #expect(failure("chart:0..100; A=1..2")?.contains("must be an interval") == true)
        #expect(failure("chart:0..100; A=[1e3..2]")?.contains("must be an interval") == true)
        #expect(failure("chart:0..100; A=[5..2]") == "the interval `[5..2]` holds no value")
        #expect(failure("chart:0..100; A=(2..2]") == "the interval `(2..2]` holds no value")
        #expect(failure("chart:0..100; A=[200..300]") == "the interval `[200..300]` lies outside the axis")
        #expect(failure("chart:0..100; A=(100..)") == "the interval `(100..)` lies outside the axis")
        #expect(failure("chart:0..100; A=[1..2]@3") == "the point `@3` must lie inside `[1..2]` and on the axis")
        #expect(failure("chart:0..100; A=[1..2]@x")?.contains("the point after `@` must be a plain number") == true)
        #expect(failure("chart:0..9999999999999999; A=[1..2]")?.contains("plain numbers") == true)
        #expect(failure("image:0..100; A=[1..2]") == "a chart spec starts with `chart:`")
    }

    @Test func anIntervalMayTouchTheAxisAtOneEnd() throws {
        #expect(try parse("chart:0..100; A=[100..200]").series[0].range == .closed(100, 200))
        #expect(try parse("chart:0..100; A=(..)").series[0].range == ValueRange(lower: nil, upper: nil))
    }
}
