import Foundation
import Testing
@testable import DossierCore

@Suite struct DossierAssemblerTests {
    static func failure(reading path: String) -> Diagnostic? {
        do {
            _ = try DossierAssembler.readText(at: path)
            return nil
        } catch {
            return error
        }
    }

    /// An oversized report is refused by its size before a byte is read: the file here is
    /// sparse, so reading it would take 9 MiB that the test never allocates.
    @Test func anOversizedReportIsRefusedBeforeItIsRead() throws {
        let path = try Fixtures.temporaryFolder() + "/dump.txt"
        FileManager.default.createFile(atPath: path, contents: nil)
        #expect(truncate(path, off_t(SourceText.maximumBytes + (1 << 20))) == 0)
        let diagnostic = try #require(Self.failure(reading: path))
        #expect(diagnostic.location == SourceLocation(file: path))
        #expect(diagnostic.description.contains("file is 9.0 MiB; a report may hold at most 8 MiB"))
    }

    @Test func aMissingReportOrAFolderCannotBeRead() throws {
        let folder = try Fixtures.temporaryFolder()
        #expect(Self.failure(reading: folder + "/gone.txt")?.description.contains("cannot read file") == true)
        #expect(Self.failure(reading: folder)?.description.contains("cannot read file") == true)
    }

    @Test func aReportIsReadWhole() throws {
        let path = try Fixtures.temporaryFolder() + "/report.txt"
        let text = "Headline\n\n" + String(repeating: "A paragraph of the report, copied from the web.\n\n", count: 2_000)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try DossierAssembler.readText(at: path).text == text)
    }
}
