/// Splits a paragraph into sentences, as UTF-8 offset ranges into the text. Used to decide
/// "the same or the next sentence" for quote attribution and to pick extractive sentences.
public enum SentenceSplitter {
    /// Words ending in a full stop that do not end a sentence (titles, months, common
    /// abbreviations). Lower-cased, without the final stop. Initialisms like "U.N." are
    /// recognised by shape and need no entry.
    public static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cpt", "sgt", "adm", "gov", "sen", "rep",
        "pres", "rev", "st", "jr", "sr", "mt", "ft", "no", "vs", "etc", "approx", "dept", "est", "inc", "ltd", "co", "corp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "e.g", "i.e", "al",
    ]

    static let closers: Set<Character> = ["\"", "\u{201D}", "\u{2019}", "'", ")", "]"]
    static let openers: Set<Character> = ["\"", "\u{201C}", "\u{2018}", "'", "(", "["]

    public static func split(_ text: String) -> [Range<Int>] {
        split(ScanText(text))
    }

    /// `split` of a paragraph already read as characters.
    static func split(_ scan: ScanText) -> [Range<Int>] {
        let characters = scan.characters, offsets = scan.offsets

        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            // Asked of every character: on its byte (no other Character equals ".", "!" or "?").
            guard let byte = character.asciiByte, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, closers.contains(characters[end]) || characters[end] == "." { end += 1 }
            guard end < characters.count else { break }
            guard characters[end] == " " else { index = end; continue }
            var next = end + 1
            while next < characters.count, openers.contains(characters[next]) { next += 1 }
            guard next < characters.count, characters[next].fastIsUppercase || characters[next].fastIsNumber || openers.contains(characters[end + 1]) else {
                index = end
                continue
            }
            if character == ".", isAbbreviation(before: index, in: characters) {
                index = end
                continue
            }
            ranges.append(offsets[start]..<offsets[end])
            start = end + 1
            index = start
        }
        if start < characters.count {
            ranges.append(offsets[start]..<offsets[characters.count])
        }
        return ranges
    }

    /// The word before a full stop is an abbreviation: listed, an initialism ("U.N", "D.C"),
    /// or a single capital letter (a middle initial).
    static func isAbbreviation(before period: Int, in characters: [Character]) -> Bool {
        var wordStart = period
        while wordStart > 0, !characters[wordStart - 1].fastIsWhitespace, !openers.contains(characters[wordStart - 1]) {
            wordStart -= 1
        }
        let word = String(characters[wordStart..<period])
        if word.isEmpty { return false }
        if abbreviations.contains(word.lowercased()) { return true }
        if word.count == 1, word.first!.fastIsUppercase { return true }
        // Initialisms: letters separated by stops, e.g. "U.N", "D.C", "U.S".
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.fastIsLetter }
    }
}
