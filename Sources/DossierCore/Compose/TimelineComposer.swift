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
                let phrase = String(decoding: Array(text.utf8)[item.mention.phrase], as: UTF8.self)
                let href = SitePaths.relative(from: page, to: dossier.paths.article(report.source.slug)) + "#" + item.anchor
                out += "  - \(MarkdownText.escape(report.source.outlet)), “\(MarkdownText.escapeInline(phrase, atLineStart: false))”: "
                out += MarkdownText.escapeInline(excerpt(text, sentence: item.mention.sentence, phrase: item.mention.phrase), atLineStart: false)
                out += " \(MarkdownText.link("(source)", to: href))\n"
            }
        }
        return out
    }

    /// The sentence, or a window of it around the phrase when it is long; cuts are marked "…".
    static func excerpt(_ text: String, sentence: Range<Int>, phrase: Range<Int>) -> String {
        let bytes = Array(text.utf8)
        let words = WordToken.tokens(of: String(decoding: bytes[sentence], as: UTF8.self))
        guard words.count > maxExcerptWords else {
            return String(decoding: bytes[sentence], as: UTF8.self).trimmingSpaces.description
        }
        let phraseStart = phrase.lowerBound - sentence.lowerBound
        let center = words.firstIndex { $0.range.upperBound > phraseStart } ?? 0
        let first = max(0, min(center - maxExcerptWords / 2, words.count - maxExcerptWords))
        let last = min(words.count - 1, first + maxExcerptWords - 1)
        var piece = String(decoding: bytes[(sentence.lowerBound + words[first].range.lowerBound)..<(sentence.lowerBound + words[last].range.upperBound)], as: UTF8.self)
        if first > 0 { piece = "… " + piece }
        if last < words.count - 1 { piece += " …" }
        return piece
    }
}
