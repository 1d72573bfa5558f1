import Foundation
import Testing

/// Text a merge leaves behind by mistake: a stray `=======` line in a stylesheet silently
/// drops the rule after it, so every tracked text file is checked.
@Suite struct RepositoryHygieneTests {
    @Test func noMergeConflictMarkersInTheSourcesTemplatesOrSite() throws {
        let markers = ["<<<<<<< ", "=======", ">>>>>>> "]
        var offenders: [String] = []
        for folder in ["Sources", "Tests", "templates", "site", "seeds", ".ci"] {
            let root = Fixtures.root + "/" + folder
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            while let path = walker.nextObject() as? String {
                guard let text = try? String(contentsOfFile: root + "/" + path, encoding: .utf8) else { continue }
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                where markers.contains(where: { line == $0.trimmingCharacters(in: .whitespaces) || (line.hasPrefix($0) && $0.hasSuffix(" ")) }) {
                    offenders.append("\(folder)/\(path):\(number + 1)")
                }
            }
        }
        #expect(offenders.isEmpty, "merge conflict markers: \(offenders.joined(separator: ", "))")
    }
}
