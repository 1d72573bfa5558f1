/// A text as a quoted CSS string that is safe to insert raw into a `<style>` element.
///
/// The layout writes the dossier's title into an `@page` margin box (the printed page's
/// running footer), and `<style>` content is raw text: neither the template engine's HTML
/// escaping nor entities apply there. So every character that could end the string or the
/// element (`"`, `\`, `<`, `>`, `&`, line breaks, other controls) is written as a CSS
/// hexadecimal escape instead.
enum CSSString {
    static func quoted(_ text: some StringProtocol) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&":
                out += escape(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += escape(scalar)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `\hex ` — the trailing space ends the escape, so a following hex digit is not swallowed.
    private static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\" + String(scalar.value, radix: 16) + " "
    }
}
