#include "records/namedpolicy.h"

#include "report/monthly/monthlyreport.h"
#include "store/consentrepository.h"

#include <utility>

namespace tumbuh::records {

Result<NamedPolicy> NamedPolicy::forFamily(const SignedInUser& user, bool fullNikAsked)
{
    if (fullNikAsked) {
        if (auto allowed = user.require(Permission::SeeFullNik); !allowed)
            return allowed.error();
    }
    NamedPolicy p;
    p.fullNik_ = fullNikAsked;
    p.byName_ = user.may(Permission::ExportByName);
    return p;
}

Result<NamedPolicy> NamedPolicy::make(Database& db, const SignedInUser& user, bool fullNikAsked)
{
    auto p = forFamily(user, fullNikAsked);
    if (!p)
        return p;
    auto allowed = ConsentRepository(db).childrenAllowing(ConsentPurpose::Reporting);
    if (!allowed)
        return allowed.error();
    p->filtered_ = true;
    p->allowed_ = std::move(*allowed);
    return p;
}

QString NamedPolicy::nik(const QString& nik) const
{
    return fullNik_ ? nik : maskNik(nik);
}

bool NamedPolicy::allows(RowId childId) const
{
    return !filtered_ || allowed_.contains(childId);
}

bool NamedPolicy::includes(RowId childId)
{
    if (allows(childId))
        return true;
    ++leftOut_;
    return false;
}

QString NamedPolicy::noteFor(int leftOut)
{
    return report::leftOutNote(leftOut);
}

} // namespace tumbuh::records
