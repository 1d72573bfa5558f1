import Yams

/// The YAML block at the top of every intermediate: what the template needs to place the
/// page (its kind and title) and where its content came from (outlet, date, source file).
public struct FrontMatter: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case article, briefing, index, archive
    }

    public var kind: Kind
    public var title: String
    public var slug: String
    /// Title of the dossier the page belongs to (absent on the archive index).
    public var dossier: String?
    public var outlet: String?
    /// Publication date for an article; the event's date for briefing and index pages.
    public var date: CivilDate?
    /// Source file name of an article.
    public var source: String?
    /// The original article's address (`source_url`: `url` is reserved by other generators).
    public var sourceURL: String?
    public var words: Int?
    /// One sentence for `<meta name="description">`.
    public var summary: String?

    public init(kind: Kind, title: String, slug: String, dossier: String? = nil, outlet: String? = nil,
                date: CivilDate? = nil, source: String? = nil, sourceURL: String? = nil, words: Int? = nil, summary: String? = nil) {
        self.kind = kind
        self.title = title
        self.slug = slug
        self.dossier = dossier
        self.outlet = outlet
        self.date = date
        self.source = source
        self.sourceURL = sourceURL
        self.words = words
        self.summary = summary
    }

    static let keys = ["kind", "title", "slug", "dossier", "outlet", "date", "source", "source_url", "words", "summary"]

    /// `---\n…\n---\n`, keys in a fixed order. Tokens (kind, slug, date, words) are plain
    /// scalars; every text is a YAML double-quoted scalar (`FrontMatterText`), which Yams and
    /// any YAML reader parse back to the same text. Written directly rather than through the
    /// YAML emitter: this runs once per page and the emitter dominated the compose step.
    public func yaml() -> String {
        var out = "---\n"
        func plain(_ key: String, _ value: String?) {
            if let value { out += "\(key): \(value)\n" }
        }
        func quoted(_ key: String, _ value: String?) {
            if let value { out += "\(key): \(FrontMatterText.quoted(value))\n" }
        }
        plain("kind", kind.rawValue)
        quoted("title", title)
        plain("slug", slug)
        quoted("dossier", dossier)
        quoted("outlet", outlet)
        plain("date", date?.iso)
        quoted("source", source)
        quoted("source_url", sourceURL)
        plain("words", words.map(String.init))
        quoted("summary", summary)
        return out + "---\n"
    }

    /// Splits `---` front matter from a Markdown document. Returns the front matter, the body
    /// and how many lines precede the body (to map cmark's line numbers back to the file).
    public static func split(_ document: String, path: String) throws(BuildFailure) -> (FrontMatter, body: Substring, bodyLineOffset: Int) {
        let location = SourceLocation(file: path, line: 1)
        // Lines are found on bytes: every page's Markdown passes here.
        let utf8 = document.utf8
        guard utf8.starts(with: "---\n".utf8) else {
            throw BuildFailure(.error(location, "intermediate must start with `---` front matter", step: .render))
        }
        let afterOpen = utf8.index(utf8.startIndex, offsetBy: 4)
        var lineCount = 1
        var cursor = afterOpen
        while cursor < utf8.endIndex {
            let lineEnd = utf8[cursor...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = utf8[cursor..<lineEnd]
            lineCount += 1
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                let yaml = String(document[afterOpen..<cursor])
                let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
                let front = try parse(yaml, path: path)
                return (front, document[bodyStart...], lineCount)
            }
            cursor = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
        }
        throw BuildFailure(.error(location, "front matter is not closed by a `---` line", step: .render))
    }

    static func parse(_ yaml: String, path: String) throws(BuildFailure) -> FrontMatter {
        // The canonical form this tool writes is read directly; anything else a person typed
        // (comments, other quoting, block scalars) goes through Yams.
        if let fields = FrontMatterText.canonicalFields(yaml) {
            return try validate(fields, path: path)
        }
        return try validate(yamsFields(yaml, path: path), path: path)
    }

    /// The key/value pairs of front matter read by Yams, with each key's line in the file.
    static func yamsFields(_ yaml: String, path: String) throws(BuildFailure) -> [(key: String?, value: String?, line: Int?, column: Int?)] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            var diagnostic = Manifest.yamlDiagnostic(error, path: path)
            diagnostic.step = .render
            diagnostic.location.line = diagnostic.location.line.map { $0 + 1 }
            throw BuildFailure(diagnostic)
        } catch {
            throw BuildFailure(.error(SourceLocation(file: path, line: 1), "cannot read front matter: \(error)", step: .render))
        }
        guard case .mapping(let mapping)? = node else {
            throw BuildFailure(.error(SourceLocation(file: path, line: 2), "front matter must be a mapping", step: .render))
        }
        return mapping.map { key, value in (key.string, value.string, key.mark.map { $0.line + 1 }, key.mark?.column) }
    }

    /// Checks the fields (known keys, required ones, types) and builds the front matter.
    static func validate(_ fields: [(key: String?, value: String?, line: Int?, column: Int?)], path: String) throws(BuildFailure) -> FrontMatter {
        var diagnostics = Diagnostics()
        var values: [String: (String, Int?)] = [:]
        for field in fields {
            guard let name = field.key, keys.contains(name) else {
                diagnostics.append(.error(SourceLocation(file: path, line: field.line, column: field.column),
                                          "unknown front matter key `\(field.key ?? "?")` (known keys: \(keys.joined(separator: ", ")))", step: .render))
                continue
            }
            guard let text = field.value else {
                diagnostics.append(.error(SourceLocation(file: path, line: field.line), "`\(name)` must be text", step: .render))
                continue
            }
            values[name] = (text, field.line)
        }
        func location(_ key: String) -> SourceLocation {
            SourceLocation(file: path, line: values[key]?.1)
        }
        let kind = values["kind"].flatMap { Kind(rawValue: $0.0) }
        if kind == nil {
            diagnostics.append(.error(location("kind"), "`kind` must be one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))", step: .render))
        }
        let title = values["title"]?.0
        if title == nil { diagnostics.append(.error(SourceLocation(file: path, line: 1), "front matter needs `title`", step: .render)) }
        let slug = values["slug"]?.0
        if slug == nil || !Slug.isValid(slug!) {
            diagnostics.append(.error(location("slug"), "front matter needs a `slug` of lower-case letters, digits and hyphens", step: .render))
        }
        var date: CivilDate?
        if let text = values["date"]?.0 {
            date = CivilDate(iso: text)
            if date == nil { diagnostics.append(.error(location("date"), "`date` must be written YYYY-MM-DD", step: .render)) }
        }
        var words: Int?
        if let text = values["words"]?.0 {
            words = Int(text)
            if words == nil { diagnostics.append(.error(location("words"), "`words` must be a whole number", step: .render)) }
        }
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }
        return FrontMatter(kind: kind!, title: title!, slug: slug!, dossier: values["dossier"]?.0, outlet: values["outlet"]?.0,
                           date: date, source: values["source"]?.0, sourceURL: values["source_url"]?.0, words: words, summary: values["summary"]?.0)
    }
}
