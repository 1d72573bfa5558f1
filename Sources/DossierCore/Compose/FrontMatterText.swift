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
    static func canonicalFields(_ yaml: String) -> [(key: String?, value: String?, line: Int?, column: Int?)]? {
        var fields: [(key: String?, value: String?, line: Int?, column: Int?)] = []
        var seen: Set<String> = []
        var line = 1
        for row in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            if row.isEmpty { continue }
            guard let colon = row.firstIndex(of: ":"), row[row.index(after: colon)...].hasPrefix(" ") else { return nil }
            let key = row[..<colon]
            guard !key.isEmpty, key.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F }), seen.insert(String(key)).inserted else { return nil }
            let raw = row[row.index(colon, offsetBy: 2)...]
            let value: String
            // Scalars, not characters: a value starting with a combining mark makes one
            // character of it and the opening quote.
            if raw.unicodeScalars.first == "\"" {
                guard let text = unquoted(raw) else { return nil }
                value = text
            } else {
                // Plain scalars only as this tool writes them: dates, numbers, slugs, kinds.
                guard !raw.isEmpty, raw.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) else { return nil }
                value = String(raw)
            }
            fields.append((String(key), value, line, 1))
        }
        return fields
    }

    /// The text of a double-quoted scalar using only the escapes `quoted` writes; nil otherwise.
    static func unquoted(_ raw: Substring) -> String? {
        guard raw.unicodeScalars.count >= 2, raw.unicodeScalars.first == "\"", raw.unicodeScalars.last == "\"" else { return nil }
        var out = String.UnicodeScalarView()
        var scalars = raw.unicodeScalars.dropFirst().dropLast()[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            switch scalar {
            case "\"":
                return nil // an unescaped quote inside: not a single scalar
            case "\\":
                guard let escape = scalars.first else { return nil }
                scalars = scalars.dropFirst()
                switch escape {
                case "\\": out.append("\\")
                case "\"": out.append("\"")
                case "u":
                    guard scalars.count >= 4, let value = UInt32(String(String.UnicodeScalarView(scalars.prefix(4))), radix: 16),
                          let decoded = Unicode.Scalar(value) else { return nil }
                    out.append(decoded)
                    scalars = scalars.dropFirst(4)
                default:
                    return nil
                }
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
