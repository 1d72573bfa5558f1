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

    /// `---\n…\n---\n`, keys in a fixed order, emitted by Yams so any text is quoted correctly.
    public func yaml() -> String {
        var pairs: [(Node, Node)] = []
        func add(_ key: String, _ value: String?, quoted: Bool = true) {
            guard let value else { return }
            pairs.append((Node(key), Node(value, Tag(.str), quoted ? .doubleQuoted : .plain)))
        }
        add("kind", kind.rawValue, quoted: false)
        add("title", title)
        add("slug", slug, quoted: false)
        add("dossier", dossier)
        add("outlet", outlet)
        add("date", date?.iso, quoted: false)
        add("source", source)
        add("source_url", sourceURL)
        if let words { pairs.append((Node("words"), Node(String(words), Tag(.int), .plain))) }
        add("summary", summary)
        let body = (try? Yams.serialize(node: .mapping(Node.Mapping(pairs)), width: -1, allowUnicode: true)) ?? ""
        return "---\n" + body + "---\n"
    }

    /// Splits `---` front matter from a Markdown document. Returns the front matter, the body
    /// and how many lines precede the body (to map cmark's line numbers back to the file).
    public static func split(_ document: String, path: String) throws(BuildFailure) -> (FrontMatter, body: Substring, bodyLineOffset: Int) {
        let location = SourceLocation(file: path, line: 1)
        guard document.hasPrefix("---\n") else {
            throw BuildFailure(.error(location, "intermediate must start with `---` front matter", step: .render))
        }
        let afterOpen = document.index(document.startIndex, offsetBy: 4)
        var lineCount = 1
        var cursor = afterOpen
        while cursor < document.endIndex {
            let lineEnd = document[cursor...].firstIndex(of: "\n") ?? document.endIndex
            let line = document[cursor..<lineEnd]
            lineCount += 1
            if line == "---" || line == "..." {
                let yaml = String(document[afterOpen..<cursor])
                let bodyStart = lineEnd < document.endIndex ? document.index(after: lineEnd) : lineEnd
                let front = try parse(yaml, path: path)
                return (front, document[bodyStart...], lineCount)
            }
            cursor = lineEnd < document.endIndex ? document.index(after: lineEnd) : lineEnd
        }
        throw BuildFailure(.error(location, "front matter is not closed by a `---` line", step: .render))
    }

    static func parse(_ yaml: String, path: String) throws(BuildFailure) -> FrontMatter {
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
        var diagnostics = Diagnostics()
        var values: [String: (String, Node)] = [:]
        for (key, value) in mapping {
            let line = key.mark.map { $0.line + 1 }
            guard let name = key.string, keys.contains(name) else {
                diagnostics.append(.error(SourceLocation(file: path, line: line, column: key.mark?.column),
                                          "unknown front matter key `\(key.string ?? "?")` (known keys: \(keys.joined(separator: ", ")))", step: .render))
                continue
            }
            guard let text = value.string else {
                diagnostics.append(.error(SourceLocation(file: path, line: line), "`\(name)` must be text", step: .render))
                continue
            }
            values[name] = (text, value)
        }
        func location(_ key: String) -> SourceLocation {
            SourceLocation(file: path, line: values[key]?.1.mark.map { $0.line + 1 })
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
