import Testing
@testable import DossierCore

/// Grouping figures of many reports into rows, columns and themes.
@Suite struct FigureTableTests {
    static func reportFigures(_ outlet: String, _ paragraphs: [String], headline: String = "Report") -> ReportFigures {
        let report = TestReports.report(headline: headline, paragraphs, outlet: outlet, slug: Slug.make(outlet), path: Slug.make(outlet) + ".txt")
        return ReportFigures(report: report, figures: FigureExtractor.extract(from: report))
    }

    @Test func rowsPerQuantityAndPlaceColumnsPerOutlet() throws {
        let tables = FigureTable.tables(for: [
            Self.reportFigures("Alpha", ["Some 300 people fled Kabul, and 12 were killed.", "The two envoys met."]),
            Self.reportFigures("Beta", ["Over 250 people were evacuated from Kabul."]),
            Self.reportFigures("Gamma", ["Nothing was counted."]),
            Self.reportFigures("Delta", ["A 48-hour truce began in Kabul after 14 people died."]),
        ])
        #expect(tables.map(\.theme) == [.humanToll, .humanitarian, .timeline])
        let toll = tables[0]
        #expect(toll.outlets == ["Alpha", "Delta"])
        #expect(toll.rows.map(\.label) == ["Deaths"])
        #expect(toll.rows[0].cells.map { $0.map(\.figure.text) } == [["12"], ["14"]])
        let humanitarian = tables[1]
        #expect(humanitarian.outlets == ["Alpha", "Beta"])
        #expect(humanitarian.rows.map(\.label) == ["Evacuated or escaped from Kabul"])
        #expect(humanitarian.rows[0].agreement.verdict == .consistent)
        #expect(tables[2].rows.map(\.label) == ["Length of the truce"])
        #expect(tables[2].rows[0].agreement.verdict == .oneSource)
    }

    @Test func aFigureWithoutAPlaceJoinsTheOnlyPlaceNamed() {
        let tables = FigureTable.tables(for: [
            Self.reportFigures("Alpha", ["Some 300 people fled Kabul."]),
            Self.reportFigures("Beta", ["About 280 people were evacuated."]),
        ])
        #expect(tables.first?.rows.map(\.label) == ["Evacuated or escaped from Kabul"])
        #expect(tables.first?.rows.first?.cells.map(\.count) == [1, 1])
    }

    @Test func withSeveralPlacesNamedItKeepsItsOwnRow() {
        let tables = FigureTable.tables(for: [
            Self.reportFigures("Alpha", ["Some 300 people fled Kabul."]),
            Self.reportFigures("Beta", ["About 280 people were evacuated."]),
            Self.reportFigures("Gamma", ["About 90 people fled Herat."]),
        ])
        #expect(tables.first?.rows.map(\.label) == ["Evacuated or escaped", "Evacuated or escaped from Herat", "Evacuated or escaped from Kabul"])
    }

    @Test func cellsKeepReadingOrderAndSeveralReportsOfOneOutletShareAColumn() {
        let tables = FigureTable.tables(for: [
            Self.reportFigures("Alpha", ["Later, 400 people fled Homs."], headline: "Hundreds flee Homs"),
            Self.reportFigures("Beta", ["About 380 people fled Homs."]),
            Self.reportFigures("Alpha", ["By Sunday 450 residents had fled Homs."]),
        ])
        let row = tables.first?.rows.first
        #expect(tables.first?.outlets == ["Alpha", "Beta"])
        #expect(row?.cells.map { $0.map(\.figure.text) } == [["Hundreds", "400", "450"], ["About 380"]])
    }

    @Test func unclassifiedNumbersAreNotTabled() {
        let tables = FigureTable.tables(for: [Self.reportFigures("Alpha", ["The two sides met for three hours on 12 May."])])
        #expect(tables.isEmpty)
    }

    @Test func manyReportsGroupIntoFewRows() {
        let places = ["Kabul", "Herat", "Kandahar"]
        let reports = (0..<600).map { index in
            Self.reportFigures("Outlet \(index % 40)", ["About \(100 + index) people fled \(places[index % 3]), and \(index + 1) were killed."])
        }
        let tables = FigureTable.tables(for: reports)
        #expect(tables.map(\.rows.count) == [1, 3])
        #expect(tables[0].outlets.count == 40)
        #expect(tables[1].rows.map { $0.entries.count } == [200, 200, 200])
        #expect(tables[0].rows[0].agreement.verdict == .disagree)
    }
}
