import Foundation
import Testing
@testable import DossierCore

@Suite struct ReadableFileTests {
    /// What `ReadableFile` gives for `path`, opened and read to the end (nil: not opened).
    /// (`#expect` cannot hold a non-copyable value.)
    static func read(_ path: String, afterOpening change: () -> Void = {}) -> (size: Int, bytes: [UInt8]?)? {
        guard let file = ReadableFile(path) else { return nil }
        change()
        return (file.size, file.readAll())
    }

    @Test func readsEveryByteOfAFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let bytes = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        FileManager.default.createFile(atPath: folder + "/a.bin", contents: Data(bytes))
        FileManager.default.createFile(atPath: folder + "/empty.txt", contents: Data())
        let read = try #require(Self.read(folder + "/a.bin"))
        #expect(read.size == bytes.count)
        #expect(read.bytes == bytes)
        #expect(Self.read(folder + "/empty.txt")?.bytes == [])
    }

    /// `size` is only where reading starts from: a file that grew after it was opened is read to its end.
    @Test func readsAFileThatGrewAfterItWasOpened() throws {
        let path = try Fixtures.temporaryFolder() + "/growing.txt"
        FileManager.default.createFile(atPath: path, contents: Data("first line\n".utf8))
        let more = String(repeating: "more text\n", count: 1_000)
        let grown = Self.read(path) {
            let handle = FileHandle(forWritingAtPath: path)
            handle?.seekToEndOfFile()
            handle?.write(Data(more.utf8))
            handle?.closeFile()
        }
        let read = try #require(grown)
        #expect(read.size == 11)
        #expect(read.bytes.map { String(decoding: $0, as: UTF8.self) } == "first line\n" + more)
    }

    @Test func aFolderOrAMissingPathIsNotAReadableFile() throws {
        let folder = try Fixtures.temporaryFolder()
        #expect(Self.read(folder) == nil)
        #expect(Self.read(folder + "/missing.txt") == nil)
    }
}
