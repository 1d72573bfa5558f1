/// A report's figures and where the article page anchors them. Figures that measure
/// something the tables track get anchors `f-1`, `f-2`, … in reading order; a figure inside
/// another anchored passage (a quote) is reached through that passage's id, because HTML
/// elements cannot half-overlap.
public struct ReportFigures: Sendable {
    public var source: ReportSource
    public var figures: [Figure]
    /// The figure anchors to hand to `ArticleComposer`, in reading order.
    public var anchors: [PassageAnchor]
    /// For each of `figures`, the id of the element holding it on the article page, or nil
    /// when it is not anchored (unclassified numbers, or a span that could not be marked).
    public var anchorIDs: [String?]

    /// `pageAnchors`: every passage the article page marks, in priority order (quotes, then
    /// figures, then dates), so each figure is linked through the id the page really has.
    /// Without it, the figures' own anchors are the page's.
    public init(report: Report, figures: [Figure], pageAnchors: [PassageAnchor]? = nil) {
        self.source = report.source
        self.figures = figures
        let (anchors, ids) = Self.anchors(for: figures)
        let resolved = PassageAnchor.nonOverlapping(pageAnchors ?? anchors, blocks: report.content.blocks).resolved
        self.anchors = anchors
        self.anchorIDs = ids.map { $0.flatMap { resolved[$0] } }
    }

    /// Anchors `f-1`, `f-2`, … for the figures the tables track, in reading order, and for each
    /// figure its anchor id (nil for unclassified numbers, which get none).
    public static func anchors(for figures: [Figure]) -> (anchors: [PassageAnchor], ids: [String?]) {
        var anchors: [PassageAnchor] = []
        var ids: [String?] = []
        for figure in figures {
            guard figure.quantity != .unclassified else {
                ids.append(nil)
                continue
            }
            let id = "f-\(anchors.count + 1)"
            anchors.append(PassageAnchor(block: figure.block, range: figure.range, id: id, role: "figure"))
            ids.append(id)
        }
        return (anchors, ids)
    }
}
