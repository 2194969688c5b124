# tumbuh_strict_warnings(<target>): the project's warning set, applied per target
# so that generated code and third-party headers are not held to it.
function(tumbuh_strict_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    -Woverloaded-virtual -Wshadow -Wconversion -Wno-sign-conversion)
  if(TUMBUH_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
