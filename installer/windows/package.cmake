# The Windows installer (NSIS through CPack), included by the top-level
# CMakeLists.txt only on Windows. Not built or tested here: see README.md
# beside this file. Nothing in it is Linux-only (no gzip, no dpkg, no paths
# of a Linux machine).
#
# windeployqt, through Qt's deploy script, copies the Qt DLLs and plugins
# (platforms\qwindows, sqldrivers\qsqlite, styles, printsupport) beside
# tumbuh.exe; the other DLLs the programs link (libsodium, libxlsxwriter, and
# whatever else the build machine's packages bring) come from CMake's runtime
# dependency set. tumbuh-cli.exe sits in the same folder and uses the same DLLs.
if(Qt6_VERSION VERSION_LESS 6.3)
  message(FATAL_ERROR "The Windows installer needs Qt 6.3 or newer (qt_generate_deploy_app_script).")
endif()

# The programs' icon in Explorer and on the start-menu shortcut.
target_sources(tumbuh PRIVATE "${CMAKE_CURRENT_LIST_DIR}/tumbuh.rc")

install(TARGETS tumbuh tumbuh-cli
        RUNTIME_DEPENDENCY_SET tumbuh_runtime
        RUNTIME DESTINATION bin)
install(RUNTIME_DEPENDENCY_SET tumbuh_runtime
        PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "[Qq]t6.*"
        POST_EXCLUDE_REGEXES ".*[/\\\\][Ss]ystem32[/\\\\].*" ".*[/\\\\][Ww]indows[/\\\\].*"
        DIRECTORIES $ENV{PATH}
        DESTINATION bin)
qt_generate_deploy_app_script(
  TARGET tumbuh
  FILENAME_VARIABLE tumbuh_deploy_script
  NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${tumbuh_deploy_script}")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_SOURCE_DIR}/CHANGELOG.md" DESTINATION doc)

set(CPACK_GENERATOR "NSIS")
set(CPACK_PACKAGE_NAME "Tumbuh")
set(CPACK_PACKAGE_VENDOR "The Tumbuh developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Growth monitoring for Indonesia's posyandu")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Tumbuh")
set(CPACK_PACKAGE_FILE_NAME "tumbuh-${PROJECT_VERSION}-win64")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# The start-menu shortcut: bin\tumbuh.exe, named "Tumbuh".
set(CPACK_PACKAGE_EXECUTABLES "tumbuh" "Tumbuh")
set(CPACK_NSIS_DISPLAY_NAME "Tumbuh ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME "Tumbuh")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/tumbuh.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/tumbuh.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\tumbuh.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "https://tumbuh.id/")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
include(CPack)
