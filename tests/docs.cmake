# The README's commands and CI stay in step.
add_test(NAME readme_commands COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/check_readme.sh" "${PROJECT_SOURCE_DIR}")
set_tests_properties(readme_commands PROPERTIES LABELS docs)
# The layers drawn in docs/architecture.md hold in the sources.
grove_add_test(tst_layers SOURCES tst_layers.cpp LayerCheck.h LIBRARIES Qt6::Core LABELS docs)
# The translations are complete for today's sources.
add_test(NAME translations_complete
    COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/check_translations.sh" "$<TARGET_FILE:Qt6::lupdate>"
            "${PROJECT_SOURCE_DIR}" "${CMAKE_CURRENT_BINARY_DIR}/translations-check")
set_tests_properties(translations_complete PROPERTIES LABELS docs)
