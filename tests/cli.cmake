# grove-cli, run as a separate process.
grove_add_test(tst_cli_commands SOURCES tst_cli_commands.cpp LIBRARIES Qt6::Core LABELS cli)
grove_add_test(tst_cli_input_checks SOURCES tst_cli_input_checks.cpp TrainingData.h LIBRARIES grove_core LABELS cli)
grove_add_test(tst_cli_trash SOURCES tst_cli_trash.cpp TrainingData.h LIBRARIES grove_core LABELS cli)
# A workspace that lost its database is refused, and grove-cli recover rebuilds it from the folders.
grove_add_test(tst_workspace_recovery SOURCES tst_workspace_recovery.cpp TrainingData.h LIBRARIES grove_core LABELS cli)
grove_add_test(tst_workspace_sharing SOURCES tst_workspace_sharing.cpp TrainingData.h LIBRARIES grove_core LABELS cli)
# Read-only and full file systems (skipped without root, which mounting needs).
grove_add_test(tst_workspace_media SOURCES tst_workspace_media.cpp TrainingData.h LIBRARIES grove_core LABELS cli)
# kill -9 during imports, trainings and exports leaves every earlier dataset, run and version whole.
grove_add_test(tst_crash_consistency SOURCES tst_crash_consistency.cpp TrainingData.h LIBRARIES grove_core LABELS cli TIMEOUT 120)
