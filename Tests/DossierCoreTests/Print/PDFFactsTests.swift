import Testing
@testable import DossierCore

@Suite struct PDFFactsTests {
    /// A PDF's skeleton as Chromium (Skia) writes it: pages, an outline with its own /Count,
    /// and an inner page-tree node.
    static let threePages = """
        %PDF-1.4
        %\u{e2}\u{e3}\u{cf}\u{d3}
        1 0 obj
        <</Type /Catalog /Pages 20 0 R /Outlines 30 0 R>>
        endobj
        2 0 obj
        <</Type /Page /Parent 21 0 R /MediaBox [0 0 594.96 841.92]>>
        endobj
        30 0 obj
        <</Type /Outlines /Count 9>>
        endobj
        21 0 obj
        <</Type /Pages /Parent 20 0 R /Count 2 /Kids [2 0 R 3 0 R]>>
        endobj
        20 0 obj
        <</Type /Pages
        /Count 3
        /Kids [21 0 R 4 0 R]>>
        endobj
        %%EOF
        """

    @Test func countsThePagesOfThePageTreeRoot() {
        #expect(PDFFacts.inspect(Array(Self.threePages.utf8)) == PDFFacts(pageCount: 3))
    }

    @Test func anythingWithoutThePDFHeaderIsNotAPDF() {
        #expect(PDFFacts.inspect(Array("<html>%PDF-1.4</html>".utf8)) == nil)
        #expect(PDFFacts.inspect([]) == nil)
    }

    @Test func aCompressedPageTreeLeavesTheCountUnknown() {
        #expect(PDFFacts.inspect(Array("%PDF-1.7\n1 0 obj\n<</Type /ObjStm /N 12>>\nstream\n\u{1}\u{2}\nendstream\nendobj\n".utf8)) == PDFFacts(pageCount: nil))
    }
}
