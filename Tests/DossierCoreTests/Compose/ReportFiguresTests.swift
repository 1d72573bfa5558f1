import Testing
@testable import DossierCore

/// Anchor ids for figures, and how a figure inside a quote is reached.
@Suite struct ReportFiguresTests {
    @Test func idsInReadingOrderForTabledFiguresOnly() {
        let report = TestReports.report(headline: "Hundreds flee Homs", ["The two envoys met as 40 people were killed.", "A 3-day truce began."])
        let found = ReportFigures(report: report, figures: FigureExtractor.extract(from: report))
        #expect(found.figures.map(\.text) == ["Hundreds", "two", "40", "3-day"])
        #expect(found.anchorIDs == ["f-1", nil, "f-2", "f-3"])
        #expect(found.anchors.map(\.id) == ["f-1", "f-2", "f-3"])
        #expect(found.anchors.map(\.role) == ["figure", "figure", "figure"])
        #expect(found.anchors.map(\.block) == [0, 1, 2])
    }

    @Test func aFigureInsideAQuoteResolvesToTheQuote() {
        let quoted = "\u{201C}We counted 40 dead in the square,\u{201D}"
        let report = TestReports.report([quoted + " a doctor said, and 12 people were killed later."])
        let figures = FigureExtractor.extract(from: report)
        let quote = PassageAnchor(block: 1, range: 0..<quoted.utf8.count, id: "q-1", role: "quote")
        let found = ReportFigures(report: report, figures: figures, pageAnchors: [quote] + ReportFigures.anchors(for: figures).anchors)
        #expect(found.figures.map(\.text) == ["40", "12"])
        #expect(found.anchorIDs == ["q-1", "f-2"])
    }
}
