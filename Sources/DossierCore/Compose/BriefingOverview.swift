/// The briefing's opening paragraph, built only from the reports' own words: the first
/// sentence of each report's lede, each followed by a link to its outlet. Nothing is written
/// that a report did not say.
enum BriefingOverview {
    /// Ledes quoted at most; a dossier with more reports says how many more there are.
    static let maxLedes = 5

    static func markdown(_ content: BriefingContent) -> String {
        var sentences: [String] = []
        for analysed in content.reports.prefix(maxLedes) {
            let report = analysed.report
            guard let lede = report.content.body.first else { continue }
            let first = SentenceSplitter.split(lede.text).first ?? 0..<lede.text.utf8.count
            let sentence = lede.text.slice(utf8: first)
            sentences.append(MarkdownText.escapeInline(sentence.trimmingSpaces, atLineStart: sentences.isEmpty)
                             + " (" + MarkdownText.link(report.source.outlet, to: content.articleLink(report.source.slug)) + ")")
        }
        guard !sentences.isEmpty else { return "" }
        var out = "\n::: {.overview}\n\n" + sentences.joined(separator: " ")
        let more = content.reports.count - min(content.reports.count, maxLedes)
        if more > 0 { out += " " + MarkdownText.escapeInline("(And \(more) more \(Counted.noun(more, "source")) below.)", atLineStart: false) }
        return out + "\n\n:::\n"
    }
}
