import Foundation

/// The text of one input file, decoded and with line endings normalised, so that later
/// steps can count lines the way an editor does.
public struct SourceText: Sendable {
    /// Path as shown in diagnostics.
    public var path: String
    /// Text with `\n` line endings only, no byte-order mark.
    public var text: String
    /// Warnings about how the bytes were read (UTF-16, stray control characters…).
    public var warnings: [Diagnostic]

    /// Lines of `text`, numbered from 1, as an editor shows them.
    public var lines: [(number: Int, text: Substring)] {
        // On bytes: a line feed is always a character of its own, and splitting by Character
        // showed in profiles. Line feeds are found with memchr where the bytes are contiguous.
        guard let feeds = text.utf8.withContiguousStorageIfAvailable({ $0.offsets(of: 0x0A) }) else { return linesBySplitting }
        let utf8 = text.utf8
        var lines: [(number: Int, text: Substring)] = []
        lines.reserveCapacity(feeds.count + 1)
        var start = utf8.startIndex
        var startOffset = 0
        for feed in feeds {
            let end = utf8.index(start, offsetBy: feed - startOffset)
            lines.append((lines.count + 1, text[start..<end]))
            start = utf8.index(after: end)
            startOffset = feed + 1
        }
        lines.append((lines.count + 1, text[start...]))
        return lines
    }

    /// `lines` by the standard library's split, for text whose bytes are not contiguous.
    var linesBySplitting: [(number: Int, text: Substring)] {
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated().map { ($0.offset + 1, Substring($0.element)) }
    }
}

extension SourceText {
    /// Decodes raw bytes: UTF-8 (with or without BOM), or UTF-16 when a BOM says so.
    /// Anything else is refused with the position of the first bad byte, never guessed:
    /// a silently mis-decoded report would put wrong words in an analyst's mouth.
    public static func decode(_ bytes: [UInt8], path: String) throws(Diagnostic) -> SourceText {
        try checkSize(bytes.count, path: path)
        let location = SourceLocation(file: path)
        var warnings: [Diagnostic] = []
        var decoded: String

        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let bigEndian = bytes[0] == 0xFE
            guard bytes.count % 2 == 0 else {
                throw .error(location, "UTF-16 text has an odd number of bytes; the file is truncated or not UTF-16", step: .ingest)
            }
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2 - 1)
            var i = 2
            while i + 1 < bytes.count {
                units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
                i += 2
            }
            var text = ""
            var iterator = units.makeIterator()
            var codec = UTF16()
            loop: while true {
                switch codec.decode(&iterator) {
                case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
                case .emptyInput: break loop
                case .error:
                    throw .error(location, "text starts with a UTF-16 byte-order mark but is not valid UTF-16", step: .ingest)
                }
            }
            decoded = text
            warnings.append(.warning(location, "read as UTF-16 (byte-order mark found); save reports as UTF-8", step: .ingest))
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            // The standard library's validation first (well-formed UTF-8 is the same set of
            // sequences for both); the byte walk only finds where a bad file goes wrong.
            if let valid = String(validating: body, as: UTF8.self) {
                decoded = valid
            } else if let bad = firstInvalidUTF8(body) {
                let (line, column) = lineAndColumn(ofByte: bad, in: body)
                let hex = String(body[bad], radix: 16, uppercase: true)
                throw .error(
                    SourceLocation(file: path, line: line, column: column),
                    "not valid UTF-8 (byte 0x\(hex)); convert the file, e.g. `iconv -f latin1 -t utf-8`",
                    step: .ingest)
            } else {
                decoded = String(decoding: body, as: UTF8.self)
            }
        }

        // On bytes: in UTF-8 a zero byte is U+0000 and a 0x0A byte is a line feed.
        if let nul = decoded.utf8.firstIndex(of: 0) {
            let line = decoded.utf8[..<nul].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw .error(SourceLocation(file: path, line: line), "contains NUL bytes: this is a binary file, not a text report", step: .ingest)
        }

        let (normalised, replacedControls) = normaliseLineEndings(decoded)
        if replacedControls > 0 {
            warnings.append(.warning(location, "replaced \(Counted.phrase(replacedControls, "control character")) with spaces", step: .ingest))
        }
        return SourceText(path: path, text: normalised, warnings: warnings)
    }

    /// The most bytes one report may hold: 8 MiB, some eighty times the longest news article.
    /// Extraction is linear, but a report holds its text many times over as words, sentences and
    /// pages; a file this large is a dump or the wrong file, and is refused before it is read.
    public static let maximumBytes = 8 << 20

    static func checkSize(_ size: Int, path: String) throws(Diagnostic) {
        guard size > maximumBytes else { return }
        func mebibytes(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / Double(1 << 20)) }
        throw .error(SourceLocation(file: path),
                     "file is \(mebibytes(size)); a report may hold at most \(maximumBytes >> 20) MiB (a long news article is under 100 KiB): check that it is the right file, or split it",
                     step: .ingest)
    }

    /// CRLF and lone CR become LF; other C0 controls except tab become spaces.
    /// On bytes (the text is well-formed UTF-8 by now): U+2028 and U+2029 are E2 80 A8/A9.
    static func normaliseLineEndings(_ text: String) -> (String, Int) {
        // Most reports have nothing to change: one scan, and the text as it is.
        if text.utf8.withContiguousStorageIfAvailable(Self.hasNothingToNormalise) == true { return (text, 0) }
        return normaliseLineEndingsByBytes(text)
    }

    /// `normaliseLineEndings` byte by byte.
    static func normaliseLineEndingsByBytes(_ text: String) -> (String, Int) {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var replaced = 0
        var previousWasCR = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x0D:
                out.append(0x0A)
                previousWasCR = true
                continue
            case 0x0A:
                if !previousWasCR { out.append(0x0A) }
            case 0x09:
                out.append(0x20)
            case 0x00..<0x20, 0x7F:
                out.append(0x20)
                replaced += 1
            case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && (bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9):
                out.append(0x20)
                replaced += 1
                index += 2
            default:
                out.append(byte)
            }
            previousWasCR = false
        }
        return (String(decoding: out, as: UTF8.self), replaced)
    }

    /// No byte `normaliseLineEndings` would change: no C0 control but line feed, no DEL, no
    /// U+2028 or U+2029 (E2 80 A8/A9).
    static func hasNothingToNormalise(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if (byte < 0x20 && byte != 0x0A) || byte == 0x7F { return false }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                return false
            }
            index += 1
        }
        return true
    }

    /// Index of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                let lo: UInt8 = k == 1 ? lower : 0x80
                let hi: UInt8 = k == 1 ? upper : 0xBF
                if c < lo || c > hi { return i }
            }
            i += length
        }
        return nil
    }

    static func lineAndColumn(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        // Column in characters: count UTF-8 lead bytes before the offending byte.
        let column = bytes[lineStart..<offset].reduce(1) { ($1 & 0xC0) == 0x80 ? $0 : $0 + 1 }
        return (line, column)
    }
}
