import Testing
@testable import DossierCore

/// Links between site paths are relative, so the site works from any folder and from file://.
@Suite struct SitePathsTests {
    @Test(arguments: [
        ("index.html", "briefing.html", "briefing.html"),
        ("index.html", "articles/a.html", "articles/a.html"),
        ("articles/a.html", "articles/b.html", "b.html"),
        ("articles/a.html", "briefing.html", "../briefing.html"),
        ("geneva/articles/a.html", "geneva/briefing.html", "../briefing.html"),
        ("geneva/articles/a.html", "geneva/articles/b.html#q-1", "b.html#q-1"),
        ("geneva/articles/a.html", "aleppo/articles/b.html", "../../aleppo/articles/b.html"),
        ("geneva/index.html", "index.html", "../index.html"),
        ("geneva/index.html", "geneva/markdown/index.md", "markdown/index.md"),
        ("a//x.html", "a//y.html", "y.html"),
    ])
    func relativeLinks(from: String, to: String, expected: String) {
        #expect(SitePaths.relative(from: from, to: to) == expected)
    }

    @Test func rootPrefixClimbsOneFolderPerLevel() {
        #expect(SitePaths.rootPrefix(from: "index.html") == "")
        #expect(SitePaths.rootPrefix(from: "geneva/articles/a.html") == "../../")
    }

    /// The byte path for ASCII paths links exactly as the Character path does.
    @Test func asciiPathsLinkAsTheCharacterPathDoes() {
        let parts = ["a", "b", "articles", "index.html", "x.html", "", "..", "q#1"]
        var random = SeededGenerator(state: 3)
        func path() -> String { (0..<random.next(5)).map { _ in parts[random.next(parts.count)] }.joined(separator: "/") }
        for _ in 0..<3_000 {
            let from = path(), to = path()
            #expect(SitePaths.relativeASCII(from: from, to: to) == SitePaths.relativeByCharacters(from: from, to: to), "\(from) -> \(to)")
        }
    }

    /// `relative`, with its shortcut for pages in or below the linking page's folder, links as
    /// the Character path does, on paths with empty parts, nested folders and non-ASCII names.
    @Test func relativeLinksAsTheCharacterPathDoes() {
        let parts = ["a", "b", "articles", "index.html", "x.html", "", "..", "réfugiés", "a", "\u{301}x"]
        var random = SeededGenerator(state: 8)
        func path() -> String { (0..<random.next(5)).map { _ in parts[random.next(parts.count)] }.joined(separator: "/") }
        var below = 0
        for _ in 0..<5_000 {
            let from = path()
            let to = random.next(2) == 0 ? path() : String(from.prefix { _ in true }.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")) + "/" + path()
            if to.hasPrefix(from.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/") + "/") { below += 1 }
            #expect(SitePaths.relative(from: from, to: to) == SitePaths.relativeByCharacters(from: from, to: to), "\(from) -> \(to)")
        }
        #expect(below >= 1_000, "too few links into the page's own folder: \(below)")
        #expect(SitePaths.relative(from: "d/index.html", to: "d/articles/x.html") == "articles/x.html")
    }
}
