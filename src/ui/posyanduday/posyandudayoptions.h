#pragma once
// What the posyandu-day page is told by the composition root (no globals):
// who is working, where, with which KBM table, and how to register a child
// who is not on the roster yet.
#include "growth/cadre.h"
#include "store/rowmeta.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace tumbuh::ui {

struct PosyanduDayOptions {
    store::UserId user = 0;                 // written into the audit log
    QString measuredBy;                     // the cadre's name on each measurement
    std::optional<store::RowId> posyanduId; // preselected; else the first posyandu
    growth::CadreSettings cadre;            // KBM edition, BGM and orange lines
    int referralFollowUpDays = 14;          // "Tindak lanjut rujukan (hari)" of a referral made here
    // Registers a new child of `posyanduId`; returns the new child's id, or
    // nothing when cancelled. Without it the page opens the register's child
    // dialog, which saves through the command stack (undoable) and notifies.
    std::function<std::optional<store::RowId>(QWidget* parent, store::RowId posyanduId)> addChild;
};

} // namespace tumbuh::ui
