// xlsxcells FILE.xlsx: prints the workbook's sheets, in workbook order, as
// JSON for test_report: {"sheets": [{"name", "xml", "cells": [{"row", "col",
// "t", "v", "text", "s", "format"}]}]}, rows and columns 0-based, shared
// strings resolved, "format" the number format code of the cell's style.
// Read with QuaZip (unzip) and QXmlStreamReader: what Excel reads. A program
// of its own because QuaZip and libxlsxwriter cannot share a process (see
// test_monthlyxlsx.cpp).
#include <QByteArray>
#include <QCoreApplication>
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

int fail(const char* what)
{
    std::fprintf(stderr, "xlsxcells: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return fail("usage: xlsxcells FILE.xlsx");
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
        sheets.append(QJsonObject{{QStringLiteral("name"), name},
                                  {QStringLiteral("xml"), QString::fromUtf8(*xml)},
                                  {QStringLiteral("cells"), cells}});
    }
    const QByteArray out = QJsonDocument(QJsonObject{{QStringLiteral("sheets"), sheets}}).toJson(QJsonDocument::Compact);
    std::fwrite(out.constData(), 1, static_cast<std::size_t>(out.size()), stdout);
    return 0;
}
