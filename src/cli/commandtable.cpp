#include "cli/command.h"

#include <array>

namespace tumbuh::cli {
namespace {

// One line per command. Later: demo, import, export, merge, backup, restore,
// report, card.
constexpr std::array kCommands{
    Command{"zscore", "hitung z-skor WHO untuk berkas CSV / WHO z-scores for a CSV file",
            "INPUT.csv -o OUTPUT.csv [--age-unit days|months] [--reference who2006|who2007]", &runZscore},
    Command{"selftest", "uji kesesuaian dengan perangkat lunak WHO / conformance test against WHO's software", "",
            &runSelftest},
    Command{"demo", "buat basis data demo (data fiktif) / write a demo database (invented data)",
            "-o FILE.db [--children N] [--months M] [--seed S] [--today YYYY-MM-DD]", &runDemo},
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

} // namespace tumbuh::cli
