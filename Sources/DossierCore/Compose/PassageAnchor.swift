/// A passage of a report that other pages link to (a quote, a figure): the article page wraps
/// it in an element with this id, and the briefing links to `article.html#id`.
public struct PassageAnchor: Sendable, Hashable, Comparable {
    /// Index into `CleanText.blocks`.
    public var block: Int
    /// UTF-8 offsets into the block's text.
    public var range: Range<Int>
    public var id: String
    /// CSS class of the passage: what kind of evidence it is ("quote", "figure").
    public var role: String

    public init(block: Int, range: Range<Int>, id: String, role: String) {
        self.block = block
        self.range = range
        self.id = id
        self.role = role
    }

    public static func < (lhs: PassageAnchor, rhs: PassageAnchor) -> Bool {
        (lhs.block, lhs.range.lowerBound, -lhs.range.upperBound, lhs.id) < (rhs.block, rhs.range.lowerBound, -rhs.range.upperBound, rhs.id)
    }

    /// Anchors that can all be marked: inside their block's text, non-empty, and not
    /// overlapping an earlier (or longer) one. HTML elements cannot half-overlap, so a figure
    /// inside a quote is reached through the quote's anchor (`resolved` says which). Two
    /// passages with the same extent go to the one listed first (callers list quotes, then
    /// figures, then dates).
    public static func nonOverlapping(_ anchors: [PassageAnchor], blocks: [TextBlock]) -> (kept: [PassageAnchor], resolved: [String: String]) {
        var kept: [PassageAnchor] = []
        var resolved: [String: String] = [:]
        let ordered = anchors.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            return (x.block, x.range.lowerBound, -x.range.upperBound, a.offset) < (y.block, y.range.lowerBound, -y.range.upperBound, b.offset)
        }.map(\.element)
        for anchor in ordered {
            guard anchor.block >= 0, anchor.block < blocks.count,
                  anchor.range.lowerBound >= 0, anchor.range.upperBound <= blocks[anchor.block].text.utf8.count,
                  !anchor.range.isEmpty else { continue }
            if let last = kept.last, last.block == anchor.block, last.range.overlaps(anchor.range) {
                resolved[anchor.id] = resolved[last.id] ?? last.id
                continue
            }
            kept.append(anchor)
            resolved[anchor.id] = anchor.id
        }
        return (kept, resolved)
    }
}
