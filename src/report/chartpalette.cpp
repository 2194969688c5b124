#include "report/chartpalette.h"

namespace tumbuh::report {

QColor bandColor(ZBand band)
{
    switch (band) {
    case ZBand::BelowMinus3:
    case ZBand::AbovePlus3: return QColor(0xF8, 0xDC, 0xD8);
    case ZBand::Minus3To2:
    case ZBand::Plus2To3: return QColor(0xFC, 0xEE, 0xB0);
    case ZBand::Minus2To1:
    case ZBand::Plus1To2: return QColor(0xDF, 0xF0, 0xD6);
    case ZBand::Minus1To1: return QColor(0xC4, 0xE3, 0xB8);
    }
    return Qt::white;
}

QColor sdLineColor(int z)
{
    switch (z < 0 ? -z : z) {
    case 0: return QColor(0x1B, 0x5E, 0x20);
    case 1: return QColor(0x68, 0x9F, 0x38);
    case 2: return QColor(0xE0, 0x8A, 0x00);
    default: return QColor(0xC6, 0x28, 0x28);
    }
}

double sdLineWidth(int z)
{
    switch (z < 0 ? -z : z) {
    case 0: return 2.0;
    case 1: return 1.0;
    default: return 1.6;
    }
}

SexColors sexColors(growth::Sex sex)
{
    if (sex == growth::Sex::Male)
        return {QColor(0x2F, 0x6D, 0xB5), QColor(0xEE, 0xF4, 0xFB), QColor(0x10, 0x3A, 0x78)};
    return {QColor(0xCC, 0x45, 0x7D), QColor(0xFC, 0xEF, 0xF5), QColor(0x86, 0x16, 0x4A)};
}

QColor flagColor() { return QColor(0xD3, 0x1F, 0x1F); }
QColor textColor() { return QColor(0x26, 0x26, 0x26); }
QColor gridColor() { return QColor(0, 0, 0, 28); }
QColor yearLineColor() { return QColor(0, 0, 0, 70); }

QColor trendColor(TrendIndex index)
{
    // Dark, distinct hues that stay visible on every band; each index also
    // has its own marker shape for readers who do not tell colours apart.
    switch (index) {
    case TrendIndex::WeightForAge: return QColor(0x1F, 0x4E, 0x9C);
    case TrendIndex::LengthHeightForAge: return QColor(0x6A, 0x3D, 0x9A);
    case TrendIndex::WeightForLengthHeight: return QColor(0x00, 0x69, 0x5C);
    case TrendIndex::BmiForAge: return QColor(0x8D, 0x55, 0x24);
    case TrendIndex::HeadCircumferenceForAge: return QColor(0x37, 0x47, 0x4F);
    case TrendIndex::ArmCircumferenceForAge: return QColor(0xC4, 0x3E, 0x0B);
    }
    return Qt::black;
}

} // namespace tumbuh::report
