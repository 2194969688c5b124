#pragma once
// "Rujukan & edukasi" on the child page: the child's referrals (status in
// words, destination, dates, overdue marked in red) and counselling records,
// with the buttons Rujuk…, Ubah status…, Catat edukasi… and Lihat keluarga….
// A confidential (kekerasan) referral is marked "rahasia"; its reasons are
// shown here (there are no roles yet) but never on a printed list.
#include "records/followup/destinations.h"
#include "store/referral.h"
#include "store/rowmeta.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class DataNotifier;

class ChildFollowUpView : public QWidget {
    Q_OBJECT
public:
    // Runs a dialog (exec() by default); replaceable so that a test can type
    // into it and press Save.
    using DialogRunner = std::function<void(QDialog&)>;

    enum ReferralColumn { Date,
                          Status,
                          Destination,
                          FollowUp,
                          For,
                          Reasons,
                          Note,
                          ReferralColumnCount };
    enum CounsellingColumn { CounselDate,
                             Topic,
                             By,
                             CounselNote,
                             CounsellingColumnCount };

    ChildFollowUpView(store::Database& db, DataNotifier& notifier, store::UserId user, QWidget* parent = nullptr);

    void setChild(std::optional<store::RowId> childId);
    void reload();
    void setDialogRunner(DialogRunner run) { runDialog_ = std::move(run); }
    // "Tindak lanjut rujukan (hari)" for new referrals.
    void setFollowUpDays(int days) { followUpDays_ = days; }
    // The rules' reason codes a new referral starts with.
    void setSuggestedReasons(const QStringList& codes) { suggested_ = codes; }

    QTableWidget* referralTable() const { return referrals_; }
    QTableWidget* counsellingTable() const { return counselling_; }
    QPushButton* referButton() const { return referButton_; }
    QPushButton* statusButton() const { return statusButton_; }
    QPushButton* counselButton() const { return counselButton_; }
    QPushButton* householdButton() const { return householdButton_; }
    QPushButton* printSlipButton() const { return printSlipButton_; }
    QPushButton* saveSlipButton() const { return saveSlipButton_; }
    // The referral of the selected row, if any.
    std::optional<store::Referral> selectedReferral() const;

    // Writes the selected referral's slip (surat rujukan, A5) as PDF, without
    // a dialog: what "Simpan PDF…" does once the file is chosen. False, with
    // the reason in `error`, when no referral is selected or the file cannot
    // be written (the open database is refused).
    bool writeSlipPdf(const QString& path, QString* error = nullptr) const;
    QString suggestedSlipPath() const;

public slots:
    void refer();
    // The system print dialog (A5), then the slip of the selected referral.
    void printSlip();
    // A file dialog, then writeSlipPdf().
    void saveSlipPdf();
    void changeStatus();
    void recordCounselling();
    void showHousehold();

signals:
    // A referral row was selected (or none): the slip buttons follow it.
    void referralSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();

    store::Database& db_;
    DataNotifier& notifier_;
    store::UserId user_;
    std::optional<store::RowId> childId_;
    std::optional<store::RowId> householdId_;
    int followUpDays_ = 14;
    QStringList suggested_;
    std::vector<store::Referral> rows_;
    std::vector<records::Destination> destinations_;
    DialogRunner runDialog_;

    QLabel* title_;
    QLabel* referralsTitle_;
    QLabel* counsellingTitle_;
    QTableWidget* referrals_;
    QTableWidget* counselling_;
    QPushButton* referButton_;
    QPushButton* statusButton_;
    QPushButton* counselButton_;
    QPushButton* householdButton_;
    QPushButton* printSlipButton_;
    QPushButton* saveSlipButton_;
    QLabel* error_;
};

} // namespace tumbuh::ui
