# Turns a data file into a C++ source defining
#   const std::string_view tumbuh::cli::embedded::<SYMBOL>
# so that tumbuh-cli carries its test data and never needs the source tree.
# Usage: cmake -DINPUT=<file> -DOUTPUT=<file.cpp> -DSYMBOL=<name> -P embedfile.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
# Sixteen bytes a line keeps the generated file readable in a debugger.
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n    " bytes "${bytes}")
get_filename_component(name "${INPUT}" NAME)
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${name} by embedfile.cmake. Do not edit.
#include \"cli/embeddeddata.h\"

namespace tumbuh::cli::embedded {
namespace {
const char data[] = {
    ${bytes}'\\0'};
} // namespace
const std::string_view ${SYMBOL}{data, ${size}};
} // namespace tumbuh::cli::embedded
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
