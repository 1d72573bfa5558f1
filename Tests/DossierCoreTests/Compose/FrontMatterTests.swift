import Testing
import Yams
@testable import DossierCore

/// Front matter is written and read without the YAML library on the common path; these
/// tests hold that path to what Yams reads from the same text.
@Suite struct FrontMatterTests {
    static let alphabet = Array("aZ 09\"\\'{}[]#:-&*!|>%@`\t\u{0}\u{7}\u{1B}\u{7F}\u{85}\u{2028}\u{FEFF}\u{FFFE}\u{FFFF}\u{301}\u{955}éß“”—😀\n\r")

    @Test func quotedTextReadsBackThroughYamsExactly() throws {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<1_000 {
            let text = String((0..<Int(generator.next() % 24)).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] })
            let yaml = "title: " + FrontMatterText.quoted(text) + "\n"
            let node = try Yams.compose(yaml: yaml)
            let written = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{FEFF}" }))
            #expect(node?["title"]?.string == written, "Yams reads \(yaml.debugDescription) differently")
            #expect(FrontMatterText.canonicalFields(yaml)?.first?.value == written)
        }
    }

    @Test func writtenFrontMatterReadsBackTheSameByBothPaths() throws {
        let front = FrontMatter(kind: .article, title: "A \"quoted\" \\ title: with # and —", slug: "a-title", dossier: "D’s dossier",
                                outlet: "U.S. News & World Report", date: CivilDate(iso: "2014-02-10"), source: "000_a.txt",
                                sourceURL: "https://example.org/a?b=c", words: 560, summary: "Line\nbreak and\ttab")
        let document = front.yaml() + "\nBody\n"
        let (parsed, body, offset) = try FrontMatter.split(document, path: "a.md")
        #expect(parsed == front)
        #expect(body == "\nBody\n" && offset == 12)
        let yaml = String(front.yaml().dropFirst(4).dropLast(4))
        let viaYams = try FrontMatter.validate(FrontMatter.yamsFields(yaml, path: "a.md"), path: "a.md")
        #expect(viaYams == front)
    }

    @Test func otherYAMLFormsStillWorkThroughYams() throws {
        let document = "---\n# a comment\nkind: index\ntitle: 'Single quoted'\nslug: home\nsummary: >-\n  folded\n  text\n---\n"
        #expect(FrontMatterText.canonicalFields("kind: index\ntitle: 'Single quoted'\n") == nil)
        let (front, _, _) = try FrontMatter.split(document, path: "i.md")
        #expect(front.title == "Single quoted" && front.summary == "folded text" && front.kind == .index)
    }

    @Test func problemsAreReportedAtTheirLineOnEitherPath() {
        for document in ["---\nkind: index\ntitle: \"T\"\nslug: home\nextra: \"x\"\n---\n", "---\nkind: index\ntitle: T\nslug: home\nextra: x # c\n---\n"] {
            #expect {
                try FrontMatter.split(document, path: "p.md")
            } throws: { error in
                "\(error)".contains("p.md:5:1: error: [render] unknown front matter key `extra`")
            }
        }
        #expect(FrontMatterText.canonicalFields("title: \"a\"\ntitle: \"b\"\n") == nil, "a repeated key is left to Yams, which refuses it")
        #expect(throws: BuildFailure.self) { try FrontMatter.split("---\ntitle: \"a\"\ntitle: \"b\"\nkind: index\nslug: s\n---\n", path: "p.md") }
    }
}
