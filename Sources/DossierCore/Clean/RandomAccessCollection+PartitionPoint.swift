extension RandomAccessCollection {
    /// The first index whose element satisfies `belongsAfter`, in a collection where the
    /// elements that do all come after those that do not (offsets, lines and sentences in text
    /// order): a binary search, so looking a position up never walks a long paragraph.
    func partitionPoint(where belongsAfter: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongsAfter(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
