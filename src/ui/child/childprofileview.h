#pragma once
// The head of a child's record: who the child is, the family, and the status
// of the last visit in words and colour.
#include "growth/assessment.h"
#include "store/access.h"
#include "store/child.h"
#include "store/household.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;

namespace tumbuh::ui {

class ChildProfileView : public QWidget {
    Q_OBJECT
public:
    explicit ChildProfileView(QWidget* parent = nullptr);

    // Who looks at the profile: the NIK follows the role (masked until set).
    void setViewer(const store::SignedInUser& viewer) { viewer_ = viewer; }
    void setChild(const store::Child& child, const std::optional<store::Household>& household,
                  const QString& posyanduName, const QDate& today,
                  const std::optional<growth::Assessment>& latest);

    QLabel* nameLabel() const { return name_; }
    QLabel* statusLabel() const { return status_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    store::Child child_;
    std::optional<store::Household> household_;
    QString posyandu_;
    QDate today_;
    std::optional<growth::Assessment> latest_;

    QLabel* dot_;
    QLabel* name_;
    QLabel* status_;
    QLabel* facts_;
    QLabel* family_;
    QLabel* notes_;
    store::SignedInUser viewer_;
};

} // namespace tumbuh::ui
