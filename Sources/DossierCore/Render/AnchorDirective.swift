/// Anchored passages: `[quoted words](anchor:q-3 "quote")` becomes
/// `<span id="q-3" class="quote">quoted words</span>`, so the briefing can link to the exact
/// passage and CSS can highlight it when it is the link target. Report text cannot produce
/// one: its brackets are escaped when composed.
enum AnchorDirective {
    static let scheme = "anchor:"

    static func apply(to node: CmarkNode, context: inout RenderContext) {
        // Links never hold links (CommonMark), so no anchor lies inside another.
        let links = node.descendants(ofKind: .link, through: { !$0.isLeaf }) { $0.urlHasPrefix(scheme) }
        for link in links {
            let url = link.url ?? ""
            let id = String(url.dropFirst(scheme.count))
            let classes = (link.title ?? "").split(separator: " ")
            let line = nearestLine(link)
            guard HTMLText.isToken(id), classes.allSatisfy(HTMLText.isToken) else {
                context.error(line: line, "anchor `\(url)` must be `anchor:ID \"class\"` with letters, digits, - and _")
                continue
            }
            context.claim(id: id, line: line)
            let span = link.insertBefore(.customInline)
            let classAttribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
            span.setCustomHTML(enter: "<span id=\"\(id)\"\(classAttribute)>", exit: "</span>")
            span.adoptChildren(of: link)
            link.remove()
        }
    }

    /// Inline nodes carry no line numbers in cmark; use the enclosing block's.
    static func nearestLine(_ node: CmarkNode) -> Int {
        var current: CmarkNode? = node
        while let candidate = current {
            if candidate.startLine > 0 { return candidate.startLine }
            current = candidate.parent
        }
        return 1
    }
}
