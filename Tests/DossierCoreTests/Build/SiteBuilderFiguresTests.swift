import Foundation
import Testing
@testable import DossierCore

/// The extract step inside a real build of the seeds: figure anchors on the article pages,
/// and briefing links that reach them.
@Suite struct SiteBuilderFiguresTests {
    static func plan() async throws -> BuildResult {
        try await SiteBuilder.plan(BuildOptions(seeds: Fixtures.seeds, templates: Fixtures.templates, output: NSTemporaryDirectory() + "unused"))
    }

    static func text(_ result: BuildResult, _ path: String) throws -> String {
        let file = try #require(result.files.first { $0.path == path }, "\(path)")
        return String(decoding: file.bytes, as: UTF8.self)
    }

    /// `href="articles/x.html#id"` targets in a page, in order.
    static func anchorLinks(in html: String) -> [(page: String, id: String)] {
        var links: [(String, String)] = []
        var rest = html[...]
        while let start = rest.range(of: "href=\"articles/") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let target = rest[..<end]
            if let hash = target.firstIndex(of: "#") {
                links.append(("articles/" + target[..<hash], String(target[target.index(after: hash)...])))
            }
            rest = rest[end...]
        }
        return links
    }

    @Test func everyFigureLinkOnTheBriefingReachesItsPassage() async throws {
        let result = try await Self.plan()
        let briefing = try Self.text(result, "briefing.html")
        // The figure tables only (other sections link to other passages); a figure inside a
        // quotation or a longer date phrase ("almost three years ago") is reached through that span.
        let numbers = Fixtures.section("the-numbers", of: briefing)
        let links = Self.anchorLinks(in: numbers)
        #expect(links.count == 20) // 8 tracked figures in U.S. News, 4 in Al Arabiya, 8 in The Week
        for (page, id) in links {
            let article = try Self.text(result, page)
            let target = ["figure", "quote", "date"].contains { article.contains("<span id=\"\(id)\" class=\"\($0)\">") }
            #expect(target, "\(page)#\(id)")
        }
        #expect(result.timings[.extract] != nil)
        let markdown = try Self.text(result, "markdown/articles/us-news.md")
        #expect(markdown.contains("[As many as 600](anchor:f-3 \"figure\") Homs residents were able to escape"))
    }
}
