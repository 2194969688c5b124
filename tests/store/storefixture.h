#pragma once
// Test helpers: a fresh database file in a temporary folder with a user and
// a posyandu, and synthetic children (no real names or NIKs).
#include "store/child.h"
#include "store/database.h"
#include "store/measurement.h"
#include "store/result.h"
#include "support/testprint.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <QDateTime>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <ostream>
#include <string>

// QByteArray as this area's tests read it (the other Qt types: support/testprint.h).
inline std::ostream& boost_test_print_type(std::ostream& os, const QByteArray& b) { return os << b.toHex().toStdString(); }

namespace tumbuh::store::test {

// The error message of a failed Result, for BOOST_REQUIRE_MESSAGE.
template <typename T>
std::string why(const Result<T>& r)
{
    return r.ok() ? std::string() : r.error().message.toStdString();
}

// Today as the store sees it in tests.
inline const QDate kToday(2024, 6, 15);

struct TempStore {
    TempStore();
    QString path() const { return dir.filePath(QStringLiteral("tumbuh.db")); }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    UserId kader = 0;
    RowId posyandu = 0;

    Child child(const QString& name, const QDate& birth, growth::Sex sex = growth::Sex::Female) const;
    RowId addChild(const QString& name, const QDate& birth, growth::Sex sex = growth::Sex::Female,
                   RowId posyanduId = 0);
    Measurement weighing(RowId childId, const QDate& date, int grams) const;
    RowId addWeighing(RowId childId, const QDate& date, int grams);
    RowId addPosyandu(const QString& name);
    qint64 count(const QString& table) const;
};

std::unique_ptr<Database> openOrFail(const QString& path);
QByteArray fileHash(const QString& path);
// Runs SQL on a file without the store (to build fixtures and damage).
void rawExec(const QString& path, const QByteArray& sql);

// Switches the message language for one scope.
class Language {
public:
    explicit Language(const QString& lang);
    ~Language();
};

} // namespace tumbuh::store::test
