# Tests of grove_core: parsing, snapshots, profiles, the store.
grove_add_test(tst_number_parsing SOURCES tst_number_parsing.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_csv_tokenizer SOURCES tst_csv_tokenizer.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_safe_text SOURCES tst_safe_text.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_sha256_digest SOURCES tst_sha256_digest.cpp LIBRARIES grove_core LABELS core)
# The same checks with the hardware path switched off.
add_test(NAME tst_sha256_digest_software COMMAND tst_sha256_digest)
set_tests_properties(tst_sha256_digest_software PROPERTIES LABELS core ENVIRONMENT "GROVE_SHA256_SOFTWARE=1")
grove_add_test(tst_dataset_import SOURCES tst_dataset_import.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_snapshot_file SOURCES tst_snapshot_file.cpp SnapshotReading.h LIBRARIES grove_core LABELS core)
grove_add_test(tst_column_profile SOURCES tst_column_profile.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_libsvm_import SOURCES tst_libsvm_import.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_workspace_store SOURCES tst_workspace_store.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_model_documents SOURCES tst_model_documents.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_run_query SOURCES tst_run_query.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_run_comparison SOURCES tst_run_comparison.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_evaluation SOURCES tst_evaluation.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_drift SOURCES tst_drift.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_audit_log SOURCES tst_audit_log.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_sweep SOURCES tst_sweep.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_saved_comparisons SOURCES tst_saved_comparisons.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_registry SOURCES tst_registry.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_registry_hostile SOURCES tst_registry_hostile.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_registry_copy SOURCES tst_registry_copy.cpp LIBRARIES grove_core LABELS core)
# The same checks on the paths for file systems without RENAME_NOREPLACE or hard links.
add_test(NAME tst_registry_fallbacks COMMAND tst_registry)
set_tests_properties(tst_registry_fallbacks PROPERTIES LABELS core ENVIRONMENT "GROVE_REGISTRY_FALLBACKS=1")

# The drift statistics against scipy.stats.ks_2samp(method='asymp') and a NumPy PSI, through a
# small driver that builds a reference from JSON columns and computes the drift of others.
# Skipped without numpy or scipy for /usr/bin/python3.
qt_add_executable(drift_parity_tool parity/drift_parity_tool.cpp)
target_link_libraries(drift_parity_tool PRIVATE grove_settings grove_core)
add_test(NAME parity_drift_scipy
    COMMAND /usr/bin/python3 "${CMAKE_CURRENT_SOURCE_DIR}/parity/drift_parity.py" --tool "$<TARGET_FILE:drift_parity_tool>")
set_tests_properties(parity_drift_scipy PROPERTIES
    LABELS parity
    TIMEOUT 600
    SKIP_RETURN_CODE 77
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=;HOME=${GROVE_TEST_HOME}")
