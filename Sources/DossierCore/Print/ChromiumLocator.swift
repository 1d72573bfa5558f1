import Foundation

/// Finds the Chromium (or Chrome) binary that prints the PDF. Nothing is bundled: the browser
/// is a system package, so the tool looks where package managers put it and lets the user
/// point elsewhere.
public enum ChromiumLocator {
    /// Set to a binary's path (or a program name on PATH) to use that browser and skip the search.
    public static let overrideVariable = "DOSSIER_CHROMIUM"

    /// Program names searched on PATH, in order: Debian's package, the older Ubuntu name, Google's builds.
    public static let programNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The browser to run, from `environment` (`DOSSIER_CHROMIUM`, then `PATH`).
    /// `isExecutableFile` is injectable so the search can be tested without a browser.
    public static func locate(
        environment: [String: String],
        isExecutableFile: (String) -> Bool = ChromiumLocator.isExecutableFile
    ) throws(PrintFailure) -> String {
        let searchPath = (environment["PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        func onPath(_ name: String) -> String? {
            searchPath.lazy.map { ($0 as NSString).appendingPathComponent(name) }.first(where: isExecutableFile)
        }
        if let override = environment[overrideVariable], !override.isEmpty {
            if override.contains("/") {
                guard isExecutableFile(override) else { throw .chromiumOverrideUnusable(override) }
                return override
            }
            guard let found = onPath(override) else { throw .chromiumOverrideUnusable(override) }
            return found
        }
        for name in programNames {
            if let found = onPath(name) { return found }
        }
        throw .chromiumNotFound(searched: programNames)
    }

    /// A regular file (after following links) that this user may execute; folders do not count.
    public static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
