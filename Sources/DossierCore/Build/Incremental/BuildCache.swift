import Foundation

/// What the last build knew, so the next one can skip what has not changed: the content
/// hash of every input (with its file stamp), the fingerprint of every dossier and of the
/// site-wide pages, and the stamp of every page it wrote. Stored as a small tab-separated
/// text file in the cache folder; deleting the folder only costs one full build.
public struct BuildCache: Sendable, Equatable {
    public struct Input: Sendable, Equatable {
        public var stamp: FileStamp
        public var hash: ContentHash
    }

    /// A unit of pages built together: one dossier, or the site-wide pages (assets, archive).
    public struct Unit: Sendable, Equatable {
        public var fingerprint: ContentHash
        /// For a dossier: the fingerprint of what its Markdown is made from (its inputs and the
        /// tool, not the templates). When only the templates changed, its pages are laid out
        /// again from the Markdown intermediates in the output, without extracting anything.
        public var content: ContentHash?
        /// For a dossier: what the archive index lists of it.
        public var listing: DossierListing?
        /// Site paths of the unit's pages, with their stamps as written.
        public var outputs: [String: FileStamp]
    }

    static let header = "dossier-build-cache\t2"
    /// The unit key of the site-wide pages (dossier keys are folder names, never this).
    public static let siteUnit = "\u{1}site"

    public var tool: String
    public var inputs: [String: Input] = [:]
    public var units: [String: Unit] = [:]

    public init(tool: String) {
        self.tool = tool
    }

    // MARK: Text form

    /// One string appended field by field: at 10,000 reports the cache has 32,000 lines,
    /// written on one core after the site, where an array of fields per line showed.
    public func serialized() -> String {
        var text = ""
        text.reserveCapacity(128 * (inputs.count + units.values.reduce(units.count) { $0 + $1.outputs.count }))
        func line(_ fields: String...) {
            for (index, field) in fields.enumerated() {
                if index > 0 { text += "\t" }
                text += field
            }
            text += "\n"
        }
        line(Self.header)
        line("tool", Self.escape(tool))
        for path in inputs.keys.sorted() {
            let input = inputs[path]!
            line("input", Self.escape(path), Self.stamp(input.stamp), input.hash.description)
        }
        for key in units.keys.sorted() {
            let unit = units[key]!
            if let listing = unit.listing {
                line("unit", Self.escape(key), unit.fingerprint.description,
                     Self.escape(listing.slug), Self.escape(listing.title), listing.date?.iso ?? "-", String(listing.reportCount),
                     Self.escape(listing.language), Self.escape(listing.paths.prefix))
            } else {
                line("unit", Self.escape(key), unit.fingerprint.description)
            }
            if let content = unit.content { line("content", content.description) }
            for path in unit.outputs.keys.sorted() {
                line("output", Self.escape(path), Self.stamp(unit.outputs[path]!))
            }
        }
        return text
    }

    /// Parses the text form; nil for anything unexpected (the build then starts afresh).
    /// Read on UTF-8 bytes: every build reads the whole cache first (32,000 lines at 10,000
    /// reports), and splitting it into Characters was half of a no-op build.
    public static func parse(_ text: String) -> BuildCache? {
        var text = text
        return text.withUTF8 { parse(lines: $0.split(separator: UInt8(ascii: "\n"))) }
    }

    private typealias Field = Slice<UnsafeBufferPointer<UInt8>>

    private static func parse(lines: [Field]) -> BuildCache? {
        func fields(_ line: Field) -> [Field] { line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false) }
        func text(_ field: Field) -> String { String(decoding: field, as: UTF8.self) }
        func isWord(_ field: Field, _ word: StaticString) -> Bool {
            field.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
        }
        guard lines.count >= 2, text(lines[0]) == header else { return nil }
        let toolFields = fields(lines[1])
        guard toolFields.count == 2, isWord(toolFields[0], "tool") else { return nil }
        var cache = BuildCache(tool: unescape(text(toolFields[1])))
        var currentUnit: String?
        for line in lines.dropFirst(2) {
            let fields = fields(line)
            if isWord(fields[0], "output") {
                guard fields.count == 5, let unit = currentUnit, let stamp = stamp(fields[2...4].map(text)) else { return nil }
                cache.units[unit]!.outputs[unescape(text(fields[1]))] = stamp
            } else if isWord(fields[0], "input") {
                guard fields.count == 6, let stamp = stamp(fields[2...4].map(text)), let hash = ContentHash(hex: fields[5]) else { return nil }
                cache.inputs[unescape(text(fields[1]))] = Input(stamp: stamp, hash: hash)
            } else if isWord(fields[0], "unit") {
                guard fields.count == 3 || fields.count == 9, let fingerprint = ContentHash(hex: fields[2]) else { return nil }
                var listing: DossierListing?
                if fields.count == 9 {
                    guard let count = Int(text(fields[6])) else { return nil }
                    let date = text(fields[5])
                    listing = DossierListing(slug: unescape(text(fields[3])), title: unescape(text(fields[4])),
                                             date: date == "-" ? nil : CivilDate(iso: date), reportCount: count,
                                             language: unescape(text(fields[7])), paths: SitePaths(prefix: unescape(text(fields[8]))))
                }
                let key = unescape(text(fields[1]))
                cache.units[key] = Unit(fingerprint: fingerprint, listing: listing, outputs: [:])
                currentUnit = key
            } else if isWord(fields[0], "content") {
                guard fields.count == 2, let unit = currentUnit, let content = ContentHash(hex: fields[1]) else { return nil }
                cache.units[unit]!.content = content
            } else {
                return nil
            }
        }
        return cache
    }

    static func stamp(_ stamp: FileStamp) -> String {
        String(stamp.size) + "\t" + String(stamp.modified) + "\t" + String(stamp.inode)
    }

    static func stamp(_ fields: [String]) -> FileStamp? {
        guard fields.count == 3, let size = Int64(fields[0]), let modified = Int64(fields[1]), let inode = UInt64(fields[2]) else { return nil }
        return FileStamp(size: size, modified: modified, inode: inode)
    }

    /// Tabs, line breaks and `%` in paths or titles are percent-encoded.
    static func escape(_ text: String) -> String {
        // On bytes, all four ASCII: a test on Characters missed "\r\n", one Character that is
        // neither "\r" nor "\n", and left its line break in the cache line.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "%") })
        else { return text }
        return text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\t", with: "%09")
            .replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: "\r", with: "%0D")
    }

    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        return text.replacingOccurrences(of: "%09", with: "\t").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%25", with: "%")
    }

    // MARK: Disk

    static let fileName = "state.tsv"

    /// The cache in `folder`, or nil when there is none, it cannot be read, or it was made
    /// by another build of the tool.
    public static func load(from folder: String, tool: String) -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: folder + "/" + fileName),
              let text = String(validating: data, as: UTF8.self),
              let cache = parse(text), cache.tool == tool else { return nil }
        return cache
    }

    /// Written to a temporary file and renamed, so a killed build leaves the old cache or the new.
    public func save(to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/" + Self.fileName + ".tmp-\(getpid())"
        try Data(serialized().utf8).write(to: URL(fileURLWithPath: temporary))
        if rename(temporary, folder + "/" + Self.fileName) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }
}
