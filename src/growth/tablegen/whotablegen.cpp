// Build-time generator: turns the WHO table files in who_tables/ into a C++
// source file with the L, M, S values as literals, so that the program never
// opens a table file at run time and starts instantly.
//
// The numbers are copied as the exact text of the file; the compiler parses
// them with correct rounding, which gives the same doubles as R's parser
// (who-zscore-method.md §11.1).
//
// usage: whotablegen <who_tables dir> <output .cpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Row {
    int sex = 0;
    long key = 0;
    std::string l, m, s, delta;
    std::string label;
};

[[noreturn]] void die(const std::string& msg)
{
    std::cerr << "whotablegen: " << msg << '\n';
    std::exit(1);
}

std::vector<std::string> split(const std::string& line, char sep)
{
    std::vector<std::string> out;
    std::string cur;
    for (char c : line) {
        if (c == sep) {
            out.push_back(cur);
            cur.clear();
        } else if (c != '\r') {
            cur.push_back(c);
        }
    }
    out.push_back(cur);
    return out;
}

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}

bool isNumber(const std::string& s)
{
    if (s.empty())
        return false;
    char* end = nullptr;
    std::strtod(s.c_str(), &end);
    return end && *end == '\0';
}

// "45.1" -> 451 tenths, from the text, so no floating point is involved.
long tenths(const std::string& text)
{
    const auto dot = text.find('.');
    const std::string whole = text.substr(0, dot);
    std::string frac = dot == std::string::npos ? "" : text.substr(dot + 1);
    while (frac.size() > 1 && frac.back() == '0')
        frac.pop_back();
    if (frac.size() > 1)
        die("key with more than one decimal: " + text);
    return std::stol(whole) * 10 + (frac.empty() ? 0 : (frac[0] - '0'));
}

std::vector<std::string> readLines(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        die("cannot open " + path);
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!line.empty())
            lines.push_back(line);
    }
    return lines;
}

// WHO 2006/2007 tab-separated file: sex, key, l, m, s[, loh]
std::vector<Row> readLmsTable(const std::string& path, bool keyInTenths)
{
    const auto lines = readLines(path);
    if (lines.size() < 2)
        die(path + ": no rows");
    std::vector<Row> rows;
    for (size_t i = 1; i < lines.size(); ++i) {
        const auto f = split(lines[i], '\t');
        if (f.size() < 5)
            die(path + ": short line " + std::to_string(i + 1));
        Row r;
        r.sex = std::stoi(f[0]);
        r.key = keyInTenths ? tenths(f[1]) : std::stol(f[1]);
        r.l = f[2];
        r.m = f[3];
        r.s = f[4];
        if (!isNumber(r.l) || !isNumber(r.m) || !isNumber(r.s))
            die(path + ": not a number on line " + std::to_string(i + 1));
        rows.push_back(r);
    }
    return rows;
}

std::string cEscape(const std::string& s)
{
    std::string out;
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c < 0x20 || c >= 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\%03o", c);
            out += buf;
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    return out;
}

void emitLmsTable(std::ostream& out, const std::string& symbol, const std::string& path,
                  bool keyInTenths)
{
    const auto rows = readLmsTable(path, keyInTenths);
    long first[3] = {0, -1, -1};
    long count[3] = {0, 0, 0};
    for (int sex = 1; sex <= 2; ++sex) {
        long expect = -1;
        for (const auto& r : rows) {
            if (r.sex != sex)
                continue;
            if (expect < 0)
                first[sex] = r.key;
            else if (r.key != expect)
                die(path + ": keys are not contiguous near " + std::to_string(r.key));
            expect = r.key + 1;
            ++count[sex];
        }
    }
    if (first[1] != first[2] || count[1] != count[2] || count[1] == 0)
        die(path + ": boys and girls cover different keys");
    for (int sex = 1; sex <= 2; ++sex) {
        out << "const Lms " << symbol << (sex == 1 ? "Boys" : "Girls") << "[" << count[sex]
            << "] = {\n";
        for (const auto& r : rows)
            if (r.sex == sex)
                out << "    {" << r.l << ", " << r.m << ", " << r.s << "},\n";
        out << "};\n";
    }
    out << "extern const TableData " << symbol << ";\n";
    out << "const TableData " << symbol << " = {" << first[1] << ", " << count[1] << ", {"
        << symbol << "Boys, " << symbol << "Girls}};\n\n";
}

