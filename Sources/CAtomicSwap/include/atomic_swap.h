#ifndef DOSSIER_ATOMIC_SWAP_H
#define DOSSIER_ATOMIC_SWAP_H

/// Atomically exchanges the two paths (both must exist, on one file system).
/// Returns 0 on success, otherwise -1 with errno set (ENOSYS/EINVAL where the
/// kernel or file system cannot exchange).
int dossier_exchange_paths(const char *a, const char *b);

#endif
