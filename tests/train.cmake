# Training runs: configuration checks, real trainings, the CLI commands, recovery of killed runs
# and parity with XGBoost's Python package.
grove_add_test(tst_run_config SOURCES tst_run_config.cpp TrainingData.h LIBRARIES grove_core LABELS core)
grove_add_test(tst_training SOURCES tst_training.cpp TrainingData.h LIBRARIES grove_core LABELS core)
grove_add_test(tst_cli_train SOURCES tst_cli_train.cpp TrainingData.h LIBRARIES grove_core LABELS cli)
grove_add_test(tst_cli_sweep SOURCES tst_cli_sweep.cpp TrainingData.h LIBRARIES grove_core LABELS cli)
grove_add_test(tst_run_recovery SOURCES tst_run_recovery.cpp TrainingData.h LIBRARIES grove_core LABELS cli)

# The same models as xgboost.train in Python on sklearn's bundled data sets. Debian's
# python3-xgboost is for /usr/bin/python3; without it (or sklearn) the test is skipped.
add_test(NAME parity_xgboost_python
    COMMAND /usr/bin/python3 "${CMAKE_CURRENT_SOURCE_DIR}/parity/xgboost_parity.py" --cli "$<TARGET_FILE:grove-cli>")
set_tests_properties(parity_xgboost_python PROPERTIES
    LABELS parity
    TIMEOUT 600
    SKIP_RETURN_CODE 77
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=;HOME=${GROVE_TEST_HOME};XDG_DATA_HOME=${GROVE_TEST_HOME}/data;XDG_CONFIG_HOME=${GROVE_TEST_HOME}/config;XDG_CACHE_HOME=${GROVE_TEST_HOME}/cache;GROVE_WORKSPACE=")
# grove-cli evaluate against scikit-learn's metrics on the held-out predictions of real runs.
add_test(NAME parity_evaluation_sklearn
    COMMAND /usr/bin/python3 "${CMAKE_CURRENT_SOURCE_DIR}/parity/evaluation_parity.py" --cli "$<TARGET_FILE:grove-cli>")
set_tests_properties(parity_evaluation_sklearn PROPERTIES
    LABELS parity
    TIMEOUT 600
    SKIP_RETURN_CODE 77
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=;HOME=${GROVE_TEST_HOME};XDG_DATA_HOME=${GROVE_TEST_HOME}/data;XDG_CONFIG_HOME=${GROVE_TEST_HOME}/config;XDG_CACHE_HOME=${GROVE_TEST_HOME}/cache;GROVE_WORKSPACE=")
# grove-cli compare --baseline against scipy.stats: the corrected resampled t-test on real runs.
add_test(NAME parity_significance_scipy
    COMMAND /usr/bin/python3 "${CMAKE_CURRENT_SOURCE_DIR}/parity/significance_parity.py" --cli "$<TARGET_FILE:grove-cli>")
set_tests_properties(parity_significance_scipy PROPERTIES
    LABELS parity
    TIMEOUT 600
    SKIP_RETURN_CODE 77
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=;HOME=${GROVE_TEST_HOME};XDG_DATA_HOME=${GROVE_TEST_HOME}/data;XDG_CONFIG_HOME=${GROVE_TEST_HOME}/config;XDG_CACHE_HOME=${GROVE_TEST_HOME}/cache;GROVE_WORKSPACE=")
grove_add_test(tst_validation SOURCES tst_validation.cpp TrainingData.h LIBRARIES grove_core LABELS core)
grove_add_test(tst_cli_registry SOURCES tst_cli_registry.cpp TrainingData.h LIBRARIES grove_core LABELS cli)
# grove-cli drift: the reference an export keeps, alerts and exit statuses, reports under monitoring/.
# The drift check scores rows with its own copy of the trees; it must score as XGBoost does.
grove_add_test(tst_forest_scorer SOURCES tst_forest_scorer.cpp LIBRARIES grove_core LABELS core)
grove_add_test(tst_cli_drift SOURCES tst_cli_drift.cpp TrainingData.h LIBRARIES grove_core LABELS cli)
grove_add_test(tst_cli_audit SOURCES tst_cli_audit.cpp TrainingData.h LIBRARIES grove_core LABELS cli)
grove_add_test(tst_cli_damaged_snapshot SOURCES tst_cli_damaged_snapshot.cpp TrainingData.h LIBRARIES grove_core LABELS cli)
grove_add_test(tst_export_python SOURCES tst_export_python.cpp TrainingData.h LIBRARIES grove_core LABELS cli)

# A registry version used from Python: model.ubj in xgboost.Booster gives grove-cli predict's
# predictions; MLmodel, requirements.txt and MANIFEST.sha256 are checked. Skipped without
# python3-xgboost, python3-sklearn or python3-yaml.
add_test(NAME registry_interop_python
    COMMAND /usr/bin/python3 "${CMAKE_CURRENT_SOURCE_DIR}/parity/registry_interop.py" --cli "$<TARGET_FILE:grove-cli>")
set_tests_properties(registry_interop_python PROPERTIES
    LABELS parity
    TIMEOUT 600
    SKIP_RETURN_CODE 77
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=;HOME=${GROVE_TEST_HOME};XDG_DATA_HOME=${GROVE_TEST_HOME}/data;XDG_CONFIG_HOME=${GROVE_TEST_HOME}/config;XDG_CACHE_HOME=${GROVE_TEST_HOME}/cache;GROVE_WORKSPACE=")

# grove_xgboost.py, the Python loader each exported version carries (MLflow's python_function
# flavour), against grove-cli predict on binary, multiclass, regression, categorical and
# early-stopped models, with unseen categories and missing values. Skipped without numpy, pandas
# or xgboost for /usr/bin/python3.
add_test(NAME parity_python_loader
    COMMAND /usr/bin/python3 "${CMAKE_CURRENT_SOURCE_DIR}/parity/python_loader_parity.py" --cli "$<TARGET_FILE:grove-cli>")
set_tests_properties(parity_python_loader PROPERTIES
    LABELS parity
    TIMEOUT 600
    SKIP_RETURN_CODE 77
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=;HOME=${GROVE_TEST_HOME};XDG_DATA_HOME=${GROVE_TEST_HOME}/data;XDG_CONFIG_HOME=${GROVE_TEST_HOME}/config;XDG_CACHE_HOME=${GROVE_TEST_HOME}/cache;GROVE_WORKSPACE=")
