import Testing
@testable import DossierCore

@Suite struct PrintCopyTests {
    static let singleSite = ["articles/us-news.html", "briefing.html", "index.html", "markdown/briefing.md", "style.css"]
    static let archiveSite = ["geneva/articles/briefing.html", "geneva/briefing.html", "geneva/index.html",
                              "homs/briefing.html", "homs/index.html", "index.html", "markdown/geneva/briefing.md", "style.css"]

    @Test func aSiteOfOneDossierPrintsItsBriefing() throws {
        #expect(try PrintCopy.briefingPage(among: Self.singleSite, dossier: nil) == "briefing.html")
        #expect(throws: PrintFailure.dossierOptionWithoutArchive("geneva")) {
            try PrintCopy.briefingPage(among: Self.singleSite, dossier: "geneva")
        }
    }

    @Test func anArchiveNeedsTheDossierNamed() throws {
        #expect(try PrintCopy.briefingPage(among: Self.archiveSite, dossier: "homs") == "homs/briefing.html")
        #expect(throws: PrintFailure.dossierNotChosen(available: ["geneva", "homs"])) {
            try PrintCopy.briefingPage(among: Self.archiveSite, dossier: nil)
        }
        #expect(throws: PrintFailure.unknownDossier("aleppo", available: ["geneva", "homs"])) {
            try PrintCopy.briefingPage(among: Self.archiveSite, dossier: "aleppo")
        }
        #expect(try PrintCopy.briefingPage(among: ["solo/briefing.html", "index.html"], dossier: nil) == "solo/briefing.html")
        #expect(throws: PrintFailure.noBriefing) { try PrintCopy.briefingPage(among: ["index.html"], dossier: nil) }
    }

    @Test func theCopyHoldsThePrintedDossierAndSharedAssetsOnly() {
        let needed = Self.archiveSite.filter { PrintCopy.isNeeded($0, forBriefing: "geneva/briefing.html") }
        #expect(needed == ["geneva/articles/briefing.html", "geneva/briefing.html", "geneva/index.html", "index.html", "style.css"])
        let single = Self.singleSite.filter { PrintCopy.isNeeded($0, forBriefing: "briefing.html") }
        #expect(single == ["articles/us-news.html", "briefing.html", "index.html", "style.css"])
    }

    @Test func thePaperRuleComesLastInTheHead() throws {
        let page = "<!DOCTYPE html>\n<html><head>\n<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body></body></html>"
        let letter = try PrintCopy.withPaperSize(page, paper: .letter, page: "briefing.html")
        #expect(letter == "<!DOCTYPE html>\n<html><head>\n<link rel=\"stylesheet\" href=\"style.css\">\n<style>@page { size: letter; }</style>\n</head>\n<body></body></html>")
        let a4 = try PrintCopy.withPaperSize("<html><HEAD><title>x</title></HEAD><body>", paper: .a4, page: "b.html")
        #expect(a4 == "<html><HEAD><title>x</title><style>@page { size: A4; }</style>\n</HEAD><body>")
    }

    @Test func aPageWithoutHeadEndGetsTheRuleBeforeItsBody() throws {
        let page = try PrintCopy.withPaperSize("<!DOCTYPE html><title>x</title><body><p>text</p>", paper: .a4, page: "b.html")
        #expect(page == "<!DOCTYPE html><title>x</title><style>@page { size: A4; }</style>\n<body><p>text</p>")
        #expect(throws: PrintFailure.unplaceablePaperRule(page: "b.html")) {
            try PrintCopy.withPaperSize("<p>no head, no body</p>", paper: .a4, page: "b.html")
        }
    }
}
