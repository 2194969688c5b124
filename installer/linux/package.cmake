# The Debian package: install rules and CPack DEB, included by the top-level
# CMakeLists.txt on Linux. `bash installer/build.sh package` makes
# tumbuh_<version>_amd64.deb with them; installer/linux/check-package.sh
# checks it (lintian, desktop-file-validate, appstreamcli) and runs the
# unpacked programs.
#
# Only the two programs and these files are installed: the tests and the
# benchmarks have no install rules. The WHO tables, the migrations, the
# attention rules, the icon and the translations (:/i18n) are compiled into
# the programs, so they need nothing from the build tree.
include(GNUInstallDirs)

set(tumbuh_linux_dir "${CMAKE_CURRENT_LIST_DIR}")
set(tumbuh_icons_dir "${PROJECT_SOURCE_DIR}/resources/icons")

# The newest release of the metainfo and of CHANGELOG.md is this version:
# one place (project(VERSION)), and these two are checked against it.
file(READ "${tumbuh_linux_dir}/id.tumbuh.Tumbuh.metainfo.xml" tumbuh_metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${tumbuh_metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
  message(FATAL_ERROR "installer/linux/id.tumbuh.Tumbuh.metainfo.xml: the newest <release> is "
                      "'${CMAKE_MATCH_1}', the project's version ${PROJECT_VERSION}")
endif()
file(READ "${PROJECT_SOURCE_DIR}/CHANGELOG.md" tumbuh_changelog)
string(REGEX MATCH "\n## ([0-9][^ \n]*)" _ "${tumbuh_changelog}")
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
  message(FATAL_ERROR "CHANGELOG.md: the newest section is '${CMAKE_MATCH_1}', the project's version ${PROJECT_VERSION}")
endif()

install(TARGETS tumbuh tumbuh-cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(FILES "${tumbuh_linux_dir}/tumbuh.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${tumbuh_linux_dir}/id.tumbuh.Tumbuh.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
foreach(size 16 32 48 64 128 256)
  install(FILES "${tumbuh_icons_dir}/tumbuh-${size}.png"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps" RENAME tumbuh.png)
endforeach()
install(FILES "${tumbuh_icons_dir}/tumbuh.svg" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")

# Man pages and the changelog, gzipped at build time (-n: no name or time
# stamp inside, so the package is the same from build to build).
set(tumbuh_doc_out "${PROJECT_BINARY_DIR}/installer")
set(tumbuh_gzipped)
foreach(page tumbuh.1 tumbuh-cli.1)
  configure_file("${tumbuh_linux_dir}/${page}" "${tumbuh_doc_out}/${page}" @ONLY)
  list(APPEND tumbuh_gzipped "${tumbuh_doc_out}/${page}")
endforeach()
configure_file("${tumbuh_linux_dir}/changelog.Debian.in" "${tumbuh_doc_out}/changelog.Debian" @ONLY)
configure_file("${PROJECT_SOURCE_DIR}/CHANGELOG.md" "${tumbuh_doc_out}/changelog" COPYONLY)
list(APPEND tumbuh_gzipped "${tumbuh_doc_out}/changelog.Debian" "${tumbuh_doc_out}/changelog")
set(tumbuh_gz_files)
foreach(file IN LISTS tumbuh_gzipped)
  add_custom_command(OUTPUT "${file}.gz"
    COMMAND gzip -9 -n -f -k "${file}"
    DEPENDS "${file}"
    COMMENT "Compressing ${file}"
    VERBATIM)
  list(APPEND tumbuh_gz_files "${file}.gz")
endforeach()
add_custom_target(tumbuh_package_docs ALL DEPENDS ${tumbuh_gz_files})
install(FILES "${tumbuh_doc_out}/tumbuh.1.gz" "${tumbuh_doc_out}/tumbuh-cli.1.gz"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${tumbuh_linux_dir}/copyright" "${tumbuh_doc_out}/changelog.gz" "${tumbuh_doc_out}/changelog.Debian.gz"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/tumbuh")

# The package.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "tumbuh")
set(CPACK_PACKAGE_VENDOR "The Tumbuh developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "The Tumbuh developers <dev@tumbuh.id>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "growth monitoring for Indonesia's posyandu")
set(CPACK_PACKAGE_DESCRIPTION
    "Tumbuh is an offline desktop program for Indonesia's posyandu: volunteer
cadres (kader) record every child's monthly weighing and measuring, and the
puskesmas nutritionist reviews growth, follows referrals and makes the
monthly report for the district health office.
.
Its z-scores are those of WHO's own software (Child Growth Standards 2006,
Growth Reference 2007), with the Permenkes 2/2020 categories, N/T/O/B, KBM,
growth charts and growth cards. Bahasa Indonesia by default, English on
request. The package has the desktop program (tumbuh) and the batch tool
(tumbuh-cli).")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://tumbuh.id/")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The shared libraries the programs link: dpkg-shlibdeps finds them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What it cannot see, because Qt loads it as a plugin: the SQLite driver of
# Qt SQL. (On Debian 12 the xcb platform plugin is in libqt6gui6, which
# shlibdeps adds; qt6-qpa-plugins holds only vnc and tuio.) On a Wayland
# desktop Qt uses XWayland without qt6-wayland, natively with it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
include(CPack)
