#pragma once
// A store message about one field, flattened from a Result (the Error, the
// further errors in Error::more, the warnings) so that a form can put each
// one next to its field.
#include "store/result.h"

#include <QString>

#include <vector>

namespace tumbuh::ui {

struct FieldIssue {
    QString field;   // the store's column name; empty = not about one field
    QString message; // translated
    bool warning = false;
};

template <typename T>
std::vector<FieldIssue> issuesOf(const store::Result<T>& result)
{
    std::vector<FieldIssue> out;
    if (!result.ok()) {
        const store::Error& e = result.error();
        out.push_back({e.field, e.message, false});
        for (const store::Error& more : e.more)
            out.push_back({more.field, more.message, false});
    }
    for (const store::Warning& w : result.warnings())
        out.push_back({w.field, w.message, true});
    return out;
}

} // namespace tumbuh::ui
