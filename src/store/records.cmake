# tumbuh_records: moving data in and out of the store: CSV import and export,
# posyandu packages, backup and restore, the demo city. Its own target on
# top of tumbuh_store (included from CMakeLists.txt). Its messages are in
# resources/translations/tumbuh_id.ts (contexts tumbuh::records, tumbuh::cli),
# compiled into tumbuh_store's translations.
find_package(SQLite3 REQUIRED)

add_library(tumbuh_records STATIC
  backup.cpp
  bilingual.cpp
  bulkscope.cpp
  childmatcher.cpp
  csvexporter.cpp
  csvimporter.cpp
  democity.cpp
  demogenerator.cpp
  demogrowth.cpp
  demonames.cpp
  demowriter.cpp
  filesafety.cpp
  importcolumns.cpp
  indexsetaside.cpp
  importfield.cpp
  importreader.cpp
  importrowparser.cpp
  importsession.cpp
  importvalues.cpp
  nativestatement.cpp
  packagemerger.cpp
  packagereader.cpp
  packagewriter.cpp
  readonlyconnection.cpp
  restore.cpp
  rejectswriter.cpp
  timeuuid.cpp
)
target_include_directories(tumbuh_records PUBLIC "${PROJECT_SOURCE_DIR}/src")
# SQLite3 directly for the bulk paths (prepared statements on the shared
# connection; see nativestatement.h).
find_package(Threads REQUIRED)
target_link_libraries(tumbuh_records
  PUBLIC tumbuh_store tumbuh_csv tumbuh_growth Qt6::Core Qt6::Sql
  PRIVATE SQLite::SQLite3 Threads::Threads)
tumbuh_strict_warnings(tumbuh_records)
