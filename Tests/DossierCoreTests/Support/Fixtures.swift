import DossierTestSupport
import Foundation
@testable import DossierCore

/// Paths and loaders for the repository's real inputs, so tests run on the seeds, not on
/// copies that could drift.
enum Fixtures {
    /// The repository root, found from this file's location (Tests/DossierCoreTests/Support).
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var seeds: String { root + "/seeds" }
    static var templates: String { root + "/templates" }
    static var site: String { root + "/site" }

    static let seedFiles = ["000_ac63bc987904c8e4.txt", "003_d28daf7b26a994aa.txt", "004_46d40e25a7fe4013.txt"]

    /// Lines of a seed file as they are on disk (1-based numbering: `lines[n - 1]`).
    static func seedLines(_ file: String) throws -> [String] {
        try String(contentsOfFile: seeds + "/" + file, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func seedText(_ file: String) throws -> SourceText {
        let data = try Data(contentsOf: URL(fileURLWithPath: seeds + "/" + file))
        return try SourceText.decode([UInt8](data), path: "seeds/" + file)
    }

    static func cleanSeed(_ file: String) throws -> CleanText {
        try ReportCleaner.clean(seedText(file))
    }

    /// The seed reports as the build sees them: manifest facts plus cleaned text.
    static func seedReports() throws -> [Report] {
        var diagnostics = Diagnostics()
        let layout = try SeedLayout.discover(seeds: seeds, diagnostics: &diagnostics)
        let folder = try layout.dossiers[0].loadingManifest(diagnostics: &diagnostics)
        return try DossierAssembler.sources(for: folder, diagnostics: &diagnostics).map { source in
            Report(source: source, content: try ReportCleaner.clean(try DossierAssembler.readText(at: source.path)))
        }
    }

    /// Text as if read from a file, for tests that write their own inputs.
    static func text(_ string: String, path: String = "test.txt") throws -> SourceText {
        try SourceText.decode(Array(string.utf8), path: path)
    }

    /// A fresh empty folder among this test process's scratch folders.
    static func temporaryFolder(_ name: String = #function) throws -> String {
        try scratch.folder(name.filter { $0.isLetter || $0.isNumber })
    }

    static let scratch = ScratchFolders(kind: "tests")
}

extension Fixtures {
    /// Reports with everything extraction finds in them, as the build hands them to the composers.
    static func analysed(_ reports: [Report]) -> [AnalysedReport] {
        reports.map { AnalysedReport(report: $0, analysis: ReportAnalysis(of: $0)) }
    }
}

extension Fixtures {
    /// The HTML of one briefing section: from its `<h2 id="…">` to the next `<h2`.
    static func section(_ id: String, of html: String) -> String {
        guard let start = html.range(of: "<h2 id=\"\(id)\">") else { return "" }
        let rest = html[start.upperBound...]
        return String(rest[..<(rest.range(of: "<h2 ")?.lowerBound ?? rest.endIndex)])
    }
}
