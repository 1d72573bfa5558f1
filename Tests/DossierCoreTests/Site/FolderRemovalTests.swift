import Foundation
import Testing
@testable import DossierCore

@Suite struct FolderRemovalTests {
    let fileManager = FileManager.default

    @Test func aDeepTreeIsRemovedWhole() throws {
        let folder = try Fixtures.temporaryFolder()
        let site = folder + "/site"
        for dossier in 0..<30 {
            for inner in ["articles", "markdown/articles", "markdown/deep/er"] {
                try fileManager.createDirectory(atPath: "\(site)/d\(dossier)/\(inner)", withIntermediateDirectories: true)
                for file in 0..<5 { try "x".write(toFile: "\(site)/d\(dossier)/\(inner)/\(file).html", atomically: false, encoding: .utf8) }
            }
        }
        try fileManager.createDirectory(atPath: site + "/empty", withIntermediateDirectories: true)
        try "top".write(toFile: site + "/index.html", atomically: false, encoding: .utf8)

        BuildParallelism.$override.withValue(2) { FolderRemoval.remove(site) }

        #expect(!fileManager.fileExists(atPath: site))
        #expect(try fileManager.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func symbolicLinksAreRemovedNotFollowed() throws {
        let folder = try Fixtures.temporaryFolder()
        try fileManager.createDirectory(atPath: folder + "/kept", withIntermediateDirectories: true)
        try "mine".write(toFile: folder + "/kept/notes.txt", atomically: false, encoding: .utf8)
        try fileManager.createDirectory(atPath: folder + "/site/sub", withIntermediateDirectories: true)
        try fileManager.createSymbolicLink(atPath: folder + "/site/sub/link", withDestinationPath: folder + "/kept")
        try fileManager.createSymbolicLink(atPath: folder + "/linked-site", withDestinationPath: folder + "/kept")

        FolderRemoval.remove(folder + "/site")
        FolderRemoval.remove(folder + "/linked-site")

        #expect(!fileManager.fileExists(atPath: folder + "/site"))
        #expect((try? fileManager.destinationOfSymbolicLink(atPath: folder + "/linked-site")) == nil)
        #expect(try String(contentsOfFile: folder + "/kept/notes.txt", encoding: .utf8) == "mine")
    }

    @Test func aFileOrNothingAtThePathIsFine() throws {
        let folder = try Fixtures.temporaryFolder()
        try "x".write(toFile: folder + "/file", atomically: false, encoding: .utf8)
        FolderRemoval.remove(folder + "/file")
        FolderRemoval.remove(folder + "/missing")
        #expect(try fileManager.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
