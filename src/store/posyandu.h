#pragma once
#include "store/rowmeta.h"

#include <QString>

namespace tumbuh::store {

// A posyandu and where it sits in the administrative hierarchy
// (Provinsi > Kabupaten/Kota > Kecamatan > Kelurahan/Desa > RW).
struct Posyandu {
    RowMeta meta;
    QString name;
    QString rw;        // text, keeps leading zeros ("018")
    QString kelurahan; // kelurahan or desa
    QString kecamatan;
    QString kabupaten; // kabupaten or kota
    QString province;
    QString regionCode;        // Kemendagri "PP.KK.CC.DDDD" or a prefix of it; may be empty
    QString regionCodeVersion; // the Kepmendagri list it comes from, e.g. "300.2.2-2138/2025"
    QString notes;
};

} // namespace tumbuh::store
