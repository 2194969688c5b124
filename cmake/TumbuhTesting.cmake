# tumbuh_add_test(<name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>])
# One Boost.Test executable per area, registered with CTest. Every test runs
# with the offscreen Qt platform and knows where the test data lives.
function(tumbuh_add_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_LIBS} Boost::unit_test_framework)
  # tests/support (shared helpers) is included as "support/...".
  target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests")
  target_compile_definitions(${name} PRIVATE
    BOOST_TEST_DYN_LINK
    TUMBUH_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    TUMBUH_WHO_TABLES_DIR="${PROJECT_SOURCE_DIR}/who_tables")
  tumbuh_strict_warnings(${name})
  tumbuh_precompile_reuse(${name} "${T_LIBS}")
  add_test(NAME ${name} COMMAND ${name} --log_level=warning --report_level=short)
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
    LABELS "${T_LABELS}")
endfunction()
