/// "Sources": a card per report, with its headline, dek, date, length, and what it
/// contributes to the briefing (whom it quotes, what it counts), linked to its page.
enum SourceCardComposer {
    static func markdown(_ content: BriefingContent) -> String {
        var out = "\n::: {.source-cards}\n"
        for analysed in content.reports {
            let report = analysed.report
            let source = report.source
            out += "\n::: section {.source-card #source-\(source.slug)}\n"
            out += "\n### \(MarkdownText.escape(source.outlet))\n"
            out += "\n**\(MarkdownText.link(report.content.headline.text, to: content.articleLink(source.slug)))**\n"
            if let dek = report.content.dek {
                out += "\n::: {.source-dek}\n\n\(MarkdownText.escape(dek.text))\n\n:::\n"
            }
            var facts = [source.published?.long ?? "date unknown", "\(report.content.wordCount) words", "\(report.readingMinutes) min read"]
            if !source.isListed { facts.append("not listed in the manifest") }
            out += "\n::: {.source-facts}\n\n" + MarkdownText.escape(facts.joined(separator: " \u{00B7} "))
            if let url = source.url { out += " \u{00B7} " + MarkdownText.link("original", to: url) }
            out += "\n\n:::\n"
            out += "\n" + MarkdownText.escape(contribution(analysed)) + "\n"
            out += "\n:::\n"
        }
        return out + "\n:::\n"
    }

    /// "Quotes Valerie Amos, Jen Psaki and 1 more (7 quotations). Counts deaths, evacuations … (8 figures)."
    static func contribution(_ analysed: AnalysedReport) -> String {
        var parts: [String] = []
        let quotes = analysed.analysis.quotes
        var seen: Set<String> = []
        let speakers = quotes.compactMap { $0.speaker?.name }.filter { seen.insert($0).inserted }
        if quotes.isEmpty {
            parts.append("No quotations.")
        } else {
            // "A, B and C", or "A; B; C and D" when a speaker is itself a pair ("Obama and Hollande").
            let names = speakers.isEmpty ? "no speaker the rules could name"
                : speakers.contains { $0.contains(" and ") } ? speakers.joined(separator: "; ") : IndexComposer.list(speakers)
            parts.append("Quotes \(names) (\(quotes.count) \(quotes.count == 1 ? "quotation" : "quotations")).")
        }
        let figures = analysed.counted.figures.filter { $0.quantity != .unclassified }
        if figures.isEmpty {
            parts.append("No figure the tables track.")
        } else {
            var labels: Set<String> = []
            let measured = figures.map { $0.quantity.label(place: nil).lowercased() }.filter { labels.insert($0).inserted }
            parts.append("Counts \(IndexComposer.list(measured)) (\(figures.count) \(figures.count == 1 ? "figure" : "figures")).")
        }
        return parts.joined(separator: " ")
    }
}
