#pragma once
// Search and filters of the register over ChildListModel: name or mother's
// name (every word typed must appear), NIK (digits typed, anywhere in it),
// RT/RW, age group of the F1 form, sex, status, posyandu. Works on the
// model's prepared rows (ChildRow), not on QVariants, so that a keystroke
// over 50,000 children stays well under 100 ms. A filter or sort by the
// dot or the result first has every row assessed (ChildListModel::
// assessAll): it waits for the rows the background has not reached.
#include "growth/types.h"
#include "store/rowmeta.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace tumbuh::ui {

class ChildListModel;
struct ChildRow;

class ChildFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    // The age groups of the F1 form, all balita together, and the over-fives
    // still on the list.
    enum class AgeGroup : std::uint8_t { All,
                                         M0To59,
                                         M0To5,
                                         M6To11,
                                         M12To23,
                                         M24To59,
                                         M60Plus };
    enum class StatusFilter : std::uint8_t {
        All,
        AnyProblem, // yellow, orange or red
        Normal,
        Attention,
        Moderate,
        Severe,
        NeverMeasured,
        NotWeighedTwoMonths, // last weighing two calendar months ago or more (or never)
    };

    explicit ChildFilterProxy(QObject* parent = nullptr);

    // The source must be a ChildListModel.
    void setSourceModel(QAbstractItemModel* model) override;

    void setSearchText(const QString& text);
    void setRtRw(const QString& rtRw); // empty = all
    void setAgeGroup(AgeGroup group);
    void setSex(std::optional<growth::Sex> sex);
    void setStatus(StatusFilter status);
    void setPosyandu(std::optional<store::RowId> posyanduId);

    const QString& searchText() const { return text_; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    bool acceptsRow(const ChildRow& row) const;
    static bool inAgeGroup(int ageMonths, AgeGroup group);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool filtersByAssessment() const;

    ChildListModel* model_ = nullptr;
    QString text_;
    QStringList words_; // lowercase words of the search text
    QString nikDigits_; // the search text when it is a number (NIK search)
    QString rtRw_;
    AgeGroup age_ = AgeGroup::All;
    std::optional<growth::Sex> sex_;
    StatusFilter status_ = StatusFilter::All;
    std::optional<store::RowId> posyandu_;
};

} // namespace tumbuh::ui
