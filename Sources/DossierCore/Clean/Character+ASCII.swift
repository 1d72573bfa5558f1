/// The character tests the extractors ask millions of times per build, answered for ASCII
/// without the standard library's Unicode property tables: those lookups were a tenth of a
/// build's profile, and news prose is mostly ASCII. Anything else gets the standard answer,
/// so each property means exactly what its namesake means.
extension Character {
    /// The byte of a one-byte character ("\r\n" is two, so it takes the standard path).
    @inline(__always) var asciiByte: UInt8? {
        let utf8 = self.utf8
        guard utf8.count == 1, let byte = utf8.first, byte < 0x80 else { return nil }
        return byte
    }

    /// `isLetter`.
    var fastIsLetter: Bool {
        guard let byte = asciiByte else { return isLetter }
        return Self.isASCIILetter(byte)
    }

    /// `isNumber`.
    var fastIsNumber: Bool {
        guard let byte = asciiByte else { return isNumber }
        return Self.isASCIIDigit(byte)
    }

    /// The ASCII bytes `fastIsLetter` accepts, and those `fastIsNumber` accepts, for the byte
    /// paths that read text without Characters.
    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    static func isASCIIDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || isASCIIDigit(byte)
    }

    /// `isWhitespace`: space, tab, line feed, vertical tab, form feed, carriage return.
    var fastIsWhitespace: Bool {
        guard let byte = asciiByte else { return isWhitespace }
        return Self.isASCIIWhitespace(byte)
    }

    /// The ASCII bytes `fastIsWhitespace` accepts.
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// `isUppercase`.
    var fastIsUppercase: Bool {
        guard let byte = asciiByte else { return isUppercase }
        return byte >= 0x41 && byte <= 0x5A
    }

    /// `isLowercase`.
    var fastIsLowercase: Bool {
        guard let byte = asciiByte else { return isLowercase }
        return byte >= 0x61 && byte <= 0x7A
    }
}
