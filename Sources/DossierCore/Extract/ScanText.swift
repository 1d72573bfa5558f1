/// A paragraph as characters, with the UTF-8 offset of each (positions in the project are
/// UTF-8 offsets; marks are recognised character by character).
struct ScanText {
    let characters: [Character]
    let offsets: [Int]
    /// Every Character is one byte (ASCII without "\r\n"): index and UTF-8 offset agree.
    let isByteForByte: Bool
    var count: Int { characters.count }
    var utf8Count: Int { offsets[characters.count] }

    init(_ text: String) {
        // ASCII without a "\r\n" (the one pair of ASCII bytes that is one Character), as most
        // paragraphs are: a Character per byte, without grapheme breaking or counting first.
        let perByte = text.utf8.withContiguousStorageIfAvailable { bytes -> [Character]? in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte >= 0x80 || (byte == 0x0A && previous == 0x0D) { return nil }
                previous = byte
            }
            return bytes.map { Character(Unicode.Scalar($0)) }
        }
        if let perByte = perByte ?? nil {
            characters = perByte
            offsets = Array(0...perByte.count)
            isByteForByte = true
            return
        }
        isByteForByte = false
        characters = Array(text)
        offsets = Self.utf8Offsets(of: characters) { $0.utf8.count }
    }

    /// The UTF-8 offset of each of `units` (a text's Characters or scalars, in order), and of
    /// the end.
    static func utf8Offsets<Units: Collection>(of units: Units, length: (Units.Element) -> Int) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(units.count + 1)
        var offset = 0
        for unit in units {
            offsets.append(offset)
            offset += length(unit)
        }
        offsets.append(offset)
        return offsets
    }

    /// UTF-8 offset of the character at `index` (or the end).
    func offset(_ index: Int) -> Int { offsets[min(index, characters.count)] }

    /// True when the UTF-8 range holds only whitespace and punctuation.
    func isBlank(_ range: Range<Int>) -> Bool {
        let start = offsets.partitionPoint { $0 >= range.lowerBound }
        guard start < offsets.count, offsets[start] == range.lowerBound else { return true }
        var index = start
        while index < characters.count, offsets[index] < range.upperBound {
            if characters[index].fastIsLetter || characters[index].fastIsNumber { return false }
            index += 1
        }
        return true
    }
}
