#pragma once
// The program's main window as after signing in: admin on a demo database
// (60 children, 18 months, today pinned; made once per run, the tests only
// read it), its own settings file, the posyandu-day page built as the
// application builds it.
#include "store/database.h"
#include "support/recordsfixture.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/mainwindow.h"
#include "ui/settings/appsettings.h"

#include <QString>

#include <memory>

namespace tumbuh::ui {
class PosyanduDayPage;
}

namespace tumbuh::test {

// The demo file of this run.
const QString& demoFile();

struct WindowFixture {
    // `settingsFile` empty: a settings file of its own in `folder`.
    explicit WindowFixture(const QString& settingsFile = {});
    ~WindowFixture();

    ui::PosyanduDayPage* day() const;
    // The posyandu-day page with its first child chosen and a weight typed,
    // so that the result panel shows a result.
    void chooseChildWithResult();
    // The child page of the roster's first child.
    void showFirstChild();

    records::test::Folder folder;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<ui::AppSettings> settings;
    ui::DataNotifier notifier;
    ui::CommandStack commands{&notifier};
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace tumbuh::test
