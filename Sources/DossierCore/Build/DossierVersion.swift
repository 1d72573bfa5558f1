/// The tool's version. Part of the incremental-build cache key, so a new version never
/// reuses pages an older one rendered.
public enum DossierVersion {
    public static let string = "0.1.0"
}
