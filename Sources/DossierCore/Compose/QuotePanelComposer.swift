/// The "Who said what" section of the briefing, as Markdown with fenced divs (no raw HTML):
///
///     ::: section {.quote-panel #speaker-lakhdar-brahimi}
///     ### Lakhdar Brahimi
///     ::: {.quote-speaker}          descriptors, who quotes and who only names the speaker
///     ::: {.quote-shared}           words reported by several outlets, once, naming them all
///     ::: {.quote-outlets}          one ::: {.quote-outlet} block per outlet, side by side on
///                                   wide screens, stacked on phones and paper
///
/// Every quotation links to its anchor on the article page (`articles/<slug>.html#q-N`).
public enum QuotePanelComposer {
    public static func markdown(for reports: [QuotedReport], in dossier: Dossier) -> String {
        let (panels, unattributed) = QuotePanel.panels(for: reports)
        return markdown(panels: panels, unattributed: unattributed, quoteCount: reports.reduce(0) { $0 + $1.quotes.count },
                        reportCount: reports.count, in: dossier)
    }

    /// The section body (the briefing writes the heading) from panels already built.
    static func markdown(panels: [QuotePanel], unattributed: [QuotePanel.Entry], quoteCount: Int, reportCount: Int, in dossier: Dossier) -> String {
        let page = dossier.paths.briefing
        func href(_ citation: QuotePanel.Citation) -> String {
            SitePaths.relative(from: page, to: dossier.paths.article(citation.report)) + "#" + citation.anchor
        }

        var out = ""
        guard quoteCount > 0 else {
            return out + "\nNo quotation was found in these reports.\n"
        }
        out += "\n" + MarkdownText.escape(summary(panels: panels, quotes: quoteCount, unattributed: unattributed.count, reports: reportCount)) + "\n"

        for panel in panels {
            out += "\n::: section {.quote-panel #\(panel.id)}\n"
            out += "\n### \(MarkdownText.escape(headingName(panel.name)))\n"
            out += "\n::: {.quote-speaker}\n\n\(MarkdownText.escape(speakerLine(panel)))\n\n:::\n"
            let shared = panel.entries.filter { $0.outlets.count > 1 }
            if !shared.isEmpty {
                out += "\n::: {.quote-shared}\n\n#### Reported by several outlets\n\n"
                for entry in shared {
                    let sources = entry.citations.map { citation in
                        MarkdownText.link(citation.outlet, to: href(citation)) + MarkdownText.escapeInline(note(for: citation, kind: nil), atLineStart: false)
                    }
                    out += "- " + MarkdownText.escapeInline(quoted(entry.words) + (entry.kind == .partial ? " (partial)" : ""), atLineStart: false)
                    out += ": " + sources.joined(separator: "; ") + "\n"
                }
                out += "\n:::\n"
            }
            out += outletBlocks(panel.entries.filter { $0.outlets.count == 1 }, outlets: panel.outlets, href: href,
                                noteForOutletsWithout: shared.isEmpty ? nil : "Only the words reported by several outlets, above.")
            out += "\n:::\n"
        }

        if !unattributed.isEmpty {
            out += "\n::: section {.quote-panel .quote-unattributed #unattributed-quotations}\n"
            out += "\n### Unattributed quotations\n"
            out += "\n::: {.quote-speaker}\n\nQuoted words the rules could not tie to a speaker; read them in context before relying on them.\n\n:::\n"
            var seen: Set<String> = []
            let outlets = unattributed.map { $0.citations[0].outlet }.filter { seen.insert($0).inserted }
            out += outletBlocks(unattributed, outlets: outlets, href: href)
            out += "\n:::\n"
        }
        return out
    }

