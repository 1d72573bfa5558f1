import Foundation
import Testing
@testable import DossierCore

@Suite struct SiteWriterTests {
    func refusal(_ output: String, protecting inputs: [String] = []) -> String? {
        do {
            try SiteWriter.checkOutput(output, protecting: inputs)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func dangerousOutputsAreRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        try "x".write(toFile: folder + "/file.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/seeds", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/notes", withIntermediateDirectories: true)
        try "mine".write(toFile: folder + "/notes/todo.md", atomically: true, encoding: .utf8)

        #expect(refusal("/")?.contains("refusing to write the site to `/`") == true)
        #expect(refusal(folder + "/file.txt")?.contains("output is a file") == true)
        #expect(refusal(folder + "/seeds", protecting: [folder + "/seeds"])?.contains("overlaps the input folder") == true)
        #expect(refusal(folder + "/seeds/site", protecting: [folder + "/seeds"])?.contains("overlaps") == true)
        #expect(refusal(folder, protecting: [folder + "/seeds"])?.contains("overlaps") == true)
        #expect(refusal(folder + "/notes")?.contains("not a Dossier site") == true)
        #expect(refusal(FileManager.default.currentDirectoryPath)?.contains("current folder") == true)
        #expect(refusal(folder + "/new-site", protecting: [folder + "/seeds"]) == nil)
    }

    @Test func aSymlinkToTheSeedsIsSeenThrough() throws {
        let folder = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/seeds", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/site", withDestinationPath: folder + "/seeds")
        #expect(refusal(folder + "/site", protecting: [folder + "/seeds"])?.contains("overlaps") == true)
    }

    @Test func aNewSiteReplacesTheOldOneWhole() throws {
        let output = try Fixtures.temporaryFolder() + "/site"
        try SiteWriter.write([OutputFile(path: "a.html", text: "one"), OutputFile(path: "sub/b.html", text: "two")], to: output)
        try SiteWriter.write([OutputFile(path: "c.html", text: "three")], to: output)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: output).sorted() == [SiteWriter.markerFile, "c.html"])
        #expect(try String(contentsOfFile: output + "/c.html", encoding: .utf8) == "three")
    }

    @Test func theStampsReturnedAreTheWrittenFilesAndReusedFilesAreLinked() throws {
        let output = try Fixtures.temporaryFolder() + "/site"
        let first = try SiteWriter.write([OutputFile(path: "a.html", text: "one"), OutputFile(path: "d/e/b.html", text: "two")], to: output)
        #expect(first.keys.sorted() == ["a.html", "d/e/b.html"])
        for (path, stamp) in first { #expect(FileStamp.of(output + "/" + path) == stamp) }

        let second = try SiteWriter.write([OutputFile(path: "c.html", text: "three")], reusing: ["d/e/b.html"], to: output)
        #expect(second == ["c.html": FileStamp.of(output + "/c.html")!])
        // Hard-linked: the reused file keeps its inode and so its stamp.
        #expect(FileStamp.of(output + "/d/e/b.html") == first["d/e/b.html"])
        #expect(try FileManager.default.subpathsOfDirectory(atPath: output).sorted()
            == [SiteWriter.markerFile, "c.html", "d", "d/e", "d/e/b.html"])
    }

    @Test func aFailedWriteLeavesTheOldSiteAndNoDebris() throws {
        let parent = try Fixtures.temporaryFolder()
        let output = parent + "/site"
        try SiteWriter.write([OutputFile(path: "a.html", text: "old")], to: output)
        // "x" as a file and as a folder cannot both exist: the write fails half way.
        #expect(throws: BuildFailure.self) {
            try SiteWriter.write([OutputFile(path: "x", text: "1"), OutputFile(path: "x/y.html", text: "2")], to: output)
        }
        #expect(try String(contentsOfFile: output + "/a.html", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["site"])
    }

    @Test func leftoversOfAKilledBuildAreCleanedUp() throws {
        let parent = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: parent + "/.site.dossier-tmp-99999/articles", withIntermediateDirectories: true)
        try SiteWriter.write([OutputFile(path: "a.html", text: "new")], to: parent + "/site")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["site"])
    }
}
