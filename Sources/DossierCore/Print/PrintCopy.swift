import Foundation

/// The briefing as `dossier pdf` hands it to Chromium: a private copy of the built pages in
/// which the briefing states its paper size.
///
/// The copy exists because the paper size must not be in the site (readers' browsers choose
/// their own paper) and Chromium's `--print-to-pdf` has no paper option but obeys
/// `@page { size }`. Printing a copy of the page itself, rather than a wrapper page pointing
/// at the site, keeps the document's own address, so links within the briefing (the table of
/// contents, passages) stay links within the PDF.
enum PrintCopy {
    /// The site path of the briefing to print: `briefing.html` for a site of one dossier,
    /// `<dossier>/briefing.html` when the seeds hold several (then `dossier` must name one).
    static func briefingPage(among paths: [String], dossier: String?) throws(PrintFailure) -> String {
        let single = SitePaths(prefix: "").briefing
        if paths.contains(single) {
            if let dossier { throw .dossierOptionWithoutArchive(dossier) }
            return single
        }
        // In an archive every dossier has a folder of its own; articles and intermediates lie deeper.
        let available = paths.compactMap { path -> String? in
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[1] == "briefing.html", parts[0] != "markdown" else { return nil }
            return String(parts[0])
        }.sorted()
        guard !available.isEmpty else { throw .noBriefing }
        guard let dossier else {
            if available.count == 1 { return SitePaths(prefix: available[0] + "/").briefing }
            throw .dossierNotChosen(available: available)
        }
        guard available.contains(dossier) else { throw .unknownDossier(dossier, available: available) }
        return SitePaths(prefix: dossier + "/").briefing
    }

    /// Which built files the copy needs: the pages and assets of the printed dossier and the
    /// shared assets at the root; not the Markdown intermediates, not other dossiers.
    static func isNeeded(_ path: String, forBriefing briefing: String) -> Bool {
        if path.hasPrefix("markdown/") { return false }
        let folder = String(briefing.dropLast("briefing.html".count))
        return folder.isEmpty || !path.contains("/") || path.hasPrefix(folder)
    }

    /// `html` with an `@page { size }` rule for `paper`, placed last in the head so it
    /// follows (and wins over) the site's stylesheet.
    static func withPaperSize(_ html: String, paper: PaperSize, page: String) throws(PrintFailure) -> String {
        let rule = "<style>@page { size: \(paper.cssKeyword); }</style>\n"
        let marker = html.range(of: "</head>", options: .caseInsensitive) ?? html.range(of: "<body", options: .caseInsensitive)
        guard let marker else { throw .unplaceablePaperRule(page: page) }
        var copy = html
        copy.insert(contentsOf: rule, at: marker.lowerBound)
        return copy
    }
}
