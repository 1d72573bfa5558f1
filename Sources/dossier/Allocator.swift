#if canImport(CJemalloc)
import CJemalloc
#endif

/// The memory allocator the process runs on, for `--version` (and so for the benchmark's
/// record of the tools): jemalloc where the executable links it (Linux), the system's otherwise.
enum Allocator {
    static var name: String {
        #if canImport(CJemalloc)
        var version: UnsafePointer<CChar>?
        var size = MemoryLayout<UnsafePointer<CChar>?>.size
        guard mallctl("version", &version, &size, nil, 0) == 0, let version else { return "system malloc" }
        // "5.3.0-0-g54eaed1d…": the release, without the commit.
        return "jemalloc " + String(cString: version).prefix { $0 != "-" }
        #else
        return "system malloc"
        #endif
    }
}
