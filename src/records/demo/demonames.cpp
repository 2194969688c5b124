#include "records/demo/demonames.h"

#include <array>
#include <span>
#include <string_view>

namespace tumbuh::records {
namespace {

using Words = std::span<const std::string_view>;

constexpr std::array<std::string_view, 22> kOnsets{"Ra", "A", "Bi", "Da", "Fa", "Ga", "Ha", "Ja", "Ka", "Ri", "Sa",
                                                   "Ta", "Wi", "Yu", "Na", "Di", "Ba", "Pu", "Re", "Al", "In", "Se"};
constexpr std::array<std::string_view, 16> kMiddles{"fan", "di", "san", "ki", "zi", "ma", "ya", "ndra",
                                                    "ga", "wa", "ra", "li", "bi", "nu", "ris", "sya"};
constexpr std::array<std::string_view, 12> kBoyEnds{"di", "to", "an", "ra", "wan", "no", "fi", "lan", "zan", "ko", "dan", "yo"};
constexpr std::array<std::string_view, 12> kGirlEnds{"ti", "ni", "ya", "sa", "wati", "na", "la", "ra", "ri", "yah", "fa", "tri"};
constexpr std::array<std::string_view, 10> kBoySecond{"Putra", "Pratama", "Saputra", "Aditya", "Ramadhan",
                                                      "Hidayat", "Nugraha", "Firmansyah", "Setiawan", "Wijaya"};
constexpr std::array<std::string_view, 10> kGirlSecond{"Putri", "Aulia", "Lestari", "Ramadhani", "Safitri",
                                                       "Maharani", "Anggraini", "Wulandari", "Permata", "Kurnia"};
constexpr std::array<std::string_view, 5> kBoyFirst{"Muhammad", "Ahmad", "Rizky", "Dimas", "Bayu"};
constexpr std::array<std::string_view, 6> kGirlFirst{"Siti", "Nur", "Dewi", "Sri", "Ayu", "Putri"};

constexpr std::array<std::string_view, 12> kLandscape{"Sungai", "Batu", "Karang", "Gunung", "Teluk", "Muara",
                                                      "Bukit", "Tanjung", "Lembah", "Padang", "Telaga", "Sumber"};
constexpr std::array<std::string_view, 16> kSyllables{"ka", "ri", "ma", "sa", "lu", "na", "ja", "ti",
                                                      "wa", "ra", "bu", "se", "la", "me", "du", "pa"};
constexpr std::array<std::string_view, 5> kCodas{"ng", "n", "r", "h", ""};
constexpr std::array<std::string_view, 20> kStreets{"Melati", "Kenanga", "Cempaka", "Anggrek", "Dahlia",
                                                    "Flamboyan", "Nangka", "Rambutan", "Durian", "Manggis",
                                                    "Mangga", "Merpati", "Kutilang", "Cendrawasih", "Rajawali",
                                                    "Pelita", "Harapan", "Damai", "Swadaya", "Gotong Royong"};
constexpr std::array<std::string_view, 16> kFlowers{"Melati", "Mawar", "Anggrek", "Kenanga", "Dahlia", "Teratai",
                                                    "Cempaka", "Kemuning", "Flamboyan", "Seroja", "Bougenvil", "Asoka",
                                                    "Kamboja", "Tulip", "Lili", "Sedap Malam"};

QString word(DemoRandom& rng, Words words)
{
    const std::string_view w = rng.pick(words);
    return QString::fromLatin1(w.data(), static_cast<qsizetype>(w.size()));
}

} // namespace

QString DemoNames::givenName(DemoRandom& rng, growth::Sex sex)
{
    QString name = word(rng, kOnsets);
    if (rng.chance(0.5))
        name += word(rng, kMiddles);
    name += word(rng, sex == growth::Sex::Male ? Words(kBoyEnds) : Words(kGirlEnds));
    return name;
}

QString DemoNames::inventedWord(DemoRandom& rng)
{
    QString w;
    const int syllables = rng.between(2, 3);
    for (int i = 0; i < syllables; ++i)
        w += word(rng, kSyllables);
    w += word(rng, kCodas);
    w[0] = w[0].toUpper();
    return w;
}

QString DemoNames::childName(DemoRandom& rng, growth::Sex sex)
{
    const bool boy = sex == growth::Sex::Male;
    QString name;
    if (rng.chance(0.2))
        name = word(rng, boy ? Words(kBoyFirst) : Words(kGirlFirst)) + QLatin1Char(' ');
    name += givenName(rng, sex);
    if (rng.chance(0.6))
        name += QLatin1Char(' ') + word(rng, boy ? Words(kBoySecond) : Words(kGirlSecond));
    return name;
}

QString DemoNames::adultName(DemoRandom& rng, growth::Sex sex)
{
    const bool man = sex == growth::Sex::Male;
    QString name;
    if (!man && rng.chance(0.35))
        name = word(rng, kGirlFirst) + QLatin1Char(' ');
    name += givenName(rng, sex);
    if (rng.chance(0.5))
        name += QLatin1Char(' ') + (man ? word(rng, kBoySecond) : givenName(rng, sex));
    return name;
}

QString DemoNames::cityName(DemoRandom& rng)
{
    return QStringLiteral("Kota ") + inventedWord(rng);
}

QString DemoNames::placeName(DemoRandom& rng)
{
    return word(rng, kLandscape) + QLatin1Char(' ') + inventedWord(rng);
}

QString DemoNames::streetAddress(DemoRandom& rng)
{
    QString address = QStringLiteral("Jl. ") + word(rng, kStreets);
    if (rng.chance(0.3))
        address += QStringLiteral(" Gg. %1").arg(rng.between(1, 9));
    return address + QStringLiteral(" No. %1").arg(rng.between(1, 120));
}

QString DemoNames::posyanduName(int index)
{
    const auto flowers = static_cast<int>(kFlowers.size());
    const std::string_view flower = kFlowers[static_cast<std::size_t>(index % flowers)];
    QString name = QStringLiteral("Posyandu ") + QString::fromLatin1(flower.data(), static_cast<qsizetype>(flower.size()));
    if (const int n = index / flowers + 1; n > 1)
        name += QStringLiteral(" %1").arg(n);
    return name;
}

} // namespace tumbuh::records
