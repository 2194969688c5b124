#define BOOST_TEST_MODULE test_charts
#include <QApplication>
#include <QLocale>

#include <boost/test/unit_test.hpp>

// Qt Charts draws through QGraphicsView: the tests need a QApplication (with
// the offscreen platform set by tumbuh_add_test).
struct ChartsApplication {
    ChartsApplication()
    {
        // English UI, C-like numbers: the tests read labels and decimals.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        app = new QApplication(argc, argv);
    }
    ~ChartsApplication() { delete app; }
    int argc = 1;
    char arg0[12] = "test_charts";
    char* argv[2] = {arg0, nullptr};
    QApplication* app = nullptr;
};
BOOST_TEST_GLOBAL_FIXTURE(ChartsApplication);
