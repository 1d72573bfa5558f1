import Foundation

/// The command line that makes headless Chromium print one page to a PDF file.
///
/// Chromium's `--print-to-pdf` honours the stylesheet's `@page` rules, margin boxes included
/// (the running footer with page numbers), so no DevTools session is needed.
public struct ChromiumInvocation: Sendable, Equatable {
    /// The browser binary (see `ChromiumLocator`).
    public var executable: String
    /// The page to print, as a `file://` URL.
    public var page: URL
    /// Where Chromium writes the PDF.
    public var pdf: String
    /// A fresh profile folder: keeps the run from touching (or waiting on the lock of) the
    /// user's own browser profile, and is deleted afterwards.
    public var profile: String

    public init(executable: String, page: URL, pdf: String, profile: String) {
        self.executable = executable
        self.page = page
        self.pdf = pdf
        self.profile = profile
    }

    /// Arguments after the executable. Why each one:
    /// - `--headless`: no window, no display needed;
    /// - `--no-sandbox`: Chromium refuses to start as root, and in many containers, with its
    ///   sandbox; the page printed is our own generated HTML without scripts;
    /// - `--disable-gpu`: software rendering, the same on every machine;
    /// - `--disable-background-networking`, `--no-first-run`: no update checks or first-run
    ///   work, so printing works offline and starts quickly;
    /// - `--no-pdf-header-footer`: Chromium's own date/URL header and footer would cover the
    ///   stylesheet's running footer;
    /// - `--generate-pdf-document-outline`: PDF bookmarks from the headings, for navigating the PDF.
    public var arguments: [String] {
        [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--user-data-dir=\(profile)",
            "--no-pdf-header-footer",
            "--generate-pdf-document-outline",
            "--print-to-pdf=\(pdf)",
            page.absoluteString,
        ]
    }
}
