#pragma once
// One run of the import (records/import/csvimporter.h), dry or real, on a
// worker thread with a connection of its own to the same file: Qt SQL
// connections belong to the thread that opened them, so the worker opens the
// database itself (the writer lock is shared within the process). The
// importer is one transaction: its writes are seen by the program's own
// connection once committed (WAL), and nothing at all when it fails or is
// cancelled.
//
// Known limit: a refused row's reason is made in both languages by
// records::Bilingual, which installs and removes translators (and sets the
// default QLocale) process-wide, and says it must run on the application's
// thread. Here it runs on the worker: the window may retranslate meanwhile
// (it ends in the right language), but the two threads touch that global
// state without a lock. The fix belongs in Bilingual (a translator installed
// once that answers per thread).
#include "records/import/importreport.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace tumbuh::ui {

class ImportRun : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        std::optional<records::ImportReport> report; // set when the importer ran to its end
        QString error;                               // translated; set when it did not
        bool cancelled = false;                      // Batal was pressed before the end
        bool dryRun = true;
    };

    explicit ImportRun(QObject* parent = nullptr);
    // Cancels a run still going and waits for it (nothing is saved then).
    ~ImportRun() override;

    // Imports `file` into the database at `dbPath` as `options` say, with
    // "today" as the program's connection has it (validation of dates). The
    // options' progress callback is the run's own. Refused while a run goes.
    bool start(const QString& dbPath, const QDate& today, records::ImportOptions options, const QString& file);
    // Asks the importer to stop at its next progress call (every 10,000
    // rows); the outcome then says `cancelled` with nothing saved.
    void cancel();
    bool isRunning() const { return running_; }
    // Runs the event loop until the run has finished (for tests); false on timeout.
    bool waitForFinished(int timeoutMs);

    const std::shared_ptr<Outcome>& outcome() const { return outcome_; }

signals:
    // Rows read so far (every 10,000 rows).
    void progressed(qint64 rows);
    void finished();

private:
    void done(const std::shared_ptr<Outcome>& outcome);
    void join();

    QThread* worker_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::shared_ptr<Outcome> outcome_;
    bool running_ = false;
};

} // namespace tumbuh::ui
