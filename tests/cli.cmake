# grove-cli, run as a separate process.
grove_add_test(tst_cli_commands SOURCES tst_cli_commands.cpp LIBRARIES Qt6::Core LABELS cli)
