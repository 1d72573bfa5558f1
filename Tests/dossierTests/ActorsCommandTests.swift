import Testing

/// `dossier actors` as a user runs it.
@Suite struct ActorsCommandTests {
    @Test func listsEveryActorWithWhereEachOutletNamesIt() throws {
        let run = try CommandLineTests.run(["actors", "--seeds", CommandLineTests.root + "/seeds"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Lakhdar Brahimi \u{2014} person; U.N. mediator; U.N. envoy; 3 outlets, 6 mentions")
        #expect(lines.contains { $0.hasSuffix("seeds/004_46d40e25a7fe4013.txt:17:131: The Week: \u{201C}Al Jazeera\u{201D}") })
        #expect(lines.last == "22 actors (11 people, 11 organisations) in 3 reports.")
    }

    @Test func unreadableSeedsFailWithTheirDiagnostics() throws {
        let run = try CommandLineTests.run(["actors", "--seeds", "/nonexistent-seeds-folder"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("actors failed with"))
    }
}
