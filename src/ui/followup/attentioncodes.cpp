#include "ui/followup/attentioncodes.h"

#include "growth/attention.h"
#include "ui/common/growthinput.h"

namespace tumbuh::ui {

QStringList referralReasonCodes(const store::Child& child, std::span<const store::Measurement> history,
                                const QDate& asOf)
{
    const std::vector<growth::Visit> visits = toVisits(history);
    return referralReasonCodes(child, std::span<const growth::Visit>(visits), asOf);
}

QStringList referralReasonCodes(const store::Child& child, std::span<const growth::Visit> visits, const QDate& asOf)
{
    growth::AttentionInput input;
    input.child = toFacts(child);
    input.visits = visits;
    input.month = std::chrono::year_month(std::chrono::year(asOf.year()),
                                          std::chrono::month(static_cast<unsigned>(asOf.month())));
    input.active = child.status == store::ChildStatus::Active;
    const auto reasons = growth::reasonsForAttention(input);
    QStringList refer;
    QStringList all;
    for (const auto& r : reasons) {
        const QString code = QString::fromLatin1(growth::codeText(r.code));
        all << code;
        if (r.action == growth::ActionClass::Rujuk)
            refer << code;
    }
    return refer.isEmpty() ? all : refer;
}

} // namespace tumbuh::ui