    /// One block per outlet, in dossier order, with the entries only that outlet reports. An
    /// outlet with none gets `noteForOutletsWithout` (when given), so every quoting outlet has
    /// its column and the side-by-side reading stays complete.
    static func outletBlocks(_ entries: [QuotePanel.Entry], outlets: [String], href: (QuotePanel.Citation) -> String,
                             noteForOutletsWithout note: String? = nil) -> String {
        var byOutlet: [String: [QuotePanel.Entry]] = [:]
        for entry in entries { byOutlet[entry.citations[0].outlet, default: []].append(entry) }
        let present = outlets.filter { byOutlet[$0] != nil || note != nil }
        guard !present.isEmpty, !entries.isEmpty || outlets.count > 1 else { return "" }
        var out = "\n::: {.quote-outlets}\n"
        for outlet in present {
            out += "\n::: {.quote-outlet}\n\n#### \(MarkdownText.escape(outlet))\n\n"
            guard let own = byOutlet[outlet] else {
                out += MarkdownText.escape(note ?? "") + "\n\n:::\n"
                continue
            }
            for entry in own {
                let citation = entry.citations[0]
                out += "- \(MarkdownText.link(quoted(entry.words), to: href(citation)))"
                out += MarkdownText.escapeInline(self.note(for: citation, kind: entry.kind), atLineStart: false)
                for again in entry.citations.dropFirst() {
                    out += " " + MarkdownText.link("again", to: href(again))
                }
                out += "\n"
            }
            out += "\n:::\n"
        }
        return out + "\n:::\n"
    }

    /// " (partial; blasted; via joint op-ed)": what a reader needs to weigh the quotation.
    static func note(for citation: QuotePanel.Citation, kind: Quote.Kind?) -> String {
        var parts: [String] = []
        if kind == .partial { parts.append("partial") }
        if let verb = citation.verb { parts.append(verb) }
        if let channel = citation.channel { parts.append("via \(channel)") }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
    }

    /// Words between curly quotation marks, on one line.
    static func quoted(_ words: String) -> String {
        "\u{201C}" + words.split(whereSeparator: \.isNewline).joined(separator: " \u{00B6} ") + "\u{201D}"
    }

    /// "the Syrian government" heads its panel as "The Syrian government".
    static func headingName(_ name: String) -> String {
        guard let first = name.first, first.fastIsLowercase else { return name }
        return first.uppercased() + name.dropFirst()
    }

    /// "Described as U.N. envoy · 6 quotations from 2 outlets: Al Arabiya English and The Week ·
    /// Mentioned without a quote by U.S. News & World Report."
    static func speakerLine(_ panel: QuotePanel) -> String {
        var parts: [String] = []
        if !panel.descriptors.isEmpty { parts.append("Described as " + panel.descriptors.joined(separator: "; ")) }
        if !panel.members.isEmpty { parts.append("Speaking jointly") }
        let count = panel.quoteCount
        var quotedBy = "\(count) \(count == 1 ? "quotation" : "quotations") from "
        quotedBy += panel.outlets.count == 1 ? panel.outlets[0] : "\(panel.outlets.count) outlets: \(IndexComposer.list(panel.outlets))"
        parts.append(quotedBy)
        if !panel.mentionedBy.isEmpty { parts.append("Mentioned without a quote by \(IndexComposer.list(panel.mentionedBy))") }
        return parts.joined(separator: " \u{00B7} ") + "."
    }

    static func summary(panels: [QuotePanel], quotes: Int, unattributed: Int, reports: Int) -> String {
        var text = "\(quotes) \(quotes == 1 ? "quotation" : "quotations") in \(reports) \(reports == 1 ? "report" : "reports")"
        text += unattributed > 0 ? ", \(quotes - unattributed) of them" : ""
        text += " from \(panels.count) \(panels.count == 1 ? "speaker" : "speakers")"
        text += unattributed > 0 ? ", \(unattributed) unattributed. " : ". "
        text += "Speakers quoted by the most outlets come first; "
        text += "words that several outlets report are shown once, with every outlet that reports them. "
        text += "Each quotation links to its place in the report."
        return text
    }
}
