#include "ui/importing/importrun.h"

#include "records/import/csvimporter.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace tumbuh::ui {

ImportRun::ImportRun(QObject* parent) : QObject(parent) { }

ImportRun::~ImportRun()
{
    cancel();
    join();
}

void ImportRun::join()
{
    if (worker_) {
        worker_->wait();
        delete worker_;
        worker_ = nullptr;
    }
}

bool ImportRun::start(const QString& dbPath, const QDate& today, records::ImportOptions options, const QString& file)
{
    if (running_)
        return false;
    join();
    running_ = true;
    outcome_.reset();
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    worker_ = QThread::create([this, dbPath, today, options = std::move(options), file, cancel = cancel_]() mutable {
        auto outcome = std::make_shared<Outcome>();
        outcome->dryRun = options.dryRun;
        options.progress = [this, cancel](qint64 rows) {
            QMetaObject::invokeMethod(
                this, [this, rows] { emit progressed(rows); }, Qt::QueuedConnection);
            return !cancel->load();
        };
        store::OpenOptions open;
        open.createIfMissing = false;
        open.quickCheck = false; // this program opened and checked the file already
        auto db = store::Database::open(dbPath, open);
        if (!db) {
            outcome->error = db.error().message;
        } else {
            (*db)->setToday(today);
            records::CsvImporter importer(**db, std::move(options));
            auto report = importer.run(file);
            if (report)
                outcome->report = std::move(*report);
            else
                outcome->error = report.error().message;
        }
        outcome->cancelled = cancel->load() && !outcome->report;
        QMetaObject::invokeMethod(
            this, [this, outcome] { done(outcome); }, Qt::QueuedConnection);
    });
    worker_->start();
    return true;
}

void ImportRun::cancel()
{
    if (cancel_)
        cancel_->store(true);
}

void ImportRun::done(const std::shared_ptr<Outcome>& outcome)
{
    join();
    outcome_ = outcome;
    running_ = false;
    emit finished();
}

bool ImportRun::waitForFinished(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (running_ && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return !running_;
}

} // namespace tumbuh::ui
