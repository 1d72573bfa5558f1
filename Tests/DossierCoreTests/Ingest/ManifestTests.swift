import Testing
@testable import DossierCore

@Suite struct ManifestTests {
    func errors(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try Manifest.parse(yaml, path: "seeds/dossier.yaml")
            return []
        } catch {
            return error.diagnostics.errors
        }
    }

    @Test func theSeedManifestNamesTheDossierAndEverySource() throws {
        let text = try SourceText.decode(Array(try String(contentsOfFile: Fixtures.seeds + "/dossier.yaml", encoding: .utf8).utf8), path: "dossier.yaml")
        let manifest = try Manifest.parse(text.text, path: "dossier.yaml")
        #expect(manifest.title == "Geneva II briefing")
        #expect(manifest.date == CivilDate(year: 2014, month: 2, day: 10))
        #expect(manifest.sources.map(\.file) == Fixtures.seedFiles)
        #expect(manifest.sources.map(\.outlet) == ["U.S. News & World Report", "Al Arabiya English", "The Week"])
        #expect(manifest.sources.allSatisfy { $0.published == CivilDate(iso: "2014-02-10") })
    }

    @Test func unknownKeysAreReportedAtTheirLineAndColumn() {
        let found = errors("title: T\nsources:\n  - file: a.txt\n    outlet: A\n    outet: typo\n")
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(file: "seeds/dossier.yaml", line: 5, column: 5))
        #expect(found.first?.message.contains("unknown source key `outet`") == true)
    }

    @Test func wrongTypesAndMissingKeysAreErrors() {
        #expect(errors("title: [a, b]\n").first?.message.contains("`title` must be text") == true)
        #expect(errors("date: 2014-02-10\n").first?.message.contains("missing required key `title`") == true)
        #expect(errors("title: T\ndate: 10/02/2014\n").first?.location.line == 2)
        #expect(errors("title: T\nsources: yes\n").first?.message.contains("must be a list") == true)
        #expect(errors("title: T\nsources:\n  - just-a-name.txt\n").first?.location.line == 3)
    }

    @Test func slugsMustBeSafeSinglePathComponents() {
        for bad in ["../etc", "a/b", "UPPER", "-lead", "dots.here", ""] {
            let yaml = "title: T\nsources:\n  - file: a.txt\n    outlet: A\n    slug: \"\(bad)\"\n"
            #expect(!errors(yaml).isEmpty, "slug \(bad) must be refused")
        }
    }

    @Test func duplicatesAndPathsAreRefused() {
        let duplicate = "title: T\nsources:\n  - file: a.txt\n    outlet: A\n    slug: s\n  - file: b.txt\n    outlet: B\n    slug: s\n"
        #expect(errors(duplicate).first?.message.contains("duplicate slug `s`") == true)
        let twice = "title: T\nsources:\n  - file: a.txt\n    outlet: A\n  - file: a.txt\n    outlet: B\n"
        #expect(errors(twice).first?.message.contains("listed twice") == true)
        #expect(!errors("title: T\nsources:\n  - file: ../a.txt\n    outlet: A\n").isEmpty)
    }

    @Test func urlsMustBeWebAddresses() {
        #expect(!errors("title: T\nsources:\n  - file: a.txt\n    outlet: A\n    url: \"javascript:alert(1)\"\n").isEmpty)
        #expect(errors("title: T\nsources:\n  - file: a.txt\n    outlet: A\n    url: https://example.org/a\n").isEmpty)
    }

    @Test func yamlSyntaxErrorsCarryTheirPosition() {
        let found = errors("title: T\nsources:\n  - file: a.txt\n   outlet: [\n")
        #expect(found.count == 1)
        #expect((found.first?.location.line ?? 0) >= 4)
    }
}
