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

    /// `tokens` for ASCII bytes, lower-cased by byte.
    static func tokensASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [TextToken] {
        var tokens: [TextToken] = []
        scan(bytes) { kind, range, spaceBefore in
            let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            let hasCapital = bytes[range].contains { $0 >= 0x41 && $0 <= 0x5A }
            let key = hasCapital ? String(decoding: bytes[range].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self) : written
            tokens.append(TextToken(kind: kind, text: written, key: key, range: range, spaceBefore: spaceBefore))
        }
        return tokens
    }

    /// `tokens` for any text, on its Unicode scalars.
    static func tokensByScalars(_ text: String) -> [TextToken] {
        let (scalars, offsets) = scalarsAndOffsets(text)
        var tokens: [TextToken] = []
        scalars.withUnsafeBufferPointer { units in
            scan(units) { kind, range, spaceBefore in
                let bytes = offsets[range.lowerBound]..<offsets[range.upperBound]
                let written = text.slice(utf8: bytes)
                var key = written.lowercased()
                if key.utf8.contains(0xE2), key.unicodeScalars.contains("\u{2019}") { key = foldingApostrophes(key) }
                tokens.append(TextToken(kind: kind, text: written, key: key, range: bytes, spaceBefore: spaceBefore))
            }
        }
        return tokens
    }

    /// The tokenizer's one loop, over Unicode scalars or (ASCII text) bytes: each token's
    /// kind and range of units, and whether white space (or the start) came before it.
    private static func scan<Unit: TokenizerUnit>(_ units: UnsafeBufferPointer<Unit>,
                                                  emit: (TextToken.Kind, Range<Int>, Bool) -> Void) {
        var index = 0
        var spaceBefore = true
        let count = units.count
        while index < count {
            let unit = units[index]
            let start = index
            let kind: TextToken.Kind
            if unit.isSpace {
                spaceBefore = true
                index += 1
                continue
            } else if unit.isDigit || unit.isLetter {
                var sawDigit = false, sawLetter = false
                while index < count {
                    let current = units[index]
                    if current.isDigit {
                        sawDigit = true
                    } else if current.isLetter {
                        sawLetter = true
                    } else if index + 1 < count,
                              sawLetter ? current.joinsLetters && units[index + 1].isLetter : current.joinsDigits && units[index + 1].isDigit {
                        // A comma or stop between digits, an apostrophe or stop between letters.
                    } else {
                        break
                    }
                    index += 1
                }
                kind = sawDigit && sawLetter ? .identifier : (sawDigit ? .number : .word)
            } else if unit.isHyphen, !spaceBefore, index + 1 < count, units[index + 1].isDigit || units[index + 1].isLetter {
                kind = .hyphen
                index += 1
            } else {
                kind = .mark
                index += 1
            }
            emit(kind, start..<index, spaceBefore)
            spaceBefore = false
        }
    }

    /// The text's scalars, and the UTF-8 offset of each (and of the end). (ASCII text is
    /// read as bytes by `tokensASCII` and never comes here.)
    static func scalarsAndOffsets(_ text: String) -> ([Unicode.Scalar], [Int]) {
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
}

/// What the tokenizer asks of one unit of text: a Unicode scalar, or a byte of ASCII text
/// (where a byte is a scalar; the only ASCII apostrophe is `'`, the only ASCII hyphen `-`).
private protocol TokenizerUnit {
    var isSpace: Bool { get }
    var isDigit: Bool { get }
    var isLetter: Bool { get }
    /// Joins compounds ("three-day").
    var isHyphen: Bool { get }
    /// Stays inside a token between digits: `,` and `.` (digit groups, decimals, and broken
    /// groups, kept whole so they can be flagged).
    var joinsDigits: Bool { get }
    /// Stays inside a token between letters: apostrophes and `.` ("Assad's", "U.N").
    var joinsLetters: Bool { get }
}

extension Unicode.Scalar: TokenizerUnit {
    fileprivate var isSpace: Bool { WordTokenizer.isSpace(self) }
    fileprivate var isDigit: Bool { WordTokenizer.isDigit(self) }
    fileprivate var isLetter: Bool { WordTokenizer.isLetter(self) }
    fileprivate var isHyphen: Bool { WordTokenizer.hyphens.contains(self) }
    fileprivate var joinsDigits: Bool { self == "," || self == "." }
    fileprivate var joinsLetters: Bool { WordTokenizer.apostrophes.contains(self) || self == "." }
}

extension UInt8: TokenizerUnit {
    fileprivate var isSpace: Bool { Character.isASCIIWhitespace(self) }
    fileprivate var isDigit: Bool { Character.isASCIIDigit(self) }
    fileprivate var isLetter: Bool { Character.isASCIILetter(self) }
    fileprivate var isHyphen: Bool { self == UInt8(ascii: "-") }
    fileprivate var joinsDigits: Bool { self == UInt8(ascii: ",") || self == UInt8(ascii: ".") }
    fileprivate var joinsLetters: Bool { self == UInt8(ascii: "'") || self == UInt8(ascii: ".") }
}
