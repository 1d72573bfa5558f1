/// Charts: an image whose destination is a `chart:` spec (grammar in `ChartSpec`) becomes an
/// inline SVG drawn by `RangeChart`; the image's alt text is the chart's text alternative
/// (its `<title>` and `aria-label`). For example, in a table cell:
///
///     ![U.S. News at most 600; The Week more than 600](<chart:0..1200 people; U.S. News=(..600]; The Week=(600..)>)
///
/// The angle brackets let the spec hold spaces. The SVG is written by a custom node, all its
/// text escaped. A bad spec is an error at its line; the image then becomes its alt text, so
/// a later pass does not report it again.
enum ChartDirective {
    /// Replaces every chart image under `node`. `line` is the source line of `node` when the
    /// caller knows it better than cmark (a table cell parsed on its own); otherwise the
    /// enclosing block's line is used.
    static func apply(to node: CmarkNode, line: Int? = nil, context: inout RenderContext) {
        // A chart's alt text is never searched: the chart replaces it whole.
        let images = node.descendants(ofKind: .image, through: { !$0.isLeaf }) { $0.urlHasPrefix(ChartSpec.scheme) }
        for image in images {
            replace(image, spec: image.url ?? "", line: line ?? AnchorDirective.nearestLine(image), context: &context)
        }
    }

    static func replace(_ image: CmarkNode, spec text: String, line: Int, context: inout RenderContext) {
        let title = image.plainText.trimmingSpaces
        let spec: ChartSpec
        switch ChartSpec.parse(text) {
        case .success(let parsed) where !title.isEmpty: spec = parsed
        case .success:
            context.error(line: line, "chart `\(text)` needs a text alternative: `![what it shows](<chart:…>)`")
            return unwrap(image)
        case .failure(let error):
            context.error(line: line, "bad chart `\(text)`: \(error.message)")
            return unwrap(image)
        }
        let patternID = context.uniqueID(from: "chart-hatch", fallback: "chart-hatch")
        let svg = image.insertBefore(.customInline)
        svg.setCustomHTML(enter: RangeChart.svg(spec, title: String(title), patternID: patternID), exit: "")
        image.remove()
    }

    /// Leaves the image's alt text in its place.
    static func unwrap(_ image: CmarkNode) {
        let span = image.insertBefore(.customInline)
        span.setCustomHTML(enter: "", exit: "")
        span.adoptChildren(of: image)
        image.remove()
    }
}
