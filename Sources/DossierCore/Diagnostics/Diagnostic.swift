/// One finding about the input: an error stops the build, a warning does not.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// The build step that found it, so a user knows which stage to look at.
    public var step: BuildStep?

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, step: BuildStep? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.step = step
    }

    public static func error(_ location: SourceLocation, _ message: String, step: BuildStep? = nil) -> Diagnostic {
        Diagnostic(.error, location, message, step: step)
    }

    public static func warning(_ location: SourceLocation, _ message: String, step: BuildStep? = nil) -> Diagnostic {
        Diagnostic(.warning, location, message, step: step)
    }

    /// `file:line:column: error: [step] message`, one line, as compilers print it.
    public var description: String {
        let tag = step.map { "[\($0.rawValue)] " } ?? ""
        let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "\(location): \(severity.rawValue): \(tag)\(oneLine)"
    }

    /// The same finding, tagged with the step that reports it (keeps an existing tag).
    public func tagged(_ step: BuildStep) -> Diagnostic {
        var copy = self
        if copy.step == nil { copy.step = step }
        return copy
    }
}
