/// URL-safe names for pages and anchors. One definition, because the composer writes links
/// to anchors the renderer creates, and both must agree byte for byte.
public enum Slug {
    /// `U.S. News & World Report` → `us-news-world-report`. ASCII only, so file names are
    /// the same on every file system and need no percent-encoding in links.
    public static func make(_ text: String, maxLength: Int = 60) -> String {
        if text.isASCII { return makeASCII(text, maxLength: maxLength) }
        var out = ""
        var length = 0 // Characters in `out`, every one ASCII (`out.count` walks them)
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if let ascii = asciiFold(scalar) {
                for c in ascii {
                    if c.fastIsLetter || c.fastIsNumber {
                        if pendingHyphen && !out.isEmpty {
                            out.append("-")
                            length += 1
                        }
                        pendingHyphen = false
                        out.append(Character(c.lowercased()))
                        length += 1
                    } else if c == "." || c == "'" {
                        continue // "U.S." → "us", "Week's" → "weeks"
                    } else {
                        pendingHyphen = true
                    }
                }
            } else {
                pendingHyphen = true
            }
            if length >= maxLength { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// `make` for ASCII text, on bytes: the same rules without Character and Unicode lookups.
    static func makeASCII(_ text: String, maxLength: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(text.utf8.count, maxLength))
        var pendingHyphen = false
        for byte in text.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if pendingHyphen && !out.isEmpty { out.append(0x2D) }
                pendingHyphen = false
                out.append(lower)
            } else if byte != 0x2E && byte != 0x27 {
                pendingHyphen = true
            }
            if out.count >= maxLength { break }
        }
        while out.last == 0x2D { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// True for names safe as a single path component: `[a-z0-9]` runs joined by hyphens.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, first != "-", last != "-", text.count <= 100 else { return false }
        return text.allSatisfy { $0.isASCII && ($0.fastIsLowercase || $0.fastIsNumber || $0 == "-") }
    }

    /// Letters with diacritics fold to their base letter; other non-ASCII scalars separate words.
    private static func asciiFold(_ scalar: Unicode.Scalar) -> String? {
        if scalar.isASCII { return String(scalar) }
        if scalar == "\u{2019}" || scalar == "\u{2018}" { return "'" }
        return latinFold[scalar]
    }
}

extension Slug {
    /// Latin letters with diacritics and their base letters (data, not logic).
    static let latinFold: [Unicode.Scalar: String] = {
        let table: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "A"), ("çćĉċč", "c"), ("ÇĆĈĊČ", "C"), ("ďđ", "d"), ("ĎĐ", "D"),
            ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "E"), ("ĝğġģ", "g"), ("ĜĞĠĢ", "G"), ("ĥħ", "h"), ("ĤĦ", "H"),
            ("ìíîïĩīĭįı", "i"), ("ÌÍÎÏĨĪĬĮİ", "I"), ("ĵ", "j"), ("Ĵ", "J"), ("ķ", "k"), ("Ķ", "K"),
            ("ĺļľŀł", "l"), ("ĹĻĽĿŁ", "L"), ("ñńņňŉ", "n"), ("ÑŃŅŇ", "N"), ("òóôõöøōŏő", "o"), ("ÒÓÔÕÖØŌŎŐ", "O"),
            ("ŕŗř", "r"), ("ŔŖŘ", "R"), ("śŝşšș", "s"), ("ŚŜŞŠȘ", "S"), ("ţťŧț", "t"), ("ŢŤŦȚ", "T"),
            ("ùúûüũūŭůűų", "u"), ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ŵ", "w"), ("Ŵ", "W"), ("ýÿŷ", "y"), ("ÝŸŶ", "Y"),
            ("źżž", "z"), ("ŹŻŽ", "Z"), ("ß", "ss"), ("æ", "ae"), ("Æ", "AE"), ("œ", "oe"), ("Œ", "OE"),
        ]
        var map: [Unicode.Scalar: String] = [:]
        for (letters, base) in table {
            for scalar in letters.unicodeScalars { map[scalar] = base }
        }
        return map
    }()
}
