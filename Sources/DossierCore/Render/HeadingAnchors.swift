/// Every heading gets an id made from its text, so a table of contents (and any reader) can
/// link to it. The composer computes the same ids with `Slug.make`.
enum HeadingAnchors {
    static func apply(to node: CmarkNode, context: inout RenderContext) {
        node.forEachChild { child in
            if child.kind == .heading {
                let level = min(max(child.headingLevel, 1), 6)
                let id = context.uniqueID(from: child.plainText, fallback: "section")
                let replacement = child.insertBefore(.customBlock)
                replacement.setCustomHTML(enter: "<h\(level) id=\"\(id)\">", exit: "</h\(level)>")
                replacement.adoptChildren(of: child)
                child.remove()
            } else if child.holdsBlocks {
                apply(to: child, context: &context)
            }
        }
    }
}
