// The attention rules file: parser and compiled default (format in
// growth/attention.h).
#include "growth/attention.h"

#include <algorithm>
#include <charconv>

namespace tumbuh::growth {
namespace {

constexpr int kMaxSeverity = 999;

constexpr std::string_view kTopicColumns[] = {"code", "label_id", "label_en"};
constexpr std::string_view kRuleColumns[] = {"code", "action", "severity", "topic",
                                             "short_id", "short_en", "rule_id", "rule_en"};

std::string_view trim(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

struct Failure {
    int line = 0;
    int column = 0;
    std::string message;
};

AttentionRulesParseResult fail(Failure f)
{
    AttentionRulesParseResult r;
    r.errorLine = f.line;
    r.errorColumn = f.column;
    if (f.line > 0 && f.column > 0)
        r.error = "line " + std::to_string(f.line) + ", column " + std::to_string(f.column) + ": " + f.message;
    else if (f.line > 0)
        r.error = "line " + std::to_string(f.line) + ": " + f.message;
    else
        r.error = std::move(f.message);
    return r;
}

// Splits one line into fields ("" quoting). Empty message on success.
std::string splitFields(std::string_view line, std::vector<std::string>& fields, int& badColumn)
{
    fields.clear();
    std::size_t i = 0;
    for (;;) {
        const int column = static_cast<int>(fields.size()) + 1;
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        std::string field;
        if (i < line.size() && line[i] == '"') {
            ++i;
            bool closed = false;
            while (i < line.size()) {
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                field += line[i++];
            }
            if (!closed) {
                badColumn = column;
                return "a quoted field is not closed (a \" is missing)";
            }
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
                ++i;
            if (i < line.size() && line[i] != ',') {
                badColumn = column;
                return "text after the closing quote of a field";
            }
        } else {
            const std::size_t comma = line.find(',', i);
            const std::size_t end = comma == std::string_view::npos ? line.size() : comma;
            const std::string_view raw = trim(line.substr(i, end - i));
            if (raw.find('"') != std::string_view::npos) {
                badColumn = column;
                return "a field with a quote must be written in quotes, with \"\" for the quote";
            }
            field = std::string(raw);
            i = end;
        }
        fields.push_back(std::move(field));
        if (i >= line.size())
            return {};
        ++i; // the comma
    }
}

bool validTopicCode(std::string_view code)
{
    return !code.empty() && std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

// Empty when the words are acceptable, otherwise why not.
std::string wordsProblem(std::string_view words)
{
    if (words.empty())
        return "the words are empty";
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] == '}')
            return "a '}' without its '{'";
        if (words[i] != '{')
            continue;
        const std::size_t close = words.find('}', i);
        if (close == std::string_view::npos)
            return "a '{' without its '}'";
        const std::string_view name = words.substr(i + 1, close - i - 1);
        if (name != "value" && name != "threshold" && name != "detail")
            return "unknown placeholder {" + std::string(name) + "} (use {value}, {threshold} or {detail})";
        i = close;
    }
    return {};
}

enum class Section { None,
                     Topics,
                     Rules };

// Column positions of a section, from its header line.
struct Header {
    std::vector<std::string_view> names; // in file order
    int index(std::string_view name) const
    {
        const auto it = std::find(names.begin(), names.end(), name);
        return it == names.end() ? -1 : static_cast<int>(it - names.begin());
    }
};

template <std::size_t N>
std::optional<Failure> readHeader(const std::vector<std::string>& fields, const std::string_view (&expected)[N],
                                  int line, std::string_view section, Header& header)
{
    header.names.clear();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const int column = static_cast<int>(i) + 1;
        const auto known = std::find(std::begin(expected), std::end(expected), fields[i]);
        if (known == std::end(expected))
            return Failure{line, column, "unknown column '" + fields[i] + "' in " + std::string(section)};
        if (header.index(*known) >= 0)
            return Failure{line, column, "the column '" + fields[i] + "' is given twice"};
        header.names.push_back(*known);
    }
    for (const std::string_view name : expected)
        if (header.index(name) < 0)
            return Failure{line, 0, "the column '" + std::string(name) + "' is missing from the " + std::string(section) + " header"};
    return std::nullopt;
}

