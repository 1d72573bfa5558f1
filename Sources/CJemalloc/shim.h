#ifndef DOSSIER_CJEMALLOC_SHIM_H
#define DOSSIER_CJEMALLOC_SHIM_H
// Debian's jemalloc exports malloc, free and the rest under their own names, so linking it
// into the executable replaces glibc's allocator for the whole process (Swift runtime and
// libcmark included). Only mallctl is called by name, to report the version.
#include <jemalloc/jemalloc.h>
#endif
