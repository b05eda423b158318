# grove-cli, run as a separate process.
grove_add_test(tst_cli_commands SOURCES tst_cli_commands.cpp LIBRARIES Qt6::Core LABELS cli)
grove_add_test(tst_cli_input_checks SOURCES tst_cli_input_checks.cpp TrainingData.h LIBRARIES grove_core LABELS cli)
