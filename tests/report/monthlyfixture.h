#pragma once
// The hand-made database of the monthly report tests: two posyandu, the
// children of every case the F1 form has to get right, in May 2024. Each
// child's story, and what it must count as, is written beside it in
// monthlyfixture.cpp; the expected table is in test_monthlyfixture.cpp.
#include <QString>

namespace tumbuh::report::test {

inline constexpr const char* kUji = "Posyandu Uji";
inline constexpr const char* kLain = "Posyandu Lain";
inline constexpr const char* kUjiUid = "0b5e8a3c-1d2f-4a6b-9c7d-000000000001";

// Makes the database at `path` (schema through the store, rows by SQL).
void makeMonthlyFixture(const QString& path);

} // namespace tumbuh::report::test
