#pragma once
// The roster as the cadre sees it: sorted by name, narrowed by what is typed
// in the search box (child's or mother's name), optionally only the
// children not measured yet ("who is still waiting?").
#include <QSortFilterProxyModel>
#include <QString>

namespace tumbuh::ui {

class RosterFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RosterFilterProxy(QObject* parent = nullptr);

    void setText(const QString& text);
    const QString& text() const { return text_; }
    void setNotDoneOnly(bool on);
    bool notDoneOnly() const { return notDoneOnly_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString text_;
    bool notDoneOnly_ = false;
};

} // namespace tumbuh::ui
