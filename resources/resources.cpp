// Holds the icons and the sample dataset as resources (see CMakeLists.txt).
