/// What the archive index shows of a dossier: enough to list and link it, small enough to
/// keep in the build cache, so an unchanged dossier is listed without being read again.
public struct DossierListing: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var date: CivilDate?
    public var reportCount: Int
    public var language: String
    public var paths: SitePaths

    public init(slug: String, title: String, date: CivilDate?, reportCount: Int, language: String, paths: SitePaths) {
        self.slug = slug
        self.title = title
        self.date = date
        self.reportCount = reportCount
        self.language = language
        self.paths = paths
    }

    /// The archive page's language: the dossiers' common language, else English.
    static func commonLanguage(_ listings: [DossierListing]) -> String {
        let languages = Set(listings.map(\.language))
        return languages.count == 1 ? languages.first! : "en"
    }
}

extension Dossier {
    public var listing: DossierListing {
        DossierListing(slug: slug, title: title, date: date, reportCount: reports.count, language: language, paths: paths)
    }
}
