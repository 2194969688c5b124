#include "records/import/xlsxworkbook.h"

#include "records/import/importfield.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

#include <zip.h>

namespace tumbuh::records {
namespace {

Error refusal(const QString& message)
{
    return Error{ErrorCode::InvalidFormat, {}, message, {}, {}};
}

QString zipReason(int code)
{
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    const QString reason = QString::fromUtf8(zip_error_strerror(&e));
    zip_error_fini(&e);
    return reason;
}

bool startsWithZipMagic(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(2) == "PK";
}

// A part named by a relationship of xl/workbook.xml, as a path in the zip.
QString resolvedTarget(const QString& target)
{
    QString t = target;
    if (t.startsWith(QLatin1Char('/')))
        return t.mid(1);
    while (t.startsWith(QLatin1String("./")))
        t = t.mid(2);
    return QStringLiteral("xl/") + t;
}

} // namespace

XlsxWorkbook::~XlsxWorkbook()
{
    if (zip_ != nullptr)
        zip_discard(zip_);
}

Error XlsxWorkbook::damaged(const QString& reason) const
{
    return refusal(QCoreApplication::translate("tumbuh::records", "The file %1 is damaged or incomplete, so it cannot be read as an .xlsx "
                                                                  "workbook (%2). Nothing was saved. Copy or download the file again.")
                       .arg(path_, reason));
}

Result<std::unique_ptr<XlsxWorkbook>> XlsxWorkbook::open(const QString& path)
{
    std::unique_ptr<XlsxWorkbook> w(new XlsxWorkbook);
    w->path_ = path;
    int code = 0;
    w->zip_ = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (w->zip_ == nullptr) {
        if (code == ZIP_ER_OPEN || code == ZIP_ER_NOENT || code == ZIP_ER_READ) {
            return Error{ErrorCode::CannotOpen, {}, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be read.").arg(path), {}, {}};
        }
        if (code == ZIP_ER_NOZIP && !startsWithZipMagic(path)) {
            return refusal(QCoreApplication::translate("tumbuh::records", "The file %1 is not an .xlsx workbook (it is not a zip archive). Nothing "
                                                                          "was saved. Save it from the spreadsheet as .xlsx or CSV, or import the "
                                                                          "original e-PPGBM download.")
                               .arg(path));
        }
        return w->damaged(zipReason(code));
    }
    if (auto r = w->readWorkbook(); !r)
        return r.error();
    if (auto r = w->readSharedStrings(); !r)
        return r.error();
    return w;
}

Result<QByteArray> XlsxWorkbook::readPart(const QString& name, bool required) const
{
    zip_file_t* f = zip_fopen(zip_, name.toUtf8().constData(), ZIP_FL_NOCASE);
    if (f == nullptr) {
        if (!required && zip_error_code_zip(zip_get_error(zip_)) == ZIP_ER_NOENT)
            return QByteArray();
        return damaged(QString::fromUtf8(zip_strerror(zip_)));
    }
    QByteArray bytes;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(f, buffer, sizeof buffer);
        if (n < 0) {
            const QString reason = QString::fromUtf8(zip_file_strerror(f));
            zip_fclose(f);
            return damaged(reason);
        }
        if (n == 0)
            break;
        bytes.append(buffer, static_cast<qsizetype>(n));
    }
    zip_fclose(f);
    return bytes;
}

Result<void> XlsxWorkbook::readWorkbook()
{
    auto workbook = readPart(QStringLiteral("xl/workbook.xml"), false);
    if (!workbook)
        return workbook.error();
    struct Sheet {
        QString name;
        QString relation;
    };
    std::vector<Sheet> sheets;
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                const auto v = xml.attributes().value(QLatin1String("date1904"));
                date1904_ = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                Sheet s;
                for (const QXmlStreamAttribute& a : xml.attributes()) {
                    if (a.name() == QLatin1String("name"))
                        s.name = a.value().toString();
                    else if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                        s.relation = a.value().toString();
                }
                sheets.push_back(std::move(s));
            }
        }
        if (xml.hasError() && !workbook->isEmpty())
            return damaged(xml.errorString());
    }
    // Where the parts are (xl/_rels/workbook.xml.rels).
    auto rels = readPart(QStringLiteral("xl/_rels/workbook.xml.rels"), false);
    if (!rels)
        return rels.error();
    std::vector<std::pair<QString, QString>> targets; // id, part
    QString sharedStrings = QStringLiteral("xl/sharedStrings.xml");
    {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("Relationship"))
                continue;
            const auto a = xml.attributes();
            const QString part = resolvedTarget(a.value(QLatin1String("Target")).toString());
            if (a.value(QLatin1String("Type")).endsWith(QLatin1String("/sharedStrings")))
                sharedStrings = part;
            targets.emplace_back(a.value(QLatin1String("Id")).toString(), part);
        }
    }
    sharedStringsPart_ = sharedStrings;

    // The sheet: one named like an e-PPGBM "Daftar Anak ..." list, else the first.
    const Sheet* chosen = sheets.empty() ? nullptr : &sheets.front();
    for (const Sheet& s : sheets) {
        if (ImportFieldNames::key(s.name).contains(QLatin1String("daftaranak"))) {
            chosen = &s;
            break;
        }
    }
    auto exists = [&](const QString& part) { return zip_name_locate(zip_, part.toUtf8().constData(), ZIP_FL_NOCASE) >= 0; };
    if (chosen != nullptr) {
        sheetName_ = chosen->name;
        for (const auto& [id, part] : targets) {
            if (id == chosen->relation && exists(part))
                sheetPart_ = part;
        }
    }
    if (sheetPart_.isEmpty()) {
        // No workbook part, or one that names no sheet it has: the first
        // worksheet in the archive.
        const zip_int64_t count = zip_get_num_entries(zip_, 0);
        for (zip_int64_t i = 0; i < count && sheetPart_.isEmpty(); ++i) {
            const char* name = zip_get_name(zip_, static_cast<zip_uint64_t>(i), 0);
            const QString n = name != nullptr ? QString::fromUtf8(name) : QString();
            if (n.startsWith(QLatin1String("xl/worksheets/"), Qt::CaseInsensitive) && n.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive)
                && !n.contains(QLatin1String("/_rels/")))
                sheetPart_ = n;
        }
    }
    if (sheetPart_.isEmpty()) {
        return refusal(QCoreApplication::translate("tumbuh::records", "The file %1 is a zip archive without a worksheet, so it is not an .xlsx "
                                                                      "workbook. Nothing was saved. Save it from the spreadsheet as .xlsx or CSV.")
                           .arg(path_));
    }
    return {};
}

