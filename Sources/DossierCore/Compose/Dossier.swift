/// One event's dossier: its manifest facts and its cleaned reports, in manifest order.
public struct Dossier: Sendable {
    public var title: String
    /// The event's date: the manifest's `date`, else the latest publication date, else unknown.
    public var date: CivilDate?
    public var summary: String?
    public var language: String
    /// Folder name in a multi-dossier site.
    public var slug: String
    /// Where this dossier's pages go inside the site.
    public var paths: SitePaths
    public var reports: [Report]
    /// The dossier's folder inside `seeds/` ("" for the seeds folder itself): its key in the build cache.
    public var folder: String

    public init(title: String, date: CivilDate?, summary: String?, language: String, slug: String, paths: SitePaths,
                reports: [Report], folder: String = "") {
        self.folder = folder
        self.title = title
        self.date = date
        self.summary = summary
        self.language = language
        self.slug = slug
        self.paths = paths
        self.reports = reports
    }
}
