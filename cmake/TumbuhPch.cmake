# Precompiled headers: the Qt and standard headers nearly every file includes
# are parsed once per group of targets instead of once per file. Two full
# builds (the normal one and the sanitizer one) are most of CI's time, and
# Qt's headers are most of each file's compile time (measured: 35-50 % less
# per UI file).
#
# Three headers are precompiled, and reused by the targets that use them
# (extra -D options of a target do not matter to GCC; see below):
#   tumbuh_pch_core    Qt Core + std        report
#   tumbuh_pch_sql     + Qt SQL             store, records and the tests on them
#   tumbuh_pch_widgets + Qt Widgets         ui, cli, app and the tests on them
# A file must still include what it uses: configure with -DTUMBUH_PCH=OFF to
# check.
option(TUMBUH_PCH "Precompile the common Qt and standard headers" ON)

set(TUMBUH_PCH_CORE
  <algorithm> <functional> <memory> <optional> <span> <string> <string_view> <utility> <vector>
  <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
  <QList> <QString> <QStringList> <QUuid> <QVariant>)
set(TUMBUH_PCH_SQL ${TUMBUH_PCH_CORE} <QSqlDatabase> <QSqlError> <QSqlQuery>)
set(TUMBUH_PCH_WIDGETS ${TUMBUH_PCH_SQL}
  <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QEvent> <QHBoxLayout>
  <QHeaderView> <QLabel> <QLineEdit> <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)

# GCC uses a precompiled header only when every macro defined where it was
# made is defined the same way where it is used (a target linking Qt Charts
# has QT_CHARTS_LIB, its users do not). So each header is made by a small
# target of its own that links only the Qt modules every user has, and the
# real targets reuse it. A header that cannot be used is parsed as usual: the
# warning is kept, never an error, and the build stays correct.
function(tumbuh_pch_anchor name level)
  set(source "${CMAKE_BINARY_DIR}/pch/${name}.cpp")
  if(NOT EXISTS "${source}")
    file(WRITE "${source}" "// Only the precompiled headers (cmake/TumbuhPch.cmake).\n")
  endif()
  add_library(${name} STATIC "${source}")
  target_link_libraries(${name} PRIVATE ${ARGN})
  tumbuh_strict_warnings(${name})
  target_compile_options(${name} PRIVATE -Wno-error=invalid-pch)
  target_precompile_headers(${name} PRIVATE ${TUMBUH_PCH_${level}})
endfunction()

function(tumbuh_pch_reuse target anchor)
  target_precompile_headers(${target} REUSE_FROM ${anchor})
  target_compile_options(${target} PRIVATE -Wno-error=invalid-pch)
endfunction()

# After add_subdirectory(src): the libraries and programs.
function(tumbuh_precompile_targets)
  if(NOT TUMBUH_PCH)
    return()
  endif()
  tumbuh_pch_anchor(tumbuh_pch_core CORE Qt6::Core)
  tumbuh_pch_anchor(tumbuh_pch_sql SQL Qt6::Core Qt6::Sql)
  tumbuh_pch_anchor(tumbuh_pch_widgets WIDGETS Qt6::Widgets Qt6::Sql)
  tumbuh_pch_reuse(tumbuh_report tumbuh_pch_core)
  tumbuh_pch_reuse(tumbuh_store tumbuh_pch_sql)
  tumbuh_pch_reuse(tumbuh_records tumbuh_pch_sql)
  foreach(target IN ITEMS tumbuh_ui tumbuh_cli_lib tumbuh-cli tumbuh)
    if(TARGET ${target})
      tumbuh_pch_reuse(${target} tumbuh_pch_widgets)
    endif()
  endforeach()
endfunction()

# For a test (or benchmark) linking `libs`: reuse the widest header it can.
function(tumbuh_precompile_reuse target libs)
  if(NOT TUMBUH_PCH)
    return()
  endif()
  if(libs MATCHES "(^|;)(tumbuh_ui|tumbuh_cli_lib|Qt6::Widgets)(;|$)")
    tumbuh_pch_reuse(${target} tumbuh_pch_widgets)
  elseif(libs MATCHES "(^|;)(tumbuh_store|tumbuh_records|tumbuh_test_support)(;|$)")
    tumbuh_pch_reuse(${target} tumbuh_pch_sql)
  endif()
endfunction()
