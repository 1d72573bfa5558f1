import Foundation
import Testing
@testable import DossierCore

@Suite struct ChromiumLocatorTests {
    /// A fake file system: these paths are executable files, nothing else is.
    static func only(_ executables: Set<String>) -> (String) -> Bool {
        { executables.contains($0) }
    }

    @Test func theFirstNameFoundOnPathWins() throws {
        let environment = ["PATH": "/opt/bin:/usr/bin"]
        let found = try ChromiumLocator.locate(environment: environment, isExecutableFile: Self.only(["/usr/bin/chromium", "/opt/bin/google-chrome"]))
        #expect(found == "/usr/bin/chromium", "chromium is searched before google-chrome, whatever the PATH order")
        let chrome = try ChromiumLocator.locate(environment: environment, isExecutableFile: Self.only(["/usr/bin/google-chrome-stable"]))
        #expect(chrome == "/usr/bin/google-chrome-stable")
    }

    @Test func earlierPathEntriesWinForTheSameName() throws {
        let found = try ChromiumLocator.locate(environment: ["PATH": "/a::/b"], isExecutableFile: Self.only(["/a/chromium-browser", "/b/chromium-browser"]))
        #expect(found == "/a/chromium-browser")
    }

    @Test func theOverrideVariableIsUsedAsGiven() throws {
        let environment = ["PATH": "/usr/bin", "DOSSIER_CHROMIUM": "/home/me/chrome-linux/chrome"]
        let found = try ChromiumLocator.locate(environment: environment, isExecutableFile: Self.only(["/usr/bin/chromium", "/home/me/chrome-linux/chrome"]))
        #expect(found == "/home/me/chrome-linux/chrome")
        let byName = try ChromiumLocator.locate(environment: ["PATH": "/usr/bin", "DOSSIER_CHROMIUM": "brave"], isExecutableFile: Self.only(["/usr/bin/brave"]))
        #expect(byName == "/usr/bin/brave")
    }

    @Test func aBadOverrideIsAnErrorNotAFallback() {
        #expect(throws: PrintFailure.chromiumOverrideUnusable("/nowhere/chrome")) {
            try ChromiumLocator.locate(environment: ["PATH": "/usr/bin", "DOSSIER_CHROMIUM": "/nowhere/chrome"], isExecutableFile: Self.only(["/usr/bin/chromium"]))
        }
    }

    @Test func missingChromiumSaysWhatWasSearchedAndHowToInstallIt() {
        var failure: PrintFailure?
        do {
            _ = try ChromiumLocator.locate(environment: ["PATH": "/usr/bin"], isExecutableFile: Self.only([]))
        } catch {
            failure = error
        }
        #expect(failure == .chromiumNotFound(searched: ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]))
        let message = failure?.description ?? ""
        #expect(message.contains("apt-get install chromium"))
        #expect(message.contains("DOSSIER_CHROMIUM=/path/to/chromium"))
        #expect(message.contains("chromium, chromium-browser, google-chrome, google-chrome-stable"))
    }

    @Test func foldersAndPlainFilesAreNotExecutables() throws {
        let folder = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/chromium", withIntermediateDirectories: true)
        try #require(FileManager.default.createFile(atPath: folder + "/google-chrome", contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o644]))
        try #require(FileManager.default.createFile(atPath: folder + "/chromium-browser", contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755]))
        let found = try ChromiumLocator.locate(environment: ["PATH": folder])
        #expect(found == folder + "/chromium-browser", "a folder named chromium and a non-executable google-chrome are skipped")
    }
}
