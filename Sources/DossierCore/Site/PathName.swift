/// The lexical path operation Dossier needs beyond Foundation's: the folder part of a path.
///
/// Written out because `NSString.deletingLastPathComponent` in swift-corelibs-foundation traps
/// on a one-character relative path (`--output o` crashed the build), and an output, seeds or
/// PDF path is whatever a user types.
enum PathName {
    /// The folder part of `path`, as `deletingLastPathComponent` means it: "a/b" → "a",
    /// "a/b/" → "a", "/o" → "/", "o" → "", "/" → "/".
    static func parent(of path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        var end = slash
        while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        return end == 0 ? "/" : String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// `parent(of:)`, with "." for a bare name: a folder that can be listed and created in.
    static func folder(of path: String) -> String {
        let parent = parent(of: path)
        return parent.isEmpty ? "." : parent
    }
}
