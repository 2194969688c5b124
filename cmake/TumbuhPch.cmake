# Precompiled headers: the Qt and standard headers nearly every file includes
# are parsed once per group of targets instead of once per file. Two full
# builds (the normal one and the sanitizer one) are most of CI's time, and
# Qt's headers are most of each file's compile time (measured: 35-50 % less
# per UI file).
#
# Three headers are precompiled, each by the lowest target that can use it,
# and reused by the targets above it (GCC accepts a reused header when the
# macros it depends on are the same; extra -D options of a test do not
# matter, and a header it cannot use is simply parsed again: correctness
# never depends on it):
#   tumbuh_store  Qt Core + Qt SQL + std   reused by records and the tests on them
#   tumbuh_report Qt Core + std            (report has no SQL)
#   tumbuh_ui     + Qt Widgets             reused by cli, app and the tests on ui
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

# After add_subdirectory(src): the libraries and programs.
function(tumbuh_precompile_targets)
  if(NOT TUMBUH_PCH)
    return()
  endif()
  target_precompile_headers(tumbuh_store PRIVATE ${TUMBUH_PCH_SQL})
  target_precompile_headers(tumbuh_report PRIVATE ${TUMBUH_PCH_CORE})
  target_precompile_headers(tumbuh_ui PRIVATE ${TUMBUH_PCH_WIDGETS})
  target_precompile_headers(tumbuh_records REUSE_FROM tumbuh_store)
  foreach(target IN ITEMS tumbuh_cli_lib tumbuh-cli tumbuh)
    if(TARGET ${target})
      target_precompile_headers(${target} REUSE_FROM tumbuh_ui)
    endif()
  endforeach()
endfunction()

# For a test (or benchmark) linking `libs`: reuse the widest header it can.
function(tumbuh_precompile_reuse target libs)
  if(NOT TUMBUH_PCH)
    return()
  endif()
  if(libs MATCHES "(^|;)(tumbuh_ui|tumbuh_cli_lib|Qt6::Widgets)(;|$)")
    target_precompile_headers(${target} REUSE_FROM tumbuh_ui)
  elseif(libs MATCHES "(^|;)(tumbuh_store|tumbuh_records|tumbuh_test_support)(;|$)")
    target_precompile_headers(${target} REUSE_FROM tumbuh_store)
  endif()
endfunction()
