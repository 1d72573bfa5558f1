#ifndef DOSSIER_LIBFUZZER_DRIVER_H
#define DOSSIER_LIBFUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, for programs that keep their own `main` (SwiftPM names every
/// executable's entry point itself, so dossier-fuzz cannot use libFuzzer's `main`).
/// Defined by the libFuzzer runtime that `-sanitize=fuzzer` links; only the fuzz build calls it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
