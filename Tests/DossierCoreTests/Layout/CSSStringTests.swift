import Testing
@testable import DossierCore

@Suite struct CSSStringTests {
    @Test func plainTitlesStayReadable() {
        #expect(CSSString.quoted("Geneva II briefing") == #""Geneva II briefing""#)
        #expect(CSSString.quoted("Genève · 2014") == #""Genève · 2014""#)
    }

    @Test func charactersThatCouldEndTheStringOrTheStyleElementAreEscaped() {
        #expect(CSSString.quoted(#"Say "no" \ 1"#) == #""Say \22 no\22  \5c  1""#)
        #expect(CSSString.quoted("</style><script>x</script>") == #""\3c /style\3e \3c script\3e x\3c /script\3e ""#)
        #expect(CSSString.quoted("A & B\nC") == #""A \26  B\a C""#)
    }

    @Test func theEscapedStringNeverContainsMarkup() {
        for title in ["</STYLE>", "a<b", "x\u{0}y", "&lt;", "\"\\\""] {
            let quoted = CSSString.quoted(title).dropFirst().dropLast()
            #expect(!quoted.contains("<") && !quoted.contains(">") && !quoted.contains("\"") && !quoted.contains("&"), "\(title)")
        }
    }
}
