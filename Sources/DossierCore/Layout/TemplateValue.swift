import Mustache

/// A text or number as a template sees it, rendering and transforming as the plain `String`
/// or `Int` would (`{{uppercased(outlet)}}`, `{{plusone(words)}}`).
///
/// Why a wrapper: Mustache renders a plain value through `String(describing:)`, after casts to
/// every protocol it knows, and a section on a plain text (`{{#index_href}}…{{/index_href}}`)
/// makes each name looked up inside it reflect that text with `Mirror` before looking further.
/// This type answers those casts directly: it renders itself, and it is a parent with no
/// children, so look-ups pass on to the page.
struct TemplateValue: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    private enum Base {
        case text(String)
        case number(Int)
    }

    private let base: Base

    init(_ text: String) { base = .text(text) }
    init(_ number: Int) { base = .number(number) }

    var renderText: String {
        switch base {
        case .text(let text): text
        case .number(let number): String(number)
        }
    }

    var isNull: Bool { false }

    func child(named: String) -> Any? { nil }

    func transform(_ name: String) -> Any? {
        switch base {
        case .text(let text): text.transform(name)
        case .number(let number): number.transform(name)
        }
    }
}
