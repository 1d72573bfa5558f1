extension TextBlock {
    /// `position(ofUTF8Offset:)` for many offsets at once, in one pass over the text: the
    /// same answers in linear rather than quadratic time, for blocks holding thousands of
    /// figures or quotes. `offsets` must be sorted ascending.
    public func positions(ofSortedUTF8Offsets offsets: [Int]) -> [(line: Int, column: Int)] {
        var results: [(line: Int, column: Int)] = []
        results.reserveCapacity(offsets.count)
        let total = text.utf8.count
        var start = lineStarts[0]
        var nextStart = 1 // the next line start not yet reached
        var index = text.startIndex
        var offset = 0 // UTF-8 offset of `index`
        while index < text.endIndex, offset < start.utf8Offset {
            offset += text[index].utf8.count
            index = text.index(after: index)
        }
        var counted = 0 // characters from `start` to `index`
        for wanted in offsets {
            let target = max(0, min(wanted, total))
            while true {
                while nextStart < lineStarts.count, lineStarts[nextStart].utf8Offset <= min(offset, target) {
                    start = lineStarts[nextStart]
                    nextStart += 1
                    counted = 0
                }
                guard index < text.endIndex, offset < target else { break }
                offset += text[index].utf8.count
                index = text.index(after: index)
                counted += 1
            }
            results.append((start.line, start.column + counted))
        }
        return results
    }
}
