/// Every heading gets an id made from its text, so a table of contents (and any reader) can
/// link to it. The composer computes the same ids with `Slug.make`.
enum HeadingAnchors {
    static func apply(to node: CmarkNode, context: inout RenderContext) {
        for heading in node.descendants(ofKind: .heading, through: \.holdsBlocks, where: { _ in true }) {
            let level = min(max(heading.headingLevel, 1), 6)
            let id = context.uniqueID(from: heading.plainText, fallback: "section")
            let replacement = heading.insertBefore(.customBlock)
            replacement.setCustomHTML(enter: "<h\(level) id=\"\(id)\">", exit: "</h\(level)>")
            replacement.adoptChildren(of: heading)
            heading.remove()
        }
    }
}
