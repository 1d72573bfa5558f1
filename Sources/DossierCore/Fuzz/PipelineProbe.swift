/// One input through the real pipeline, for the fuzzer (`dossier-fuzz`) and the tests that
/// replay its corpus and the crashes it found. Refusing an input with a diagnostic is a fine
/// outcome; a trap, a hang or a broken property (`Outcome.violations`) is a bug.
///
/// The first line of the input picks what is exercised, so one corpus covers every parser:
///
/// | first line    | the rest is                                                               |
/// | ------------- | ------------------------------------------------------------------------- |
/// | `#!manifest`  | a `dossier.yaml`, built into a dossier of a fixed report per source       |
/// | `#!markdown`  | an intermediate (front matter added unless it starts with `---`), rendered |
/// | `#!chart`     | a chart spec without `chart:`, parsed and rendered in an image            |
/// | anything else | reports separated by form feeds (at most four), built into one dossier    |
@_spi(Fuzzing) public enum PipelineProbe {
    public enum Target: String, Sendable, CaseIterable {
        case report, manifest, markdown, chart

        /// The first line that selects the target; nil for reports, the default.
        var header: String? {
            switch self {
            case .report: nil
            case .manifest: "#!manifest\n"
            case .markdown: "#!markdown\n"
            case .chart: "#!chart\n"
            }
        }
    }

    /// What one input did.
    public struct Outcome: Sendable {
        public var target: Target
        /// The laid-out pages by site path (empty when the input was refused).
        public var pages: [String: String] = [:]
        /// Errors the input earned: refusing it is the right answer, not a bug.
        public var refusals: [Diagnostic] = []
        /// Properties the pipeline broke on this input: each one is a bug.
        public var violations: [String] = []

        init(target: Target) { self.target = target }
    }

    /// The target an input selects, and the bytes after its header line.
    public static func target(of bytes: [UInt8]) -> (Target, ArraySlice<UInt8>) {
        for target in Target.allCases {
            if let header = target.header, bytes.starts(with: header.utf8) {
                return (target, bytes.dropFirst(header.utf8.count))
            }
        }
        return (.report, bytes[...])
    }

    /// Runs `bytes` through the target its first line selects, with the page templates of `layout`.
    public static func exercise(_ bytes: [UInt8], layout: PageLayout) -> Outcome {
        let (target, body) = target(of: bytes)
        switch target {
        case .report: return reports(Array(body), layout: layout)
        case .manifest: return manifest(Array(body), layout: layout)
        case .markdown: return markdown(Array(body), layout: layout)
        case .chart: return chart(Array(body), layout: layout)
        }
    }

    /// Folder name the synthetic dossier pretends to live in (diagnostics show it).
    static let folder = "fuzz"
    /// Reports per input at most: enough for every cross-outlet comparison.
    static let maximumReports = 4

    // MARK: Targets

    /// Reports cut at form feeds. The manifest lists the first two, with outlets that need
    /// escaping and one publication date unknown; the others are unlisted sources, so that
    /// path runs too.
    static func reports(_ bytes: [UInt8], layout: PageLayout) -> Outcome {
        let parts = bytes.split(separator: 0x0C, maxSplits: maximumReports - 1, omittingEmptySubsequences: false)
        let outlets = ["The Fuzz Wire", "Probe & <Co> \"News\""]
        let published = [CivilDate(year: 2014, month: 2, day: 10), nil]
        var files: [(name: String, bytes: [UInt8])] = []
        var sources: [Manifest.Source] = []
        for (index, part) in parts.enumerated() {
            let name = "report-\(index + 1).txt"
            files.append((name, Array(part)))
            guard index < outlets.count else { continue }
            sources.append(Manifest.Source(file: name, outlet: outlets[index], published: published[index], slug: nil,
                                           url: index == 0 ? "https://example.org/a?b=1&c=<2>#\"x\"" : nil,
                                           location: SourceLocation(file: folder + "/" + Manifest.fileName)))
        }
        let manifest = Manifest(title: "Fuzz briefing: \"marks\" & <tags> {{mustache}} *stars*", date: published[0],
                                summary: nil, slug: nil, language: "en", sources: sources,
                                location: SourceLocation(file: folder + "/" + Manifest.fileName))
        return site(manifest: manifest, files: files, layout: layout, target: .report)
    }

    /// A manifest as `dossier build` reads it; what it lets through names a dossier of
    /// `sampleReport` copies, so hostile titles, outlets, slugs and URLs reach the pages.
    static func manifest(_ bytes: [UInt8], layout: PageLayout) -> Outcome {
        var outcome = Outcome(target: .manifest)
        let path = folder + "/" + Manifest.fileName
        let parsed: Manifest
        do throws(BuildFailure) {
            let text: SourceText
            do { text = try SourceText.decode(bytes, path: path) } catch { throw BuildFailure(error) }
            parsed = try Manifest.parse(text.text, path: path)
        } catch {
            outcome.refusals = failure(error, outcome: &outcome, expectedIn: .ingest)
            return outcome
        }
        var files: [(name: String, bytes: [UInt8])] = []
        for source in parsed.sources where !files.contains(where: { $0.name == source.file }) && files.count < maximumReports {
            files.append((source.file, Array(sampleReport.utf8)))
        }
        var manifest = parsed
        manifest.sources = parsed.sources.filter { source in files.contains { $0.name == source.file } }
        return site(manifest: manifest, files: files, layout: layout, target: .manifest)
    }

