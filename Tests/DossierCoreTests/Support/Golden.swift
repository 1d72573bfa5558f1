import Foundation
import Testing

/// Golden files: expected output kept beside the tests in `Tests/DossierCoreTests/Golden/`.
/// Re-record them all with `DOSSIER_RECORD=1 swift test`, never by hand; the diff then shows
/// exactly what a change did to the output.
enum Golden {
    static var directory: String { Fixtures.root + "/Tests/DossierCoreTests/Golden" }
    static var isRecording: Bool { ProcessInfo.processInfo.environment["DOSSIER_RECORD"] == "1" }

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = directory + "/" + name
        if isRecording {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("golden file \(name) is missing; record it with DOSSIER_RECORD=1 swift test", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expectedLines.count, actualLines.count)
            let expectedLine = firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<end>"
            let actualLine = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<end>"
            Issue.record("""
                output differs from golden file \(name) at line \(firstDifference + 1):
                  expected: \(expectedLine)
                  actual:   \(actualLine)
                Re-record with DOSSIER_RECORD=1 swift test if the change is intended.
                """, sourceLocation: sourceLocation)
        }
    }
}
