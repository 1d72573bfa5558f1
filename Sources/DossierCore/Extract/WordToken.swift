/// A word of a text with its UTF-8 range: the unit the extractors' phrase rules match on.
public struct WordToken: Sendable, Hashable {
    /// Lower-cased, curly apostrophes straightened, without surrounding punctuation or a final
    /// abbreviation stop ("Feb." → "feb").
    public var folded: String
    /// The word as written, without surrounding punctuation.
    public var range: Range<Int>
    /// True when the word as written starts with a capital letter (names, sentence starts).
    public var isCapitalized: Bool

    /// Splits on whitespace and on punctuation that cannot be inside a word; hyphens,
    /// apostrophes and inner stops ("U.N.") stay inside.
    public static func tokens(of text: String) -> [WordToken] {
        var tokens: [WordToken] = []
        var start: Int?
        var offset = 0
        var current = ""
        func finish(at end: Int) {
            guard let begin = start else { return }
            var word = Substring(current)
            var trimmedEnd = end
            while let last = word.last, !(last.isLetter || last.isNumber) {
                trimmedEnd -= last.utf8.count
                word = word.dropLast()
            }
            var trimmedStart = begin
            while let first = word.first, !(first.isLetter || first.isNumber) {
                trimmedStart += first.utf8.count
                word = word.dropFirst()
            }
            if !word.isEmpty {
                let folded = String(word).lowercased().replacingApostrophes
                tokens.append(WordToken(folded: folded, range: trimmedStart..<trimmedEnd, isCapitalized: word.first!.isUppercase))
            }
            start = nil
            current = ""
        }
        for character in text {
            let size = character.utf8.count
            if character.isLetter || character.isNumber || character == "-" || character == "'" || character == "\u{2019}" || character == "." {
                if start == nil { start = offset }
                current.append(character)
            } else {
                finish(at: offset)
            }
            offset += size
        }
        finish(at: offset)
        return tokens
    }
}
