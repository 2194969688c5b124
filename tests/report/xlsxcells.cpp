// xlsxcells FILE.xlsx [--png OUT.png SHEET]: prints the workbook's sheets, in workbook order, as
// JSON for test_report: {"sheets": [{"name", "xml", "cells": [{"row", "col",
// "t", "v", "text", "s", "format"}]}]}, rows and columns 0-based, shared
// strings resolved, "format" the number format code of the cell's style.
// Read with QuaZip (unzip) and QXmlStreamReader: what Excel reads. A program
// of its own because QuaZip and libxlsxwriter cannot share a process (see
// test_monthlyxlsx.cpp).
//
// With --png it also draws the cells of SHEET as a plain grid (the column
// widths of the sheet, numbers as their format shows them, no fonts or
// fills): an honest picture of what the workbook holds, for
// docs/screenshots, where no spreadsheet program is at hand.
#include <QByteArray>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>

namespace {

std::optional<QByteArray> unzip(QuaZip& zip, const QString& name)
{
    if (!zip.setCurrentFile(name))
        return std::nullopt;
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

std::pair<int, int> cellRef(const QString& ref)
{
    int col = 0;
    qsizetype i = 0;
    while (i < ref.size() && ref[i].isLetter()) {
        col = col * 26 + (ref[i].toLatin1() - 'A' + 1);
        ++i;
    }
    return {ref.mid(i).toInt() - 1, col - 1};
}

// The sheet's cells as a grid image.
bool drawSheet(const QByteArray& xml, const QJsonArray& cells, const QString& out)
{
    QHash<int, double> widths; // column -> width in characters
    {
        QXmlStreamReader x(xml);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("col")) {
                const int first = x.attributes().value(QLatin1String("min")).toInt() - 1;
                const int last = x.attributes().value(QLatin1String("max")).toInt() - 1;
                for (int c = first; c <= last && c < 64; ++c)
                    widths.insert(c, x.attributes().value(QLatin1String("width")).toDouble());
            }
        }
    }
    int rows = 0;
    int cols = 0;
    for (const QJsonValue& v : cells) {
        rows = std::max(rows, v.toObject().value(QLatin1String("row")).toInt() + 1);
        cols = std::max(cols, v.toObject().value(QLatin1String("col")).toInt() + 1);
    }
    rows = std::min(rows, 60);
    QList<int> x0{0};
    for (int c = 0; c < cols; ++c)
        x0 << x0.last() + static_cast<int>(widths.value(c, 8.43) * 7 + 5);
    const int rowH = 20;
    const int head = 22; // the column letters
    QImage image(x0.last() + 40, rows * rowH + head + 1, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    QFont f = p.font();
    f.setPixelSize(12);
    p.setFont(f);
    p.fillRect(QRect(0, 0, image.width(), head), QColor(0xEE, 0xEE, 0xEE));
    p.fillRect(QRect(0, 0, 40, image.height()), QColor(0xEE, 0xEE, 0xEE));
    p.setPen(QColor(0xD0, 0xD0, 0xD0));
    for (int c = 0; c <= cols; ++c)
        p.drawLine(40 + x0[c], 0, 40 + x0[c], image.height());
    for (int r = 0; r <= rows; ++r)
        p.drawLine(0, head + r * rowH, image.width(), head + r * rowH);
    p.setPen(QColor(0x55, 0x55, 0x55));
    for (int c = 0; c < cols && c < 26; ++c)
        p.drawText(QRect(40 + x0[c], 0, x0[c + 1] - x0[c], head), Qt::AlignCenter, QString(QChar(u'A' + c)));
    for (int r = 0; r < rows; ++r)
        p.drawText(QRect(0, head + r * rowH, 36, rowH), Qt::AlignRight | Qt::AlignVCenter, QString::number(r + 1));
    p.setPen(Qt::black);
    for (const QJsonValue& v : cells) {
        const QJsonObject c = v.toObject();
        const int r = c.value(QLatin1String("row")).toInt();
        const int col = c.value(QLatin1String("col")).toInt();
        if (r >= rows)
            continue;
        const QString type = c.value(QLatin1String("t")).toString();
        const bool number = type.isEmpty() || type == QStringLiteral("n");
        QString text = c.value(QLatin1String("text")).toString();
        if (number && !text.isEmpty() && c.value(QLatin1String("format")).toString() == QStringLiteral("0.0%"))
            text = QString::number(text.toDouble() * 100.0, 'f', 1) + QStringLiteral("%");
        // Text runs on over empty cells to its right, as in a spreadsheet.
        const QRect rect(40 + x0[col] + 3, head + r * rowH, number ? x0[col + 1] - x0[col] - 6 : 2000, rowH);
        p.drawText(rect, (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, text);
    }
    p.end();
    return image.save(out);
}

int fail(const char* what)
{
    std::fprintf(stderr, "xlsxcells: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2 && argc != 5)
        return fail("usage: xlsxcells FILE.xlsx [--png OUT.png SHEET]");
    QuaZip zip(QString::fromLocal8Bit(argv[1]));
    if (!zip.open(QuaZip::mdUnzip))
        return fail("not a zip file");

    const auto workbook = unzip(zip, QStringLiteral("xl/workbook.xml"));
    const auto rels = unzip(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
    const auto styles = unzip(zip, QStringLiteral("xl/styles.xml"));
    if (!workbook || !rels || !styles)
        return fail("no workbook, relationships or styles");

    QList<std::pair<QString, QString>> sheetIds; // name, relationship id
    {
        QXmlStreamReader x(*workbook);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("sheet"))
                sheetIds.append({x.attributes().value(QLatin1String("name")).toString(),
                                 x.attributes().value(QLatin1String("r:id")).toString()});
        }
    }
    QHash<QString, QString> targets;
    {
        QXmlStreamReader x(*rels);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("Relationship"))
                targets.insert(x.attributes().value(QLatin1String("Id")).toString(),
                               x.attributes().value(QLatin1String("Target")).toString());
        }
    }
    QStringList shared;
    if (const auto strings = unzip(zip, QStringLiteral("xl/sharedStrings.xml"))) {
        QXmlStreamReader x(*strings);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("si"))
                shared.append(QString());
            else if (x.isStartElement() && x.name() == QLatin1String("t") && !shared.isEmpty())
                shared.last() += x.readElementText();
        }
    }
    QHash<int, QString> formatOfStyle; // cellXfs index -> number format code
    {
        QXmlStreamReader x(*styles);
        QHash<int, QString> formats;
        bool inCellXfs = false;
        int xf = 0;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("numFmt"))
                formats.insert(x.attributes().value(QLatin1String("numFmtId")).toInt(),
                               x.attributes().value(QLatin1String("formatCode")).toString());
            else if (x.isStartElement() && x.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (x.isEndElement() && x.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            else if (inCellXfs && x.isStartElement() && x.name() == QLatin1String("xf"))
                formatOfStyle.insert(xf++, formats.value(x.attributes().value(QLatin1String("numFmtId")).toInt()));
        }
    }

    QJsonArray sheets;
    for (const auto& [name, rid] : sheetIds) {
        const auto xml = unzip(zip, QStringLiteral("xl/") + targets.value(rid));
        if (!xml)
            return fail("a sheet named in the workbook is missing");
        QJsonArray cells;
        QXmlStreamReader x(*xml);
        QJsonObject cell;
        QString text;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("c")) {
                const auto [row, col] = cellRef(x.attributes().value(QLatin1String("r")).toString());
                const int style = x.attributes().value(QLatin1String("s")).toInt();
                cell = QJsonObject{{QStringLiteral("row"), row},
                                   {QStringLiteral("col"), col},
                                   {QStringLiteral("t"), x.attributes().value(QLatin1String("t")).toString()},
                                   {QStringLiteral("s"), style},
                                   {QStringLiteral("format"), formatOfStyle.value(style)}};
                text.clear();
            } else if (x.isStartElement() && x.name() == QLatin1String("v")) {
                cell.insert(QStringLiteral("v"), x.readElementText());
            } else if (x.isStartElement() && x.name() == QLatin1String("t")) {
                text += x.readElementText(); // an inline string
            } else if (x.isEndElement() && x.name() == QLatin1String("c")) {
                const QString v = cell.value(QLatin1String("v")).toString();
                if (cell.value(QLatin1String("t")).toString() == QStringLiteral("s"))
                    text = shared.value(v.toInt());
                else if (text.isEmpty())
                    text = v;
                cell.insert(QStringLiteral("text"), text);
                cells.append(cell);
            }
        }
        if (x.hasError())
            return fail("a sheet is not well-formed XML");
        if (argc == 5 && name == QString::fromLocal8Bit(argv[4])
            && !drawSheet(*xml, cells, QString::fromLocal8Bit(argv[3])))
            return fail("the picture cannot be written");
        sheets.append(QJsonObject{{QStringLiteral("name"), name},
                                  {QStringLiteral("xml"), QString::fromUtf8(*xml)},
                                  {QStringLiteral("cells"), cells}});
    }
    const QByteArray out = QJsonDocument(QJsonObject{{QStringLiteral("sheets"), sheets}}).toJson(QJsonDocument::Compact);
    std::fwrite(out.constData(), 1, static_cast<std::size_t>(out.size()), stdout);
    return 0;
}
