import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `dossier pdf` needs beyond the build's folders.
public struct PrintOptions: Sendable {
    /// Where the PDF goes. Outside the site on purpose: the site folder is swapped whole on
    /// every build and checked against a fresh build, so a PDF in it would be deleted by the
    /// next `dossier build` and would make the committed site depend on an installed browser.
    public var pdf: String
    public var paper: PaperSize
    /// The dossier to print when the seeds hold several (its folder name in the site).
    public var dossier: String?
    /// How long Chromium may take before it is stopped.
    public var timeout: Duration

    public init(pdf: String = "briefing.pdf", paper: PaperSize = .a4, dossier: String? = nil, timeout: Duration = .seconds(120)) {
        self.pdf = pdf
        self.paper = paper
        self.dossier = dossier
        self.timeout = timeout
    }
}

/// What was printed, for the command's summary.
public struct PrintResult: Sendable {
    /// The briefing's path inside the site.
    public var page: String
    public var pdf: String
    public var paper: PaperSize
    /// Pages in the PDF, when the PDF states it readably (see `PDFFacts`).
    public var pageCount: Int?
    public var byteCount: Int
}

/// The print edition: the built briefing, printed by headless Chromium through the
/// stylesheet's print rules, on the paper asked for.
public enum PrintEdition {
    /// Refuses a PDF path inside a folder that a build replaces (the output) or reads (seeds,
    /// templates: a PDF there would be copied into the site). Checked before anything is built.
    public static func checkDestination(_ pdf: String, build: BuildOptions) throws(PrintFailure) {
        let target = SiteWriter.canonical(pdf)
        for (folder, option) in [(build.output, "--output"), (build.seeds, "--seeds"), (build.templates, "--templates")]
        where SiteWriter.contains(SiteWriter.canonical(folder), target) {
            throw .pdfInsideInput(pdf: pdf, folder: folder, option: option)
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: pdf, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .cannotWrite(path: pdf, reason: "it is a folder; give --pdf a file name")
        }
    }

    /// Prints the briefing of `build` (a finished build's files) with `chromium` into `options.pdf`.
    /// The PDF appears complete or not at all: it is checked, then renamed into place.
    public static func print(_ build: BuildResult, with chromium: String, options: PrintOptions) async throws(PrintFailure) -> PrintResult {
        let page = try PrintCopy.briefingPage(among: build.files.map(\.path), dossier: options.dossier)
        let work = try makeWorkFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }

        let copy = (work as NSString).appendingPathComponent("site")
        for file in build.files where PrintCopy.isNeeded(file.path, forBriefing: page) {
            var bytes = file.bytes
            if file.path == page {
                bytes = Array(try PrintCopy.withPaperSize(String(decoding: bytes, as: UTF8.self), paper: options.paper, page: page).utf8)
            }
            try write(bytes, to: (copy as NSString).appendingPathComponent(file.path))
        }

        let printed = (work as NSString).appendingPathComponent("briefing.pdf")
        let invocation = ChromiumInvocation(
            executable: chromium,
            page: URL(fileURLWithPath: (copy as NSString).appendingPathComponent(page)),
            pdf: printed,
            profile: (work as NSString).appendingPathComponent("profile"))
        let log = (work as NSString).appendingPathComponent("chromium.log")
        let status = try await run(invocation, log: log, timeout: options.timeout)

        guard let data = FileManager.default.contents(atPath: printed) else {
            throw .noPDFWritten(status: status, log: logTail(log))
        }
        let bytes = [UInt8](data)
        guard let facts = PDFFacts.inspect(bytes) else { throw .notAPDF(log: logTail(log)) }
        try install(bytes, at: options.pdf)
        return PrintResult(page: page, pdf: options.pdf, paper: options.paper, pageCount: facts.pageCount, byteCount: bytes.count)
    }

    /// A private folder for the print copy, Chromium's profile and its log.
    static func makeWorkFolder() throws(PrintFailure) -> String {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("dossier-print-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else {
            throw .cannotWrite(path: NSTemporaryDirectory(), reason: String(cString: strerror(errno)))
        }
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func write(_ bytes: [UInt8], to path: String) throws(PrintFailure) {
        do {
            try FileManager.default.createDirectory(atPath: PathName.folder(of: path), withIntermediateDirectories: true)
            _ = try bytes.withUnsafeBufferPointer { try SiteWriter.writeFile($0, to: path) }
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    /// Runs Chromium, its output into `log`; stops it (TERM, then KILL) after `timeout`.
    static func run(_ invocation: ChromiumInvocation, log: String, timeout: Duration) async throws(PrintFailure) -> Int32 {
        guard FileManager.default.createFile(atPath: log, contents: nil), let logHandle = FileHandle(forWritingAtPath: log) else {
            throw .cannotWrite(path: log, reason: "cannot create Chromium's log")
        }
        defer { try? logHandle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: invocation.executable)
        process.arguments = invocation.arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = logHandle
        process.standardError = logHandle
        do {
            try process.run()
        } catch {
            let cause = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? Error) ?? error
            throw .chromiumDidNotStart(path: invocation.executable, reason: cause.localizedDescription)
        }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while process.isRunning && clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
        if process.isRunning {
            process.terminate()
            let grace = clock.now + .seconds(5)
            while process.isRunning && clock.now < grace {
                try? await Task.sleep(for: .milliseconds(50))
            }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            throw .chromiumTimedOut(seconds: Int(timeout.components.seconds), log: logTail(log))
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The last lines Chromium printed, without its complaints about D-Bus (which a headless
    /// browser tries to reach and does not need), so a failure shows the line that matters.
    static func logTail(_ log: String, lines: Int = 12) -> String {
        guard let data = FileManager.default.contents(atPath: log) else { return "" }
        let kept = String(decoding: data, as: UTF8.self)
            .split(separator: "\n")
            .filter { !$0.contains("dbus") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return kept.suffix(lines).map { "  " + $0 }.joined(separator: "\n")
    }

    /// Puts the PDF at `path` in one rename, so a reader never sees half a file and a failed
    /// run leaves the previous PDF as it was.
    static func install(_ bytes: [UInt8], at path: String) throws(PrintFailure) {
        let folder = PathName.folder(of: path)
        let staging = (folder as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).dossier-tmp-\(getpid())")
        try write(bytes, to: staging)
        guard rename(staging, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: staging)
            throw .cannotWrite(path: path, reason: reason)
        }
    }
}
