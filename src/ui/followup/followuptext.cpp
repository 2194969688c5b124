#include "ui/followup/followuptext.h"

#include "growth/attention.h"
#include "store/referral.h"
#include "ui/common/displaytext.h"

namespace tumbuh::ui {
namespace {

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

QStringList FollowUpText::familyReasons()
{
    return {store::familyreason::Ekonomi, store::familyreason::Bansos, store::familyreason::Kekerasan};
}

QString FollowUpText::reasonWord(const QString& code)
{
    if (code == store::familyreason::Ekonomi)
        return tr("Family income or work (ekonomi)");
    if (code == store::familyreason::Bansos)
        return tr("Needs social assistance: PKH, BPNT (bansos)");
    if (code == store::familyreason::Kekerasan)
        return tr("Violence or neglect (kekerasan)");
    if (const auto c = growth::codeFromText(code.toStdString())) {
        const auto& rule = growth::defaultAttentionRules().rule(*c);
        return fromStd(DisplayText::indonesian() || rule.shortEn.empty() ? rule.shortId : rule.shortEn);
    }
    return code;
}

QString FollowUpText::reasonsText(const QStringList& codes)
{
    QStringList words;
    for (const QString& c : codes)
        words << reasonWord(c);
    return words.join(QStringLiteral(", "));
}

std::vector<std::pair<QString, QString>> FollowUpText::topics()
{
    std::vector<std::pair<QString, QString>> out;
    for (const auto& t : growth::defaultAttentionRules().topics)
        out.emplace_back(fromStd(t.code), fromStd(DisplayText::indonesian() || t.labelEn.empty() ? t.labelId : t.labelEn));
    return out;
}

QString FollowUpText::topicWord(const QString& code)
{
    for (const auto& [c, words] : topics())
        if (c == code)
            return words;
    return code;
}

QString FollowUpText::destinationWord(const std::vector<records::Destination>& list, const QString& code)
{
    if (const auto* d = records::findDestination(list, code))
        return d->label(!DisplayText::indonesian());
    return code;
}

QString FollowUpText::groupWord(records::DestinationGroup group)
{
    return group == records::DestinationGroup::Health ? tr("Health") : tr("Other sectors (lintas sektor)");
}

QString FollowUpText::confidentialWord()
{
    return tr("confidential");
}

} // namespace tumbuh::ui
