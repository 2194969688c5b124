#include "cli/command.h"

#include <array>
#include <cstdio>

namespace tumbuh::cli {
namespace {

// One line per command, in the order --help lists them. The usage is written
// only here: each command's --help and its complaint about missing arguments
// show it (cli/recordscommand.h).
constexpr std::array kCommands{
    Command{"zscore", "hitung z-skor WHO untuk berkas CSV / WHO z-scores for a CSV file",
            "INPUT.csv -o OUTPUT.csv [--age-unit days|months] [--reference who2006|who2007]", &runZscore},
    Command{"selftest", "uji kesesuaian dengan perangkat lunak WHO / conformance test against WHO's software", "",
            &runSelftest},
    Command{"demo", "buat basis data demo (data fiktif) / write a demo database (invented data)",
            "-o FILE.db [--children N] [--months M] [--seed S] [--today YYYY-MM-DD] [--posyandu N]", &runDemo},
    Command{"import",
            "impor anak/pengukuran dari CSV, .xls atau .xlsx (juga daftar e-PPGBM) / import children or measurements from CSV, "
            ".xls or .xlsx",
            "--db FILE.db INPUT.csv|.xls|.htm|.html|.xlsx [--create] [--dry-run] [--rejects OUT.csv] [--map column=field,...] "
            "[--all-or-nothing] [--posyandu NAME|UID] [--update-by-nik]",
            &runImport},
    Command{"export", "ekspor CSV anak atau pengukuran / export children or measurements to CSV",
            "--db FILE.db --what children|measurements -o OUT.csv [--full-nik]", &runExport},
    Command{"package", "paket satu posyandu untuk digabung / one posyandu's package for merging",
            "--db FILE.db --posyandu NAME|UID -o FILE [--encrypt]", &runPackage},
    Command{"merge", "gabungkan paket posyandu menurut UUID / merge a posyandu package by UUID", "--db FILE.db PACKAGE",
            &runMerge},
    Command{"backup", "cadangkan basis data / back up the database", "--db FILE.db [--dir DIR] [--keep N]", &runBackup},
    Command{"restore", "pulihkan basis data dari cadangan / restore the database from a backup", "--db FILE.db BACKUP",
            &runRestore},
    Command{"referrals", "daftar rujukan sebagai CSV (juga yang terlambat) / referrals as CSV (also the overdue ones)",
            "--db FILE.db [--overdue] [--posyandu NAME|UID] [--today YYYY-MM-DD] -o OUT.csv", &runReferrals},
    Command{"card", "kartu pertumbuhan anak sebagai PDF / growth cards as PDF for printing",
            "--db FILE.db --child UID|--posyandu NAME|UID -o CARD.pdf|FOLDER [--paper a4|a5]", &runCard},
    Command{"at-risk", "daftar anak yang perlu perhatian bulan ini / children who need attention in a month",
            "--db FILE.db --month YYYY-MM [--posyandu NAME|UID] [-o OUT.csv [--full-nik]]", &runAtRisk},
    Command{"report", "laporan bulanan F1/SKDN, status gizi, daftar anak / the monthly report",
            "--db FILE.db --month YYYY-MM [--posyandu NAME|UID ...] --format xlsx|csv|pdf -o OUT [--full-nik]", &runReport},
    Command{"referral-slip", "surat rujukan sebagai PDF / a referral slip as PDF for printing",
            "--db FILE.db --referral UID -o SLIP.pdf", &runReferralSlip},
    Command{"consent-notice", "surat persetujuan orang tua sebagai PDF / the consent notice for parents as PDF",
            "--db FILE.db [--child UID] -o NOTICE.pdf", &runConsentNotice},
};

} // namespace

std::span<const Command> commands()
{
    return kCommands;
}

const Command* findCommand(std::string_view name)
{
    for (const Command& c : kCommands) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

void printUsageLine(std::string_view name)
{
    const Command* c = findCommand(name);
    const std::string_view usage = c ? c->usage : std::string_view();
    std::printf("Penggunaan / Usage: tumbuh-cli %.*s%s%.*s\n", static_cast<int>(name.size()), name.data(),
                usage.empty() ? "" : " ", static_cast<int>(usage.size()), usage.data());
}

} // namespace tumbuh::cli
