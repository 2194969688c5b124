#pragma once
// How Boost.Test prints Qt values and store codes in failure messages.
#include "store/error.h"

#include <QColor>
#include <QDate>
#include <QString>
#include <QUuid>

#include <ostream>

inline std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << s.toStdString();
}

inline std::ostream& operator<<(std::ostream& os, const QDate& d)
{
    return os << d.toString(Qt::ISODate).toStdString();
}

inline std::ostream& operator<<(std::ostream& os, const QUuid& u)
{
    return os << u.toString().toStdString();
}

inline std::ostream& operator<<(std::ostream& os, const QColor& c)
{
    return os << c.name().toStdString();
}

namespace tumbuh::store {
inline std::ostream& operator<<(std::ostream& os, ErrorCode c)
{
    return os << "ErrorCode(" << static_cast<int>(c) << ")";
}
} // namespace tumbuh::store
