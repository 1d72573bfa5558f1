/// What `dossier pdf` checks about the file Chromium wrote before putting it in place:
/// Chromium exits with status 0 even when it wrote nothing, so its word is not enough.
public struct PDFFacts: Sendable, Equatable {
    /// Number of pages, from the page tree's root (`/Type /Pages … /Count n`), or nil when the
    /// tree is stored compressed (in an object stream) and cannot be read without a PDF library.
    public var pageCount: Int?

    public init(pageCount: Int?) {
        self.pageCount = pageCount
    }

    /// Facts about `bytes`, or nil when they are not a PDF (no `%PDF-` header).
    public static func inspect(_ bytes: [UInt8]) -> PDFFacts? {
        guard bytes.starts(with: Array("%PDF-".utf8)) else { return nil }
        return PDFFacts(pageCount: rootPageCount(bytes))
    }

    /// The largest `/Count` among the objects of `/Type /Pages`: the root's count is the
    /// total, and the inner nodes of a large page tree count only their own subtree.
    static func rootPageCount(_ bytes: [UInt8]) -> Int? {
        let text = String(decoding: bytes, as: Unicode.ASCII.self)
        let pagesType = /\/Type\s*\/Pages(?![A-Za-z])/
        let count = /\/Count\s+(\d+)/
        var best: Int?
        for object in text.split(separator: "endobj") where object.contains(pagesType) {
            if let match = object.firstMatch(of: count), let value = Int(match.output.1) {
                best = max(best ?? 0, value)
            }
        }
        return best
    }
}