    /// An intermediate typed by hand: every directive parser and cmark on hostile Markdown.
    static func markdown(_ bytes: [UInt8], layout: PageLayout) -> Outcome {
        var outcome = Outcome(target: .markdown)
        let path = "markdown/articles/fuzz.md"
        let text: String
        do { text = try SourceText.decode(bytes, path: path).text } catch {
            outcome.refusals = [error]
            return outcome
        }
        let document = text.hasPrefix("---\n") ? text : FrontMatter(kind: .article, title: "Fuzz", slug: "fuzz").yaml() + text
        let rendered: RenderedPage
        do { rendered = try MarkdownRenderer.render(document, path: path) } catch {
            outcome.refusals = failure(error, outcome: &outcome, expectedIn: .render)
            return outcome
        }
        layOut(rendered, at: "articles/fuzz.html", outcome: &outcome, layout: layout)
        return outcome
    }

    /// A chart spec in an image, as the figure tables write them. The directive must draw
    /// exactly the specs `ChartSpec.parse` accepts and report every other one.
    static func chart(_ bytes: [UInt8], layout: PageLayout) -> Outcome {
        var outcome = Outcome(target: .chart)
        let path = "markdown/briefing.md"
        let decoded: SourceText
        do { decoded = try SourceText.decode(bytes, path: path) } catch {
            outcome.refusals = [error]
            return outcome
        }
        let spec = ChartSpec.scheme + decoded.text.replacing("\n", with: " ")
        // Every ASCII punctuation mark escaped, so cmark hands the directive the spec exactly.
        let escaped = spec.map { asciiPunctuation.contains($0) ? "\\\($0)" : "\($0)" }.joined()
        let document = FrontMatter(kind: .briefing, title: "Fuzz", slug: "briefing").yaml() + "\n![Fuzz chart](<\(escaped)>)\n"
        let accepted = (try? ChartSpec.parse(spec).get()) != nil
        do {
            let rendered = try MarkdownRenderer.render(document, path: path)
            if !accepted { outcome.violations.append("chart spec `\(spec)` is refused by ChartSpec.parse but rendered") }
            if !rendered.html.contains("<svg") { outcome.violations.append("chart spec `\(spec)` rendered without an <svg>") }
            layOut(rendered, at: "briefing.html", outcome: &outcome, layout: layout)
        } catch {
            if accepted { outcome.violations.append("chart spec `\(spec)` is accepted by ChartSpec.parse but not rendered: \(error)") }
            outcome.refusals = failure(error, outcome: &outcome, expectedIn: .render)
        }
        return outcome
    }

    // MARK: Helpers

    /// The characters CommonMark lets a backslash escape.
    static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

    /// The errors of a refusal; a failure without an error, or one from another step than the
    /// one that ran, means the refusal itself is broken.
    static func failure(_ failure: BuildFailure, outcome: inout Outcome, expectedIn step: BuildStep) -> [Diagnostic] {
        let errors = failure.diagnostics.errors
        if errors.isEmpty { outcome.violations.append("refused without an error: \(failure)") }
        for error in errors where error.step != step {
            outcome.violations.append("refusal from step \(error.step.map { "\($0)" } ?? "none"), expected \(step): \(error)")
        }
        return errors
    }

    /// Places a rendered page in its template, checking both the body and the page.
    static func layOut(_ rendered: RenderedPage, at path: String, outcome: inout Outcome, layout: PageLayout) {
        outcome.violations += HTMLSafety.bodyViolations(rendered.html).map { "\(path) body: \($0)" }
        let site = SiteContext(dossierTitle: "Fuzz", language: "en", paths: SitePaths(prefix: ""), articles: [], hasArchive: false)
        do {
            let page = try layout.render(rendered, at: path, site: site)
            outcome.violations += HTMLSafety.pageViolations(page).map { "\(path): \($0)" }
            outcome.pages[path] = page
        } catch {
            // A page kind without a template (`kind: archive` typed by hand) is the user's error.
            outcome.refusals = failure(error, outcome: &outcome, expectedIn: .layout)
        }
    }

    /// The report the manifest target gives every source: a quotation, hedged figures, dates
    /// and named actors, so the manifest's values meet every part of every page.
    static let sampleReport = """
        Aid convoy reaches Homs as talks resume

        GENEVA (AP) — As many as 600 people were evacuated from the Old City of Homs on Friday, \
        the United Nations said.

        "We will not give up on the people of Homs," said Valerie Amos, the U.N. humanitarian chief.

        The truce, which began three days ago, was extended by a further three days, according to \
        Homs governor Talal Barazi. More than 136,000 people have been killed since March 2011.

        """
}
