#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    var isASCII: Bool { utf8.withContiguousStorageIfAvailable(UnsafeBufferPointer.isASCII) ?? utf8.allSatisfy { $0 < 0x80 } }

    /// True when the text holds the ASCII character `ascii`: a byte search, where
    /// `contains("[")` takes Foundation's locale-aware substring search, which showed in profiles.
    func containsASCII(_ ascii: Unicode.Scalar) -> Bool {
        utf8.contains(UInt8(ascii: ascii))
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// No byte has its high bit set, read eight bytes at a time: the fast paths ask this of
    /// every paragraph, word and path before taking the byte route.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            offset += 8
        }
        while offset < bytes.count {
            if bytes[offset] >= 0x80 { return false }
            offset += 1
        }
        return true
    }

    /// `range` without the ASCII white space (`Character.isASCIIWhitespace`) at its ends.
    func trimmingASCIIWhitespace(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, Character.isASCIIWhitespace(self[start]) { start += 1 }
        while start < end, Character.isASCIIWhitespace(self[end - 1]) { end -= 1 }
        return start..<end
    }

    /// The offsets of every `byte`, found with memchr (line feeds of reports and pages).
    func offsets(of byte: UInt8) -> [Int] {
        var found: [Int] = []
        guard let base = baseAddress else { return found }
        var offset = 0
        while offset < count, let hit = memchr(base + offset, Int32(byte), count - offset) {
            let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            found.append(position)
            offset = position + 1
        }
        return found
    }

    /// The length of the UTF-8 sequence that `lead` begins, in valid UTF-8 (a String's bytes).
    static func scalarLength(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }

    /// The value of the scalar of `length` bytes at `lead`, in valid UTF-8.
    func scalarValue(at lead: Int, length: Int) -> UInt32 {
        guard length > 1 else { return UInt32(self[lead]) }
        var value = UInt32(self[lead]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(self[lead + offset] & 0x3F) }
        return value
    }
}
