/// A page rendered from its Markdown intermediate: the front matter and the HTML body.
public struct RenderedPage: Sendable, Equatable {
    public var frontMatter: FrontMatter
    public var html: String
}

/// The render step: an intermediate's Markdown through libcmark, with Dossier's directives
/// (fenced divs, tables, anchored passages, charts, heading ids) applied on cmark's node tree.
/// Raw HTML typed into the Markdown stays suppressed (cmark's safe mode).
public enum MarkdownRenderer {
    public static func render(_ markdown: String, path: String) throws(BuildFailure) -> RenderedPage {
        let (frontMatter, body, offset) = try FrontMatter.split(markdown, path: path)
        var context = RenderContext(path: path, body: body, lineOffset: offset)
        let document = CmarkDocument(parsing: body)
        let root = document.node
        FencedDivDirective.apply(to: root, context: &context)
        TableDirective.apply(to: root, context: &context)
        AnchorDirective.apply(to: root, context: &context)
        ChartDirective.apply(to: root, context: &context)
        HeadingAnchors.apply(to: root, context: &context)
        if context.diagnostics.hasErrors {
            throw BuildFailure(context.diagnostics)
        }
        return RenderedPage(frontMatter: frontMatter, html: document.renderHTML())
    }

    /// The libcmark version linked into this binary.
    public static var cmarkVersion: String { CmarkDocument.libraryVersion }
}
