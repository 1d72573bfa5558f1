import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Every call into libcmark lives in this file. C types stay private; Swift code sees
// `CmarkDocument` and `CmarkNode`, and the C tree is freed exactly once, by the document.

/// A parsed CommonMark document. Owns its node tree and frees it on deinit.
final class CmarkDocument {
    fileprivate let root: OpaquePointer

    /// Parses with cmark's defaults: no smart punctuation, raw HTML kept in the tree but
    /// suppressed when rendering (safe mode), so report text can never become markup.
    /// Reads the text's bytes where they are when they are contiguous (a page body is a slice
    /// of its intermediate), copying only when they are not.
    init(parsing markdown: some StringProtocol) {
        func parse(_ buffer: UnsafeBufferPointer<UInt8>) -> OpaquePointer {
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        if let parsed = markdown.utf8.withContiguousStorageIfAvailable(parse) {
            root = parsed
        } else {
            var copy = String(markdown)
            root = copy.withUTF8(parse)
        }
    }

    deinit {
        cmark_node_free(root)
    }

    var node: CmarkNode { CmarkNode(root, owner: self) }

    /// HTML in cmark's safe mode: raw HTML is replaced by a comment, `javascript:` and similar
    /// links are emptied. Custom nodes' enter/exit text is written as given.
    func renderHTML() -> String {
        guard let html = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// The version of the linked library, e.g. "0.30.2".
    static var libraryVersion: String { String(cString: cmark_version_string()) }
}

/// A node of a `CmarkDocument`'s tree. Keeps its document alive while it is used.
struct CmarkNode {
    enum Kind: Equatable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, customInline, emph, strong, link, image
        case none

        /// Kinds that can hold blocks (a heading, a table, a fenced div): the walks for
        /// those never descend into a paragraph's inline content.
        var holdsBlocks: Bool {
            switch self {
            case .document, .blockQuote, .list, .item, .customBlock: true
            default: false
            }
        }

        /// Kinds with nothing below them to look at: text and code, raw HTML, breaks.
        var isLeaf: Bool {
            switch self {
            case .text, .code, .codeBlock, .htmlBlock, .htmlInline, .softBreak, .lineBreak, .thematicBreak: true
            default: false
            }
        }
    }

    fileprivate let pointer: OpaquePointer
    private let owner: CmarkDocument

    fileprivate init(_ pointer: OpaquePointer, owner: CmarkDocument) {
        self.pointer = pointer
        self.owner = owner
    }

    private func wrap(_ pointer: OpaquePointer?) -> CmarkNode? {
        pointer.map { CmarkNode($0, owner: owner) }
    }

    // MARK: Reading

    var kind: Kind { Self.kind(of: pointer) }

    private static func kind(of pointer: OpaquePointer) -> Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: .customBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: .customInline
        case CMARK_NODE_EMPH: .emph
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: .none
        }
    }

    var firstChild: CmarkNode? { wrap(cmark_node_first_child(pointer)) }
    var next: CmarkNode? { wrap(cmark_node_next(pointer)) }
    var parent: CmarkNode? { wrap(cmark_node_parent(pointer)) }

    /// Calls `body` on each child in order. `body` may replace, move or remove the child it is
    /// given: the next one is read before the call. (No array per node, unlike `children`.)
    func forEachChild(_ body: (CmarkNode) -> Void) {
        var next = firstChild
        while let child = next {
            next = child.next
            body(child)
        }
    }

    /// The nodes of `kind` below this one for which `matches` holds, in document order,
    /// looking inside the nodes whose kind `descend` accepts, and never inside a match.
    ///
    /// The walk runs on cmark's own pointers and wraps only the nodes of `kind`: a page has
    /// thousands of text nodes and a few dozen links or headings, and a wrapper per node
    /// (with its reference to the document) cost more than cmark's parse. The directives
    /// collect first and change the tree afterwards, so a match may be replaced or moved; a
    /// match never lies inside another, so none is freed with an earlier one.
    func descendants(ofKind kind: Kind, through descend: (Kind) -> Bool, where matches: (CmarkNode) -> Bool) -> [CmarkNode] {
        var found: [CmarkNode] = []
        func visit(_ parent: OpaquePointer) {
            var next = cmark_node_first_child(parent)
            while let node = next {
                let nodeKind = Self.kind(of: node)
                if nodeKind == kind, case let candidate = CmarkNode(node, owner: owner), matches(candidate) {
                    found.append(candidate)
                } else if descend(nodeKind) {
                    visit(node)
                }
                next = cmark_node_next(node)
            }
        }
        visit(pointer)
        return found
    }

    /// The children at this moment (safe to mutate the tree while walking the result).
    var children: [CmarkNode] {
        var result: [CmarkNode] = []
        var child = firstChild
        while let current = child {
            result.append(current)
            child = current.next
        }
        return result
    }

    var literal: String? { cmark_node_get_literal(pointer).map { String(cString: $0) } }
    var fenceInfo: String? { cmark_node_get_fence_info(pointer).map { String(cString: $0) } }
    var url: String? { cmark_node_get_url(pointer).map { String(cString: $0) } }
    var title: String? { cmark_node_get_title(pointer).map { String(cString: $0) } }

    /// `url?.hasPrefix(prefix) ?? false` for an ASCII `prefix`, read on the C string: every
    /// link and image of every page is asked, and few are directives. Only a non-ASCII byte
    /// right after the prefix, which could join its last Character, needs the String.
    func urlHasPrefix(_ prefix: String) -> Bool {
        precondition(prefix.utf8.allSatisfy { $0 < 0x80 }, "an ASCII prefix")
        guard let url = cmark_node_get_url(pointer) else { return false }
        var index = 0
        // A shorter URL ends in NUL, which no prefix byte matches, before the loop reads past it.
        for byte in prefix.utf8 {
            guard UInt8(bitPattern: url[index]) == byte else { return false }
            index += 1
        }
        return UInt8(bitPattern: url[index]) < 0x80 || String(cString: url).hasPrefix(prefix)
    }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }

    /// The text a reader sees in this node's inline content (for slugs and plain-text uses).
    var plainText: String {
        var text = ""
        Self.appendPlainText(of: pointer, to: &text)
        return text
    }

    /// `plainText` in one walk over cmark's pointers, appending to one string (every heading
    /// of every page is read for its id).
    private static func appendPlainText(of node: OpaquePointer, to text: inout String) {
        switch kind(of: node) {
        case .text, .code:
            if let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
        case .softBreak, .lineBreak:
            text += " "
        default:
            var child = cmark_node_first_child(node)
            while let current = child {
                appendPlainText(of: current, to: &text)
                child = cmark_node_next(current)
            }
        }
    }

    // MARK: Writing

    /// Sets the already-escaped HTML a custom node writes before and after its children.
    func setCustomHTML(enter: String, exit: String) {
        cmark_node_set_on_enter(pointer, enter)
        cmark_node_set_on_exit(pointer, exit)
    }

    /// Creates a node and inserts it just before this one. Created nodes are always attached
    /// at once, so the document frees them.
    @discardableResult
    func insertBefore(_ kind: Kind) -> CmarkNode {
        let created = Self.create(kind)
        cmark_node_insert_before(pointer, created)
        return CmarkNode(created, owner: owner)
    }

    /// Creates a node as this node's last child.
    @discardableResult
    func appendChild(_ kind: Kind, literal: String? = nil) -> CmarkNode {
        let created = Self.create(kind)
        if let literal { cmark_node_set_literal(created, literal) }
        if cmark_node_append_child(pointer, created) == 0 {
            cmark_node_free(created)
            preconditionFailure("cmark refused a \(kind) child under \(self.kind)")
        }
        return CmarkNode(created, owner: owner)
    }

    /// Moves `node` (from this or another document) to be this node's last child. Returns
    /// false when CommonMark's nesting rules forbid it; the node is then left where it was.
    @discardableResult
    func append(_ node: CmarkNode) -> Bool {
        cmark_node_append_child(pointer, node.pointer) != 0
    }

    /// Moves every child of `other` to the end of this node's children.
    func adoptChildren(of other: CmarkNode) {
        for child in other.children { append(child) }
    }

    /// Detaches this node (and its subtree) and frees it.
    func remove() {
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    private static func create(_ kind: Kind) -> OpaquePointer {
        let type: cmark_node_type = switch kind {
        case .customBlock: CMARK_NODE_CUSTOM_BLOCK
        case .customInline: CMARK_NODE_CUSTOM_INLINE
        case .text: CMARK_NODE_TEXT
        case .paragraph: CMARK_NODE_PARAGRAPH
        case .softBreak: CMARK_NODE_SOFTBREAK
        default: preconditionFailure("Dossier creates only custom, paragraph and text nodes, not \(kind)")
        }
        guard let node = cmark_node_new(type) else { preconditionFailure("cmark could not allocate a node") }
        return node
    }
}
