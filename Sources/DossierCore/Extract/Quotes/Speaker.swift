/// Who a quotation is attributed to, as the report names them: the name kept apart from the
/// titles and roles around it, so that "UN envoy Lakhdar Brahimi" and "Brahimi" can be one
/// identity across outlets while "UN envoy" stays available as a descriptor.
public struct Speaker: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A named or described person ("Jen Psaki", "a senior U.S. official"), or several
        /// people speaking together (`members`).
        case person
        /// An organisation or collective: "the Syrian government", "the BBC".
        case group
        /// A text with no author the report names: "the document", "the statement".
        case document
    }

    /// "Lakhdar Brahimi", "the Syrian government", "Barack Obama and Francois Hollande".
    public var name: String
    /// Titles and roles the report gives the speaker, in order of appearance, without a
    /// leading article unless possessive: "U.N. envoy", "State Department spokeswoman", "the BBC's".
    public var descriptors: [String]
    public var kind: Kind
    /// Names of the people of a joint statement ("they wrote" after "Obama … with Hollande");
    /// empty for a single speaker.
    public var members: [String]
    /// How the words reached the report when not spoken directly: "eight-page document",
    /// "joint op-ed", "statement".
    public var channel: String?
    /// The words the report used at the attribution when they differ from `name`: a pronoun
    /// ("she"), a surname ("Psaki"), a description ("the document").
    public var writtenAs: String?

    public init(name: String, descriptors: [String] = [], kind: Kind, members: [String] = [],
                channel: String? = nil, writtenAs: String? = nil) {
        self.name = name
        self.descriptors = descriptors
        self.kind = kind
        self.members = members
        self.channel = channel
        self.writtenAs = writtenAs
    }
}
