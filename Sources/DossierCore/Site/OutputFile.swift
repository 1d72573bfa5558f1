/// One file of the built site, by its path inside the site folder.
///
/// A page is kept as the `String` the layout made, not copied into a byte array: at 10,000
/// reports that copy was 300 MB, made on one core between the layout and write steps, and a
/// third of the build's peak memory. The writer reads the string's UTF-8 in place.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    private var contents: Contents

    private enum Contents: Sendable {
        case bytes([UInt8])
        case text(String)
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        contents = .bytes(bytes)
    }

    public init(path: String, text: String) {
        self.path = path
        contents = .text(text)
    }

    /// The file's bytes, as a copy; `withBytes` reads them without one.
    public var bytes: [UInt8] {
        withBytes { Array($0) }
    }

    /// Calls `body` with the file's bytes, without copying them.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        switch contents {
        case .bytes(let bytes):
            return try bytes.withUnsafeBufferPointer(body)
        case .text(var text):
            return try text.withUTF8(body)
        }
    }

    /// Equal when path and bytes are, however each file holds them.
    public static func == (left: OutputFile, right: OutputFile) -> Bool {
        left.path == right.path && left.withBytes { a in right.withBytes { b in a.elementsEqual(b) } }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
