// tumbuh-cli selftest: shows, in words a district officer can read, that this
// program computes the same z-scores as WHO's own software. The data are
// compiled into the program, so it runs on any laptop that has tumbuh-cli.
#include "cli/command.h"
#include "cli/conformance.h"
#include "cli/embeddeddata.h"

#include <cstdio>
#include <string>

#ifndef TUMBUH_VERSION
#define TUMBUH_VERSION "unknown"
#endif

namespace tumbuh::cli {
namespace {

void printPart(const char* title, const char* unit, const ConformanceResult& r)
{
    std::printf("  %s\n", title);
    if (!r.error.empty()) {
        std::printf("      GAGAL: %s\n", r.error.c_str());
        return;
    }
    std::printf("      %zu/%zu %s cocok (%zu nilai dibandingkan)   %s\n", r.passed, r.cases, unit, r.values,
                r.ok() ? "COCOK" : "TIDAK COCOK");
    for (const std::string& m : r.mismatches)
        std::printf("      - %s\n", m.c_str());
    if (r.cases - r.passed > r.mismatches.size())
        std::printf("      - ... dan %zu lainnya\n", r.cases - r.passed - r.mismatches.size());
}

} // namespace

int runSelftest(Args args)
{
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
        printUsageLine("selftest");
        std::puts("  Membandingkan hitungan program dengan keluaran perangkat lunak WHO (paket R anthro dan "
                  "anthroplus) / compares the program's results with the output of WHO's software.\n"
                  "  Status keluar / exit status: 0 lulus / pass, 1 ada yang tidak cocok / mismatch.");
        return kExitOk;
    }
    if (!args.empty()) {
        std::fprintf(stderr, "tumbuh-cli selftest: tidak menerima argumen / takes no arguments\n");
        return kExitFailure;
    }

    std::printf("Tumbuh %s - uji kesesuaian dengan perangkat lunak WHO\n"
                "(conformance test against WHO's software)\n\n",
                TUMBUH_VERSION);
    const ConformanceResult anthro = checkAnthroGolden(embedded::anthroGolden);
    printPart("Anak 0-5 tahun, Standar Pertumbuhan WHO 2006 (dibandingkan dengan paket R WHO 'anthro'):", "kasus",
              anthro);
    const ConformanceResult plus = checkAnthroPlusGolden(embedded::anthroPlusGolden);
    printPart("Anak 5-19 tahun, Referensi WHO 2007 (dibandingkan dengan paket R WHO 'anthroplus'):", "kasus", plus);
    const ConformanceResult sd = checkSdRoundTrips();
    printPart("Garis -3 sampai +3 SD di setiap baris 12 tabel WHO, laki-laki dan perempuan:", "titik", sd);

    const bool pass = anthro.ok() && plus.ok() && sd.ok();
    if (pass) {
        std::puts("\nHASIL: LULUS - z-skor dan bendera dari program ini sama persis dengan perangkat lunak WHO.\n"
                  "RESULT: PASS");
        return kExitOk;
    }
    std::puts("\nHASIL: GAGAL - ada hasil yang berbeda dari perangkat lunak WHO; jangan pakai versi ini.\n"
              "RESULT: FAIL");
    return kExitRejected;
}

} // namespace tumbuh::cli
