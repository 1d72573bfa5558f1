import Foundation
import Mustache

/// The layout step: places a rendered page into its Mustache template. Templates escape
/// every value by default (`HTMLEscaping`); only the cmark-rendered body is inserted raw
/// (`{{{body}}}`).
public struct PageLayout: Sendable {
    let library: MustacheLibrary
    /// Files other than templates (stylesheets, icons), copied into the site as they are.
    public let assets: [(path: String, bytes: [UInt8])]
    let directory: String

    /// Templates every site needs; `archive` is needed only for a site of several dossiers.
    public static let requiredTemplates = ["layout", "article", "briefing", "index"]

    /// Put before each template's text: a line of its own, which Mustache drops from the
    /// output, that makes `{{name}}` escape with `HTMLEscaping`. Every template needs it, as a
    /// partial starts again from the library's default type. Error lines are one less.
    static let selectingEscaping = "{{% CONTENT_TYPE: \(HTMLEscaping.name) }}\n"

    /// Loads every `*.mustache` file of `directory`, reporting a syntax error at its `file:line:column`.
    public static func load(from directory: String) throws(BuildFailure) -> PageLayout {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildFailure(.error(SourceLocation(file: directory), "templates folder not found", step: .layout))
        }
        let names: [String]
        do {
            names = try fileManager.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw BuildFailure(.error(SourceLocation(file: directory), "cannot list templates: \(error.localizedDescription)", step: .layout))
        }
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        var library = MustacheLibrary()
        var assets: [(String, [UInt8])] = []
        var diagnostics = Diagnostics()
        for name in names where !name.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
                  let data = fileManager.contents(atPath: path) else { continue }
            if name.hasSuffix(".mustache") {
                guard let text = String(validating: data, as: UTF8.self) else {
                    diagnostics.append(.error(SourceLocation(file: path), "template is not valid UTF-8", step: .layout))
                    continue
                }
                do {
                    library.register(try MustacheTemplate(string: selectingEscaping + text), named: String(name.dropLast(".mustache".count)))
                } catch let error as MustacheTemplate.ParserError {
                    diagnostics.append(.error(
                        SourceLocation(file: path, line: error.context.lineNumber - 1, column: error.context.columnNumber),
                        "template syntax error: \(describe(error.error))", step: .layout))
                } catch {
                    diagnostics.append(.error(SourceLocation(file: path), "template error: \(error)", step: .layout))
                }
            } else if !name.hasSuffix(".md") {
                assets.append((name, [UInt8](data)))
            }
        }
        for required in requiredTemplates where library.getTemplate(named: required) == nil && !diagnostics.hasErrors {
            diagnostics.append(.error(SourceLocation(file: (directory as NSString).appendingPathComponent("\(required).mustache")),
                                      "required template is missing", step: .layout))
        }
        if diagnostics.hasErrors { throw BuildFailure(diagnostics) }
        return PageLayout(library: library, assets: assets, directory: directory)
    }

    /// Renders `page`, which will be written at site path `path`, with the template for its kind.
    public func render(_ page: RenderedPage, at path: String, site: SiteContext) throws(BuildFailure) -> String {
        let name = page.frontMatter.kind.rawValue
        guard library.getTemplate(named: name) != nil else {
            throw BuildFailure(.error(SourceLocation(file: (directory as NSString).appendingPathComponent("\(name).mustache")),
                                      "template for \(name) pages is missing", step: .layout))
        }
        let values = PageValues(page, at: path, site: site)
        return library.render(values, withTemplate: name) ?? ""
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with the wrong name"
        case MustacheTemplate.Error.unfinishedName: "a tag is not closed (missing `}}`)"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is opened but never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid set-delimiter tag"
        default: "\(error)"
        }
    }
}
