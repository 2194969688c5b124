#pragma once
// The attention rules a puskesmas uses: resources/followup/attention-rules.csv
// ships compiled in (growth::defaultAttentionRules()); a puskesmas may edit
// its own copy, a file named attention-rules.csv in the folder of the open
// database, which is read instead (like destinations.csv beside it). A copy
// that cannot be read or parsed is not used: the default is, and the reason
// (with the line) comes back to be shown.
#include "growth/attention.h"

#include <QString>

#include <memory>

namespace tumbuh::records {

struct LoadedAttentionRules {
    std::shared_ptr<const growth::AttentionRules> rules; // never null
    QString source;                                      // the file read, or empty for the compiled default
    QString error;                                       // why the copy in the folder was not used
};

QString attentionRulesFileName(); // "attention-rules.csv"

// The copy in `folder` when there is one and it parses, else the default.
LoadedAttentionRules loadAttentionRules(const QString& folder);

} // namespace tumbuh::records
