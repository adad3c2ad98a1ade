// The donor of the GUI test programs' precompiled Qt headers (tests/CMakeLists.txt); it compiles nothing
// else.