std::optional<int> parseInt(std::string_view field)
{
    int value = 0;
    const char* end = field.data() + field.size();
    const auto [ptr, ec] = std::from_chars(field.data(), end, value);
    if (field.empty() || ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

} // namespace

AttentionRulesParseResult parseAttentionRules(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    AttentionRules rules;
    std::array<int, kAttentionCodeCount> ruleLine{}; // 0: not given yet
    Section section = Section::None;
    bool topicsSeen = false;
    bool rulesSeen = false;
    bool needHeader = false;
    Header header;
    std::vector<std::string> fields;

    int lineNo = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t nl = text.find('\n', pos);
        std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        const std::string_view t = trim(line);
        if (t.empty() || t.front() == '#')
            continue;

        if (t == "[topics]") {
            if (topicsSeen)
                return fail({lineNo, 0, "the [topics] section is given twice"});
            if (rulesSeen)
                return fail({lineNo, 0, "[topics] must come before [rules]"});
            topicsSeen = true;
            section = Section::Topics;
            needHeader = true;
            continue;
        }
        if (t == "[rules]") {
            if (rulesSeen)
                return fail({lineNo, 0, "the [rules] section is given twice"});
            if (!topicsSeen)
                return fail({lineNo, 0, "[topics] must come before [rules]"});
            if (needHeader)
                return fail({lineNo, 0, "the [topics] section has no header line"});
            rulesSeen = true;
            section = Section::Rules;
            needHeader = true;
            continue;
        }
        if (t.front() == '[')
            return fail({lineNo, 0, "unknown section " + std::string(t) + " (use [topics] or [rules])"});
        if (section == Section::None)
            return fail({lineNo, 0, "a line before the [topics] section"});

        int badColumn = 0;
        if (std::string problem = splitFields(line, fields, badColumn); !problem.empty())
            return fail({lineNo, badColumn, std::move(problem)});

        if (needHeader) {
            const auto f = section == Section::Topics ? readHeader(fields, kTopicColumns, lineNo, "[topics]", header)
                                                      : readHeader(fields, kRuleColumns, lineNo, "[rules]", header);
            if (f)
                return fail(*f);
            needHeader = false;
            continue;
        }
        if (fields.size() != header.names.size())
            return fail({lineNo, static_cast<int>(std::min(fields.size(), header.names.size())) + 1,
                         std::to_string(fields.size()) + " fields where the header has "
                             + std::to_string(header.names.size())});
        const auto field = [&](std::string_view name) -> const std::string& {
            return fields[static_cast<std::size_t>(header.index(name))];
        };
        const auto columnOf = [&](std::string_view name) { return header.index(name) + 1; };

        if (section == Section::Topics) {
            CounsellingTopic topic{field("code"), field("label_id"), field("label_en")};
            if (!validTopicCode(topic.code))
                return fail({lineNo, columnOf("code"),
                             "the topic code '" + topic.code + "' must be lower-case letters, digits and '_'"});
            if (rules.topic(topic.code))
                return fail({lineNo, columnOf("code"), "the topic '" + topic.code + "' is given twice"});
            if (topic.labelId.empty())
                return fail({lineNo, columnOf("label_id"), "the Indonesian label is empty"});
            if (topic.labelEn.empty())
                return fail({lineNo, columnOf("label_en"), "the English label is empty"});
            rules.topics.push_back(std::move(topic));
            continue;
        }

        const auto code = codeFromText(field("code"));
        if (!code)
            return fail({lineNo, columnOf("code"), "unknown code '" + field("code") + "'"});
        const auto index = static_cast<std::size_t>(*code);
        if (ruleLine[index] != 0)
            return fail({lineNo, columnOf("code"),
                         "the code '" + field("code") + "' is given twice (first on line "
                             + std::to_string(ruleLine[index]) + ")"});
        const auto action = actionFromText(field("action"));
        if (!action)
            return fail({lineNo, columnOf("action"),
                         "unknown action '" + field("action") + "' (use rujuk, edukasi or pantau)"});
        const auto severity = parseInt(field("severity"));
        if (!severity || *severity < 1 || *severity > kMaxSeverity)
            return fail({lineNo, columnOf("severity"),
                         "the severity '" + field("severity") + "' must be a whole number from 1 to "
                             + std::to_string(kMaxSeverity)});
        if (!rules.topic(field("topic")))
            return fail({lineNo, columnOf("topic"), "unknown topic '" + field("topic") + "' (not in [topics])"});
        for (const std::string_view words : {"short_id", "short_en", "rule_id", "rule_en"})
            if (std::string problem = wordsProblem(field(words)); !problem.empty())
                return fail({lineNo, columnOf(words), std::string(words) + ": " + problem});
        rules.rules[index] = AttentionRule{*code, *action, *severity, field("topic"),
                                           field("short_id"), field("short_en"), field("rule_id"), field("rule_en")};
        ruleLine[index] = lineNo;
    }

    if (!topicsSeen)
        return fail({0, 0, "the [topics] section is missing"});
    if (!rulesSeen)
        return fail({0, 0, "the [rules] section is missing"});
    if (needHeader)
        return fail({0, 0, "the [rules] section has no header line"});
    for (std::size_t i = 0; i < ruleLine.size(); ++i)
        if (ruleLine[i] == 0)
            return fail({0, 0,
                         "the rule for the code '" + std::string(codeText(static_cast<AttentionCode>(i)))
                             + "' is missing"});
    AttentionRulesParseResult ok;
    ok.rules = std::move(rules);
    return ok;
}

