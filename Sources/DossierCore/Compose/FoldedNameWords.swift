/// The words of a text as `SpeakerIdentity.nameWords` gives them, each folded only when asked.
/// The quote panels search every word of a dossier's reports for the few names its speakers
/// have; folding every word first dominated that search, and a word's first folded byte, which
/// is known without folding, already rules most words out.
struct FoldedNameWords {
    private let words: [Substring]
    /// Per word: the first byte of its folded form.
    let initials: [UInt8]
    private var folded: [String?]

    init(_ text: String) {
        var words: [Substring] = []
        var initials: [UInt8] = []
        var folded: [String?] = []
        for word in text.split(whereSeparator: { $0.fastIsWhitespace }) {
            if let initial = Self.asciiInitial(word) {
                guard initial != 0 else { continue } // folds to nothing
                words.append(word)
                initials.append(initial)
                folded.append(nil)
            } else if let fold = SpeakerIdentity.fold(word) {
                words.append(word)
                initials.append(fold.utf8.first!)
                folded.append(fold)
            }
        }
        self.words = words
        self.initials = initials
        self.folded = folded
    }

    var count: Int { words.count }

    /// Word `index` folded (`SpeakerIdentity.fold`), worked out on first ask.
    mutating func word(_ index: Int) -> String {
        if let known = folded[index] { return known }
        let fold = SpeakerIdentity.fold(words[index])!
        folded[index] = fold
        return fold
    }

    /// For an ASCII word, the first byte of its fold, or 0 when it folds to nothing; nil for
    /// other words. The fold keeps letters and digits lower-cased, after dropping trailing
    /// punctuation and then a possessive "'s".
    static func asciiInitial(_ word: Substring) -> UInt8? {
        var first: Int?
        var last: Int?
        var index = 0
        for byte in word.utf8 {
            guard byte < 0x80 else { return nil }
            if isAlphanumeric(byte) {
                if first == nil { first = index }
                last = index
            }
            index += 1
        }
        guard let first, let last else { return 0 }
        let bytes = word.utf8
        let lastByte = bytes[bytes.index(bytes.startIndex, offsetBy: last)]
        if lastByte == UInt8(ascii: "s"), last >= 1, bytes[bytes.index(bytes.startIndex, offsetBy: last - 1)] == UInt8(ascii: "'"),
           first >= last - 1 {
            return 0
        }
        let byte = bytes[bytes.index(bytes.startIndex, offsetBy: first)]
        return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }
}
