/// The values a template sees. Documented in the README; every link is relative to the page.
enum PageValues {
    static func make(_ page: RenderedPage, at path: String, site: SiteContext) -> [String: Any] {
        let front = page.frontMatter
        let root = SitePaths.rootPrefix(from: path)
        var values: [String: Any] = [
            "lang": site.language,
            "title": front.title,
            "kind": front.kind.rawValue,
            "is_\(front.kind.rawValue)": true,
            "root": root,
            "stylesheet": root + SitePaths.stylesheet,
            "body": page.html,
            "markdown_href": SitePaths.relative(from: path, to: SitePaths.markdown(for: path)),
        ]
        values["site_title"] = site.dossierTitle ?? front.title
        values["running_title_css"] = CSSString.quoted(site.dossierTitle ?? front.title)
        values["document_title"] = front.kind == .article || front.kind == .briefing && front.title != site.dossierTitle
            ? "\(front.title) · \(site.dossierTitle ?? "")"
            : front.title
        if let summary = front.summary { values["description"] = summary }
        if let outlet = front.outlet { values["outlet"] = outlet }
        if let date = front.date {
            values["date_iso"] = date.iso
            values["date_long"] = date.long
        }
        if let words = front.words {
            values["words"] = words
            values["reading_minutes"] = max(1, (words + 229) / 230)
        }
        if let source = front.source { values["source_file"] = source }
        if let url = front.sourceURL { values["source_url"] = url }
        if site.hasArchive {
            values["archive_href"] = SitePaths.relative(from: path, to: SitePaths.archiveIndex)
        }
        if let paths = site.paths {
            values["index_href"] = SitePaths.relative(from: path, to: paths.index)
            values["briefing_href"] = SitePaths.relative(from: path, to: paths.briefing)
            values["is_current_index"] = front.kind == .index
            values["is_current_briefing"] = front.kind == .briefing
            values["articles"] = site.articles.map { article -> [String: Any] in
                [
                    "href": SitePaths.relative(from: path, to: paths.article(article.slug)),
                    "outlet": article.outlet,
                    "headline": article.headline,
                    "current": front.kind == .article && front.slug == article.slug,
                ]
            }
        }
        return values
    }
}
