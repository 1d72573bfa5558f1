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
    /// Character counts at points of a long block, so that `position(ofUTF8Offset:)` counts
    /// characters from the nearest point instead of from the line's start: a report pasted as
    /// one 5 MB line would otherwise cost a pass over the line for every quote in it.
    let characterMarks: [CharacterMark]

    struct CharacterMark: Sendable, Hashable {
        var utf8Offset: Int
        var characters: Int
    }

    /// Bytes between two character marks; blocks shorter than this get none.
    static let characterMarkSpacing = 4096

    public init(role: Role, text: String, line: Int, column: Int = 1) {
        self.init(role: role, text: text, lineStarts: [LineStart(utf8Offset: 0, line: line, column: column)])
    }

    public init(role: Role, text: String, lineStarts: [LineStart]) {
        precondition(!lineStarts.isEmpty)
        self.role = role
        self.text = text
        self.lineStarts = lineStarts
        self.wordCount = TextBlock.countWords(text)
        self.characterMarks = TextBlock.characterMarks(of: text)
    }

    static func characterMarks(of text: String) -> [CharacterMark] {
        guard text.utf8.count > characterMarkSpacing else { return [] }
        var marks = [CharacterMark(utf8Offset: 0, characters: 0)]
        var offset = 0, characters = 0
        for character in text {
            if offset - marks[marks.count - 1].utf8Offset >= characterMarkSpacing {
                marks.append(CharacterMark(utf8Offset: offset, characters: characters))
            }
            offset += character.utf8.count
            characters += 1
        }
        return marks
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
    /// Logarithmic in the block's lines, and linear only in the distance to the nearest
    /// character mark.
    public func position(ofUTF8Offset offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, text.utf8.count))
        let start = lineStarts[max(0, lineStarts.partitionPoint { $0.utf8Offset > clamped } - 1)]
        return (start.line, start.column + characterIndex(at: clamped) - characterIndex(at: start.utf8Offset))
    }

    /// Characters before the UTF-8 offset `offset` (a character boundary).
    func characterIndex(at offset: Int) -> Int {
        let following = characterMarks.partitionPoint { $0.utf8Offset > offset }
        let mark = following > 0 ? characterMarks[following - 1] : CharacterMark(utf8Offset: 0, characters: 0)
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: mark.utf8Offset)
        let to = utf8.index(utf8.startIndex, offsetBy: offset)
        return mark.characters + text[from..<to].count
    }
}
