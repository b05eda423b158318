# The README's commands and CI stay in step.
add_test(NAME readme_commands COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/check_readme.sh" "${PROJECT_SOURCE_DIR}")
set_tests_properties(readme_commands PROPERTIES LABELS docs)
