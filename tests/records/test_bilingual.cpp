// records::Bilingual on a worker thread (the program's import dialog runs the
// importer there): both languages right, and the rest of the program left
// alone — no translator installed or removed, no LanguageChange event, the
// application's own language unchanged.
#include "records/bilingual.h"

#include "store/i18n.h"

#include <QCoreApplication>
#include <QEvent>

#include <boost/test/unit_test.hpp>

#include <atomic>
#include <thread>

namespace {

const char* const kMessage = "The file %1 is empty: it has no header line.";

QString message()
{
    return QCoreApplication::translate("tumbuh::records", kMessage).arg(QStringLiteral("x.csv"));
}

class LanguageChanges : public QObject {
public:
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(bilingual_texts)

BOOST_AUTO_TEST_CASE(both_languages_on_a_worker_thread_without_touching_the_program)
{
    auto* app = QCoreApplication::instance();
    tumbuh::store::installTranslator(*app, QStringLiteral("id"));
    QCoreApplication::processEvents();
    const QString indonesian = message();
    BOOST_TEST(indonesian.toStdString() == "Berkas x.csv kosong: tidak ada baris judul kolom.");

    LanguageChanges changes;
    app->installEventFilter(&changes);
    std::atomic<bool> stop{false};
    std::atomic<int> mainThreadWrong{0};
    tumbuh::records::Bilingual::Text text;
    std::thread worker([&] {
        for (int i = 0; i < 200; ++i)
            text = tumbuh::records::Bilingual::both(message);
        stop = true;
    });
    // Meanwhile the window's thread goes on translating in its own language.
    while (!stop) {
        if (message() != indonesian)
            ++mainThreadWrong;
        QCoreApplication::processEvents();
    }
    worker.join();
    QCoreApplication::processEvents();
    app->removeEventFilter(&changes);

    BOOST_TEST(text.id.toStdString() == "Berkas x.csv kosong: tidak ada baris judul kolom.");
    BOOST_TEST(text.en.toStdString() == "The file x.csv is empty: it has no header line.");
    BOOST_TEST(text.indonesianActive);
    BOOST_TEST(changes.count == 0);
    BOOST_TEST(mainThreadWrong.load() == 0);
    BOOST_TEST(message() == indonesian);

    tumbuh::store::installTranslator(*app, QStringLiteral("en"));
    QCoreApplication::processEvents();
}

BOOST_AUTO_TEST_CASE(both_languages_when_the_program_is_in_english)
{
    auto* app = QCoreApplication::instance();
    tumbuh::store::installTranslator(*app, QStringLiteral("en"));
    tumbuh::records::Bilingual::Text text;
    std::thread worker([&] { text = tumbuh::records::Bilingual::both(message); });
    worker.join();
    BOOST_TEST(text.id.toStdString() == "Berkas x.csv kosong: tidak ada baris judul kolom.");
    BOOST_TEST(text.en.toStdString() == "The file x.csv is empty: it has no header line.");
    BOOST_TEST(!text.indonesianActive);
    BOOST_TEST(message().toStdString() == "The file x.csv is empty: it has no header line.");
}

BOOST_AUTO_TEST_SUITE_END()
