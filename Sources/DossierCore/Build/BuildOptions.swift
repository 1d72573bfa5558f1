/// Where a build reads and writes. The defaults make a bare `dossier build` right from the
/// repository root.
public struct BuildOptions: Sendable {
    public var seeds: String
    public var templates: String
    public var output: String

    public init(seeds: String = "seeds", templates: String = "templates", output: String = "site") {
        self.seeds = seeds
        self.templates = templates
        self.output = output
    }
}
