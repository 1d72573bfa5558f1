/// Where each page of a dossier lives in the site, and relative links between them.
/// Links are always relative, so the site works from `file://` and under any sub-path.
public struct SitePaths: Sendable, Hashable {
    /// Folder of the dossier inside the site: "" for a single-dossier site, else "slug/".
    public var prefix: String

    public init(prefix: String) {
        self.prefix = prefix
    }

    public var index: String { prefix + "index.html" }
    public var briefing: String { prefix + "briefing.html" }
    public func article(_ slug: String) -> String { prefix + "articles/\(slug).html" }

    /// The Markdown intermediate of a page: `markdown/` mirrors the page's path.
    public static func markdown(for page: String) -> String {
        "markdown/" + page.dropLast(".html".count) + ".md"
    }

    public static let stylesheet = "style.css"
    public static let archiveIndex = "index.html"

    /// A relative URL from the page at `from` to the file at `to` (both site paths).
    public static func relative(from: String, to: String) -> String {
        // A page in the same folder or below it, the common case (each page's navigation
        // links every article): the rest of its path, when that has no empty part to drop.
        // ASCII paths only: a combining mark after a `/` would join it into one Character.
        let ascii = from.isASCII && to.isASCII
        if ascii, let slash = from.utf8.lastIndex(of: 0x2F) {
            let folder = from.utf8[...slash]
            let rest = to.utf8.dropFirst(folder.count)
            // `to` is the folder then the rest, so one look for `//` in it covers both.
            if to.utf8.count > folder.count, to.utf8.starts(with: folder), !folder.starts(with: [0x2F]), slash != from.utf8.index(before: from.utf8.endIndex),
               rest.first != 0x2F, rest.last != 0x2F, !hasDoubleSlash(to.utf8) {
                return String(Substring(rest))
            }
        }
        if ascii { return relativeASCII(from: from, to: to) }
        return relativeByCharacters(from: from, to: to)
    }

    private static func hasDoubleSlash(_ bytes: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x2F, previous == 0x2F { return true }
            previous = byte
        }
        return false
    }

    /// `relative` on Characters: paths with non-ASCII names.
    static func relativeByCharacters(from: String, to: String) -> String {
        let fromParts = from.split(separator: "/").dropLast()
        let toParts = to.split(separator: "/")
        var common = 0
        while common < fromParts.count, common < toParts.count - 1,
              fromParts[fromParts.startIndex + common] == toParts[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromParts.count - common)
        return (ups + toParts.dropFirst(common).map(String.init)).joined(separator: "/")
    }

    /// `relative` for ASCII paths (slugs, as the site's are), on bytes: the same steps without
    /// Character splitting, which showed in profiles (the briefing links to every article).
    static func relativeASCII(from: String, to: String) -> String {
        let fromParts = Array(from.utf8).split(separator: 0x2F).dropLast()
        let toParts = Array(to.utf8).split(separator: 0x2F)
        var common = 0
        while common < fromParts.count, common < toParts.count - 1,
              fromParts[fromParts.startIndex + common].elementsEqual(toParts[common]) {
            common += 1
        }
        var out: [UInt8] = []
        for _ in 0..<(fromParts.count - common) { out.append(contentsOf: [0x2E, 0x2E, 0x2F]) }
        for (index, part) in toParts.dropFirst(common).enumerated() {
            if index > 0 { out.append(0x2F) }
            out.append(contentsOf: part)
        }
        if out.last == 0x2F, toParts.count == common { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Prefix that leads from the page at `path` back to the site root ("", "../", …).
    public static func rootPrefix(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}
