/// What the render transforms share about the page being rendered: where its lines came
/// from (for diagnostics), which ids are taken, and the findings so far.
struct RenderContext {
    let path: String
    /// Lines of the Markdown body, as cmark numbers them (from 1).
    let bodyLines: [Substring]
    /// Lines before the body in the file (the front matter), added to cmark's line numbers.
    let lineOffset: Int
    var diagnostics = Diagnostics()
    var usedIDs: Set<String> = []

    init(path: String, body: Substring, lineOffset: Int) {
        self.path = path
        self.bodyLines = body.split(separator: "\n", omittingEmptySubsequences: false)
        self.lineOffset = lineOffset
    }

    func location(line: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: path, line: line + lineOffset, column: column)
    }

    mutating func error(line: Int, column: Int? = nil, _ message: String) {
        diagnostics.append(.error(location(line: line, column: column), message, step: .render))
    }

    /// The raw source text of a body line (1-based), or "" when out of range.
    func sourceLine(_ line: Int) -> Substring {
        line >= 1 && line <= bodyLines.count ? bodyLines[line - 1] : ""
    }

    /// Claims an id, reporting a duplicate (two elements with one id break anchors).
    mutating func claim(id: String, line: Int) {
        if !usedIDs.insert(id).inserted {
            error(line: line, "duplicate id `\(id)` on this page")
        }
    }

    /// An id derived from text, made unique on the page with a numeric suffix.
    mutating func uniqueID(from text: String, fallback: String) -> String {
        let base = Slug.make(text).isEmpty ? fallback : Slug.make(text)
        var candidate = base
        var counter = 2
        while usedIDs.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        usedIDs.insert(candidate)
        return candidate
    }
}
