import Mustache

/// How templates escape values (`{{name}}`): `<`, `>`, `&`, `"` and `'`, the characters
/// swift-mustache's HTML content type replaces, with the same entities, but on UTF-8 bytes.
/// The library compares Characters, and a quote followed by a combining mark (`"` + U+0301)
/// is a Character of its own that it leaves raw, which ends an attribute value early. Bytes
/// are also faster: most values hold none of the five and are returned as they are.
struct HTMLEscaping: MustacheContentType {
    /// The name `PageLayout` registers this type under and selects in every template.
    static let name = "DOSSIER_HTML"

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: Self.needsEscaping) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }
}
