/// The one YAML form Dossier writes front matter in: `key: value` lines, values either plain
/// tokens or double-quoted scalars. Writing and reading exactly this form needs no YAML
/// library; any other form is left to Yams.
enum FrontMatterText {
    /// A YAML double-quoted scalar for `text`: `\` and `"` escaped, and every character YAML
    /// does not allow printed as-is (C0 and C1 controls, DEL, line and paragraph separators,
    /// the noncharacters U+FFFE and U+FFFF) written as `\uXXXX`. U+FEFF is left out: libyaml
    /// drops it even when escaped, so no reader would agree on it, and it is invisible.
    static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x5C: out += "\\\\"
            case 0x22: out += "\\\""
            case 0xFEFF:
                continue
            case 0x00..<0x20, 0x7F, 0x80...0x9F, 0x2028, 0x2029, 0xFFFE, 0xFFFF:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The fields of front matter written in the canonical form, with their lines (the file's
    /// line 1 is the opening `---`); nil when the text is in any other form, or repeats a key.
    /// Read on bytes (every page's front matter passes here): the form's syntax is ASCII, and
    /// the bytes of any other character are copied as they are.
    static func canonicalFields(_ yaml: String) -> [(key: String?, value: String?, line: Int?, column: Int?)]? {
        var fields: [(key: String?, value: String?, line: Int?, column: Int?)] = []
        var seen: Set<String> = []
        let bytes = Array(yaml.utf8)
        var line = 1
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            defer { start = end + 1 }
            line += 1
            let row = bytes[start..<end]
            if row.isEmpty { continue }
            guard let colon = row.firstIndex(of: UInt8(ascii: ":")), colon + 1 < end, bytes[colon + 1] == UInt8(ascii: " ") else { return nil }
            let key = row[..<colon]
            guard !key.isEmpty, key.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F }) else { return nil }
            let name = String(decoding: key, as: UTF8.self)
            guard seen.insert(name).inserted else { return nil }
            let raw = bytes[(colon + 2)..<end]
            let value: String
            if raw.first == UInt8(ascii: "\"") {
                guard let text = unquoted(raw) else { return nil }
                value = text
            } else {
                // Plain scalars only as this tool writes them: dates, numbers, slugs, kinds.
                guard !raw.isEmpty, raw.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) else { return nil }
                value = String(decoding: raw, as: UTF8.self)
            }
            fields.append((name, value, line, 1))
        }
        return fields
    }

    /// The text of a double-quoted scalar (its UTF-8 bytes, quotes included) using only the
    /// escapes `quoted` writes; nil otherwise. `"` and `\` never occur inside a multi-byte
    /// character, so every other byte is copied as it is.
    static func unquoted(_ raw: ArraySlice<UInt8>) -> String? {
        guard raw.count >= 2, raw.first == UInt8(ascii: "\""), raw.last == UInt8(ascii: "\"") else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = raw.startIndex + 1
        let end = raw.endIndex - 1
        while index < end {
            let byte = raw[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return nil // an unescaped quote inside: not a single scalar
            case UInt8(ascii: "\\"):
                guard index < end else { return nil }
                let escape = raw[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\\"), UInt8(ascii: "\""):
                    out.append(escape)
                case UInt8(ascii: "u"):
                    guard end - index >= 4, let value = UInt32(String(decoding: raw[index..<(index + 4)], as: UTF8.self), radix: 16),
                          let decoded = Unicode.Scalar(value) else { return nil }
                    out += Array(String(decoded).utf8)
                    index += 4
                default:
                    return nil
                }
            default:
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
