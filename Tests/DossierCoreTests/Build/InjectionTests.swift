import Foundation
import Testing
@testable import DossierCore

/// Report text and manifest values that look like markup stay text on every page kind: raw
/// HTML, script links, comments, Markdown syntax and Mustache tags, in every field a report
/// or a manifest can fill (title, summary, outlet, headline, dek, body, quotation, speaker's
/// words, figure).
@Suite struct InjectionTests {
    static let script = "<script>alert(1)</script>"
    static let image = "<img src=x onerror=alert(2)>"
    static let link = "[click me](javascript:alert(3))"
    static let comment = "<!-- hidden -->"
    static let mustache = "{{ title }} {{{ body }}} {{> layout}}"

    static let manifest = """
        title: 'Dossier \(script) \(mustache)'
        date: 2014-02-10
        summary: '\(image) \(link) \(comment)'
        sources:
          - file: hostile.txt
            outlet: 'The \(script) Times \(mustache)'
            published: 2014-02-10
            slug: hostile

        """

    static let report = """
        Headline \(script) \(mustache)

        A standfirst with \(comment) and \(link)

        # Not a heading \(image)

        - not a list item

        1. not an ordered list \(mustache)

        "\(script) \(mustache) we will not stop," said Maria Lopez on Monday.

        Over 600 people <b>fled</b> the old city, said Maria Lopez.

        """

    /// The site planned from a seeds folder holding the hostile manifest and report.
    static func pages() async throws -> [String: String] {
        let folder = NSTemporaryDirectory() + "dossier-injection-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try manifest.write(toFile: folder + "/dossier.yaml", atomically: true, encoding: .utf8)
        try report.write(toFile: folder + "/hostile.txt", atomically: true, encoding: .utf8)
        let result = try await SiteBuilder.plan(BuildOptions(seeds: folder, templates: Fixtures.templates, output: folder + "-site"))
        return Dictionary(uniqueKeysWithValues: result.files.filter { $0.path.hasSuffix(".html") }
            .map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    /// `text` as cmark and Mustache write text into HTML.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    @Test func nothingBecomesMarkupOnAnyPage() async throws {
        let pages = try await Self.pages()
        #expect(Set(pages.keys) == ["index.html", "briefing.html", "articles/hostile.html"])
        for (path, html) in pages {
            let lower = html.lowercased()
            #expect(!lower.contains("<script"), "\(path): a script element")
            #expect(!lower.contains("<img"), "\(path): an img element")
            // An attribute named on…, after any quoted attributes (whose values may hold the text).
            #expect(html.firstMatch(of: /<[a-zA-Z][a-zA-Z0-9-]*(?:\s+[a-zA-Z:-]+(?:=(?:"[^"]*"|[^\s>"]*))?)*\s+on[a-z]+\s*=/) == nil,
                    "\(path): an event handler")
            #expect(!lower.contains("<b>"), "\(path): a b element")
            #expect(!lower.contains("href=\"javascript:"), "\(path): a javascript: link")
            // cmark's safe mode would write this comment where it dropped raw HTML: text lost.
            #expect(!html.contains("<!--"), "\(path): raw HTML was omitted instead of shown")
            #expect(!html.contains(">click me</a>"), "\(path): the report's Markdown link became a link")
            #expect(!html.contains(">Not a heading"), "\(path): the report's # line became a heading")
            #expect(!html.contains("<li>not a"), "\(path): the report's list lines became a list")
        }
    }

    /// Each field, on each page that shows it, as literal text.
    @Test(arguments: [
        ("index.html", ["Dossier \(script) \(mustache)", "\(image) \(link) \(comment)", "The \(script) Times \(mustache)",
                        "Headline \(script) \(mustache)"]),
        ("briefing.html", ["Dossier \(script) \(mustache)", "The \(script) Times \(mustache)", "Headline \(script) \(mustache)",
                           "A standfirst with \(comment) and \(link)", "\(script) \(mustache) we will not stop", "Over"]),
        ("articles/hostile.html", ["Headline \(script) \(mustache)", "A standfirst with \(comment) and \(link)",
                                   "# Not a heading \(image)", "- not a list item", "1. not an ordered list \(mustache)",
                                   "\(script) \(mustache) we will not stop", "people <b>fled</b> the old city",
                                   "The \(script) Times \(mustache)"]),
    ])
    func everyFieldIsShownLiterally(_ page: String, _ texts: [String]) async throws {
        let html = try #require(try await Self.pages()[page])
        for text in texts {
            #expect(html.contains(Self.escaped(text)), "\(page) does not show \(text) as text")
        }
    }

    /// The Markdown intermediates keep the text escaped too, so a person editing them and
    /// rebuilding gets the same page.
    @Test func theIntermediatesEscapeTheReportsSyntax() async throws {
        let folder = NSTemporaryDirectory() + "dossier-injection-md-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.manifest.write(toFile: folder + "/dossier.yaml", atomically: true, encoding: .utf8)
        try Self.report.write(toFile: folder + "/hostile.txt", atomically: true, encoding: .utf8)
        let result = try await SiteBuilder.plan(BuildOptions(seeds: folder, templates: Fixtures.templates, output: folder + "-site"))
        let markdown = try #require(result.files.first { $0.path == "markdown/articles/hostile.md" })
        // The body, after the front matter (whose YAML strings are data, not Markdown).
        let text = try #require(String(decoding: markdown.bytes, as: UTF8.self).split(separator: "\n---\n", maxSplits: 1).last)
        #expect(text.contains("\\# Not a heading"))
        #expect(text.contains("\\- not a list item"))
        #expect(!text.contains("[click me](javascript"))
    }
}
