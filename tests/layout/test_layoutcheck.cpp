// The checker itself: hand-made windows that overlap, are cut off, are
// squeezed or are elided without a tooltip are each reported, and a
// well-laid-out form (with a scroll area, a tab widget, a spin box, a combo
// box and a line edit with an action inside) is not. So the checker can fail.
#include "layout/layoutcheck.h"
#include "ui/common/elidedlabel.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QWidget>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <vector>

namespace {

using tumbuh::test::layoutProblems;
using tumbuh::test::showAt;

// The problems that start with `kind` and name `what`.
std::vector<QString> problemsOf(const std::vector<QString>& all, const QString& kind, const QString& what)
{
    std::vector<QString> found;
    std::copy_if(all.begin(), all.end(), std::back_inserter(found),
                 [&](const QString& p) { return p.startsWith(kind) && p.contains(what); });
    return found;
}

std::string joined(const std::vector<QString>& all)
{
    QStringList l(all.begin(), all.end());
    return l.join(QLatin1Char('\n')).toStdString();
}

} // namespace

BOOST_AUTO_TEST_SUITE(layout_checker)

BOOST_AUTO_TEST_CASE(overlapping_siblings_are_reported)
{
    QWidget window;
    auto* weight = new QLabel(QStringLiteral("Berat"), &window);
    weight->setObjectName(QStringLiteral("weight"));
    weight->setGeometry(10, 10, 120, 30);
    auto* unit = new QLabel(QStringLiteral("kg"), &window);
    unit->setObjectName(QStringLiteral("unit"));
    unit->setGeometry(100, 15, 40, 30);
    BOOST_TEST(showAt(&window, QSize(300, 200)).isEmpty());
    const auto all = layoutProblems(&window);
    const auto overlaps = problemsOf(all, QStringLiteral("overlap:"), QStringLiteral("QLabel#weight"));
    BOOST_TEST_REQUIRE(overlaps.size() == 1u, joined(all));
    BOOST_TEST(overlaps.front().contains(QStringLiteral("QLabel#unit \"kg\"")), overlaps.front().toStdString());
    BOOST_TEST(overlaps.front().contains(QStringLiteral("30×25")), overlaps.front().toStdString());
}

BOOST_AUTO_TEST_CASE(a_widget_outside_its_window_is_reported)
{
    QWidget window;
    auto* undo = new QPushButton(QStringLiteral("Batalkan simpan terakhir"), &window);
    undo->setObjectName(QStringLiteral("undo"));
    undo->resize(undo->sizeHint());
    undo->move(300 - undo->width() / 2, 20);
    BOOST_TEST(showAt(&window, QSize(300, 200)).isEmpty());
    const auto all = layoutProblems(&window);
    const auto cut = problemsOf(all, QStringLiteral("cut off:"), QStringLiteral("QPushButton#undo"));
    BOOST_TEST_REQUIRE(cut.size() == 1u, joined(all));
    BOOST_TEST(cut.front().contains(QStringLiteral("outside the window")), cut.front().toStdString());
}

BOOST_AUTO_TEST_CASE(a_label_cut_without_tooltip_is_reported_and_with_one_is_not)
{
    QWidget window;
    const QString text = QStringLiteral("Lingkar lengan atas (LiLA)");
    auto* bare = new QLabel(text, &window);
    bare->setObjectName(QStringLiteral("bare"));
    // Ignored: the layout may squeeze it, so only the cut text is wrong.
    bare->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bare->setGeometry(10, 10, 40, 30);
    auto* tipped = new QLabel(text, &window);
    tipped->setObjectName(QStringLiteral("tipped"));
    tipped->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    tipped->setToolTip(text);
    tipped->setGeometry(10, 50, 40, 30);
    BOOST_TEST(showAt(&window, QSize(300, 200)).isEmpty());
    const auto all = layoutProblems(&window);
    BOOST_TEST(problemsOf(all, QStringLiteral("text cut:"), QStringLiteral("QLabel#bare")).size() == 1u, joined(all));
    BOOST_TEST(problemsOf(all, QString(), QStringLiteral("QLabel#tipped")).empty(), joined(all));
}

BOOST_AUTO_TEST_CASE(text_elided_by_hand_without_tooltip_is_reported)
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* result = new QLabel(QStringLiteral("Berat badan no…"));
    result->setObjectName(QStringLiteral("result"));
    layout->addWidget(result);
    layout->addStretch();
    BOOST_TEST(showAt(&window, QSize(300, 200)).isEmpty());
    const auto all = layoutProblems(&window);
    BOOST_TEST(problemsOf(all, QStringLiteral("elided without tooltip:"), QStringLiteral("QLabel#result")).size() == 1u,
               joined(all));
}

