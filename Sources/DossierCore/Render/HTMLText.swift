/// Escaping for the few strings Dossier writes into HTML itself (custom-node enter/exit text).
/// Everything else is escaped by cmark or by the template engine.
enum HTMLText {
    static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// True for tokens safe as an id or class without escaping (`[A-Za-z0-9_-]+`).
    static func isToken(_ text: some StringProtocol) -> Bool {
        isToken(bytes: text.utf8)
    }

    /// `isToken` of UTF-8 bytes.
    static func isToken(bytes: some Collection<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy(isTokenByte)
    }

    /// A byte `isToken` allows: an ASCII letter or digit, `-` or `_`.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        Character.isASCIILetterOrDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}
