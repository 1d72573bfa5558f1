#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Deletes a folder and everything in it, on all cores. After each build the old site is
/// deleted whole (22,000 files at 10,000 reports); Foundation's `removeItem` stats every
/// entry before unlinking it, on one core, and that was half of a one-report rebuild.
/// Here the folders are listed first (`readdir` gives each entry's type, so files are never
/// stat'ed), the files are unlinked relative to their folder's descriptor, folder by folder
/// on every core, and the emptied folders are removed deepest first.
/// Best effort, like `try? removeItem`: what cannot be deleted is left.
enum FolderRemoval {
    static func remove(_ path: String) {
        var folders: [(path: String, files: [String])] = []
        // Paths, not open descriptors: a folder is opened only when it is listed, so at most
        // one descriptor is open whatever the width of the tree (an old site of 1,000
        // dossiers has more subfolders than the usual limit of 1,024 open files).
        var pending = [path]
        // Pre-order: every folder comes before the folders inside it.
        while let folder = pending.popLast() {
            guard let descriptor = Folder.descriptor(of: folder) else {
                unlink(folder) // a file, a symbolic link, or nothing
                continue
            }
            let listing = Folder.list(descriptor)
            folders.append((folder, listing.files))
            pending += listing.folders.map { folder + "/" + $0 }
        }
        ConcurrentIndices.forEach(folders.count, minimumPerWorker: 8) { [folders] index in
            guard let descriptor = Folder.descriptor(of: folders[index].path) else { return }
            for name in folders[index].files { unlinkat(descriptor, name, 0) }
            close(descriptor)
        }
        for folder in folders.reversed() { rmdir(folder.path) }
    }

    private enum Folder {
        /// A descriptor of the folder at `path`, not following a symbolic link.
        static func descriptor(of path: String) -> Int32? {
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            return descriptor >= 0 ? descriptor : nil
        }

        /// The names in the folder, split into folders and everything else; closes `descriptor`.
        static func list(_ descriptor: Int32) -> (folders: [String], files: [String]) {
            guard let stream = fdopendir(descriptor) else {
                close(descriptor)
                return ([], [])
            }
            defer { closedir(stream) }
            var folders: [String] = [], files: [String] = []
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name == "." || name == ".." { continue }
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) {
                    // File systems that do not fill in d_type: ask, without following links.
                    var info = stat()
                    type = fstatat(dirfd(stream), name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                        ? UInt8(DT_DIR) : UInt8(DT_REG)
                }
                if type == UInt8(DT_DIR) { folders.append(name) } else { files.append(name) }
            }
            return (folders, files)
        }
    }
}
