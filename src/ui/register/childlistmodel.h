#pragma once
// The register (Daftar balita): one row per child with the last visit's date
// and result and a status dot. Everything the list, its search and its
// filters need is computed once per row on load (ChildRow); data() only
// formats. Filtering and sorting are ChildFilterProxy's.
//
// The assessment of each row (z-scores, N/T/O/B, 2T, the dot) is left out of
// load(), which a city's start waits for: a row is assessed when it is first
// asked for (rowAt, data(): the rows on screen), the others afterwards in
// slices on the event loop, in the order of names (the list's first order).
// A filter or sort by the dot or the result asks for every row at once
// (assessAll) and so waits for the rest; the values never differ from those
// an assessment at load would give.
//
// What the assessment needs beyond the list (the last measurement's lengths
// and the rest of its row, the earlier weighings for N/T/O/B and 2T) may
// come with the lines, or be read later for the rows being assessed
// (setInputSource, load(..., true)): most of the cost of a city's first
// list is in them.
#include "store/access.h"
#include "store/childrepository.h"
#include "store/household.h"
#include "store/rosterquery.h"
#include "ui/register/childrow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QTimer>

#include <functional>
#include <span>
#include <unordered_map>
#include <vector>

namespace tumbuh::ui {

class ChildListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Status,
                  Name,
                  Sex,
                  Age,
                  Mother,
                  RtRw,
                  LastVisit,
                  Result,
                  ColumnCount };
    enum Role { ChildIdRole = Qt::UserRole + 1,
                MarkerRole };
    // Reads what the assessment of the given children needs (those without
    // a measurement left out), as store::RosterQuery::assessmentInputs does.
    using InputSource = std::function<store::Result<std::unordered_map<store::RowId, store::AssessmentInput>>(
        std::span<const store::RowId>)>;

    explicit ChildListModel(QObject* parent = nullptr);

    // Who looks at the list: the NIK in the tooltip follows the role
    // (store/access.h; masked until set).
    void setViewer(const store::SignedInUser& viewer) { viewer_ = viewer; }

    // Replaces the whole list. `today` is the day ages are counted on. The
    // lines should carry their earlier weighings (ChildFilter::
    // withEarlierWeighings): without them no weighing reads as T or 2T.
    void load(std::vector<store::ChildWithLastMeasurement> children, std::span<const store::Household> households,
              const QDate& today);
    // The same from the roster query, RT/RW included (store/rosterquery.h).
    // `inBrief`: the lines were read with ChildFilter::lastInBrief (the last
    // measurement's id, date and weight only, no earlier weighings); the
    // input source (it must be set) gives the rest when a row is assessed.
    void load(std::vector<store::RosterLine> lines, const QDate& today, bool inBrief = false);
    void setInputSource(InputSource source) { inputSource_ = std::move(source); }
    // Adds the child, or replaces its row (after an edit or a new
    // measurement). `earlier`: the child's measurements (any order; those
    // before `line.last` count), or none to use line.earlierWeighings.
    void upsert(const store::ChildWithLastMeasurement& line, const store::Household* household,
                std::span<const store::Measurement> earlier = {});
    void remove(store::RowId childId);

    // The row, assessed (made now if it was not yet).
    const ChildRow& rowAt(int row) const;
    // The row as loaded: everything but the assessment, which may be missing
    // (ChildRow::assessed). For search, age, sex, RT/RW and posyandu filters.
    const ChildRow& listedRow(int row) const { return rows_[static_cast<std::size_t>(row)]; }
    // Assesses every row not assessed yet (two threads on a big list).
    void assessAll();
    // Rows still waiting for their assessment.
    std::size_t unassessedCount() const;
    int rowOf(store::RowId childId) const; // -1 when not in the list
    const QDate& today() const { return today_; }
    // The RT/RW values present, sorted, for the filter.
    QStringList rtRwValues() const;

    // Header and cell texts in the language now installed.
    void retranslate();

signals:
    // What the assessment needs could not be read: the rows concerned are
    // assessed on the last weighing alone (no length, no T, no 2T) and the
    // list should say so.
    void readFailed(const QString& message) const;

public:
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ChildRow makeRow(store::ChildWithLastMeasurement line, QString rt, QString rw,
                     std::span<const store::Measurement> earlier = {}) const;
    void loadRows(std::vector<store::RosterLine> lines, const QDate& today, bool inBrief);
    // Reads what the rows that wait for it need (ChildRow::inputsToRead),
    // in one statement (on this thread: before any assessment on two
    // threads).
    void readInputs(std::span<ChildRow* const> rows) const;
    void assess(ChildRow& row) const;
    void assessSlice();
    void rank();
    QString resultText(const ChildRow& row) const;
    QString tooltip(const ChildRow& row) const;

    // Mutable: the assessment is filled in when a row is first read.
    mutable std::vector<ChildRow> rows_;
    // The children still to assess in the background, in name order; those
    // assessed meanwhile (or removed) are skipped.
    std::vector<store::RowId> toAssess_;
    std::size_t nextToAssess_ = 0;
    QTimer assessTimer_;
    std::unordered_map<store::RowId, int> rowById_;
    QDate today_;
    store::SignedInUser viewer_;
    InputSource inputSource_;
};

} // namespace tumbuh::ui
