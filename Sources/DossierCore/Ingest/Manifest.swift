/// What the editor of a dossier states about it: its title, the event's date, and who
/// published each report. Facts that cannot be inferred reliably from copied web text.
public struct Manifest: Sendable, Equatable {
    public struct Source: Sendable, Equatable {
        /// File name inside the dossier's folder.
        public var file: String
        /// Publisher as readers know it, e.g. "Al Arabiya English".
        public var outlet: String
        public var published: CivilDate?
        /// Page name; derived from the outlet when absent.
        public var slug: String?
        /// Where the report was published, shown as a citation when given.
        public var url: String?
        /// Where this entry is written in the manifest, for diagnostics.
        public var location: SourceLocation
    }

    public var title: String
    /// The day of the event the dossier covers (never the build time).
    public var date: CivilDate?
    /// One or two sentences on what the dossier covers.
    public var summary: String?
    /// Folder name when the dossier is one of several.
    public var slug: String?
    /// BCP 47 language tag of the reports; `en` when absent.
    public var language: String
    public var sources: [Source]
    public var location: SourceLocation

    /// The manifest file name looked for in each dossier folder.
    public static let fileName = "dossier.yaml"
}
