import Foundation

/// Where the build cache lives and which build of the tool may use it.
public struct CacheSettings: Sendable {
    public var folder: String
    /// The tool's identity: its version and the stamp of its binary, so a rebuilt tool never
    /// reuses pages an older build of it made.
    public var tool: String

    public init(folder: String, tool: String = CacheSettings.currentTool) {
        self.folder = folder
        self.tool = tool
    }

    /// The default cache folder: a hidden sibling of the output (`.site.dossier-cache` for `site`).
    public static func defaultFolder(for output: String) -> String {
        let target = (output as NSString).standardizingPath
        let parent = PathName.parent(of: target)
        let name = ".\((target as NSString).lastPathComponent).dossier-cache"
        return parent.isEmpty ? name : (parent as NSString).appendingPathComponent(name)
    }

    public static var currentTool: String {
        let binary = FileStamp.of("/proc/self/exe") ?? CommandLine.arguments.first.flatMap(FileStamp.of)
        let stamp = binary.map { "\($0.size)-\($0.modified)-\($0.inode)" } ?? "unknown"
        return "dossier \(DossierVersion.string) \(stamp)"
    }
}
