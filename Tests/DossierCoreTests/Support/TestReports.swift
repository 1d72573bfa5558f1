@testable import DossierCore

/// Small reports written by the tests themselves: a headline and body paragraphs, laid out as
/// a file would be (headline on line 1, a blank line between paragraphs).
enum TestReports {
    static func report(headline: String = "Report", _ paragraphs: [String], outlet: String = "Test Outlet",
                       slug: String = "test", path: String = "test.txt") -> Report {
        var blocks = [TextBlock(role: .headline, text: headline, line: 1)]
        for (index, paragraph) in paragraphs.enumerated() {
            blocks.append(TextBlock(role: .body, text: paragraph, line: 3 + 2 * index))
        }
        let source = ReportSource(path: path, fileName: path, outlet: outlet, published: nil, slug: slug, isListed: true)
        return Report(source: source, content: CleanText(blocks: blocks, caption: nil, authors: [], removed: []))
    }

    /// The figures of one body paragraph.
    static func figures(_ paragraph: String) -> [Figure] {
        FigureExtractor.extract(from: report([paragraph]))
    }

    /// The one figure of a paragraph whose text is `text`.
    static func figure(_ text: String, in paragraph: String) -> Figure? {
        figures(paragraph).first { $0.text == text }
    }
}
