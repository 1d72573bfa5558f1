import Testing
@testable import DossierCore

/// Report text must come out of cmark exactly as it went in: no emphasis, links, lists,
/// headings, entities or HTML may arise from it.
@Suite struct MarkdownTextTests {
    /// Renders an escaped line as a paragraph and returns the text a reader would see.
    static func roundTrip(_ text: String) -> String {
        let document = CmarkDocument(parsing: MarkdownText.escape(text) + "\n")
        var html = document.renderHTML()
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>\n") else { return "<not one paragraph: \(html)>" }
        html = String(html.dropFirst(3).dropLast(5))
        return html.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    static let hostile = [
        "*emphasis* and _under_ and **strong**", "# not a heading", "1. not a list", "2014) not a list either",
        "- dash", "+ plus", "> quote", "<script>alert(1)</script>", "[x](javascript:alert(1))", "![img](x.png)",
        "&amp; stays &amp;", "&#169; too", "`code`", "a | pipe", "~~strike~~", "<!-- comment -->", "::: {.panel}",
        "\\ backslash \\*", "{{ template }} and {{{ raw }}}", "<https://example.org>", "=== setext", "***",
        "    four spaces", "line\nbreak", "trailing backslash \\", "1986. A year", "[ref]: https://x",
    ]

    @Test(arguments: hostile)
    func hostileTextRendersLiterally(_ text: String) {
        let expected = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(Self.roundTrip(text) == expected)
    }

    /// Property: random lines over an alphabet rich in Markdown syntax round-trip exactly.
    @Test func randomTextRoundTrips() {
        var generator = SplitMix64(seed: 0x5EED)
        let alphabet = Array("ab XY19 \\`*_[]()<>#!&|~{}:;.,-+=\"'/é“”—\u{00A0}?%$@^\n\t")
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 40) + 1
            let text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            // Inner runs of spaces collapse; leading and trailing whitespace (no-break too) is dropped.
            let expected = String(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ").trimmingSpaces)
            guard !expected.isEmpty else { continue }
            let actual = Self.roundTrip(text)
            #expect(actual == expected, "escape round trip failed for \(text.debugDescription)")
            if actual != expected { return }
        }
    }
}

/// A small seeded generator, so a failing random case reproduces on every machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
