#pragma once

// GROVE_FAST_ON_NEWER_CPUS: the function is also built for x86-64-v3 (2013 and later: AVX2,
// BMI, LZCNT), which the loader picks on such a CPU. Baseline x86-64 stays the build target. Used
// for the few loops that read every value of a dataset (parsing and profiling an import).
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define GROVE_FAST_ON_NEWER_CPUS __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define GROVE_FAST_ON_NEWER_CPUS
#endif
