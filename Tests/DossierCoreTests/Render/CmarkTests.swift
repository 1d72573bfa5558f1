import Testing
@testable import DossierCore

@Suite struct CmarkTests {
    /// The byte check of a link's destination answers as `String.hasPrefix` does, including
    /// destinations whose next scalar joins the prefix's last Character.
    @Test func urlPrefixReadOnBytesAgreesWithTheString() {
        let destinations = ["anchor:q-1", "anchor:", "anchor", "anc", "", "Anchor:x", "anchor:\u{301}x", "anchor:é", "anchor:\u{200D}",
                            "chart:0..10", "https://example.org/anchor:x", "anchor:%20"]
        let markdown = destinations.map { "[link](<\($0)>) ![image](<\($0)>)" }.joined(separator: "\n\n")
        let document = CmarkDocument(parsing: markdown)
        let nodes = document.node.descendants(ofKind: .link, through: { !$0.isLeaf }) { _ in true }
            + document.node.descendants(ofKind: .image, through: { !$0.isLeaf }) { _ in true }
        #expect(nodes.count == 2 * destinations.count)
        for node in nodes {
            for prefix in ["anchor:", "chart:", "a", ""] {
                #expect(node.urlHasPrefix(prefix) == (node.url?.hasPrefix(prefix) ?? false), "\(node.url ?? "nil") \(prefix)")
            }
        }
        #expect(nodes.filter { $0.urlHasPrefix("anchor:") }.count == 2 * 4)
    }

    /// The text a reader sees: literals of text and code, a space for each break, walked
    /// in document order; the same as joining each child's plain text.
    @Test func plainTextJoinsTheLiteralsInOrder() {
        func joined(_ node: CmarkNode) -> String {
            switch node.kind {
            case .text, .code: node.literal ?? ""
            case .softBreak, .lineBreak: " "
            default: node.children.map(joined).joined()
            }
        }
        let markdown = "# Talks *in* `Geneva`, [day **two**](x)\n\nA line\nand the next  \nthen ![alt *text*](i.png) <b>raw</b> é\n\n> quoted\n"
        let document = CmarkDocument(parsing: markdown)
        #expect(document.node.children.first?.plainText == "Talks in Geneva, day two")
        #expect(document.node.children[1].plainText == "A line and the next then alt text raw é")
        for node in [document.node] + document.node.children {
            #expect(node.plainText == joined(node))
        }
    }
}
