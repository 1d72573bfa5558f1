/// One paragraph-level piece of a cleaned report, remembering where its text came from
/// so that every quote and figure found in it can be traced to `file:line:column`.
public struct TextBlock: Sendable, Hashable {
    public enum Role: String, Sendable, Codable {
        case headline, dek, body
    }

    /// Where a source line begins inside `text` (for blocks joined from hard-wrapped lines).
    public struct LineStart: Sendable, Hashable {
        public var utf8Offset: Int
        public var line: Int
        public var column: Int
    }

    public var role: Role
    /// Cleaned text: one line, whitespace collapsed, promos removed.
    public let text: String
    /// Source lines that make up the block; the first is where the block starts.
    public var lineStarts: [LineStart]
    /// Number of words (runs of non-space), counted once: page sizes and reading times need it often.
    public let wordCount: Int

    public init(role: Role, text: String, line: Int, column: Int = 1) {
        self.init(role: role, text: text, lineStarts: [LineStart(utf8Offset: 0, line: line, column: column)])
    }

    public init(role: Role, text: String, lineStarts: [LineStart]) {
        precondition(!lineStarts.isEmpty)
        self.role = role
        self.text = text
        self.lineStarts = lineStarts
        self.wordCount = TextBlock.countWords(text)
    }

    /// Runs of characters between ASCII whitespace (cleaned text has no other whitespace).
    static func countWords(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// First source line of the block.
    public var line: Int { lineStarts[0].line }

    /// Source line and column of a UTF-8 offset into `text`. Columns count characters, as editors do.
    public func position(ofUTF8Offset offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, text.utf8.count))
        var start = lineStarts[0]
        for candidate in lineStarts.dropFirst() where candidate.utf8Offset <= clamped {
            start = candidate
        }
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: start.utf8Offset)
        let to = utf8.index(utf8.startIndex, offsetBy: clamped)
        let characters = text[from..<to].count
        return (start.line, start.column + characters)
    }
}
