/// What a template knows about the site around a page: the dossier it belongs to, the
/// dossier's articles (for navigation), and whether there is an archive above it.
public struct SiteContext: Sendable {
    public struct Article: Sendable {
        public var slug: String
        public var outlet: String
        public var headline: String
    }

    public var dossierTitle: String?
    public var language: String
    public var paths: SitePaths?
    public var articles: [Article]
    /// True when the site holds several dossiers and has an archive index at its root.
    public var hasArchive: Bool

    public init(dossierTitle: String?, language: String, paths: SitePaths?, articles: [Article], hasArchive: Bool) {
        self.dossierTitle = dossierTitle
        self.language = language
        self.paths = paths
        self.articles = articles
        self.hasArchive = hasArchive
    }

    public init(dossier: Dossier, hasArchive: Bool) {
        self.init(dossierTitle: dossier.title, language: dossier.language, paths: dossier.paths,
                  articles: dossier.reports.map { Article(slug: $0.source.slug, outlet: $0.source.outlet, headline: $0.content.headline.text) },
                  hasArchive: hasArchive)
    }
}