// WHO 2009 velocity CSV: Interval,L,M,S[,Delta],-3 SD,...
void emitVelocityTable(std::ostream& out, const std::string& symbol, const std::string& path)
{
    const auto lines = readLines(path);
    if (lines.size() < 2)
        die(path + ": no rows");
    const auto header = split(lines[0], ',');
    const bool hasDelta = header.size() > 4 && trim(header[4]) == "Delta";
    out << "const VelocityRow " << symbol << "Rows[" << lines.size() - 1 << "] = {\n";
    for (size_t i = 1; i < lines.size(); ++i) {
        const auto f = split(lines[i], ',');
        if (f.size() < 4)
            die(path + ": short line");
        const std::string delta = hasDelta ? f[4] : "0";
        if (!isNumber(f[1]) || !isNumber(f[2]) || !isNumber(f[3]) || !isNumber(delta))
            die(path + ": not a number on line " + std::to_string(i + 1));
        out << "    {\"" << cEscape(f[0]) << "\", " << f[1] << ", " << f[2] << ", " << f[3]
            << ", " << delta << "},\n";
    }
    out << "};\n";
    out << "extern const VelocityData " << symbol << ";\n";
    out << "const VelocityData " << symbol << " = {" << symbol << "Rows, " << lines.size() - 1
        << "};\n\n";
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3)
        die("usage: whotablegen <who_tables dir> <output.cpp>");
    const std::string dir = argv[1];
    std::ostringstream out;
    out << "// Generated by whotablegen from who_tables/. Do not edit.\n"
           "#include \"growth/whotables_data.h\"\n\n"
           "namespace tumbuh::growth::data {\n\n";
    const std::string g6 = dir + "/child-growth-standards-2006/";
    const std::string g7 = dir + "/growth-reference-2007/";
    const std::string v9 = dir + "/growth-velocity-2009/";
    emitLmsTable(out, "kWei", g6 + "weianthro.txt", false);
    emitLmsTable(out, "kLen", g6 + "lenanthro.txt", false);
    emitLmsTable(out, "kBmi", g6 + "bmianthro.txt", false);
    emitLmsTable(out, "kHc", g6 + "hcanthro.txt", false);
    emitLmsTable(out, "kAc", g6 + "acanthro.txt", false);
    emitLmsTable(out, "kTs", g6 + "tsanthro.txt", false);
    emitLmsTable(out, "kSs", g6 + "ssanthro.txt", false);
    emitLmsTable(out, "kWfl", g6 + "wflanthro.txt", true);
    emitLmsTable(out, "kWfh", g6 + "wfhanthro.txt", true);
    emitLmsTable(out, "kHfa2007", g7 + "hfawho2007.txt", false);
    emitLmsTable(out, "kWfa2007", g7 + "wfawho2007.txt", false);
    emitLmsTable(out, "kBfa2007", g7 + "bfawho2007.txt", false);
    emitVelocityTable(out, "kWeightInc1moBoys", v9 + "weight-increments-1mo-boys.csv");
    emitVelocityTable(out, "kWeightInc1moGirls", v9 + "weight-increments-1mo-girls.csv");
    emitVelocityTable(out, "kWeightInc2moBoys", v9 + "weight-increments-2mo-boys.csv");
    emitVelocityTable(out, "kWeightInc2moGirls", v9 + "weight-increments-2mo-girls.csv");
    emitVelocityTable(out, "kLengthInc2moBoys", v9 + "length-increments-2mo-boys.csv");
    emitVelocityTable(out, "kLengthInc2moGirls", v9 + "length-increments-2mo-girls.csv");
    emitVelocityTable(out, "kHeadcInc2moBoys", v9 + "headcirc-increments-2mo-boys.csv");
    emitVelocityTable(out, "kHeadcInc2moGirls", v9 + "headcirc-increments-2mo-girls.csv");
    out << "} // namespace tumbuh::growth::data\n";

    // Write only when changed, so an unchanged table does not rebuild the world.
    const std::string text = out.str();
    {
        std::ifstream old(argv[2], std::ios::binary);
        std::stringstream ss;
        ss << old.rdbuf();
        if (old && ss.str() == text)
            return 0;
    }
    std::ofstream f(argv[2], std::ios::binary);
    f << text;
    if (!f)
        die(std::string("cannot write ") + argv[2]);
    return 0;
}
