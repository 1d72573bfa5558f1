import Mustache

/// The values a template sees. Documented in the README; every link is relative to the page.
///
/// A class answering by name rather than a `[String: Any]`: Mustache asks a page for about a
/// hundred values, and a dictionary per page and per navigation entry, each key hashed going
/// in and coming out, was a tenth of the layout step. Links are worked out when first asked:
/// an index page never shows the article list. A name the page lacks answers nil, as a
/// missing key did, so Mustache looks further up its stack. Texts and numbers come as
/// `TemplateValue`s, Booleans as themselves.
final class PageValues: MustacheParent {
    private let page: RenderedPage
    private let path: String
    private let site: SiteContext
    private let root: String

    init(_ page: RenderedPage, at path: String, site: SiteContext) {
        self.page = page
        self.path = path
        self.site = site
        root = SitePaths.rootPrefix(from: path)
    }

    func child(named name: String) -> Any? {
        let front = page.frontMatter
        switch name {
        case "lang": return TemplateValue(site.language)
        case "title": return TemplateValue(front.title)
        case "kind": return TemplateValue(front.kind.rawValue)
        case "root": return TemplateValue(root)
        case "stylesheet": return TemplateValue(root + SitePaths.stylesheet)
        case "body": return TemplateValue(page.html)
        case "markdown_href": return TemplateValue(SitePaths.relative(from: path, to: SitePaths.markdown(for: path)))
        case "site_title": return TemplateValue(site.dossierTitle ?? front.title)
        case "running_title_css": return TemplateValue(CSSString.quoted(site.dossierTitle ?? front.title))
        case "document_title":
            return TemplateValue(front.kind == .article || front.kind == .briefing && front.title != site.dossierTitle
                ? "\(front.title) · \(site.dossierTitle ?? "")"
                : front.title)
        case "description": return front.summary.map(TemplateValue.init)
        case "outlet": return front.outlet.map(TemplateValue.init)
        case "date_iso": return front.date.map { TemplateValue($0.iso) }
        case "date_long": return front.date.map { TemplateValue($0.long) }
        case "words": return front.words.map(TemplateValue.init)
        case "reading_minutes": return front.words.map { TemplateValue(max(1, ($0 + 229) / 230)) }
        case "source_file": return front.source.map(TemplateValue.init)
        case "source_url": return front.sourceURL.map(TemplateValue.init)
        case "archive_href": return site.hasArchive ? TemplateValue(SitePaths.relative(from: path, to: SitePaths.archiveIndex)) : nil
        case "index_href": return indexHref.map(TemplateValue.init)
        case "briefing_href": return site.paths.map { TemplateValue(SitePaths.relative(from: path, to: $0.briefing)) }
        case "is_current_index": return site.paths.map { _ in front.kind == .index }
        case "is_current_briefing": return site.paths.map { _ in front.kind == .briefing }
        case "articles": return articles
        default:
            // `is_article`, `is_briefing`, …: true for the page's own kind only.
            return name == "is_" + front.kind.rawValue ? true : nil
        }
    }

    /// Asked on every page by the title, the navigation and the footer.
    private lazy var indexHref: String? = site.paths.map { SitePaths.relative(from: path, to: $0.index) }

    private lazy var articles: [ArticleLink]? = site.paths.map { paths in
        let front = page.frontMatter
        return site.articles.map { article in
            ArticleLink(href: SitePaths.relative(from: path, to: paths.article(article.slug)), outlet: article.outlet,
                        headline: article.headline, current: front.kind == .article && front.slug == article.slug)
        }
    }

    /// An entry of `articles`.
    final class ArticleLink: MustacheParent {
        let href: String
        let outlet: String
        let headline: String
        let current: Bool

        init(href: String, outlet: String, headline: String, current: Bool) {
            self.href = href
            self.outlet = outlet
            self.headline = headline
            self.current = current
        }

        func child(named name: String) -> Any? {
            switch name {
            case "href": TemplateValue(href)
            case "outlet": TemplateValue(outlet)
            case "headline": TemplateValue(headline)
            case "current": current
            default: nil
            }
        }
    }
}
