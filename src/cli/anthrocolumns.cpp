#include "cli/anthrocolumns.h"

#include "cli/whocodes.h"
#include "cli/zformat.h"

#include <optional>

namespace tumbuh::cli {

using growth::AnthroInput;
using growth::AnthroResult;

AnthroColumns::AnthroColumns(std::span<const std::string_view> header, bool ageInMonths)
    : map_(header), ageInMonths_(ageInMonths)
{
    sex_ = map_.indexOf("sex");
    age_ = map_.indexOf("age");
    weight_ = map_.indexOf("weight");
    lenhei_ = map_.indexOf("lenhei");
    measure_ = map_.indexOf("measure");
    headc_ = map_.indexOf("headc");
    armc_ = map_.indexOf("armc");
    triskin_ = map_.indexOf("triskin");
    subskin_ = map_.indexOf("subskin");
    oedema_ = map_.indexOf("oedema");
}

std::string AnthroColumns::unusableReason() const
{
    const bool anyMeasurement = weight_ != ColumnMap::kAbsent || lenhei_ != ColumnMap::kAbsent
                             || headc_ != ColumnMap::kAbsent || armc_ != ColumnMap::kAbsent || triskin_ != ColumnMap::kAbsent
                             || subskin_ != ColumnMap::kAbsent;
    if (sex_ != ColumnMap::kAbsent && anyMeasurement)
        return {};
    return "tidak ada kolom yang dapat dipakai: perlu kolom sex dan minimal satu dari weight, lenhei, headc, armc, "
           "triskin, subskin (nama kolom WHO anthro) / no usable columns: need a sex column and at least one of "
           "weight, lenhei, headc, armc, triskin, subskin (WHO anthro column names)";
}

bool AnthroColumns::read(std::span<const std::string_view> fields, std::size_t line, RowReporter& reporter,
                         AnthroInput& in) const
{
    bool ok = map_.readSex(fields, sex_, line, reporter, in.sex);
    in.ageInMonths = ageInMonths_;
    // anthro stops on a negative age (round_up's stopifnot), so it is an
    // input error here too; negative measurements simply give NA (§1).
    ok &= map_.readNonNegative(fields, age_, line, reporter, in.age);
    ok &= map_.readNumber(fields, weight_, line, reporter, in.weightKg);
    ok &= map_.readNumber(fields, lenhei_, line, reporter, in.lenheiCm);
    ok &= map_.readNumber(fields, headc_, line, reporter, in.headCm);
    ok &= map_.readNumber(fields, armc_, line, reporter, in.armCm);
    ok &= map_.readNumber(fields, triskin_, line, reporter, in.tricepsMm);
    ok &= map_.readNumber(fields, subskin_, line, reporter, in.subscapularMm);
    in.measure = parseMeasure(ColumnMap::field(fields, measure_));
    in.oedema = parseOedema(ColumnMap::field(fields, oedema_));
    return ok;
}

namespace {

// "%.15g" of a value, or nothing for a missing one. Returns the end.
char* significant15OrBlank(char* out, const std::optional<double>& v)
{
    return v ? formatSignificant15(out, *v) : out;
}

// A z-score and its flag as two fields ("-0.47,0"), after a separator; two
// blank fields for a missing one. Returns the end.
char* zAndFlag(char* out, const growth::ZScore& z, char separator)
{
    *out++ = separator;
    if (!z.ok()) {
        *out = separator;
        return out + 1;
    }
    out = formatZ(out, z.z);
    out[0] = separator;
    out[1] = z.flagged ? '1' : '0';
    return out + 2;
}

// Room for the 21 output fields, whatever they hold: each number may use up
// to kMaxNumberChars from where it starts (zformat.h), and none of its text
// is longer, so the sum of each field's room is enough.
constexpr std::size_t kResultRoom = 2 * (kMaxNumberChars + 1) + 6 + 8 * (kMaxNumberChars + 4);

} // namespace

void AnthroColumns::write(const AnthroInput& in, const AnthroResult& r, csv::CsvWriter& w)
{
    // The 21 fields in one piece, with one check for room: numbers and
    // codes, none of which needs quotes.
    const char separator = w.separator();
    char* p = w.beginField(kResultRoom);
    p = significant15OrBlank(p, r.clenhei);
    *p++ = separator;
    if (r.cmeasure == growth::Measure::Lying)
        *p++ = 'l';
    else if (r.cmeasure == growth::Measure::Standing)
        *p++ = 'h';
    *p++ = separator;
    *p++ = r.c9moFlag ? '1' : '0';
    *p++ = separator;
    p = significant15OrBlank(p, r.cbmi);
    *p++ = separator;
    if (in.sex)
        *p++ = *in.sex == growth::Sex::Male ? '1' : '2';
    p = zAndFlag(p, r.zlen, separator);
    p = zAndFlag(p, r.zwei, separator);
    p = zAndFlag(p, r.zwfl, separator);
    p = zAndFlag(p, r.zbmi, separator);
    p = zAndFlag(p, r.zhc, separator);
    p = zAndFlag(p, r.zac, separator);
    p = zAndFlag(p, r.zts, separator);
    p = zAndFlag(p, r.zss, separator);
    w.commitField(p);
}

void AnthroColumns::writeBlank(csv::CsvWriter& w)
{
    for (std::size_t i = 0; i < kOutputNames.size(); ++i)
        w.emptyField();
}

} // namespace tumbuh::cli
