import Foundation
import Testing
@testable import DossierCore

@Suite struct OutputFileTests {
    /// A text file and a byte file with the same UTF-8 are the same file, whichever way each
    /// holds it: the build compares and hashes them (byte-identical rebuilds).
    @Test func textAndBytesOfTheSameUTF8AreEqual() {
        let text = "Genève — 10 Feb\r\n«Quote» 👩‍👩‍👧\n"
        let asText = OutputFile(path: "a/index.html", text: text)
        let asBytes = OutputFile(path: "a/index.html", bytes: Array(text.utf8))
        #expect(asText.bytes == Array(text.utf8))
        #expect(asText.withBytes { Array($0) } == asBytes.bytes)
        #expect(asText == asBytes)
        #expect(asText.hashValue == asBytes.hashValue)
        #expect(asText != OutputFile(path: "b/index.html", text: text))
        #expect(asText != OutputFile(path: "a/index.html", text: text + " "))
        #expect(OutputFile(path: "empty", text: "") == OutputFile(path: "empty", bytes: []))
    }

    /// The writer takes a text file's UTF-8 in place: what lands on disk is those bytes.
    @Test func theWriterWritesTextFilesAsTheirUTF8() throws {
        let output = try Fixtures.temporaryFolder() + "/site"
        let text = String(repeating: "Syrie: « la paix » — ", count: 5_000)
        try SiteWriter.write([OutputFile(path: "big.html", text: text), OutputFile(path: "empty.md", text: ""),
                              OutputFile(path: "raw.css", bytes: [0x61, 0x0A])], to: output)
        #expect(FileManager.default.contents(atPath: output + "/big.html").map { Array($0) } == Array(text.utf8))
        #expect(FileManager.default.contents(atPath: output + "/empty.md")?.isEmpty == true)
        #expect(FileManager.default.contents(atPath: output + "/raw.css").map { Array($0) } == [0x61, 0x0A])
    }
}
