#pragma once
// A child's growth card (report/growthcard.h) from the records: the one way
// the child's page and `tumbuh-cli card` make it, so that the card printed at
// the posyandu and the one written in a batch are the same card.
#include "report/growthcard.h"
#include "store/child.h"
#include "store/measurement.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QDate>
#include <QString>
#include <QUuid>

#include <span>

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

// The card of `child` with its visits (any order), drawn by the Qt Charts
// adapter. `printedOn` goes in the footer (the database's "today").
report::CardInput childCard(const store::Child& child, std::span<const store::Measurement> history,
                            const QString& posyanduName, report::CardPaper paper, const QDate& printedOn);

// The same, reading the child, the visits and the posyandu's name.
store::Result<report::CardInput> loadChildCard(store::Database& db, store::RowId childId, report::CardPaper paper);

// "kartu-sari-dewi-1a2b3c4d.pdf": a file name a cadre recognises, safe on
// every file system (lower-case ASCII letters and digits, hyphens), with the
// last 8 hex digits of the UID so that two children of the same name do not
// overwrite each other's card.
QString cardFileName(const QString& childName, const QUuid& uid);

} // namespace tumbuh::ui