const AttentionRules& defaultAttentionRules()
{
    static const AttentionRules rules = [] {
        AttentionRules r;
        r.topics = {
            {"tanda_bahaya", "Tanda bahaya gizi buruk dan rujukan segera",
             "Danger signs of severe malnutrition and urgent referral"},
            {"makanan_padat_gizi", "Makan lebih sering, padat gizi, protein hewani",
             "More frequent nutrient-dense meals with animal protein"},
            {"cegah_stunting", "Cegah stunting: protein hewani, ASI, imunisasi, sanitasi",
             "Preventing stunting: animal protein, breastfeeding, immunisation, sanitation"},
            {"gizi_seimbang", "Gizi seimbang dan MP-ASI sesuai umur",
             "Balanced diet and complementary feeding for the age"},
            {"cegah_gizi_lebih", "Cegah gizi lebih: porsi, minuman manis, aktivitas",
             "Preventing overweight: portions, sweet drinks, activity"},
            {"timbang_rutin", "Datang ke posyandu setiap bulan", "Coming to the posyandu every month"},
            {"ukur_ulang", "Cara menimbang dan mengukur yang benar", "Weighing and measuring correctly"},
            {"dukungan_keluarga", "Dukungan keluarga: pengasuhan, bantuan sosial",
             "Family support: care, social assistance"},
        };
        using C = AttentionCode;
        using A = ActionClass;
        const AttentionRule list[] = {
            {C::Oedema, A::Rujuk, 100, "tanda_bahaya", "Edema", "Oedema",
             "Edema (bengkak) pada kedua kaki: rujuk segera", "Oedema of both feet: refer at once"},
            {C::SeverelyWasted, A::Rujuk, 95, "tanda_bahaya", "Gizi buruk", "Severely wasted",
             "BB/TB {value} SD: di bawah {threshold} SD (gizi buruk)",
             "WHZ {value} SD: below {threshold} SD (severely wasted)"},
            {C::MuacSevere, A::Rujuk, 90, "tanda_bahaya", "LiLA merah", "MUAC red",
             "LiLA {value} cm: di bawah {threshold} cm (merah)", "MUAC {value} cm: below {threshold} cm (red)"},
            {C::SeverelyUnderweight, A::Rujuk, 85, "makanan_padat_gizi", "BB sangat kurang", "Severely underweight",
             "BB/U {value} SD: di bawah {threshold} SD (berat badan sangat kurang)",
             "WAZ {value} SD: below {threshold} SD (severely underweight)"},
            {C::SeverelyStunted, A::Rujuk, 80, "cegah_stunting", "Sangat pendek", "Severely stunted",
             "TB/U {value} SD: di bawah {threshold} SD (sangat pendek)",
             "HAZ {value} SD: below {threshold} SD (severely stunted)"},
            {C::Obese, A::Rujuk, 75, "cegah_gizi_lebih", "Obesitas", "Obese",
             "BB/TB {value} SD: di atas {threshold} SD (obesitas)", "WHZ {value} SD: above {threshold} SD (obese)"},
            {C::Wasted, A::Rujuk, 70, "makanan_padat_gizi", "Gizi kurang", "Wasted",
             "BB/TB {value} SD: di bawah {threshold} SD (gizi kurang)", "WHZ {value} SD: below {threshold} SD (wasted)"},
            {C::MuacModerate, A::Rujuk, 68, "makanan_padat_gizi", "LiLA kuning", "MUAC yellow",
             "LiLA {value} cm: di bawah {threshold} cm (kuning)", "MUAC {value} cm: below {threshold} cm (yellow)"},
            {C::Bgm, A::Rujuk, 66, "makanan_padat_gizi", "BGM", "BGM",
             "BB/U {value} SD: di bawah garis merah ({threshold} SD)",
             "WAZ {value} SD: below the red line ({threshold} SD)"},
            {C::TwoT, A::Rujuk, 64, "gizi_seimbang", "2T", "2T",
             "Berat badan tidak naik 2 kali berturut-turut (2T): {detail}",
             "Weight not gained twice in a row (2T): {detail}"},
            {C::Underweight, A::Rujuk, 62, "makanan_padat_gizi", "BB kurang", "Underweight",
             "BB/U {value} SD: di bawah {threshold} SD (berat badan kurang)",
             "WAZ {value} SD: below {threshold} SD (underweight)"},
            {C::Stunted, A::Rujuk, 60, "cegah_stunting", "Pendek", "Stunted",
             "TB/U {value} SD: di bawah {threshold} SD (pendek)", "HAZ {value} SD: below {threshold} SD (stunted)"},
            {C::Overweight, A::Rujuk, 55, "cegah_gizi_lebih", "Gizi lebih", "Overweight",
             "BB/TB {value} SD: di atas {threshold} SD (gizi lebih)", "WHZ {value} SD: above {threshold} SD (overweight)"},
            {C::T, A::Rujuk, 50, "gizi_seimbang", "Tidak naik (T)", "Not gained (T)",
             "Berat badan tidak naik (T): {detail}", "Weight not gained (T): {detail}"},
            {C::Faltering, A::Edukasi, 40, "gizi_seimbang", "Pertumbuhan melambat", "Faltering",
             "Pertambahan berat badan melambat: {detail}", "Weight gain faltering: {detail}"},
            {C::RiskOverweight, A::Edukasi, 30, "cegah_gizi_lebih", "Berisiko gizi lebih", "Risk of overweight",
             "BB/TB {value} SD: di atas {threshold} SD (berisiko gizi lebih)",
             "WHZ {value} SD: above {threshold} SD (at risk of overweight)"},
            {C::Implausible, A::Pantau, 25, "ukur_ulang", "Ukur ulang", "Measure again", "Ukur ulang: {detail}",
             "Measure again: {detail}"},
            {C::SiblingAtRisk, A::Pantau, 20, "dukungan_keluarga", "Saudara berisiko", "Sibling at risk",
             "Saudaranya {detail}: pantau anak ini juga", "A sibling is {detail}: watch this child too"},
            {C::NotWeighed, A::Pantau, 10, "timbang_rutin", "Belum ditimbang", "Not weighed",
             "Tidak ditimbang bulan ini dan bulan lalu ({detail})", "Not weighed this month nor last month ({detail})"},
        };
        for (const AttentionRule& rule : list)
            r.rules[static_cast<std::size_t>(rule.code)] = rule;
        return r;
    }();
    return rules;
}

} // namespace tumbuh::growth
