/// A report with its quotations, as the briefing uses them: each quotation reachable at an
/// anchor on the report's article page.
public struct QuotedReport: Sendable {
    public var report: Report
    public var quotes: [Quote]
    /// Anchor id of each quotation → the id actually on the article page (a quotation that
    /// overlaps another anchored passage is reached through that passage's id).
    public var anchorIDs: [String: String]

    /// `pageAnchors` are all the anchors the article page marks (quotations and any other
    /// evidence), so the ids the briefing links to are the ones the page really has.
    public init(report: Report, quotes: [Quote], pageAnchors: [PassageAnchor]) {
        self.report = report
        self.quotes = quotes
        self.anchorIDs = PassageAnchor.nonOverlapping(pageAnchors, blocks: report.content.blocks).resolved
    }

    /// The id to link to for a quotation (its own unless resolved to another passage).
    public func anchor(of quote: Quote) -> String {
        anchorIDs[quote.id] ?? quote.id
    }
}
