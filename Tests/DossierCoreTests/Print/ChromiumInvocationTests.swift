import Foundation
import Testing
@testable import DossierCore

@Suite struct ChromiumInvocationTests {
    @Test func theCommandLinePrintsOnePageHeadlessIntoAPrivateProfile() {
        let invocation = ChromiumInvocation(
            executable: "/usr/bin/chromium",
            page: URL(fileURLWithPath: "/tmp/print job/site/briefing.html"),
            pdf: "/tmp/print job/briefing.pdf",
            profile: "/tmp/print job/profile")
        #expect(invocation.arguments == [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--user-data-dir=/tmp/print job/profile",
            "--no-pdf-header-footer",
            "--generate-pdf-document-outline",
            "--print-to-pdf=/tmp/print job/briefing.pdf",
            "file:///tmp/print%20job/site/briefing.html",
        ])
    }
}
