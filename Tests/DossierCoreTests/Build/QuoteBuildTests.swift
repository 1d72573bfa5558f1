import Foundation
import Testing
@testable import DossierCore

/// The build with quotations: anchored on article pages, linked from the briefing, timed.
@Suite struct QuoteBuildTests {
    @Test func everyBriefingQuoteLinkReachesAnAnchorOnItsArticlePage() async throws {
        let result = try await SiteBuilder.plan(BuildOptions(seeds: Fixtures.seeds, templates: Fixtures.templates, output: "unused"))
        #expect(result.timings[.extract] != nil)
        func page(_ path: String) throws -> String {
            let file = try #require(result.files.first { $0.path == path })
            return String(decoding: file.bytes, as: UTF8.self)
        }
        let briefing = try page("briefing.html")
        let links = briefing.components(separatedBy: "href=\"articles/").dropFirst().compactMap { rest -> (String, String)? in
            let target = rest.prefix { $0 != "\"" }
            let parts = target.split(separator: "#")
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
        #expect(links.count == 19)
        for (article, id) in links {
            #expect(try page("articles/" + article).contains("<span id=\"\(id)\" class=\"quote\">"), "\(article)#\(id)")
        }
        #expect(try page("articles/us-news.html").contains("<span id=\"q-7\" class=\"quote\">“We all can acknowledge that there’s a lot of work ahead,”</span>"))
    }
}
