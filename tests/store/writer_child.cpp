// Fault-test helper: saves measurements in a loop and prints each id once
// its save has returned, until killed. Usage: writer_child DB CHILD_ID SEED
#include "store/database.h"
#include "store/measurementrepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>
#include <unistd.h>

using namespace tumbuh::store;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: writer_child DB CHILD_ID SEED\n");
        return 2;
    }
    auto opened = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database& db = *opened.value();
    const RowId child = QByteArray(argv[2]).toLongLong();
    QRandomGenerator rng(QByteArray(argv[3]).toUInt());
    MeasurementRepository measurements(db);
    for (;;) {
        Measurement m;
        m.childId = child;
        m.date = QDate(2022, 1, 1).addDays(rng.bounded(800));
        m.weight = tumbuh::growth::Grams{static_cast<std::int32_t>(3000 + rng.bounded(15000))};
        m.notes = QString(static_cast<qsizetype>(rng.bounded(400)), QLatin1Char('n')); // vary the page use
        auto saved = measurements.add(m, 0);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
            return 1;
        }
        // write(2) straight to the pipe: once it returns the parent can read
        // the line even if this process dies the next instant.
        const QByteArray line = QByteArray::number(saved->meta.id) + '\n';
        if (::write(STDOUT_FILENO, line.constData(), static_cast<size_t>(line.size())) != line.size())
            return 1;
    }
}
