#include "cli/anthrocolumns.h"

#include "cli/resultwriter.h"
#include "cli/whocodes.h"

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

void AnthroColumns::write(const AnthroInput& in, const AnthroResult& r, csv::CsvWriter& w)
{
    writeSignificant15(r.clenhei, w);
    switch (r.cmeasure) {
    case growth::Measure::Lying:
        w.plainField("l");
        break;
    case growth::Measure::Standing:
        w.plainField("h");
        break;
    case growth::Measure::Unknown:
        w.emptyField();
        break;
    }
    w.plainField(r.c9moFlag ? "1" : "0");
    writeSignificant15(r.cbmi, w);
    if (in.sex)
        w.plainField(*in.sex == growth::Sex::Male ? "1" : "2");
    else
        w.emptyField();
    writeZAndFlag(r.zlen, w);
    writeZAndFlag(r.zwei, w);
    writeZAndFlag(r.zwfl, w);
    writeZAndFlag(r.zbmi, w);
    writeZAndFlag(r.zhc, w);
    writeZAndFlag(r.zac, w);
    writeZAndFlag(r.zts, w);
    writeZAndFlag(r.zss, w);
}

void AnthroColumns::writeBlank(csv::CsvWriter& w)
{
    for (std::size_t i = 0; i < kOutputNames.size(); ++i)
        w.emptyField();
}

} // namespace tumbuh::cli