Result<void> XlsxWorkbook::readSharedStrings()
{
    auto bytes = readPart(sharedStringsPart_, false);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(*bytes);
    std::string current;
    bool inItem = false;
    bool inText = false;
    int phonetic = 0; // inside <rPh>: a reading aid, not the text
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (xml.name() == QLatin1String("rPh")) {
                ++phonetic;
            } else if (xml.name() == QLatin1String("t")) {
                inText = inItem && phonetic == 0;
            }
            break;
        case QXmlStreamReader::Characters:
            if (inText)
                current += xml.text().toUtf8().toStdString();
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == QLatin1String("t")) {
                inText = false;
            } else if (xml.name() == QLatin1String("rPh")) {
                --phonetic;
            } else if (xml.name() == QLatin1String("si")) {
                strings_ += current;
                stringEnds_.push_back(strings_.size());
                inItem = false;
            }
            break;
        default: break;
        }
    }
    if (xml.hasError() && !bytes->isEmpty())
        return damaged(xml.errorString());
    return {};
}

std::string_view XlsxWorkbook::sharedString(std::size_t index) const
{
    if (index >= stringEnds_.size())
        return {};
    const std::size_t begin = index == 0 ? 0 : stringEnds_[index - 1];
    return std::string_view(strings_).substr(begin, stringEnds_[index] - begin);
}

zip_file* XlsxWorkbook::openSheet() const
{
    return zip_fopen(zip_, sheetPart_.toUtf8().constData(), ZIP_FL_NOCASE);
}

} // namespace tumbuh::records
