#!/bin/sh
# The README's two set-up commands are a promise: check that CI runs exactly the test command,
# and that the presets and paths the commands use exist. Usage: check_readme.sh SOURCE_DIR
set -eu
cd "$1"
fail=0
build=$(grep -E '^ *packaging/install-deps.sh && ' README.md | grep -v -- '--tests' | sed 's/^ *//')
tests=$(grep -E '^ *packaging/install-deps.sh --tests && ' README.md | sed 's/^ *//')
[ -n "$build" ] || { echo "README: no build-and-launch command found"; fail=1; }
[ -n "$tests" ] || { echo "README: no test command found"; fail=1; }
if grep -qxF "$tests" .ci/run; then
    echo ".ci/run runs the README's test command"
else
    echo ".ci/run does not contain the README's test command: $tests"
    fail=1
fi
for preset in $(echo "$build $tests" | grep -oE -- '--preset [a-z]+' | awk '{print $2}' | sort -u); do
    if grep -q "\"name\": \"$preset\"" CMakePresets.json; then
        echo "preset $preset exists"
    else
        echo "preset $preset is missing from CMakePresets.json"
        fail=1
    fi
done
case "$build" in
    *"build/release/bin/grove") echo "the build command launches build/release/bin/grove" ;;
    *) echo "the build command does not end by launching build/release/bin/grove"; fail=1 ;;
esac
grep -q 'RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/bin"' app/CMakeLists.txt || { echo "executables are not built into bin/"; fail=1; }
[ -x packaging/install-deps.sh ] && [ -x .ci/run ] || { echo "scripts are not executable"; fail=1; }
exit $fail
