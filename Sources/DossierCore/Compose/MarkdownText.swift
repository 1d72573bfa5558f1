/// Report text written into Markdown so that cmark renders it exactly as written: no
/// emphasis, links, headings, lists, entities or raw HTML can arise from a report.
public enum MarkdownText {
    /// ASCII punctuation that has inline meaning somewhere in CommonMark (or in Dossier's
    /// directives). CommonMark allows a backslash before any ASCII punctuation.
    static let inlineSpecials: Set<UInt8> = Set("\\`*_[]<>&|~#!".utf8)

    /// `inlineSpecials` as a table by byte: the escaper asks of every byte of every page.
    static let isInlineSpecial: [Bool] = (0...255).map { inlineSpecials.contains(UInt8($0)) }

    /// Characters that start a block construct when they open a line.
    static let lineStartSpecials: Set<UInt8> = Set("-+=:>".utf8)

    /// Escapes `text` as the content of one Markdown paragraph line (or heading, or table cell).
    /// Line breaks become spaces; leading and trailing whitespace is dropped because it would
    /// change the block's meaning (indented code, hard breaks).
    public static func escape(_ text: some StringProtocol) -> String {
        escapeInline(text.trimmingSpaces, atLineStart: true)
    }

    /// Escapes a piece of a line. `atLineStart` says whether the piece opens the line, where
    /// `-`, `+`, `=`, `:`, `>` and `1.` would start a block. Runs of spaces, tabs and line
    /// breaks become one space, as a browser would show them.
    public static func escapeInline(_ text: some StringProtocol, atLineStart: Bool) -> String {
        // Every report paragraph passes here: it is read where its bytes lie and written
        // straight into the new string's storage.
        text.utf8.withContiguousStorageIfAvailable { escapeInline(bytes: $0, atLineStart: atLineStart) }
            ?? Array(text.utf8).withUnsafeBufferPointer { escapeInline(bytes: $0, atLineStart: atLineStart) }
    }

    /// `escapeInline` on UTF-8 bytes. Only ASCII bytes are changed or escaped, so each
    /// multi-byte character is copied whole and the result is valid UTF-8.
    static func escapeInline(bytes: UnsafeBufferPointer<UInt8>, atLineStart: Bool) -> String {
        // The tables once, outside the loop: a static's every read checks that it is set up.
        let isInlineSpecial = Self.isInlineSpecial, lineStartSpecials = Self.lineStartSpecials
        // At most a backslash before every byte.
        return String(unsafeUninitializedCapacity: 2 * bytes.count + 1) { out in
            var count = 0
            var lineStart = atLineStart
            var digitsAtStart = 0
            for var byte in bytes {
                if byte == 0x0A || byte == 0x0D || byte == 0x09 { byte = 0x20 }
                if byte == 0x20, count > 0, out[count - 1] == 0x20 { continue }
                if isInlineSpecial[Int(byte)]
                    || (lineStart && lineStartSpecials.contains(byte))
                    // "1." or "1)" opening a line would start an ordered list.
                    || (digitsAtStart > 0 && (byte == 0x2E || byte == 0x29)) {
                    out[count] = 0x5C
                    count += 1
                }
                if lineStart && byte >= 0x30 && byte <= 0x39 {
                    digitsAtStart = 1
                } else if digitsAtStart > 0 && byte >= 0x30 && byte <= 0x39 {
                    digitsAtStart += 1
                } else {
                    digitsAtStart = 0
                }
                lineStart = false
                out[count] = byte
                count += 1
            }
            return count
        }
    }

    /// Text of a link destination we generate ourselves (relative page paths and anchors):
    /// spaces and parentheses percent-encoded so the destination stays one token.
    public static func destination(_ url: String) -> String {
        // Our own paths rarely hold any of these: most are returned as they are.
        guard url.utf8.contains(where: { $0 == 0x20 || $0 == 0x28 || $0 == 0x29 || $0 == 0x3C || $0 == 0x3E }) else { return url }
        var out = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `[text](url)` with the text escaped.
    public static func link(_ text: some StringProtocol, to url: String) -> String {
        "[\(escape(text))](\(destination(url)))"
    }
}
