#include "store/auditjson.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

namespace tumbuh::store {
namespace {

char hexDigit(unsigned v)
{
    return "0123456789abcdef"[v & 0xFU];
}

void appendEscapedUnit(QByteArray& out, char16_t u)
{
    const char esc[6] = {'\\', 'u', hexDigit(u >> 12U), hexDigit(u >> 8U), hexDigit(u >> 4U), hexDigit(u)};
    out.append(esc, 6);
}

// As Qt's escapedString (qjsonwriter.cpp): ", \ and controls escaped
// (\b \f \n \r \t by name, others as \u00xx), everything else as UTF-8, a
// lone surrogate as \uxxxx.
void appendString(QByteArray& out, const QString& s)
{
    out.append('"');
    const char16_t* p = reinterpret_cast<const char16_t*>(s.constData());
    const char16_t* const end = p + s.size();
    while (p != end) {
        // A run of plain ASCII at once.
        const char16_t* run = p;
        while (run != end && *run < 0x80 && *run >= 0x20 && *run != u'"' && *run != u'\\')
            ++run;
        if (run != p) {
            const auto n = run - p;
            const qsizetype at = out.size();
            out.resize(at + n);
            char* dst = out.data() + at;
            for (; p != run; ++p)
                *dst++ = static_cast<char>(*p);
            continue;
        }
        const char16_t u = *p++;
        if (u < 0x80) {
            out.append('\\');
            switch (u) {
            case u'"':
                out.append('"');
                break;
            case u'\\':
                out.append('\\');
                break;
            case 0x8:
                out.append('b');
                break;
            case 0xc:
                out.append('f');
                break;
            case 0xa:
                out.append('n');
                break;
            case 0xd:
                out.append('r');
                break;
            case 0x9:
                out.append('t');
                break;
            default: {
                const char tail[5] = {'u', '0', '0', hexDigit(u >> 4U), hexDigit(u)};
                out.append(tail, 5);
            }
            }
        } else if (u < 0x800) {
            const char b[2] = {static_cast<char>(0xC0U | (u >> 6U)), static_cast<char>(0x80U | (u & 0x3FU))};
            out.append(b, 2);
        } else if (u < 0xD800 || u > 0xDFFF) {
            const char b[3] = {static_cast<char>(0xE0U | (u >> 12U)), static_cast<char>(0x80U | ((u >> 6U) & 0x3FU)),
                               static_cast<char>(0x80U | (u & 0x3FU))};
            out.append(b, 3);
        } else if (u < 0xDC00 && p != end && *p >= 0xDC00 && *p <= 0xDFFF) {
            const char32_t c = 0x10000U + ((static_cast<char32_t>(u) - 0xD800U) << 10U) + (static_cast<char32_t>(*p) - 0xDC00U);
            ++p;
            const char b[4] = {static_cast<char>(0xF0U | (c >> 18U)), static_cast<char>(0x80U | ((c >> 12U) & 0x3FU)),
                               static_cast<char>(0x80U | ((c >> 6U) & 0x3FU)), static_cast<char>(0x80U | (c & 0x3FU))};
            out.append(b, 4);
        } else {
            appendEscapedUnit(out, u);
        }
    }
    out.append('"');
}

void appendValue(QByteArray& out, const QJsonValue& v);

void appendArray(QByteArray& out, const QJsonArray& a)
{
    out.append('[');
    bool first = true;
    for (const QJsonValue& v : a) {
        if (!first)
            out.append(',');
        first = false;
        appendValue(out, v);
    }
    out.append(']');
}

void appendValue(QByteArray& out, const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        out.append(v.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        // Qt keeps integers as integers (QCborValue::Integer) and writes
        // doubles in their shortest form; non-finite ones as null.
        const QCborValue c = QCborValue::fromJsonValue(v);
        if (c.isInteger()) {
            out.append(QByteArray::number(c.toInteger()));
        } else {
            const double d = c.toDouble();
            if (qIsFinite(d))
                out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
            else
                out.append("null");
        }
        break;
    }
    case QJsonValue::String:
        appendString(out, v.toString());
        break;
    case QJsonValue::Array:
        appendArray(out, v.toArray());
        break;
    case QJsonValue::Object:
        appendCompactJson(out, v.toObject());
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    }
}

} // namespace

void appendCompactJson(QByteArray& out, const QJsonObject& o)
{
    out.append('{');
    bool first = true;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, it.key());
        out.append(':');
        appendValue(out, it.value());
    }
    out.append('}');
}

QByteArray compactJson(const QJsonObject& o)
{
    QByteArray out;
    out.reserve(256);
    appendCompactJson(out, o);
    return out;
}

} // namespace tumbuh::store
