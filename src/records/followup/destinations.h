#pragma once
// Where a child or a family is referred (indonesia-domain.md §2.5, §5): the
// health destinations first (bidan desa, puskesmas, kelas ibu balita, PMT
// lokal), then the cross-sector ones (Dinas Sosial, Dinas Koperasi/UMKM,
// Dinas Pendidikan, DP3AKB/UPTD PPA, BKKBN TPK, lainnya).
//
// The list is data: resources/followup/destinations.csv ships with the
// program and equals defaultDestinations() (a test keeps them equal). A
// puskesmas may edit its own copy: a file named destinations.csv in the
// folder of the open database is read instead of the default.
//
// File format (UTF-8 CSV, ',' or ';', a BOM and CRLF accepted):
//
//   code,group,label_id,label_en,contact      <- header, these five columns in any order
//   bidan_desa,health,Bidan desa,Village midwife,
//
// - code: letters, digits and '_' (stored in the referral), unique;
// - group: health or lintas_sektor;
// - label_id: the Indonesian name, not empty; label_en may be empty (the
//   Indonesian one is shown then); contact is free text (phone, address).
#include <QByteArray>
#include <QString>

#include <vector>

namespace tumbuh::records {

enum class DestinationGroup { Health,
                              CrossSector };

struct Destination {
    QString code;
    DestinationGroup group = DestinationGroup::Health;
    QString labelId;
    QString labelEn;
    QString contact;

    // The name in the program's language ("id" unless English is chosen).
    QString label(bool english = false) const;
    bool operator==(const Destination&) const = default;
};

struct DestinationsParse {
    std::vector<Destination> destinations; // health first, each group in file order
    QString error;                         // translated, "Line 4: ..." ; empty on success
    int errorLine = 0;                     // 1-based, 0 when not tied to a line
    bool ok() const { return error.isEmpty(); }
};

// Never throws: every problem comes back in DestinationsParse::error.
DestinationsParse parseDestinations(const QByteArray& text);

// The list compiled into the program, equal to resources/followup/destinations.csv.
const std::vector<Destination>& defaultDestinations();

// "destinations.csv": the name of a puskesmas's own copy.
QString destinationsFileName();

struct LoadedDestinations {
    std::vector<Destination> destinations;
    QString source; // the file read, or empty for the compiled default
    QString error;  // why the copy in the folder was not used (then the default is)
};

// The copy in `folder` when there is one and it parses, else the default.
LoadedDestinations loadDestinations(const QString& folder);

// The destination with this code, or nullptr.
const Destination* findDestination(const std::vector<Destination>& list, const QString& code);

} // namespace tumbuh::records
