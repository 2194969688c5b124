#include "ui/child/childrightsactions.h"

#include "records/rights/anonymiser.h"
#include "records/rights/childdata.h"
#include "store/access.h"
#include "store/database.h"
#include "ui/common/filedialogs.h"
#include "ui/core/datanotifier.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace tumbuh::ui {

ChildRightsActions::ChildRightsActions(store::Database& db, DataNotifier& notifier, store::UserId user,
                                       QWidget* parent)
    : QWidget(parent), db_(db), notifier_(notifier), user_(user), exportButton_(new QPushButton(this)),
      anonymiseButton_(new QPushButton(this))
{
    exportButton_->setObjectName(QStringLiteral("exportChildDataButton"));
    anonymiseButton_->setObjectName(QStringLiteral("anonymiseButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(exportButton_);
    layout->addWidget(anonymiseButton_);

    chooseFile_ = [this](const QString& suggested) {
        return FileDialogs::savePdf(this, tr("Export child's data"), suggested);
    };
    confirm_ = [this](const QString& title, const QString& text) {
        QInputDialog dialog(this);
        dialog.setWindowTitle(title);
        dialog.setLabelText(text);
        dialog.setOkButtonText(tr("Anonymise"));
        dialog.setCancelButtonText(tr("Cancel"));
        return dialog.exec() == QDialog::Accepted ? dialog.textValue() : QString();
    };
    inform_ = [this](const QString& title, const QString& text, bool problem) {
        if (problem)
            QMessageBox::warning(this, title, text);
        else
            QMessageBox::information(this, title, text);
    };
    connect(exportButton_, &QPushButton::clicked, this, &ChildRightsActions::exportChildData);
    connect(anonymiseButton_, &QPushButton::clicked, this, &ChildRightsActions::anonymiseChild);
    retranslateUi();
    setChild(std::nullopt, {}, {});
}

void ChildRightsActions::retranslateUi()
{
    exportButton_->setText(tr("Export child's data…"));
    exportButton_->setToolTip(
        tr("Everything held on this child, as a PDF and a JSON file, for the parent who asks (nutritionist or admin)"));
    anonymiseButton_->setText(tr("Anonymise…"));
    anonymiseButton_->setToolTip(tr("Remove the child's name and the family's personal data; the measurements stay "
                                    "for the statistics (admin only)"));
}

void ChildRightsActions::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChildRightsActions::setChild(std::optional<store::RowId> childId, const QString& name, const QString& uid)
{
    childId_ = childId;
    name_ = name;
    uid_ = uid;
    exportButton_->setEnabled(childId_.has_value());
    anonymiseButton_->setEnabled(childId_.has_value() && !db_.isReadOnly());
}

QString ChildRightsActions::confirmationText() const
{
    return tr("Anonymise %1?\n\n"
              "The name becomes \"%2\"; the NIK, the mother's name and the notes are removed. When no brother or "
              "sister is registered in the same family, the parents' names and NIKs, the address, the phone and the "
              "No. KK are removed too; otherwise the child is taken out of the family's record. The notes of "
              "measurements, referrals and counselling, the guardian's name in the consent and the old values in "
              "the audit log are removed. The birth date, sex, posyandu and all measurements stay, for the "
              "statistics.\n\n"
              "This cannot be undone. Backups made before keep the old data until they are deleted.\n\n"
              "Type the child's name or ANONIMKAN to confirm:")
        .arg(name_, records::anonymousName(uid_));
}

void ChildRightsActions::exportChildData()
{
    if (!childId_)
        return;
    const QString title = tr("Export child's data");
    auto user = store::signedInAs(db_, user_);
    if (!user) {
        inform_(title, user.error().message, true);
        return;
    }
    if (!user->may(store::Permission::ExportChildData)) {
        inform_(title, store::refusalText(user->role, store::Permission::ExportChildData), true);
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder.isEmpty() ? QDir::homePath() : folder)
                                  .filePath(QStringLiteral("data-anak-%1.pdf").arg(uid_.left(8)));
    const QString path = chooseFile_(suggested);
    if (path.isEmpty())
        return;
    auto files = records::exportChildData(db_, *user, *childId_, path);
    if (!files) {
        inform_(title, tr("The child's data could not be exported: %1").arg(files.error().message), true);
        return;
    }
    inform_(title,
            tr("Saved %1 and %2.").arg(QDir::toNativeSeparators(files->pdf), QDir::toNativeSeparators(files->json)),
            false);
}

void ChildRightsActions::anonymiseChild()
{
    if (!childId_)
        return;
    const QString title = tr("Anonymise child");
    auto user = store::signedInAs(db_, user_);
    if (!user) {
        inform_(title, user.error().message, true);
        return;
    }
    // Refused before anything is asked: the question is for an admin only.
    if (!user->may(store::Permission::Anonymise)) {
        inform_(title, store::refusalText(user->role, store::Permission::Anonymise), true);
        return;
    }
    const QString typed = confirm_(title, confirmationText()).trimmed();
    if (typed.isEmpty())
        return;
    if (typed != QStringLiteral("ANONIMKAN") && typed.compare(name_.trimmed(), Qt::CaseInsensitive) != 0) {
        inform_(title, tr("What you typed is neither the child's name nor ANONIMKAN: nothing was changed."), true);
        return;
    }
    const store::RowId id = *childId_;
    auto done = records::anonymiseChild(db_, *user, id);
    if (!done) {
        inform_(title, tr("The child could not be anonymised: %1").arg(done.error().message), true);
        return;
    }
    emit notifier_.childChanged(id);
    inform_(title,
            tr("The child is now \"%1\". Backups made before keep the old data until they are deleted.").arg(done->name),
            false);
}

} // namespace tumbuh::ui
