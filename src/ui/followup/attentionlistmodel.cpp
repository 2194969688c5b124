#include "ui/followup/attentionlistmodel.h"

#include "ui/common/displaytext.h"

#include <QBrush>
#include <QColor>

namespace tumbuh::ui {
namespace {

QString fromStd(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QColor actionColour(growth::ActionClass a)
{
    switch (a) {
    case growth::ActionClass::Rujuk:
        return QColor(0xff, 0xcd, 0xd2); // red 100
    case growth::ActionClass::Edukasi:
        return QColor(0xff, 0xe0, 0xb2); // orange 100
    case growth::ActionClass::Pantau:
        break;
    }
    return QColor(0xe3, 0xf2, 0xfd); // blue 50
}

} // namespace

AttentionListModel::AttentionListModel(QObject* parent) : QAbstractTableModel(parent) { }

void AttentionListModel::load(std::vector<records::AtRiskChild> rows)
{
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

void AttentionListModel::clear()
{
    load({});
}

int AttentionListModel::rowOf(store::RowId childId) const
{
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].childId == childId)
            return static_cast<int>(i);
    return -1;
}

QString AttentionListModel::actionText(growth::ActionClass a)
{
    switch (a) {
    case growth::ActionClass::Rujuk:
        return tr("Refer");
    case growth::ActionClass::Edukasi:
        return tr("Counsel");
    case growth::ActionClass::Pantau:
        break;
    }
    return tr("Watch");
}

QString AttentionListModel::referralText(const records::OpenReferral& r)
{
    QString text;
    if (r.confidential)
        text = tr("Referral");
    else if (r.status == store::ReferralStatus::Arrived)
        text = tr("Arrived");
    else
        text = tr("Referred");
    if (r.overdue)
        text = tr("%1 — overdue").arg(text);
    return text;
}

QString AttentionListModel::reasonWords(const growth::AttentionReason& r)
{
    return fromStd(DisplayText::indonesian() ? r.shortId : r.shortEn);
}

QString AttentionListModel::ruleWords(const growth::AttentionReason& r)
{
    return fromStd(DisplayText::indonesian() ? r.ruleId : r.ruleEn);
}

QString AttentionListModel::reasonsText(const records::AtRiskChild& c) const
{
    QStringList words;
    for (const auto& r : c.reasons)
        words << reasonWords(r);
    return words.join(QStringLiteral(", "));
}

QString AttentionListModel::reasonsTooltip(const records::AtRiskChild& c) const
{
    QStringList lines;
    for (const auto& r : c.reasons)
        lines << QStringLiteral("• ") + ruleWords(r);
    if (c.measuredOn.isValid())
        lines << tr("Last visit: %1").arg(DisplayText::date(c.measuredOn));
    return lines.join(QLatin1Char('\n'));
}

QString AttentionListModel::referralTooltip(const records::OpenReferral& r) const
{
    QStringList lines;
    lines << tr("Referred on %1").arg(DisplayText::date(r.referredOn));
    // A confidential referral (violence or neglect) names neither why nor where.
    if (!r.confidential) {
        if (!r.destination.isEmpty())
            lines << tr("To: %1").arg(r.destination);
        if (!r.reasons.isEmpty())
            lines << tr("Reasons: %1").arg(r.reasons.join(QStringLiteral(", ")));
    }
    if (r.followUpOn.isValid())
        lines << tr("Follow up by %1").arg(DisplayText::date(r.followUpOn));
    return lines.join(QLatin1Char('\n'));
}

void AttentionListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AttentionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int AttentionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttentionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const records::AtRiskChild& c = rowAt(index.row());
    switch (role) {
    case ChildIdRole:
        return QVariant::fromValue(c.childId);
    case ReasonCodesRole: {
        QStringList codes;
        for (const auto& r : c.reasons) {
            const std::string_view code = growth::codeText(r.code);
            codes << QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()));
        }
        return codes;
    }
    case ActionRole:
        return static_cast<int>(c.action);
    case OverdueRole:
        return c.referral && c.referral->overdue;
    case OrderRole:
        return index.row();
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Name:
            return c.name;
        case Age:
            return DisplayText::ageFromMonths(c.ageMonths);
        case Mother:
            return c.motherName;
        case RtRw:
            return c.rt.isEmpty() && c.rw.isEmpty() ? QString() : c.rt + QLatin1Char('/') + c.rw;
        case Posyandu:
            return c.posyanduName;
        case Reasons:
            return reasonsText(c);
        case Action:
            return actionText(c.action);
        case Referral:
            return c.referral ? referralText(*c.referral) : QString();
        case Counselled:
            return c.counselledThisMonth ? tr("counselled") : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Reasons || index.column() == Action)
            return reasonsTooltip(c);
        if (index.column() == Referral && c.referral)
            return referralTooltip(*c.referral);
        if (index.column() == Counselled && c.counselledThisMonth)
            return tr("Counselling was recorded for this child this month.");
        return data(index, Qt::DisplayRole); // whole, where the column elides it
    case Qt::BackgroundRole:
        if (index.column() == Action)
            return QBrush(actionColour(c.action));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Referral && c.referral && c.referral->overdue)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    default:
        return {};
    }
}

QVariant AttentionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Age:
        return tr("Age");
    case Mother:
        return tr("Mother");
    case RtRw:
        return tr("RT/RW");
    case Posyandu:
        return tr("Posyandu");
    case Reasons:
        return tr("Reasons");
    case Action:
        return tr("Action");
    case Referral:
        return tr("Referral");
    case Counselled:
        return tr("Counselling");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tumbuh::ui
