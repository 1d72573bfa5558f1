/// A word, number or mark of a block's text, with its UTF-8 range, so that what the figure
/// rules find can be cut out of the text exactly as written and traced to `file:line:column`.
struct TextToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// Letters, with inner apostrophes and initialism stops ("country's", "U.N").
        case word
        /// ASCII digits, with inner commas or stops that are followed by a digit ("136,000", "1.5", "130,00").
        case number
        /// Letters and digits glued together ("10e9999", "7th", "1990s", "G7"): never a count.
        case identifier
        /// A hyphen with no space on either side, as in "three-day" or "cease-fire".
        case hyphen
        /// Any other mark, one character per token.
        case mark
    }

    var kind: Kind
    var text: String
    /// Lower-cased, with typographic apostrophes folded to `'`: what lexicons are matched against.
    var key: String
    /// UTF-8 offsets into the block's text.
    var range: Range<Int>
    /// True when whitespace (or the start of the text) precedes the token.
    var spaceBefore: Bool

    var isWord: Bool { kind == .word }
    /// Starts with an upper-case letter. Read on the first byte when the first Character is
    /// that byte alone (an ASCII byte before another ASCII byte or the end), as most are: the
    /// rules ask it of nearly every token, and finding the first Character showed in profiles.
    var isCapitalized: Bool {
        guard kind == .word else { return false }
        var bytes = text.utf8.makeIterator()
        if let first = bytes.next(), first < 0x80 {
            let second = bytes.next()
            if second == nil || second! < 0x80 { return first >= 0x41 && first <= 0x5A }
        }
        return text.first?.fastIsUppercase ?? false
    }
}
