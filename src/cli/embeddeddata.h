#pragma once
// Data compiled into tumbuh-cli at build time (embedfile.cmake), so that the
// self-test runs on a laptop that has only the program.
#include <string_view>

namespace tumbuh::cli::embedded {

// tests/data/who-anthro-golden-cases.csv: WHO anthro's output for 346 cases.
extern const std::string_view anthroGolden;
// tests/data/who-anthroplus-golden-cases.csv: WHO anthroplus's output, 162 cases.
extern const std::string_view anthroPlusGolden;

} // namespace tumbuh::cli::embedded
