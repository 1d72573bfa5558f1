#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file opened for reading, with its size from `fstat`: one open, one stat and a read into
/// the array that is kept. Why not `FileManager`: its `attributesOfItem` looks up the owner's
/// user and group names, and `contents(atPath:)` reads into `Data`, which was then copied; at
/// 10,000 reports, read twice (hashed, then ingested), that was 3 % of the build.
struct ReadableFile: ~Copyable {
    private let descriptor: Int32
    /// The size `fstat` gave when the file was opened.
    let size: Int

    /// Nil when `path` cannot be opened or is not a regular file.
    init?(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    /// Every byte up to the end of the file, also when it has grown since `size` was taken;
    /// nil on a read error.
    func readAll() -> [UInt8]? {
        var bytes = [UInt8]()
        // One more than `size`: a file of exactly that size then ends (a read of 0) without
        // the array growing.
        var capacity = max(size, 0) + 1
        while true {
            let start = bytes.count
            var failed = false
            bytes.append(contentsOf: repeatElement(0, count: capacity - start))
            let filled = bytes.withUnsafeMutableBufferPointer { buffer -> Int in
                var filled = start
                while filled < buffer.count {
                    let got = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                    if got < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        break
                    }
                    if got == 0 { break }
                    filled += got
                }
                return filled
            }
            if failed { return nil }
            if filled < capacity {
                bytes.removeLast(capacity - filled)
                return bytes
            }
            capacity *= 2
        }
    }
}
