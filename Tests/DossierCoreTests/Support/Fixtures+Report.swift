@testable import DossierCore

extension Fixtures {
    /// A report written in the test: a headline and body paragraphs, as if cleaned from a file
    /// with the headline on line 1 and each paragraph on its own line after a blank one.
    static func report(_ paragraphs: [String], headline: String = "A report written for a test",
                       outlet: String = "The Test Gazette", slug: String = "test-gazette", path: String = "test.txt") -> Report {
        var blocks = [TextBlock(role: .headline, text: headline, line: 1)]
        for (index, paragraph) in paragraphs.enumerated() {
            blocks.append(TextBlock(role: .body, text: paragraph, line: 3 + 2 * index))
        }
        let source = ReportSource(path: path, fileName: path, outlet: outlet, published: nil, slug: slug, isListed: true)
        return Report(source: source, content: CleanText(blocks: blocks, caption: nil, authors: [], removed: []))
    }

    /// The quotes of a test report, as (words, speaker name or nil).
    static func attributed(_ paragraphs: [String], headline: String = "A report written for a test") -> [(words: String, speaker: String?)] {
        QuoteExtractor.extract(from: report(paragraphs, headline: headline)).map { ($0.words, $0.speaker?.name) }
    }
}
