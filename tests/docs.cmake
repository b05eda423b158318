# The README's commands and CI stay in step.
add_test(NAME readme_commands COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/check_readme.sh" "${PROJECT_SOURCE_DIR}")
set_tests_properties(readme_commands PROPERTIES LABELS docs)
# The layers drawn in docs/architecture.md hold in the sources.
grove_add_test(tst_layers SOURCES tst_layers.cpp LayerCheck.h LIBRARIES Qt6::Core LABELS docs)
