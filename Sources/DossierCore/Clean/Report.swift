/// Who published a report and how its pages are named: from the manifest, or inferred.
public struct ReportSource: Sendable, Hashable {
    /// Path shown in diagnostics, e.g. `seeds/000_ac63bc987904c8e4.txt`.
    public var path: String
    /// File name inside the dossier folder.
    public var fileName: String
    public var outlet: String
    public var published: CivilDate?
    /// Page name of the article, unique within its dossier.
    public var slug: String
    public var url: String?
    /// False when the manifest does not list the file and the fields were inferred.
    public var isListed: Bool

    public init(path: String, fileName: String, outlet: String, published: CivilDate?, slug: String, url: String? = nil, isListed: Bool) {
        self.path = path
        self.fileName = fileName
        self.outlet = outlet
        self.published = published
        self.slug = slug
        self.url = url
        self.isListed = isListed
    }
}

/// A line of the input that cleaning removed, and why: kept so a user can audit the
/// cleaner and so tests can prove nothing of the article was dropped.
public struct RemovedText: Sendable, Hashable {
    public var line: Int
    public var text: String
    public var reason: BoilerplateKind
}

/// A report after cleaning: its headline, optional dek, body paragraphs, and what was removed.
public struct CleanText: Sendable, Hashable {
    /// Headline first, then the dek when there is one, then body paragraphs, in reading order.
    /// Extraction positions index into this array.
    public let blocks: [TextBlock]
    /// A photo caption found twice in the copied page, kept once.
    public var caption: TextBlock?
    /// Author names from a byline, when the byline named anyone.
    public var authors: [String]
    public var removed: [RemovedText]
    /// Words of the body (headline and dek excluded), as shown on source cards.
    public let wordCount: Int

    public init(blocks: [TextBlock], caption: TextBlock?, authors: [String], removed: [RemovedText]) {
        self.blocks = blocks
        self.caption = caption
        self.authors = authors
        self.removed = removed
        self.wordCount = blocks.reduce(0) { $0 + ($1.role == .body ? $1.wordCount : 0) }
    }

    public var headline: TextBlock { blocks[0] }
    public var dek: TextBlock? { blocks.count > 1 && blocks[1].role == .dek ? blocks[1] : nil }
    public var body: ArraySlice<TextBlock> { blocks.drop { $0.role != .body } }
}

/// One report of a dossier, cleaned and ready for extraction.
public struct Report: Sendable, Hashable {
    public var source: ReportSource
    public var content: CleanText

    public init(source: ReportSource, content: CleanText) {
        self.source = source
        self.content = content
    }

    /// Minutes a reader needs at 230 words a minute, at least one.
    public var readingMinutes: Int { max(1, (content.wordCount + 229) / 230) }
}
