import Foundation
import Testing
@testable import DossierCore

/// Same input, same bytes, on random reports rather than the seeds: whatever the number of
/// workers and however often the build runs, the site is identical.
@Suite struct DeterminismTests {
    static let pieces = [
        "“We will stay,”", "said", "Ana Ruiz", "the U.N. envoy", "over 600", "people", "fled", "Homs", "on Friday", "last month",
        "almost three years", "the Red Crescent", "she said.", "\"It is hard,\"", "according to", "the ministry", "killed", "some 40",
        "a three-day truce", "in Geneva", "The BBC’s", "Lyse Doucet", "hundreds", "were evacuated", "since 2011", ".", ",", "—",
        "‘capital of the revolution’", "[REPORT: More news]", "Subscribe to The Week", "1,2,3,4", "130,00", "€5 million",
    ]

    /// A seeds folder of `count` random reports with a manifest naming them.
    static func randomSeeds(count: Int, seed: UInt64) throws -> String {
        var generator = SeededGenerator(state: seed)
        let folder = try Fixtures.temporaryFolder("determinism")
        var manifest = "title: Random dossier\ndate: 2014-02-10\nsources:\n"
        for index in 0..<count {
            var lines = ["Report \(index): talks in Geneva", ""]
            for _ in 0..<(2 + generator.next(8)) {
                let words = (0..<(4 + generator.next(25))).map { _ in pieces[generator.next(pieces.count)] }
                lines += [words.joined(separator: " ") + ".", ""]
            }
            try lines.joined(separator: "\n").write(toFile: folder + "/r\(index).txt", atomically: true, encoding: .utf8)
            manifest += "  - file: r\(index).txt\n    outlet: Outlet \(index % 3)\n    published: 2014-02-1\(index % 10)\n"
        }
        try manifest.write(toFile: folder + "/dossier.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomReportsBuildToTheSameBytesWhateverTheWorkerCount(seed: UInt64) async throws {
        let seeds = try Self.randomSeeds(count: 7, seed: seed)
        defer { try? FileManager.default.removeItem(atPath: seeds) }
        let options = BuildOptions(seeds: seeds, templates: Fixtures.templates, output: seeds + "-site")
        let one = try await BuildParallelism.$override.withValue(1) { try await SiteBuilder.plan(options) }
        let three = try await BuildParallelism.$override.withValue(3) { try await SiteBuilder.plan(options) }
        let again = try await SiteBuilder.plan(options)
        let pages = 7 + 2 // the articles, the index and the briefing
        #expect(one.files.count == 2 * pages + 1) // each page and its Markdown, plus the stylesheet
        #expect(one.files == three.files)
        #expect(one.files == again.files)
    }
}
