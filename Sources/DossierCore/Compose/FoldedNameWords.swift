/// The words of a text as `SpeakerIdentity.nameWords` gives them, each folded only when asked.
/// The quote panels search every word of a dossier's reports for the few names its speakers
/// have; folding every word first dominated that search, and a word's first folded byte, which
/// is known without folding, already rules most words out.
struct FoldedNameWords {
    private let text: String
    /// Per word: its UTF-8 range in `text`.
    private var ranges: [Range<Int>] = []
    /// Per word: the first byte of its folded form.
    private(set) var initials: [UInt8] = []
    private var folded: [String?] = []

    init(_ text: String) {
        self.text = text
        let bytes = Array(text.utf8)
        // Cut on bytes where that cuts as Characters do (ASCII text, and a cleaned paragraph,
        // whose spaces are all plain), else at Character white space (no-break spaces too).
        let utf8 = text.utf8
        let words = bytes.withUnsafeBufferPointer(String.wordRangesBetweenWhitespace)
            ?? text.split(whereSeparator: { $0.fastIsWhitespace }).map { word in
                let lower = utf8.distance(from: utf8.startIndex, to: word.startIndex)
                return lower..<(lower + word.utf8.count)
            }
        ranges.reserveCapacity(words.count)
        initials.reserveCapacity(words.count)
        folded.reserveCapacity(words.count)
        // ASCII words, most of them even in other text, wait to be folded.
        for range in words {
            if bytes[range].allSatisfy({ $0 < 0x80 }) {
                add(range, bytes: bytes)
            } else if let fold = SpeakerIdentity.fold(text.slice(utf8: range)) {
                ranges.append(range)
                initials.append(fold.utf8.first!)
                folded.append(fold)
            }
        }
    }

    /// Records an ASCII word unless it folds to nothing. The fold keeps letters and digits,
    /// lower-cased, after dropping trailing punctuation and then a possessive "'s", so its first
    /// byte is the word's first letter or digit.
    private mutating func add(_ range: Range<Int>, bytes: [UInt8]) {
        guard let first = range.first(where: { Character.isASCIILetterOrDigit(bytes[$0]) }),
              let last = range.last(where: { Character.isASCIILetterOrDigit(bytes[$0]) }) else { return }
        if bytes[last] == UInt8(ascii: "s"), last > range.lowerBound, bytes[last - 1] == UInt8(ascii: "'"), first == last { return }
        let byte = bytes[first]
        ranges.append(range)
        initials.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        folded.append(nil)
    }

    var count: Int { ranges.count }

    /// Word `index` folded (`SpeakerIdentity.fold`), worked out on first ask.
    mutating func word(_ index: Int) -> String {
        if let known = folded[index] { return known }
        let fold = SpeakerIdentity.fold(text.slice(utf8: ranges[index]))!
        folded[index] = fold
        return fold
    }
}
