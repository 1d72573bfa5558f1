/// Composes an article's Markdown intermediate: front matter, headline, dek, body with its
/// quoted and counted passages anchored, the photo caption, and what cleaning removed.
public enum ArticleComposer {
    public static func markdown(for report: Report, in dossier: Dossier, anchors: [PassageAnchor]) -> String {
        let content = report.content
        let (kept, _) = PassageAnchor.nonOverlapping(anchors, blocks: content.blocks)
        var byBlock: [Int: [PassageAnchor]] = [:]
        for anchor in kept { byBlock[anchor.block, default: []].append(anchor) }

        let front = FrontMatter(
            kind: .article, title: content.headline.text, slug: report.source.slug, dossier: dossier.title,
            outlet: report.source.outlet, date: report.source.published, source: report.source.fileName,
            sourceURL: report.source.url, words: content.wordCount, summary: content.dek?.text)

        var out = front.yaml()
        for (index, block) in content.blocks.enumerated() {
            let text = marked(block.text, anchors: byBlock[index] ?? [])
            switch block.role {
            case .headline:
                out += "\n# \(text)\n"
            case .dek:
                out += "\n::: {.dek}\n\n\(text)\n\n:::\n"
            case .body:
                out += "\n\(text)\n"
            }
        }
        if let caption = content.caption {
            out += "\n::: figure {.caption}\n\nPhoto caption on the page: \(MarkdownText.escape(caption.text))\n\n:::\n"
        }
        out += provenance(report)
        return out
    }

    /// Escaped text with each anchored passage written as `[passage](anchor:id "role")`.
    static func marked(_ text: String, anchors: [PassageAnchor]) -> String {
        guard !anchors.isEmpty else { return MarkdownText.escape(text) }
        let utf8 = Array(text.utf8)
        var out = ""
        var cursor = 0
        func piece(_ range: Range<Int>) -> String {
            MarkdownText.escapeInline(String(decoding: utf8[range], as: UTF8.self), atLineStart: range.lowerBound == 0)
        }
        for anchor in anchors.sorted() where anchor.range.lowerBound >= cursor {
            out += piece(cursor..<anchor.range.lowerBound)
            out += "[\(piece(anchor.range))](\(AnchorDirective.scheme)\(anchor.id) \"\(anchor.role)\")"
            cursor = anchor.range.upperBound
        }
        return out + piece(cursor..<utf8.count)
    }

    /// A closing note that says where the text came from and what was stripped, so a reader
    /// can trust (or audit) the cleaning.
    static func provenance(_ report: Report) -> String {
        var counts: [BoilerplateKind: Int] = [:]
        for removed in report.content.removed { counts[removed.reason, default: 0] += 1 }
        let parts = BoilerplateKind.allCases.compactMap { kind in counts[kind].map { "\(kind.rawValue) ×\($0)" } }
        var line = "Cleaned from \(MarkdownText.escape(report.source.fileName))"
        line += parts.isEmpty ? "; nothing removed." : "; removed as web furniture: \(parts.joined(separator: ", "))."
        return "\n::: footer {.provenance}\n\n\(line)\n\n:::\n"
    }
}