BOOST_AUTO_TEST_CASE(an_elided_label_passes_and_carries_its_text)
{
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    const QString text = QStringLiteral("Berat badan normal, tinggi badan normal, gizi baik");
    auto* label = new tumbuh::ui::ElidedLabel(text);
    label->setObjectName(QStringLiteral("elided"));
    layout->addWidget(label);
    BOOST_TEST(showAt(&window, QSize(120, 60)).isEmpty());
    BOOST_TEST(label->isElided());
    BOOST_TEST(label->text().endsWith(QChar(0x2026)), label->text().toStdString());
    BOOST_TEST(label->toolTip() == text, label->toolTip().toStdString());
    BOOST_TEST(layoutProblems(&window).empty(), joined(layoutProblems(&window)));
    // Wide enough again: the whole text, no tooltip.
    BOOST_TEST(showAt(&window, QSize(800, 60)).isEmpty());
    BOOST_TEST(!label->isElided());
    BOOST_TEST(label->text() == text, label->text().toStdString());
    BOOST_TEST(label->toolTip().isEmpty());
}

BOOST_AUTO_TEST_CASE(a_squeezed_radio_button_is_reported)
{
    QWidget window;
    auto* lying = new QRadioButton(QStringLiteral("Terlentang"), &window);
    lying->setObjectName(QStringLiteral("lying"));
    lying->setGeometry(10, 10, lying->sizeHint().width() / 2, lying->sizeHint().height());
    BOOST_TEST(showAt(&window, QSize(300, 200)).isEmpty());
    const auto all = layoutProblems(&window);
    BOOST_TEST(problemsOf(all, QStringLiteral("squeezed:"), QStringLiteral("QRadioButton#lying")).size() == 1u, joined(all));
    BOOST_TEST(problemsOf(all, QStringLiteral("text cut:"), QStringLiteral("QRadioButton#lying")).size() == 1u, joined(all));
}

BOOST_AUTO_TEST_CASE(a_wrapped_label_shorter_than_its_lines_is_reported)
{
    QWidget window;
    auto* history = new QLabel(QStringLiteral("Bulan lalu 11,8 kg, dua bulan lalu 11,5 kg, tiga bulan lalu 11,2 kg"),
                               &window);
    history->setObjectName(QStringLiteral("history"));
    history->setWordWrap(true);
    history->setGeometry(10, 10, 120, QFontMetrics(history->font()).height());
    BOOST_TEST(showAt(&window, QSize(300, 200)).isEmpty());
    const auto all = layoutProblems(&window);
    BOOST_TEST(problemsOf(all, QStringLiteral("squeezed:"), QStringLiteral("QLabel#history")).size() == 1u, joined(all));
}

BOOST_AUTO_TEST_CASE(a_well_laid_out_form_has_no_problem)
{
    QWidget window;
    auto* outer = new QVBoxLayout(&window);
    auto* tabs = new QTabWidget;
    outer->addWidget(tabs);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    tabs->addTab(scroll, QStringLiteral("Penimbangan"));
    tabs->addTab(new QLabel(QStringLiteral("Riwayat")), QStringLiteral("Riwayat"));
    auto* form = new QWidget;
    auto* grid = new QFormLayout(form);
    auto* weight = new QLineEdit;
    weight->addAction(new QAction(QStringLiteral("kg"), weight), QLineEdit::TrailingPosition);
    weight->setClearButtonEnabled(true);
    weight->setText(QStringLiteral("12,1"));
    grid->addRow(QStringLiteral("Berat badan"), weight);
    grid->addRow(QStringLiteral("Lingkar lengan atas (LiLA)"), new QSpinBox);
    auto* how = new QComboBox;
    how->addItems({QStringLiteral("Terlentang"), QStringLiteral("Berdiri")});
    grid->addRow(QStringLiteral("Cara ukur"), how);
    auto* radios = new QHBoxLayout;
    radios->addWidget(new QRadioButton(QStringLiteral("Terlentang")));
    radios->addWidget(new QRadioButton(QStringLiteral("Berdiri")));
    grid->addRow(QStringLiteral("Posisi"), radios);
    for (int i = 0; i < 20; ++i)
        grid->addRow(QStringLiteral("Baris %1").arg(i), new QLineEdit);
    scroll->setWidget(form);
    outer->addWidget(new QPushButton(QStringLiteral("Batalkan simpan terakhir")));
    // Smaller than the form: the scroll area takes the rest.
    BOOST_TEST(showAt(&window, QSize(400, 300)).isEmpty());
    BOOST_TEST(form->height() > scroll->viewport()->height());
    const auto all = layoutProblems(&window);
    BOOST_TEST(all.empty(), joined(all));
}

BOOST_AUTO_TEST_CASE(show_at_says_when_the_window_cannot_be_that_small)
{
    QWidget window;
    window.setMinimumSize(900, 700);
    const QString why = showAt(&window, QSize(800, 600));
    BOOST_TEST(!why.isEmpty());
    BOOST_TEST(why.contains(QStringLiteral("900×700")), why.toStdString());
}

BOOST_AUTO_TEST_SUITE_END()
