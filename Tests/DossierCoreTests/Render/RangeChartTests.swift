import Foundation
import Testing
@testable import DossierCore

/// The SVG builder: exact output for a few charts (a golden page a person can open in a
/// browser), and properties over random specs: every end on the plot, ranges that cannot
/// both hold drawn apart, coordinates with one decimal at most, the same output every time.
@Suite struct RangeChartTests {
    static let goldenCases: [(spec: String, title: String)] = [
        ("chart:0..1200 people; U.S. News=(..600]; Al Arabiya=[200..1000); The Week=[200..1000); The Week=(600..)",
         "Evacuated: at most 600, 200 to under 1,000 twice, more than 600"),
        ("chart:0..12000000 people; U.S. News=[2000000..1000000000); The Week=[9000000..10000000); Other=?",
         "Displaced: a range running past the axis, a narrow one, and a figure not drawn"),
        ("chart:2.8..3.2 days; U.S. News=[2.85..3.15]@3; Al Arabiya=[2.7..3.3]@3",
         "Truce: numbers with their rounding and an about"),
        ("chart:2011..2012 calendarYear; U.S. News=[2011..2011.33); The Week=[2011..2012)",
         "Start: calendar years, no half-year tick"),
        ("chart:0..100; \"Q\" & 'A'=[10..20]", "Hostile: <script>alert(1)</script> & \"quotes\""),
    ]

    static func spec(_ text: String) throws -> ChartSpec {
        switch ChartSpec.parse(text) {
        case .success(let spec): return spec
        case .failure(let error): throw error
        }
    }

    @Test func goldenCharts() throws {
        var page = "<!doctype html>\n<html lang=\"en\">\n<meta charset=\"utf-8\">\n<title>Range charts</title>\n"
        for (index, example) in Self.goldenCases.enumerated() {
            let svg = RangeChart.svg(try Self.spec(example.spec), title: example.title, patternID: "hatch-\(index + 1)")
            page += "<h2>\(HTMLText.escape(example.spec))</h2>\n\(svg)\n"
        }
        try Golden.check(page, against: "range-charts.html")
    }

    @Test func hostileTextIsEscaped() throws {
        let svg = RangeChart.svg(try Self.spec(Self.goldenCases[4].spec), title: Self.goldenCases[4].title, patternID: "p\"><x")
        #expect(svg.contains("<title>Hostile: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</title>"))
        #expect(svg.contains("aria-label=\"Hostile: &lt;script&gt;"))
        #expect(svg.contains(">&quot;Q&quot; &amp; &#39;A&#39;</text>"))
        #expect(svg.contains("id=\"p&quot;&gt;&lt;x\""))
        #expect(!svg.contains("<script") && !svg.contains("<x"))
    }

    @Test func disagreeingEvacuationFiguresAreDrawnApart() throws {
        let rows = RangeChart.rows(try Self.spec(Self.goldenCases[0].spec))
        let atMost = try #require(rows[0].bar), over = try #require(rows[3].bar)
        #expect(atMost.left.kind == .arrow && atMost.right.kind == .cap)
        #expect(over.left.kind == .open && over.right.kind == .arrow)
        #expect(atMost.right.x == 128)
        #expect(over.left.x == 130.5)
    }

    @Test func ticksShareOneScaleWordAndUnit() throws {
        #expect(RangeChart.ticks(try Self.spec("chart:0..12000000; A=[1..2]")).map(\.label) == ["0", "6", "12 million"])
        #expect(RangeChart.ticks(try Self.spec("chart:2.4..3.2 years; A=[2.5..3]")).map(\.label) == ["2.4", "2.8", "3.2 years"])
        #expect(RangeChart.ticks(try Self.spec("chart:0..1200; A=[1..2]")).map(\.label) == ["0", "600", "1,200"])
        #expect(RangeChart.ticks(try Self.spec("chart:2010..2012 calendarYear; A=[2011..2012)")).map(\.label) == ["2010", "2011", "2012"])
        #expect(RangeChart.ticks(try Self.spec("chart:2011..2012 calendarYear; A=[2011..2012)")).map(\.label) == ["2011", "2012"])
        #expect(RangeChart.ticks(try Self.spec("chart:0..60 percent; A=[1..2]")).map(\.label) == ["0", "30", "60%"])
    }

    // MARK: Properties over random specs

