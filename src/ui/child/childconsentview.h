#pragma once
// The parent's consent on the child's page (store/consent.h): the statement
// in force in one line ("Persetujuan orang tua: diberikan 12-05-2024 oleh
// Siti (ibu) — pemantauan, pelaporan, rujukan", "Belum ada persetujuan orang
// tua" in a warning colour, "Ditarik 01-06-2024"), the history on demand, and
// the buttons Catat persetujuan…, Tarik persetujuan… (ConsentDialog, with
// Permission::RecordConsent) and Cetak surat persetujuan… (the notice as PDF,
// report/consentnotice.h, with Permission::PrintForFamily; the NIK as the
// user may see it).
#include "store/consent.h"
#include "store/rowmeta.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QToolButton;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class ConsentDialog;

class ChildConsentView : public QWidget {
    Q_OBJECT
public:
    // Runs the dialog (exec() by default); replaceable so that a test can
    // type into it and press Save.
    using DialogRunner = std::function<void(ConsentDialog&)>;

    ChildConsentView(store::Database& db, store::UserId user, QWidget* parent = nullptr);

    void setChild(std::optional<store::RowId> childId);
    void reload();
    void setDialogRunner(DialogRunner run) { runDialog_ = std::move(run); }

    // Writes the shown child's consent notice as PDF without a dialog: what
    // "Cetak surat persetujuan…" does once the file is chosen.
    bool writeNoticePdf(const QString& path, QString* error = nullptr) const;

    QLabel* stateLabel() const { return state_; }
    QLabel* historyLabel() const { return history_; }
    QToolButton* historyButton() const { return historyButton_; }
    QPushButton* recordButton() const { return recordButton_; }
    QPushButton* withdrawButton() const { return withdrawButton_; }
    QPushButton* noticeButton() const { return noticeButton_; }

public slots:
    void recordConsent();
    void withdrawConsent();
    void saveNoticePdf();

signals:
    // A statement was recorded for the shown child.
    void consentChanged(tumbuh::store::RowId childId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void runDialog(int kind);
    void render();
    QString statementText(const store::Consent& c, bool withGuardian) const;

    store::Database& db_;
    store::UserId user_;
    std::optional<store::RowId> childId_;
    std::vector<store::Consent> statements_; // oldest first
    QString readError_;
    DialogRunner runDialog_;

    QLabel* state_;
    QToolButton* historyButton_;
    QPushButton* recordButton_;
    QPushButton* withdrawButton_;
    QPushButton* noticeButton_;
    QLabel* history_;
    QLabel* error_;
};

} // namespace tumbuh::ui
