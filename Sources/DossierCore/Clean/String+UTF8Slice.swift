extension String {
    /// The text at a range of UTF-8 offsets, the positions every stage keeps. Costs the length
    /// of the range, not of the string: extraction cuts thousands of pieces out of one paragraph.
    func slice(utf8 range: Range<Int>) -> String {
        // Native strings, nearly all of them: straight from the bytes, without index arithmetic.
        if let sliced = utf8.withContiguousStorageIfAvailable({ String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }) {
            return sliced
        }
        let utf8 = self.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let to = utf8.index(from, offsetBy: range.count)
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }
}

extension StringProtocol {
    /// Every byte is ASCII: the test before each byte-level fast path (each byte is then a
    /// Character of its own, but for "\r\n").
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }

    /// True when the text holds the ASCII character `ascii`: a byte search, where
    /// `contains("[")` takes Foundation's locale-aware substring search, which showed in profiles.
    func containsASCII(_ ascii: Unicode.Scalar) -> Bool {
        utf8.contains(UInt8(ascii: ascii))
    }
}
