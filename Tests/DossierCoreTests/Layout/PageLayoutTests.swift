import Foundation
import Mustache
import Testing
@testable import DossierCore

/// Values reach the page escaped, whatever follows a quote; template errors point at the
/// template's own lines, though `PageLayout` puts a line before each template.
@Suite struct PageLayoutTests {
    static let layout: PageLayout = try! PageLayout.load(from: Fixtures.templates)

    static func index(summary: String) throws -> String {
        let page = RenderedPage(frontMatter: FrontMatter(kind: .index, title: "Talks", slug: "index", summary: summary), html: "<p>Body</p>")
        return try layout.render(page, at: "index.html", site: SiteContext(dossierTitle: "Talks", language: "en", paths: nil, articles: [], hasArchive: false))
    }

    @Test func aQuoteFollowedByACombiningMarkCannotEndAnAttribute() throws {
        // Built from parts: a quote and a combining mark side by side in one literal trip up
        // the #expect macro's own lexer.
        let mark = "\u{301}"
        let html = try Self.index(summary: "x\"" + mark + " onmouseover=alert(1) <b>&'")
        let escaped = "<meta name=\"description\" content=\"x&quot;" + mark + " onmouseover=alert(1) &lt;b&gt;&amp;&#39;\">"
        let raw = "\"" + mark
        #expect(html.contains(escaped), "\(html)")
        #expect(!html.contains(raw))
    }

    @Test func ordinaryTextIsEscapedAsSwiftMustacheEscapesIt() throws {
        let template = try MustacheTemplate(string: "{{value}}")
        let alphabet = Array("ab <>&\"'é€\u{2019}\n")
        var random = SeededGenerator(state: 11)
        for _ in 0..<500 {
            let value = String((0..<random.next(16)).map { _ in alphabet[random.next(alphabet.count)] })
            #expect(HTMLEscaping().escapeText(value) == template.render(["value": value]), "\(value.debugDescription)")
        }
    }

    @Test func aTemplateErrorIsReportedAtTheTemplatesOwnLine() throws {
        let folder = NSTemporaryDirectory() + "dossier-layout-\(UUID().uuidString.prefix(8))"
        try FileManager.default.copyItem(atPath: Fixtures.templates, toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let broken = "<ul>\n<li>one</li>\n{{#articles}}<li>{{outlet}}</li>\n</ul>\n"
        try broken.write(toFile: folder + "/index.mustache", atomically: true, encoding: .utf8)
        var expected: (line: Int, column: Int)?
        do {
            _ = try MustacheTemplate(string: broken)
        } catch let error as MustacheTemplate.ParserError {
            expected = (error.context.lineNumber, error.context.columnNumber)
        }
        let location = try #require(expected)
        #expect(throws: BuildFailure.self) { _ = try PageLayout.load(from: folder) }
        do {
            _ = try PageLayout.load(from: folder)
        } catch {
            let message = error.diagnostics.map(\.description).joined(separator: "\n")
            #expect(message.contains("index.mustache:\(location.line):\(location.column): error:"), "\(message)")
        }
    }
}
