extension String {
    /// `split(separator: " ")`, found on bytes when every space byte is a Character of its
    /// own, which is when the scalars on either side cannot join it: a combining mark after a
    /// space, or a Prepend scalar before one, makes a single Character of the two. Neighbours
    /// are checked against `freeStandingScalars` (ASCII, Latin letters, quotation marks,
    /// dashes); text with any other neighbour is split by Character. Every cleaned paragraph
    /// is split into words here, and the Character walk showed in profiles.
    var wordsBetweenSpaces: [Substring] {
        let ranges = utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
            var ranges: [Range<Int>] = []
            var start = 0
            for index in 0..<bytes.count where bytes[index] == 0x20 {
                guard Self.standsAlone(spaceAt: index, in: bytes) else { return nil }
                if start < index { ranges.append(start..<index) }
                start = index + 1
            }
            if start < bytes.count { ranges.append(start..<bytes.count) }
            return ranges
        }
        guard let ranges = ranges ?? nil else { return wordsBetweenSpacesByCharacters }
        let utf8 = self.utf8
        return ranges.map { range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return self[start..<utf8.index(start, offsetBy: range.count)]
        }
    }

    /// The UTF-8 ranges of the words between white space, as `split(whereSeparator:
    /// \.fastIsWhitespace)` cuts them, found on bytes; nil when the text must be split by
    /// Character: it holds white space beyond ASCII, or an ASCII white space byte beside a
    /// scalar that could join it into one Character.
    static func wordRangesBetweenWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        var start: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if Character.isASCIIWhitespace(byte) {
                guard standsAlone(spaceAt: index, in: bytes) else { return nil }
                if let first = start { ranges.append(first..<index) }
                start = nil
                index += 1
                continue
            }
            let length = UnsafeBufferPointer.scalarLength(lead: byte)
            if length > 1 {
                guard !ReportCleaner.isSpace(bytes.scalarValue(at: index, length: length)) else { return nil }
            }
            if start == nil { start = index }
            index += length
        }
        if let first = start { ranges.append(first..<bytes.count) }
        return ranges
    }

    /// `split(separator: " ")`, one Character at a time.
    var wordsBetweenSpacesByCharacters: [Substring] { split(separator: " ") }

    /// Scalars no grapheme rule joins to a space beside them (Grapheme_Cluster_Break Other or
    /// Control, never Extend, SpacingMark, ZWJ or Prepend): Latin-1 and Latin Extended,
    /// spacing modifier letters, and the general punctuation of quotes, dashes and ellipses.
    static let freeStandingScalars: [ClosedRange<UInt32>] = [0x80...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0]

    private static func standsAlone(spaceAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if index > 0, bytes[index - 1] >= 0x80 {
            var lead = index - 1
            while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard isFreeStanding(scalarAt: lead, in: bytes) else { return false }
        }
        if index + 1 < bytes.count, bytes[index + 1] >= 0x80 {
            guard isFreeStanding(scalarAt: index + 1, in: bytes) else { return false }
        }
        return true
    }

    /// Whether the scalar whose lead byte is at `lead` is free-standing, in valid UTF-8 (a
    /// String's bytes).
    private static func isFreeStanding(scalarAt lead: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = UnsafeBufferPointer.scalarLength(lead: bytes[lead])
        guard lead + length <= bytes.count else { return false }
        let value = bytes.scalarValue(at: lead, length: length)
        return freeStandingScalars.contains { $0.contains(value) }
    }
}
