#include "cli/anthropluscolumns.h"

#include "cli/resultwriter.h"
#include "cli/whocodes.h"

namespace tumbuh::cli {

AnthroPlusColumns::AnthroPlusColumns(std::span<const std::string_view> header) : map_(header)
{
    sex_ = map_.indexOf("sex");
    age_ = map_.indexOf("age_in_months");
    height_ = map_.indexOf("height_in_cm");
    weight_ = map_.indexOf("weight_in_kg");
    oedema_ = map_.indexOf("oedema");
}

std::string AnthroPlusColumns::unusableReason() const
{
    if (sex_ != ColumnMap::kAbsent && age_ != ColumnMap::kAbsent
        && (height_ != ColumnMap::kAbsent || weight_ != ColumnMap::kAbsent))
        return {};
    return "tidak ada kolom yang dapat dipakai: perlu kolom sex, age_in_months dan height_in_cm atau weight_in_kg "
           "(nama kolom WHO anthroplus) / no usable columns: need sex, age_in_months and height_in_cm or "
           "weight_in_kg (WHO anthroplus column names)";
}

bool AnthroPlusColumns::read(std::span<const std::string_view> fields, std::size_t line, RowReporter& reporter,
                             growth::AnthroPlusInput& in) const
{
    bool ok = map_.readSex(fields, sex_, line, reporter, in.sex);
    ok &= map_.readNonNegative(fields, age_, line, reporter, in.ageMonths);
    ok &= map_.readNonNegative(fields, height_, line, reporter, in.heightCm);
    ok &= map_.readNonNegative(fields, weight_, line, reporter, in.weightKg);
    in.oedema = parseOedema(ColumnMap::field(fields, oedema_));
    return ok;
}

void AnthroPlusColumns::write(const growth::AnthroPlusInput&, const growth::AnthroPlusResult& r, csv::CsvWriter& w)
{
    writeSignificant15(r.cbmi, w);
    writeZAndFlag(r.zhfa, w);
    writeZAndFlag(r.zwfa, w);
    writeZAndFlag(r.zbfa, w);
}

void AnthroPlusColumns::writeBlank(csv::CsvWriter& w)
{
    for (std::size_t i = 0; i < kOutputNames.size(); ++i)
        w.emptyField();
}

} // namespace tumbuh::cli
