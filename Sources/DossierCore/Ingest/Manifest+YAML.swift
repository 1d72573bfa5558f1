import Yams

extension Manifest {
    /// Reads a manifest with Yams, validating every key and type so a typo is reported
    /// at its `file:line:column` instead of being silently ignored.
    public static func parse(_ yaml: String, path: String) throws(BuildFailure) -> Manifest {
        let fileLocation = SourceLocation(file: path)
        let root: Node
        do {
            // The basic resolver: the reader takes every value as text and decides itself what
            // is a date or a language, so the default resolver's regular expressions (run on
            // every plain scalar, most of the manifest's cost) would decide nothing.
            guard let node = try Yams.compose(yaml: yaml, .basic) else {
                throw BuildFailure(.error(fileLocation, "manifest is empty; it needs at least `title:`", step: .ingest))
            }
            root = node
        } catch let failure as BuildFailure {
            throw failure
        } catch let error as YamlError {
            throw BuildFailure(yamlDiagnostic(error, path: path))
        } catch {
            throw BuildFailure(.error(fileLocation, "cannot read manifest: \(error)", step: .ingest))
        }

        var reader = ManifestReader(path: path)
        let manifest = reader.readManifest(root)
        if reader.diagnostics.hasErrors || manifest == nil {
            throw BuildFailure(reader.diagnostics)
        }
        return manifest!
    }

    static func yamlDiagnostic(_ error: YamlError, path: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return .error(SourceLocation(file: path, line: mark.line, column: mark.column), "invalid YAML: \(what)", step: .ingest)
        case let .duplicatedKeysInMapping(duplicates, context):
            let mark = context.mark
            return .error(SourceLocation(file: path, line: mark.line, column: mark.column),
                          "duplicate \(Counted.noun(duplicates.count, "key")) \(duplicates.joined(separator: ", "))", step: .ingest)
        default:
            return .error(SourceLocation(file: path), "invalid YAML: \(error)", step: .ingest)
        }
    }
}

/// Walks the YAML node tree, collecting every problem rather than stopping at the first.
private struct ManifestReader {
    let path: String
    var diagnostics = Diagnostics()

    init(path: String) { self.path = path }

    static let manifestKeys: Set = ["title", "date", "summary", "slug", "language", "sources"]
    static let sourceKeys: Set = ["file", "outlet", "published", "slug", "url"]

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: path, line: node.mark?.line, column: node.mark?.column)
    }

    mutating func fail(_ node: Node, _ message: String) {
        diagnostics.append(.error(location(node), message, step: .ingest))
    }

    mutating func readManifest(_ root: Node) -> Manifest? {
        guard case .mapping(let mapping) = root else {
            fail(root, "manifest must be a mapping of keys (title, date, sources, …)")
            return nil
        }
        checkKeys(mapping, allowed: Self.manifestKeys, what: "manifest")
        let title = string(mapping, "title", required: true)
        let date = date(mapping, "date")
        let summary = string(mapping, "summary")
        let slug = slug(mapping, "slug")
        let language = string(mapping, "language") ?? "en"
        if !language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) || language.isEmpty,
           let node = mapping["language"] {
            fail(node, "`language` must be a language tag such as `en` or `fr-CA`")
        }
        var sources: [Manifest.Source] = []
        if let node = mapping["sources"] {
            switch node {
            case .sequence(let items):
                for item in items {
                    if let source = readSource(item) { sources.append(source) }
                }
            case .scalar(let scalar) where scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null":
                break
            default:
                fail(node, "`sources` must be a list of entries with `file:` and `outlet:`")
            }
        }
        checkDuplicates(sources)
        guard let title else { return nil }
        return Manifest(title: title, date: date, summary: summary, slug: slug, language: language,
                        sources: sources, location: SourceLocation(file: path))
    }

    mutating func readSource(_ node: Node) -> Manifest.Source? {
        guard case .mapping(let mapping) = node else {
            fail(node, "each source must be a mapping with `file:` and `outlet:`")
            return nil
        }
        checkKeys(mapping, allowed: Self.sourceKeys, what: "source")
        let file = string(mapping, "file", required: true, context: node)
        let outlet = string(mapping, "outlet", required: true, context: node)
        let published = date(mapping, "published")
        let slug = slug(mapping, "slug")
        let url = string(mapping, "url")
        if let url, let urlNode = mapping["url"], !(url.hasPrefix("https://") || url.hasPrefix("http://")) || url.contains(where: \.isWhitespace) {
            fail(urlNode, "`url` must be an http:// or https:// address")
        }
        if let file, let fileNode = mapping["file"],
           file.contains("/") || file.contains("\\") || file == "." || file == ".." {
            fail(fileNode, "`file` must be a file name in the dossier's folder, not a path")
            return nil
        }
        guard let file, let outlet else { return nil }
        return Manifest.Source(file: file, outlet: outlet, published: published, slug: slug, url: url, location: location(node))
    }

    mutating func checkKeys(_ mapping: Node.Mapping, allowed: Set<String>, what: String) {
        for (key, _) in mapping {
            guard let name = key.string else {
                fail(key, "\(what) keys must be plain names")
                continue
            }
            if !allowed.contains(name) {
                let known = allowed.sorted().joined(separator: ", ")
                fail(key, "unknown \(what) key `\(name)` (known keys: \(known))")
            }
        }
    }

    mutating func string(_ mapping: Node.Mapping, _ key: String, required: Bool = false, context: Node? = nil) -> String? {
        guard let node = mapping[key] else {
            if required {
                let anchor = context ?? Node.mapping(mapping)
                fail(anchor, "missing required key `\(key)`")
            }
            return nil
        }
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            fail(node, "`\(key)` must be text")
            return nil
        }
        return scalar.string
    }

    mutating func date(_ mapping: Node.Mapping, _ key: String) -> CivilDate? {
        guard let node = mapping[key] else { return nil }
        guard case .scalar(let scalar) = node, let date = CivilDate(iso: scalar.string) else {
            fail(node, "`\(key)` must be a date written YYYY-MM-DD")
            return nil
        }
        return date
    }

    mutating func slug(_ mapping: Node.Mapping, _ key: String) -> String? {
        guard let text = string(mapping, key) else { return nil }
        guard Slug.isValid(text) else {
            fail(mapping[key]!, "`\(key)` must be lower-case letters, digits and hyphens (no `/`, `.` or `..`): got `\(text)`")
            return nil
        }
        return text
    }

    mutating func checkDuplicates(_ sources: [Manifest.Source]) {
        var files: [String: Manifest.Source] = [:]
        var slugs: [String: Manifest.Source] = [:]
        for source in sources {
            if let first = files[source.file] {
                diagnostics.append(.error(source.location, "`\(source.file)` is listed twice (first at line \(first.location.line ?? 0))", step: .ingest))
            } else {
                files[source.file] = source
            }
            if let slug = source.slug {
                if let first = slugs[slug] {
                    diagnostics.append(.error(source.location, "duplicate slug `\(slug)` (first at line \(first.location.line ?? 0))", step: .ingest))
                } else {
                    slugs[slug] = source
                }
            }
        }
    }
}

private extension Node.Mapping {
    subscript(key: String) -> Node? {
        first { $0.key.string == key }?.value
    }
}
