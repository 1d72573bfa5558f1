/// The briefing's timeline as Markdown: each date, then every report sentence that places an
/// event on it, with the phrase it came from and a link to the passage.
public enum TimelineComposer {
    /// Longest excerpt of a sentence, in words, before it is cut around the date phrase.
    static let maxExcerptWords = 40

    public static func markdown(_ timeline: Timeline, dossier: Dossier, from page: String) -> String {
        guard !timeline.entries.isEmpty else {
            return "No report gives a date that can be placed on the calendar.\n"
        }
        var out = ""
        for entry in timeline.entries {
            out += "- **\(MarkdownText.escape(entry.date.description))**\n"
            for item in entry.mentions {
                let report = dossier.reports[item.report]
                let text = report.content.blocks[item.mention.block].text
                let phrase = text.slice(utf8: item.mention.phrase)
                let href = SitePaths.relative(from: page, to: dossier.paths.article(report.source.slug)) + "#" + item.anchor
                out += "  - \(MarkdownText.link(report.source.outlet, to: href)), “\(MarkdownText.escapeInline(phrase, atLineStart: false))”: "
                out += MarkdownText.escapeInline(excerpt(text, sentence: item.mention.sentence, phrase: item.mention.phrase), atLineStart: false) + "\n"
            }
        }
        return out
    }

    /// The sentence, or a window of it around the phrase when it is long; cuts are marked "…".
    static func excerpt(_ text: String, sentence: Range<Int>, phrase: Range<Int>) -> String {
        let whole = text.slice(utf8: sentence)
        let words = WordTokenizer.tokens(whole).filter { $0.kind != .mark && $0.kind != .hyphen }
        guard words.count > maxExcerptWords else {
            return whole.trimmingSpaces.description
        }
        let phraseStart = phrase.lowerBound - sentence.lowerBound
        let center = words.firstIndex { $0.range.upperBound > phraseStart } ?? 0
        let first = max(0, min(center - maxExcerptWords / 2, words.count - maxExcerptWords))
        let last = min(words.count - 1, first + maxExcerptWords - 1)
        var piece = whole.slice(utf8: words[first].range.lowerBound..<words[last].range.upperBound)
        if first > 0 { piece = "… " + piece }
        if last < words.count - 1 { piece += " …" }
        return piece
    }
}
