#include "records/followup/destinations.h"

#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace tumbuh::records {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tumbuh::records", text);
}

constexpr std::array<std::string_view, 5> kColumns{"code", "group", "label_id", "label_en", "contact"};

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())).trimmed();
}

bool validCode(const QString& code)
{
    return !code.isEmpty() && std::all_of(code.begin(), code.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

DestinationsParse fail(std::size_t line, const QString& message)
{
    DestinationsParse r;
    r.errorLine = static_cast<int>(line);
    r.error = line > 0 ? tr("Line %1: %2").arg(line).arg(message) : message;
    return r;
}

// Health first, each group in the order of the file.
void healthFirst(std::vector<Destination>& list)
{
    std::stable_partition(list.begin(), list.end(),
                          [](const Destination& d) { return d.group == DestinationGroup::Health; });
}

} // namespace

QString Destination::label(bool english) const
{
    return english && !labelEn.isEmpty() ? labelEn : labelId;
}

DestinationsParse parseDestinations(const QByteArray& text)
{
    auto reader = csv::CsvReader::fromText(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (!reader.next()) {
        if (reader.error() != csv::ReadError::None)
            return fail(reader.errorLine(), tr("the file cannot be read as CSV (a quote is not closed)."));
        return fail(0, tr("The destinations file is empty."));
    }
    std::array<std::optional<std::size_t>, kColumns.size()> at;
    for (std::size_t i = 0; i < reader.size(); ++i) {
        const QString name = fromUtf8(reader[i]).toLower();
        for (std::size_t c = 0; c < kColumns.size(); ++c)
            if (name == QLatin1String(kColumns[c].data(), static_cast<qsizetype>(kColumns[c].size())))
                at[c] = i;
    }
    for (std::size_t c = 0; c < kColumns.size(); ++c)
        if (!at[c])
            return fail(reader.line(), tr("the column \"%1\" is missing (the header must name code, group, label_id, "
                                          "label_en and contact).")
                                           .arg(QLatin1String(kColumns[c].data(), static_cast<qsizetype>(kColumns[c].size()))));

    DestinationsParse result;
    std::vector<std::size_t> lines;
    while (reader.next()) {
        const std::size_t line = reader.line();
        const auto field = [&](std::size_t column) {
            const std::size_t i = *at[column];
            return i < reader.size() ? fromUtf8(reader[i]) : QString();
        };
        Destination d;
        d.code = field(0);
        const QString group = field(1);
        d.labelId = field(2);
        d.labelEn = field(3);
        d.contact = field(4);
        if (d.code.isEmpty() && group.isEmpty() && d.labelId.isEmpty() && d.labelEn.isEmpty() && d.contact.isEmpty())
            continue; // a row of empty cells, as spreadsheets leave
        if (!validCode(d.code))
            return fail(line, tr("the code \"%1\" must be letters, digits or _ and not empty.").arg(d.code));
        if (group == QLatin1String("health"))
            d.group = DestinationGroup::Health;
        else if (group == QLatin1String("lintas_sektor"))
            d.group = DestinationGroup::CrossSector;
        else
            return fail(line, tr("the group \"%1\" is unknown (write health or lintas_sektor).").arg(group));
        if (d.labelId.isEmpty())
            return fail(line, tr("the Indonesian name (label_id) of \"%1\" is empty.").arg(d.code));
        for (std::size_t i = 0; i < result.destinations.size(); ++i)
            if (result.destinations[i].code == d.code)
                return fail(line, tr("the code \"%1\" is already used on line %2.").arg(d.code).arg(lines[i]));
        result.destinations.push_back(std::move(d));
        lines.push_back(line);
    }
    if (reader.error() != csv::ReadError::None)
        return fail(reader.errorLine(), tr("the file cannot be read as CSV (a quote is not closed)."));
    if (result.destinations.empty())
        return fail(0, tr("The destinations file lists no destination."));
    healthFirst(result.destinations);
    return result;
}

const std::vector<Destination>& defaultDestinations()
{
    using G = DestinationGroup;
    static const std::vector<Destination> list{
        {QStringLiteral("bidan_desa"), G::Health, QStringLiteral("Bidan desa / bidan kelurahan"), QStringLiteral("Village midwife"), {}},
        {QStringLiteral("puskesmas_gizi"), G::Health, QStringLiteral("Puskesmas — TPG / ahli gizi"), QStringLiteral("Health centre — nutritionist"), {}},
        {QStringLiteral("puskesmas_dokter"), G::Health, QStringLiteral("Puskesmas — dokter"), QStringLiteral("Health centre — doctor"), {}},
        {QStringLiteral("kelas_ibu_balita"), G::Health, QStringLiteral("Kelas ibu balita"), QStringLiteral("Mothers' class for under-fives"), {}},
        {QStringLiteral("pmt_lokal"), G::Health, QStringLiteral("PMT lokal"), QStringLiteral("Local supplementary feeding (PMT)"), {}},
        {QStringLiteral("dinsos_pkh"), G::CrossSector, QStringLiteral("Dinas Sosial — PKH / BPNT"), QStringLiteral("Social affairs office — PKH / BPNT"), {}},
        {QStringLiteral("dinkop_umkm"), G::CrossSector, QStringLiteral("Dinas Koperasi dan UMKM — pemberdayaan ekonomi keluarga"), QStringLiteral("Cooperatives and SME office — family economic empowerment"), {}},
        {QStringLiteral("disdik_paud"), G::CrossSector, QStringLiteral("Dinas Pendidikan — PAUD"), QStringLiteral("Education office — early childhood education (PAUD)"), {}},
        {QStringLiteral("uptd_ppa"), G::CrossSector, QStringLiteral("DP3AKB / UPTD PPA — perlindungan anak"),
         QStringLiteral("DP3AKB / UPTD PPA — child protection"),
         QStringLiteral("SAPA 129: telepon 129, WhatsApp 08111-129-129")},
        {QStringLiteral("bkkbn_tpk"), G::CrossSector, QStringLiteral("BKKBN — Tim Pendamping Keluarga"), QStringLiteral("BKKBN — Family Assistance Team (TPK)"), {}},
        {QStringLiteral("lainnya"), G::CrossSector, QStringLiteral("Lainnya"), QStringLiteral("Other"), {}},
    };
    return list;
}

QString destinationsFileName()
{
    return QStringLiteral("destinations.csv");
}

LoadedDestinations loadDestinations(const QString& folder)
{
    LoadedDestinations out;
    out.destinations = defaultDestinations();
    if (folder.isEmpty())
        return out;
    const QString path = QDir(folder).filePath(destinationsFileName());
    if (!QFileInfo::exists(path))
        return out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = tr("%1 cannot be read (%2); the built-in list of destinations is used.")
                        .arg(QDir::toNativeSeparators(path), file.errorString());
        return out;
    }
    DestinationsParse parsed = parseDestinations(file.readAll());
    if (!parsed.ok()) {
        out.error = tr("%1: %2 The built-in list of destinations is used.").arg(QDir::toNativeSeparators(path), parsed.error);
        return out;
    }
    out.destinations = std::move(parsed.destinations);
    out.source = path;
    return out;
}

const Destination* findDestination(const std::vector<Destination>& list, const QString& code)
{
    const auto it = std::find_if(list.begin(), list.end(), [&](const Destination& d) { return d.code == code; });
    return it == list.end() ? nullptr : &*it;
}

} // namespace tumbuh::records
