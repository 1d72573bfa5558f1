/// What the render transforms share about the page being rendered: where its lines came
/// from (for diagnostics), which ids are taken, and the findings so far.
struct RenderContext {
    let path: String
    /// The Markdown body, and where each of its lines starts (UTF-8 offsets; line 1 first):
    /// an index rather than an array of lines, since only marker lines are ever read.
    let body: Substring
    private let lineStarts: [Int]
    /// Lines before the body in the file (the front matter), added to cmark's line numbers.
    let lineOffset: Int
    var diagnostics = Diagnostics()
    var usedIDs: Set<String> = []

    init(path: String, body: Substring, lineOffset: Int) {
        self.path = path
        self.body = body
        // A native string's bytes are contiguous: the fast path, line by line with memchr.
        self.lineStarts = body.utf8.withContiguousStorageIfAvailable(Self.lineStarts) ?? Self.lineStarts(bytes: body.utf8)
        self.lineOffset = lineOffset
    }

    /// The offset of each line's first byte (line 1 first), byte by byte.
    static func lineStarts(bytes: some Sequence<UInt8>) -> [Int] {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        return starts
    }

    /// The same, from the line feeds memchr finds.
    static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        [0] + bytes.offsets(of: 0x0A).map { $0 + 1 }
    }

    func location(line: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: path, line: line + lineOffset, column: column)
    }

    mutating func error(line: Int, column: Int? = nil, _ message: String) {
        diagnostics.append(.error(location(line: line, column: column), message, step: .render))
    }

    /// The raw source text of a body line (1-based), or "" when out of range.
    func sourceLine(_ line: Int) -> Substring {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let utf8 = body.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[line - 1])
        let end = line < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[line] - 1) : utf8.endIndex
        return body[start..<end]
    }

    /// Claims an id, reporting a duplicate (two elements with one id break anchors).
    mutating func claim(id: String, line: Int) {
        if !usedIDs.insert(id).inserted {
            error(line: line, "duplicate id `\(id)` on this page")
        }
    }

    /// An id derived from text, made unique on the page with a numeric suffix.
    mutating func uniqueID(from text: String, fallback: String) -> String {
        let base = Slug.make(text).nonEmpty ?? fallback
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
