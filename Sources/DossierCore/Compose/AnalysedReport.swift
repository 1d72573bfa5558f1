/// A report with what was found in it, and the one decision of which passages its article
/// page marks: quotations first, then figures, then date phrases, so the briefing links to
/// ids the page really has (a figure or date inside a quotation is reached through the
/// quotation's id, since HTML elements cannot half-overlap).
public struct AnalysedReport: Sendable {
    public var report: Report
    public var analysis: ReportAnalysis
    /// Every passage the article page marks, for `ArticleComposer`.
    public var anchors: [PassageAnchor]
    public var quoted: QuotedReport
    public var counted: ReportFigures
    /// For each of `analysis.dates`, the id of the element holding it on the page.
    public var dateAnchorIDs: [String]

    public init(report: Report, analysis: ReportAnalysis) {
        self.report = report
        self.analysis = analysis
        let dateAnchors = analysis.dates.enumerated().map { index, mention in
            PassageAnchor(block: mention.block, range: mention.phrase, id: "d-\(index + 1)", role: "date")
        }
        let anchors = Quote.anchors(for: analysis.quotes) + ReportFigures.anchors(for: analysis.figures).anchors + dateAnchors
        let resolved = PassageAnchor.nonOverlapping(anchors, blocks: report.content.blocks).resolved
        self.anchors = anchors
        self.counted = ReportFigures(report: report, figures: analysis.figures, pageAnchors: anchors)
        self.quoted = QuotedReport(report: report, quotes: analysis.quotes, pageAnchors: anchors)
        self.dateAnchorIDs = dateAnchors.map { resolved[$0.id] ?? $0.id }
    }
}
