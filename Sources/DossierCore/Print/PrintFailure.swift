/// Why `dossier pdf` could not print the briefing. Each message says what to do next.
public enum PrintFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// No Chromium or Chrome among the names searched on PATH, and no `DOSSIER_CHROMIUM`.
    case chromiumNotFound(searched: [String])
    /// `DOSSIER_CHROMIUM` is set but names nothing that can be run.
    case chromiumOverrideUnusable(String)
    /// The PDF would land where a build replaces or copies files.
    case pdfInsideInput(pdf: String, folder: String, option: String)
    /// The built site has no briefing page to print.
    case noBriefing
    /// The site holds several dossiers and `--dossier` did not say which one to print.
    case dossierNotChosen(available: [String])
    /// `--dossier` names a dossier the site does not hold.
    case unknownDossier(String, available: [String])
    /// `--dossier` was given for a site of one dossier, where there is nothing to choose.
    case dossierOptionWithoutArchive(String)
    /// The briefing page has neither `</head>` nor `<body`, so the paper size has nowhere to go.
    case unplaceablePaperRule(page: String)
    /// The browser binary could not be started.
    case chromiumDidNotStart(path: String, reason: String)
    /// Chromium ran longer than allowed and was stopped.
    case chromiumTimedOut(seconds: Int, log: String)
    /// Chromium exited but left no PDF (it exits 0 even when it cannot write the file).
    case noPDFWritten(status: Int32, log: String)
    /// Chromium left a file that is not a PDF.
    case notAPDF(log: String)
    /// A file or folder could not be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .chromiumNotFound(let searched):
            return """
                headless Chromium is needed to print the briefing, and none was found \
                (looked for \(searched.joined(separator: ", ")) on PATH, and \(ChromiumLocator.overrideVariable) is not set).
                Install it: on Debian or Ubuntu `sudo apt-get install chromium` (as root: `apt-get install chromium`); \
                elsewhere install Chromium or Google Chrome, or run with \(ChromiumLocator.overrideVariable)=/path/to/chromium.
                """
        case .chromiumOverrideUnusable(let value):
            return "\(ChromiumLocator.overrideVariable)=\(value) is not an executable file (nor a program on PATH); point it at a Chromium or Chrome binary, or unset it to search PATH"
        case .pdfInsideInput(let pdf, let folder, let option):
            let why = option == "--output" ? "which every build replaces whole" : "which a build reads (and copies from)"
            return "--pdf \(pdf) is inside \(option) \(folder), \(why); write the PDF somewhere else (the default is briefing.pdf in the current folder)"
        case .noBriefing:
            return "the built site has no briefing page to print"
        case .dossierNotChosen(let available):
            return "the site holds \(available.count) dossiers; choose the one to print with --dossier (one of: \(available.joined(separator: ", ")))"
        case .unknownDossier(let slug, let available):
            return "there is no dossier `\(slug)` in the site; --dossier takes one of: \(available.joined(separator: ", "))"
        case .dossierOptionWithoutArchive(let slug):
            return "--dossier \(slug) chooses among several dossiers, but the seeds hold one; leave --dossier out"
        case .unplaceablePaperRule(let page):
            return "\(page) has no </head> or <body>, so the paper size cannot be set; check templates/layout.mustache"
        case .chromiumDidNotStart(let path, let reason):
            return "cannot start \(path): \(reason)"
        case .chromiumTimedOut(let seconds, let log):
            return "Chromium did not finish printing within \(seconds) s and was stopped" + Self.logSuffix(log)
        case .noPDFWritten(let status, let log):
            return "Chromium exited with status \(status) without writing a PDF" + Self.logSuffix(log)
        case .notAPDF(let log):
            return "Chromium wrote a file that is not a PDF (no %PDF- header)" + Self.logSuffix(log)
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }

    /// Chromium's own last words, which usually name the cause.
    private static func logSuffix(_ log: String) -> String {
        log.isEmpty ? "" : "; Chromium's last messages:\n" + log
    }
}
