/// Splits a block's text into `TextToken`s in one pass over its Unicode scalars (linear in
/// the text; no backtracking), so hostile inputs such as a 500-digit number or `1,2,3,4`
/// cost no more than ordinary prose.
enum WordTokenizer {
    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}"]
    /// Hyphens that join compounds ("three-day"). Dashes (– —) are marks: they separate.
    static let hyphens: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}"]

    static func tokens(_ text: String) -> [TextToken] {
        // Most paragraphs are ASCII: read on their bytes, where a byte is a scalar.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
            UnsafeBufferPointer.isASCII(bytes) ? tokensASCII(bytes) : nil
        }
        return (ascii ?? nil) ?? tokensByScalars(text)
    }

    /// `tokens` for ASCII bytes: the same steps, with the scalar tests on bytes (the only
    /// ASCII apostrophe is `'`, the only ASCII hyphen `-`) and lower-casing by byte.
    static func tokensASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [TextToken] {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        let isDigit = Character.isASCIIDigit, isLetter = Character.isASCIILetter
        var tokens: [TextToken] = []
        var index = 0
        var spaceBefore = true
        func emit(_ kind: TextToken.Kind, _ start: Int, _ end: Int) {
            let range = start..<end
            let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            let hasCapital = bytes[range].contains { $0 >= 0x41 && $0 <= 0x5A }
            let key = hasCapital ? String(decoding: bytes[range].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self) : written
            tokens.append(TextToken(kind: kind, text: written, key: key, range: range, spaceBefore: spaceBefore))
            spaceBefore = false
        }
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if isSpace(byte) {
                spaceBefore = true
                index += 1
            } else if isDigit(byte) || isLetter(byte) {
                let start = index
                var sawDigit = false, sawLetter = false
                while index < count {
                    let current = bytes[index]
                    if isDigit(current) {
                        sawDigit = true
                    } else if isLetter(current) {
                        sawLetter = true
                    } else if index + 1 < count,
                              sawLetter ? (current == UInt8(ascii: "'") || current == UInt8(ascii: ".")) && isLetter(bytes[index + 1])
                                        : (current == UInt8(ascii: ",") || current == UInt8(ascii: ".")) && isDigit(bytes[index + 1]) {
                        // A comma or stop between digits, an apostrophe or stop between letters.
                    } else {
                        break
                    }
                    index += 1
                }
                let kind: TextToken.Kind = sawDigit && sawLetter ? .identifier : (sawDigit ? .number : .word)
                emit(kind, start, index)
            } else if byte == UInt8(ascii: "-"), !spaceBefore, index + 1 < count, isDigit(bytes[index + 1]) || isLetter(bytes[index + 1]) {
                emit(.hyphen, index, index + 1)
                index += 1
            } else {
                emit(.mark, index, index + 1)
                index += 1
            }
        }
        return tokens
    }

    /// `tokens` for any text, on its Unicode scalars.
    static func tokensByScalars(_ text: String) -> [TextToken] {
        let (scalars, offsets) = scalarsAndOffsets(text)

        var tokens: [TextToken] = []
        var index = 0
        var spaceBefore = true
        func emit(_ kind: TextToken.Kind, _ start: Int, _ end: Int) {
            let written = text.slice(utf8: offsets[start]..<offsets[end])
            var key = written.lowercased()
            if key.utf8.contains(0xE2), key.unicodeScalars.contains("\u{2019}") { key = foldingApostrophes(key) }
            tokens.append(TextToken(kind: kind, text: written, key: key, range: offsets[start]..<offsets[end], spaceBefore: spaceBefore))
            spaceBefore = false
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if isSpace(scalar) {
                spaceBefore = true
                index += 1
            } else if isDigit(scalar) || isLetter(scalar) {
                let start = index
                var sawDigit = false, sawLetter = false
                while index < scalars.count {
                    let current = scalars[index]
                    if isDigit(current) {
                        sawDigit = true
                    } else if isLetter(current) {
                        sawLetter = true
                    } else if index + 1 < scalars.count, joinsInside(current, before: scalars[index + 1], digitsOnly: !sawLetter) {
                        // A comma or stop between digits, an apostrophe or stop between letters.
                    } else {
                        break
                    }
                    index += 1
                }
                let kind: TextToken.Kind = sawDigit && sawLetter ? .identifier : (sawDigit ? .number : .word)
                emit(kind, start, index)
            } else if hyphens.contains(scalar), !spaceBefore, index + 1 < scalars.count,
                      isDigit(scalars[index + 1]) || isLetter(scalars[index + 1]) {
                emit(.hyphen, index, index + 1)
                index += 1
            } else {
                emit(.mark, index, index + 1)
                index += 1
            }
        }
        return tokens
    }

    /// The text's scalars, and the UTF-8 offset of each (and of the end). ASCII text, most
    /// paragraphs, is read a byte per scalar without decoding.
    static func scalarsAndOffsets(_ text: String) -> ([Unicode.Scalar], [Int]) {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> [Unicode.Scalar]? in
            UnsafeBufferPointer.isASCII(bytes) ? bytes.map { Unicode.Scalar($0) } : nil
        }
        if let scalars = ascii ?? nil { return (scalars, Array(0...scalars.count)) }
        let scalars = Array(text.unicodeScalars)
        return (scalars, ScanText.utf8Offsets(of: scalars) { $0.utf8.count })
    }

    /// Typographic apostrophes as `'`, so lexicon entries need one spelling.
    static func foldingApostrophes(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// ASCII answered without the Unicode property tables, which dominated tokenizing.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// Punctuation that stays inside a token: `,` and `.` between digits (digit groups,
    /// decimals, and broken groups, which are kept whole so they can be flagged);
    /// apostrophes and `.` between letters ("Assad's", "U.N").
    static func joinsInside(_ scalar: Unicode.Scalar, before next: Unicode.Scalar, digitsOnly: Bool) -> Bool {
        if digitsOnly { return (scalar == "," || scalar == ".") && isDigit(next) }
        return (apostrophes.contains(scalar) || scalar == ".") && isLetter(next)
    }
}
