# Tests of grove_core: parsing, snapshots, profiles, the store.
grove_add_test(tst_number_parsing SOURCES tst_number_parsing.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_csv_tokenizer SOURCES tst_csv_tokenizer.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_sha256_digest SOURCES tst_sha256_digest.cpp LIBRARIES grove_core LABELS core)
# The same checks with the hardware path switched off.
add_test(NAME tst_sha256_digest_software COMMAND tst_sha256_digest)
set_tests_properties(tst_sha256_digest_software PROPERTIES LABELS core ENVIRONMENT "GROVE_SHA256_SOFTWARE=1")
grove_add_test(tst_dataset_import SOURCES tst_dataset_import.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_snapshot_file SOURCES tst_snapshot_file.cpp SnapshotReading.h LIBRARIES grove_core LABELS core)
grove_add_test(tst_column_profile SOURCES tst_column_profile.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_libsvm_import SOURCES tst_libsvm_import.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_workspace_store SOURCES tst_workspace_store.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_run_query SOURCES tst_run_query.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_run_comparison SOURCES tst_run_comparison.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_saved_comparisons SOURCES tst_saved_comparisons.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_registry SOURCES tst_registry.cpp LIBRARIES grove_core LABELS core)
# The same checks on the paths for file systems without RENAME_NOREPLACE or hard links.
add_test(NAME tst_registry_fallbacks COMMAND tst_registry)
set_tests_properties(tst_registry_fallbacks PROPERTIES LABELS core ENVIRONMENT "GROVE_REGISTRY_FALLBACKS=1")
