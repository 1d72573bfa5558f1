import Foundation
import Testing
@testable @_spi(Fuzzing) import DossierCore

/// The fuzzer's function on its seed corpus and on every input it ever crashed on
/// (`Regressions/`, one file per bug, named after it), and proof that its checks can fail.
@Suite struct PipelineProbeTests {
    static let folder = Fixtures.root + "/Tests/DossierCoreTests/Fuzz"
    static let layout: PageLayout = try! PageLayout.load(from: Fixtures.templates)

    static func inputs(in subfolder: String) -> [String] {
        let path = folder + "/" + subfolder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { subfolder + "/" + $0 }
    }

    static func exercise(_ input: String) throws -> PipelineProbe.Outcome {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/" + input)))
        return PipelineProbe.exercise(bytes, layout: layout)
    }

    @Test(arguments: inputs(in: "Corpus") + inputs(in: "Regressions"))
    func inputBreaksNoProperty(_ input: String) throws {
        let outcome = try Self.exercise(input)
        #expect(outcome.violations.isEmpty, "\(input):\n\(outcome.violations.joined(separator: "\n"))")
        #expect(outcome.pages.isEmpty == !outcome.refusals.isEmpty, "\(input): an input is either built or refused")
    }

    @Test func theCorpusHoldsTheSeedsAndEveryTarget() throws {
        let corpus = Self.inputs(in: "Corpus")
        for seed in Fixtures.seedFiles {
            let outcome = try Self.exercise("Corpus/seed-" + seed)
            // index, briefing, one article.
            #expect(outcome.pages.count == 3 && outcome.refusals.isEmpty, "\(seed): \(outcome.refusals)")
        }
        let all = try Self.exercise("Corpus/seeds-three-outlets.txt")
        #expect(all.pages.keys.sorted() == ["articles/probe-co-news.html", "articles/report-3.html", "articles/the-fuzz-wire.html",
                                             "briefing.html", "index.html"])
        let targets = try Set(corpus.map { try Self.exercise($0).target })
        #expect(targets == Set(PipelineProbe.Target.allCases))
    }

    /// The probe builds a dossier as `dossier build` does: on the real seeds and manifest it
    /// makes byte for byte the pages the build makes.
    @Test func theProbeBuildsTheSeedsExactlyAsTheBuildDoes() async throws {
        var diagnostics = Diagnostics()
        let folder = try SeedLayout.discover(seeds: Fixtures.seeds, diagnostics: &diagnostics).dossiers[0].loadingManifest(diagnostics: &diagnostics)
        var files: [String: [UInt8]] = [:]
        for name in folder.reportFiles {
            files[name] = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.seeds + "/" + name)))
        }
        let site = PipelineProbe.build(folder: folder, files: files, layout: Self.layout)
        let built = try await SiteBuilder.plan(BuildOptions(seeds: Fixtures.seeds, templates: Fixtures.templates, output: Fixtures.site))
        let pages = built.files.filter { $0.path.hasSuffix(".html") }
        #expect(site.refusals.isEmpty && site.violations.isEmpty, "\(site.refusals) \(site.violations)")
        #expect(site.pages.keys.sorted() == pages.map(\.path).sorted())
        for page in pages {
            #expect(site.pages[page.path].map { Array($0.html.utf8) } == page.bytes, "\(page.path) differs from the build's")
            #expect(site.pages[page.path].map { Array($0.markdown.utf8) } == built.files.first { $0.path == SitePaths.markdown(for: page.path) }?.bytes)
        }
        #expect(PipelineProbe.extractionViolations(site).isEmpty)
        #expect(PipelineProbe.pageViolations(site).isEmpty, "\(PipelineProbe.pageViolations(site))")
    }

    @Test func theFirstLineSelectsTheTarget() {
        #expect(PipelineProbe.target(of: Array("#!manifest\ntitle: x".utf8)).0 == .manifest)
        #expect(PipelineProbe.target(of: Array("#!markdown\n# x".utf8)).0 == .markdown)
        #expect(PipelineProbe.target(of: Array("#!chart\n0..1; a=?".utf8)).1.elementsEqual("0..1; a=?".utf8))
        #expect(PipelineProbe.target(of: Array("#!chart 0..1".utf8)).0 == .report)
        #expect(PipelineProbe.target(of: []).0 == .report)
    }

    // MARK: The checks find what they look for

    @Test(arguments: [
        ("<p>a</p><script>x</script>", "forbidden element <script>"),
        ("<p onclick=\"x\">a</p>", "event handler attribute `onclick`"),
        ("<a href=\"&#106;ava&#x73;cript:alert(1)\">a</a>", "`javascript` address"),
        ("<a href=\" java\tscript:x\">a</a>", "`javascript` address"),
        ("<img src=\"data:text/html,x\">", "`data` address"),
        ("<p>1 < 2</p>", "a `<` that opens no tag"),
        ("<p class=\"a>b</p>", "unclosed attribute value"),
        ("<span style=\"x\">a</span>", "style attribute"),
        ("<svg><foreignObject></foreignObject></svg>", "forbidden element <foreignobject>"),
    ])
    func unsafeBodiesAreFound(_ html: String, _ problem: String) {
        let found = HTMLSafety.bodyViolations(html)
        #expect(found.contains { $0.contains(problem) }, "\(html): \(found)")
    }

    @Test func safeBodiesPass() {
        #expect(HTMLSafety.bodyViolations("<p>1 &lt; 2 <a href=\"../briefing.html#q-1\" title=\"x\">y</a> <img src=\"data:image/png;base64,AA\" alt=\"\" /></p><!-- raw HTML omitted -->").isEmpty)
    }

    @Test func aStyleTheTitleEscapesIsFound() {
        #expect(HTMLSafety.pageViolations("<style>a { content: \"x\"; }</style>").isEmpty)
        #expect(HTMLSafety.pageViolations("<style>a { content: \"x\\22 \"; }</style>").isEmpty)
        #expect(!HTMLSafety.pageViolations("<style>a { content: \"x\"\"; }</style>").isEmpty)
        #expect(!HTMLSafety.pageViolations("<style>a { content: \"x</style><script>y</script>\"; }</style>").isEmpty)
    }

    @Test func brokenLinksAndIdsAreFound() {
        var site = PipelineProbe.Site()
        site.pages["index.html"] = ("", "<main><a href=\"briefing.html#q-9\">x</a> <a href=\"articles/gone.html\">y</a> <a href=\"#top\">z</a></main>")
        site.pages["briefing.html"] = ("", "<main><h2 id=\"q-1\">a</h2><p id=\"q-1\">b</p><a href=\"index.html#top\">i</a></main>")
        let found = PipelineProbe.pageViolations(site)
        #expect(found.contains { $0.contains("no id `q-9` on briefing.html") })
        #expect(found.contains { $0.contains("leads to articles/gone.html") })
        #expect(found.contains { $0.contains("index.html: link `#top`") })
        #expect(found.contains { $0.contains("briefing.html: id `q-1` is used twice") })
        #expect(found.count == 5, "\(found)") // index.html#top from the briefing misses too
    }

    @Test func positionsOutsideTheirTextAreFound() throws {
        let text = try Fixtures.text("Headline\n\nAs many as 600 people fled.\n")
        let content = try ReportCleaner.clean(text)
        let report = Report(source: ReportSource(path: text.path, fileName: "test.txt", outlet: "T", published: nil, slug: "t", isListed: true),
                            content: content)
        var analysis = ReportAnalysis(of: report)
        try #require(!analysis.figures.isEmpty)
        var site = PipelineProbe.Site()
        site.texts = [text]
        site.analysed = [AnalysedReport(report: report, analysis: analysis)]
        #expect(PipelineProbe.extractionViolations(site).isEmpty)

        analysis.figures[0].range = 3..<(content.blocks[1].text.utf8.count + 1)
        analysis.quotes = [Quote(id: "q-1", words: "x", kind: .full, spans: [.init(block: 7, range: 0..<1)],
                                 location: SourceLocation(file: text.path, line: 99, column: 1), speaker: nil, verb: nil, rule: nil)]
        site.analysed = [AnalysedReport(report: report, analysis: analysis)]
        let found = PipelineProbe.extractionViolations(site)
        #expect(found.contains { $0.contains("lies outside its block") })
        #expect(found.contains { $0.contains("quote q-1 is in block 7") })
        #expect(found.contains { $0.contains("outside the file's") })
    }

    @Test func aCharacterCutInTwoIsFound() throws {
        let text = try Fixtures.text("Headline\n\nÉté: 600 fled.\n")
        let content = try ReportCleaner.clean(text)
        let report = Report(source: ReportSource(path: text.path, fileName: "test.txt", outlet: "T", published: nil, slug: "t", isListed: true),
                            content: content)
        let mention = ReportActor.Mention(block: 1, range: 1..<3, written: "x")
        let analysis = ReportAnalysis(quotes: [], figures: [], dates: [],
                                      actors: [ReportActor(name: "x", kind: .person, forms: ["x"], descriptors: [], mentions: [mention])])
        var site = PipelineProbe.Site()
        site.texts = [text]
        site.analysed = [AnalysedReport(report: report, analysis: analysis)]
        #expect(PipelineProbe.extractionViolations(site).contains { $0.contains("cuts a character at byte 1") })
    }
}
