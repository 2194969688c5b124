#pragma once
// Boost.Test prints values of failed checks; these teach it Qt's types (found
// by argument-dependent lookup, hence the global namespace). Shared by the
// test areas' fixtures.
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <ostream>

inline std::ostream& boost_test_print_type(std::ostream& os, const QString& s) { return os << s.toStdString(); }
inline std::ostream& boost_test_print_type(std::ostream& os, const QStringList& l)
{
    return os << '[' << l.join(QStringLiteral(", ")).toStdString() << ']';
}
inline std::ostream& boost_test_print_type(std::ostream& os, const QDate& d)
{
    return os << d.toString(Qt::ISODate).toStdString();
}
inline std::ostream& boost_test_print_type(std::ostream& os, const QDateTime& t)
{
    return os << t.toString(Qt::ISODateWithMs).toStdString();
}
inline std::ostream& boost_test_print_type(std::ostream& os, const QUuid& u) { return os << u.toString().toStdString(); }