    static func randomBound(_ generator: inout SplitMix64, low: Int, high: Int) -> ValueRange.Bound? {
        guard Int.random(in: 0..<5, using: &generator) > 0 else { return nil }
        let span = high - low
        return .init(Double(Int.random(in: (low - span / 3)...(high + span / 3), using: &generator)), inclusive: Bool.random(using: &generator))
    }

    /// Specs with integer bounds on an axis of span 10 to 1,000 (one unit is at least 0.1 px,
    /// the drawing's resolution), ranges that each meet the axis.
    static func randomSpecs(count: Int) -> [ChartSpec] {
        var generator = SplitMix64(seed: 0xC4A27)
        var specs: [ChartSpec] = []
        while specs.count < count {
            let low = Int.random(in: -200...200, using: &generator)
            let high = low + Int.random(in: 10...1000, using: &generator)
            var series: [ChartSpec.Series] = []
            for index in 0..<Int.random(in: 1...6, using: &generator) {
                var range = ValueRange(lower: randomBound(&generator, low: low, high: high), upper: randomBound(&generator, low: low, high: high))
                if let lower = range.lower, let upper = range.upper, lower.value > upper.value { (range.lower, range.upper) = (upper, lower) }
                guard !range.isEmpty, range.intersection(.closed(Double(low), Double(high))) != nil else { continue }
                var point: Double?
                if let lower = range.lower?.value, let upper = range.upper?.value, Bool.random(using: &generator) {
                    let middle = ((lower + upper) / 2).rounded(.down)
                    if range.contains(middle), middle >= Double(low), middle <= Double(high) { point = middle }
                }
                series.append(.init(label: "S\(index)", range: range, point: point))
            }
            guard !series.isEmpty else { continue }
            specs.append(ChartSpec(low: Double(low), high: Double(high), unit: .unspecified, series: series))
        }
        return specs
    }

    static let specs = randomSpecs(count: 400)

    @Test func everyEndAndPointLiesOnThePlot() {
        for spec in Self.specs {
            for row in RangeChart.rows(spec) {
                guard let bar = row.bar else { continue }
                for x in [bar.left.x, bar.right.x] + (bar.point.map { [$0] } ?? []) {
                    #expect(x >= RangeChart.plotLeft && x <= RangeChart.plotRight, "\(spec.destination)")
                }
            }
        }
    }

    @Test func rangesThatCannotBothHoldAreDrawnApart() {
        var pairs = 0
        for spec in Self.specs {
            let rows = RangeChart.rows(spec)
            for i in spec.series.indices {
                for j in spec.series.indices where i != j {
                    guard let a = spec.series[i].range, let b = spec.series[j].range, a.intersection(b) == nil,
                          let aUpper = a.upper, let bLower = b.lower, aUpper.value <= bLower.value,
                          let left = rows[i].bar?.right, let right = rows[j].bar?.left else { continue }
                    pairs += 1
                    if left.kind == .open || right.kind == .open {
                        #expect(left.x < right.x, "\(spec.destination): \(i) and \(j)")
                    } else {
                        #expect(left.x <= right.x, "\(spec.destination): \(i) and \(j)")
                    }
                }
            }
        }
        #expect(pairs > 100) // the generator does produce disagreeing pairs
    }

    @Test func outputIsDeterministicWithOneDecimalCoordinates() throws {
        for spec in Self.specs.prefix(100) {
            let svg = RangeChart.svg(spec, title: "t", patternID: "p")
            #expect(svg == RangeChart.svg(try Self.spec(spec.destination), title: "t", patternID: "p"))
            for number in Self.numbersInTags(svg) {
                let parts = number.split(separator: ".", omittingEmptySubsequences: false)
                #expect(parts.count == 1 || (parts.count == 2 && parts[1].count == 1), "\(number) in \(spec.destination)")
            }
        }
    }

    /// Numbers written in tags' attributes (not the title, the label or the tick text).
    static func numbersInTags(_ svg: String) -> [Substring] {
        var numbers: [Substring] = []
        var inTag = false
        var current: Substring.Index?
        let text = Substring(svg.replacingOccurrences(of: "aria-label=\"t\"", with: "")
            .replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: ""))
        for index in text.indices {
            let character = text[index]
            if character == "<" { inTag = true } else if character == ">" { inTag = false }
            let isNumeric = inTag && (character.isNumber || character == ".")
            if isNumeric, current == nil { current = index }
            if !isNumeric, let start = current {
                numbers.append(text[start..<index])
                current = nil
            }
        }
        return numbers
    }
}
