import DossierCore
import Foundation

/// Where the CLI writes: results to standard output, findings to standard error.
enum Console {
    static func out(_ line: String) {
        print(line)
    }

    /// Text as it is, no newline added (for output that ends in its own).
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func report(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.sorted {
            error(diagnostic.description)
        }
    }

    static func warningSuffix(_ diagnostics: Diagnostics) -> String {
        let count = diagnostics.warnings.count
        return count == 0 ? "." : " (\(Counted.phrase(count, "warning")))."
    }
}

extension Duration {
    /// "0.21 s"
    var formattedSeconds: String {
        let seconds = Double(components.seconds) + Double(components.attoseconds) / 1e18
        return String(format: "%.2f s", seconds)
    }
}
