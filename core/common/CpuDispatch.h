#pragma once

// GROVE_FAST_ON_NEWER_CPUS: the function is also built for x86-64-v3 (2013 and later: AVX2,
// BMI, LZCNT), which the loader picks on such a CPU. Baseline x86-64 stays the build target. Used
// for the few loops that read every value of a dataset (parsing and profiling an import).

#include <cstdlib> // for __GLIBC__

// target_clones needs the loader's ifunc support (ELF and glibc).
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__ELF__) && defined(__GLIBC__)
#define GROVE_FAST_ON_NEWER_CPUS __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define GROVE_FAST_ON_NEWER_CPUS
#endif
