#pragma once
#include "records/storenames.h"
// Invented, Indonesian-sounding names for the demo city: given names built
// from syllables, a few common words for second names and places. They are
// not taken from any list of people, and the city, its kecamatan and
// kelurahan do not exist.
#include "records/demo/demorandom.h"

#include "growth/types.h"

#include <QString>

namespace tumbuh::records {

class DemoNames {
public:
    static QString childName(DemoRandom& rng, growth::Sex sex);
    static QString adultName(DemoRandom& rng, growth::Sex sex);
    static QString cityName(DemoRandom& rng);
    // A kecamatan or kelurahan: a landscape word and an invented word.
    static QString placeName(DemoRandom& rng);
    static QString streetAddress(DemoRandom& rng);
    // A posyandu is traditionally named after a flower; the index makes the
    // name unique in the city ("Posyandu Melati", ..., "Posyandu Melati 2").
    static QString posyanduName(int index);

private:
    static QString givenName(DemoRandom& rng, growth::Sex sex);
    static QString inventedWord(DemoRandom& rng);
};

} // namespace tumbuh::records
