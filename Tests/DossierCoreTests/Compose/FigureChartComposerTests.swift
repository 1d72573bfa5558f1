import Testing
@testable import DossierCore

/// Which figure rows get a chart, what it draws, and its text alternative; the seeds'
/// evacuation row shows "as many as 600" and "over 600" as two bars that do not meet.
@Suite struct FigureChartComposerTests {
    static func rows(_ reports: [Report]) -> [FigureTable.Row] {
        let figures = reports.map { ReportFigures(report: $0, figures: FigureExtractor.extract(from: $0)) }
        return FigureTable.tables(for: figures).flatMap(\.rows)
    }

    static func seedRow(_ quantity: Quantity) throws -> FigureTable.Row {
        try #require(rows(try Fixtures.seedReports()).first { $0.quantity == quantity })
    }

    static func chart(_ row: FigureTable.Row) throws -> (spec: ChartSpec, alternative: String) {
        try #require(FigureChartComposer.chart(for: row))
    }

    @Test func theSeedsEvacuationRowShowsTwoBarsThatDoNotMeet() throws {
        let row = try Self.seedRow(.evacuated)
        #expect(row.agreement.verdict == .disagree)
        let (spec, alternative) = try Self.chart(row)
        #expect(spec.destination == "chart:0..1200 people; U.S. News=(..600]; Al Arabiya=[200..1000); The Week=[200..1000); The Week=(600..)")
        #expect(alternative == "Each figure\u{2019}s values on one axis from 0 to 1,200: U.S. News & World Report: at most 600; "
                + "Al Arabiya English: 200 to under 1,000; The Week: 200 to under 1,000; The Week: more than 600.")
        let bars = RangeChart.rows(spec).map(\.bar)
        let asManyAs = try #require(bars[0]), over = try #require(bars[3])
        #expect(asManyAs.right.kind == .cap && over.left.kind == .open)
        #expect(asManyAs.right.x < over.left.x)
    }

    @Test func theSeedsChartsTheRowsThatCompareSeveralValues() throws {
        #expect(try Self.chart(Self.seedRow(.displaced)).spec.destination
                == "chart:0..12000000 people; U.S. News=[2000000..1000000000); The Week=[9000000..10000000)")
        #expect(try Self.chart(Self.seedRow(.conflictAge)).spec.destination
                == "chart:2.4..3.2 years; U.S. News=[2.85..3.15]@3; Al Arabiya=[2.7..3); The Week=[2.7..3)")
        let start = try Self.chart(Self.seedRow(.conflictStart))
        #expect(start.spec.destination == "chart:2011..2012 calendarYear; U.S. News=[2011..2011.33); The Week=[2011..2012)")
        #expect(start.alternative.hasSuffix("U.S. News & World Report: \u{201C}early 2011\u{201D}; The Week: \u{201C}2011\u{201D}."))
        // "three-day" twice in one report is drawn once; The Week's "a further three days" is an extension.
        #expect(try Self.chart(Self.seedRow(.truceLength)).spec.destination == "chart:2.8..3.2 days; U.S. News=[2.85..3.15]@3; Al Arabiya=[2.85..3.15]@3")
        // One readable figure beside a malformed one, or one figure alone: nothing to line up.
        #expect(FigureChartComposer.chart(for: try Self.seedRow(.deaths)) == nil)
        #expect(FigureChartComposer.chart(for: try Self.seedRow(.refugees)) == nil)
        #expect(FigureChartComposer.chart(for: try Self.seedRow(.siegeLength)) == nil)
    }

    @Test func malformedFiguresAreListedButNotDrawn() throws {
        let rows = Self.rows([
            TestReports.report(["Roughly 130,00 have perished in the war."], outlet: "Alpha", slug: "a", path: "a.txt"),
            TestReports.report(["The war has killed over 136,000 people."], outlet: "Beta", slug: "b", path: "b.txt"),
            TestReports.report(["The war has killed about 140,000 people."], outlet: "Gamma", slug: "c", path: "c.txt"),
        ])
        let (spec, alternative) = try Self.chart(try #require(rows.first { $0.quantity == .deaths }))
        #expect(spec.series.map(\.label) == ["Alpha", "Beta", "Gamma"])
        #expect(spec.series[0].range == nil)
        #expect(alternative.hasSuffix("Alpha\u{2019}s \u{201C}130,00\u{201D} is malformed and is not drawn."))
        #expect(RangeChart.svg(spec, title: alternative, patternID: "p").contains(">not drawn</text>"))
    }

    @Test func durationsInDifferentUnitsShareTheLargestUnit() throws {
        let rows = Self.rows([
            TestReports.report(["The siege of Homs has lasted almost 18 months."], outlet: "Alpha", slug: "a", path: "a.txt"),
            TestReports.report(["The siege of Homs has lasted two years."], outlet: "Beta", slug: "b", path: "b.txt"),
        ])
        let row = try #require(rows.first { $0.quantity == .siegeLength })
        #expect(Set(row.entries.map(\.figure.unit)) == [.months, .years])
        let (spec, alternative) = try Self.chart(row)
        #expect(spec.unit == .years)
        #expect(spec.destination.hasSuffix("Alpha=[1.35..1.5); Beta=[1.9..2.1]@2"))
        #expect(alternative.contains("Alpha: 1.35 to under 1.5 years; Beta: 1.9 to 2.1 years."))
    }

    @Test func chartsAreMarkdownImagesWithEscapedAltText() throws {
        let rows = Self.rows([
            TestReports.report(["As many as 600 residents escaped from Daraa."], outlet: "Pipe | Star *News* <b>", slug: "p", path: "p.txt"),
            TestReports.report(["Over 600 people were evacuated from Daraa."], outlet: "Beta", slug: "b", path: "b.txt"),
        ])
        let row = try #require(rows.first)
        let markdown = try #require(FigureChartComposer.markdown(for: row))
        #expect(markdown == "![Each figure\u{2019}s values on one axis from 500 to 700: Pipe \\| Star \\*News\\* \\<b\\>: at most 600; Beta: more than 600.]"
                + "(<chart:500..700 people; Pipe Star=(..600]; Beta=(600..)>)")
    }

    @Test func shortLabelsFitAndStayDistinct() {
        #expect(FigureChartComposer.shortLabel("U.S. News & World Report") == "U.S. News")
        #expect(FigureChartComposer.shortLabel("Al Arabiya English") == "Al Arabiya")
        #expect(FigureChartComposer.shortLabel("The Week") == "The Week")
        #expect(FigureChartComposer.shortLabel("Süddeutsche Zeitung") == "Süddeutsc…")
        #expect(FigureChartComposer.shortLabel("A=B; <C>") == "AB C")
        let labels = FigureChartComposer.shortLabels(for: ["The New York Times", "The New York Post", "The Nation", "The Nation Weekly"])
        #expect(labels["The New York Times"] == "TNYT")
        #expect(labels["The New York Post"] == "TNYP")
        #expect(labels["The Nation"] == "TN")
        #expect(labels["The Nation Weekly"] == "TNW")
        for label in labels.values { #expect(label.count <= ChartSpec.maximumLabelLength) }
    }
}
