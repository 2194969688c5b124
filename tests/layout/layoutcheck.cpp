#include "layout/layoutcheck.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedLayout>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>
#include <QWidget>
#include <QWidgetItem>

#include <algorithm>
#include <array>
#include <string_view>

namespace tumbuh::test {
namespace {

// ---------------------------------------------------------------------------
// The exceptions, in one place. Each is a widget that places children of its
// own over or beside each other on purpose, with the reason it is not a
// layout bug.

enum class Scope {
    Overlap, // its direct children may overlap each other (still checked inside)
    Subtree, // its children are its own drawing: nothing below it is checked
};

struct Internals {
    const char* className;
    Scope scope;
    const char* reason;
};

constexpr std::array kInternals{
    Internals{"QStackedWidget", Scope::Overlap, "pages lie on each other; only the current one is shown"},
    Internals{"QAbstractScrollArea", Scope::Overlap, "viewport, scroll bars, headers and corner are placed by the scroll area"},
    Internals{"QTabWidget", Scope::Overlap, "tab bar and page stack are placed by the tab widget"},
    Internals{"QTabBar", Scope::Subtree, "scroll arrows and close buttons lie over the tabs"},
    Internals{"QLineEdit", Scope::Subtree, "its clear button and actions (a unit such as \"kg\") are drawn inside it"},
    Internals{"QAbstractSpinBox", Scope::Subtree, "its own line edit and arrows"},
    Internals{"QComboBox", Scope::Subtree, "its own line edit and popup"},
    Internals{"QCalendarWidget", Scope::Subtree, "its navigation bar and table are its own drawing"},
};

// Widgets that are drawn over others on purpose; not checked themselves.
constexpr std::array kOverlays{
    Internals{"QSplitterHandle", Scope::Overlap, "the handle between a splitter's panes"},
    Internals{"QFocusFrame", Scope::Overlap, "a focus ring drawn around another widget"},
    Internals{"QRubberBand", Scope::Overlap, "a selection band drawn over a view"},
    Internals{"QSizeGrip", Scope::Overlap, "the resize grip in a corner"},
};
// Also exempt: Qt's own helper widgets, whose objectName starts with "qt_"
// (the scroll area's viewport and scroll-bar containers, the tool bar's
// extension button): they are not checked themselves, their children are.

bool internalOf(const QWidget* w, Scope scope)
{
    return std::any_of(kInternals.begin(), kInternals.end(), [&](const Internals& i) {
        return i.scope == scope && w->inherits(i.className);
    });
}

bool isOverlay(const QWidget* w)
{
    if (w->objectName().startsWith(QLatin1String("qt_"))) return true;
    return std::any_of(kOverlays.begin(), kOverlays.end(),
                       [&](const Internals& i) { return w->inherits(i.className); });
}

// The viewport of a scroll area: what is inside scrolls, so it may lie
// outside the viewport.
bool isScrollViewport(const QWidget* w)
{
    const auto* area = qobject_cast<const QAbstractScrollArea*>(w->parentWidget());
    return area != nullptr && area->viewport() == w;
}

bool stacksChildren(const QWidget* w)
{
    if (internalOf(w, Scope::Overlap)) return true;
    const auto* stacked = qobject_cast<const QStackedLayout*>(w->layout());
    return stacked != nullptr;
}

// ---------------------------------------------------------------------------
// Describing a widget so that a failure says what to fix.

QString nameOf(const QWidget* w)
{
    QString n = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty()) n += QLatin1Char('#') + w->objectName();
    return n;
}

QString pathOf(const QWidget* w, const QWidget* window)
{
    QStringList parts;
    for (const QWidget* p = w; p != nullptr; p = p->parentWidget()) {
        parts.prepend(nameOf(p));
        if (p == window) break;
    }
    constexpr qsizetype kKeep = 6;
    if (parts.size() > kKeep) {
        const QString first = parts.first();
        parts = parts.mid(parts.size() - kKeep + 1);
        parts.prepend(first + QStringLiteral("/…"));
    }
    return parts.join(QLatin1Char('/'));
}

QString plainText(const QLabel* label)
{
    const bool rich = label->textFormat() == Qt::RichText
                   || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich) return label->text();
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

QString textOf(const QWidget* w)
{
    if (const auto* l = qobject_cast<const QLabel*>(w)) return plainText(l);
    if (const auto* b = qobject_cast<const QAbstractButton*>(w)) return b->text();
    if (const auto* e = qobject_cast<const QLineEdit*>(w)) return e->text().isEmpty() ? e->placeholderText() : e->text();
    if (const auto* g = qobject_cast<const QGroupBox*>(w)) return g->title();
    return {};
}

QString rectText(const QRect& r)
{
    return QStringLiteral("(%1,%2 %3×%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

QRect inWindow(const QWidget* w, const QWidget* window)
{
    return {w->mapTo(window, QPoint(0, 0)), w->size()};
}

QString describe(const QWidget* w, const QWidget* window)
{
    QString d = pathOf(w, window);
    QString text = textOf(w).simplified();
    if (!text.isEmpty()) {
        if (text.size() > 50) text = text.left(49) + QStringLiteral("…");
        d += QStringLiteral(" \"%1\"").arg(text);
    }
    return d + QLatin1Char(' ') + rectText(inWindow(w, window));
}

// The text as drawn: a single & is a mnemonic, && an ampersand.
QString withoutMnemonic(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('&') && i + 1 < s.size()) ++i;
        out += s.at(i);
    }
    return out;
}

// ---------------------------------------------------------------------------
// The checks.

bool checksSize(const QWidget* w)
{
    return qobject_cast<const QLabel*>(w) != nullptr || qobject_cast<const QAbstractButton*>(w) != nullptr
        || qobject_cast<const QLineEdit*>(w) != nullptr;
}

void checkSqueezed(const QWidget* w, const QWidget* window, std::vector<QString>& out)
{
    if (!checksSize(w)) return;
    // The smallest size a layout gives this widget: its minimum size if set,
    // else its size hint where the policy cannot shrink, else its minimum
    // size hint (QWidgetItem asks qSmartMinSize).
    const QWidgetItem item(const_cast<QWidget*>(w));
    const QSize need = item.minimumSize();
    if (w->width() < need.width() || w->height() < need.height()) {
        out.push_back(QStringLiteral("squeezed: %1 is smaller than the %2×%3 it needs")
                          .arg(describe(w, window))
                          .arg(need.width())
                          .arg(need.height()));
        return;
    }
    const auto* label = qobject_cast<const QLabel*>(w);
    if (label != nullptr && label->wordWrap() && label->hasHeightForWidth() && !label->text().isEmpty()) {
        const int h = label->heightForWidth(label->width());
        if (label->height() < h) {
            out.push_back(QStringLiteral("squeezed: wrapped %1 needs height %2 at its width")
                              .arg(describe(w, window))
                              .arg(h));
        }
    }
}

void checkLabelText(const QLabel* label, const QWidget* window, std::vector<QString>& out)
{
    if (label->wordWrap() || label->text().isEmpty()) return;
    if (!label->pixmap().isNull()) return;
    const QString text = label->buddy() != nullptr ? withoutMnemonic(plainText(label)) : plainText(label);
    const QFontMetrics fm(label->font());
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, fm.horizontalAdvance(line));
    const int room = label->contentsRect().width() - 2 * label->margin();
    const QString tip = label->toolTip();
    if (widest > room && !tip.contains(text)) {
        out.push_back(QStringLiteral("text cut: %1 needs width %2, has %3, and no tooltip carries the text")
                          .arg(describe(label, window))
                          .arg(widest)
                          .arg(room));
    } else if (text.contains(QChar(0x2026)) && tip.isEmpty() && label->textFormat() != Qt::RichText) {
        // Shortened with "…" by hand: the whole text must be in the tooltip.
        // (A label whose text ends in "…" on purpose, such as "Menyimpan…",
        // gives itself a tooltip or is rich text.)
        out.push_back(QStringLiteral("elided without tooltip: %1").arg(describe(label, window)));
    }
}

int neededButtonWidth(const QAbstractButton* button)
{
    if (qobject_cast<const QPushButton*>(button) == nullptr) return button->sizeHint().width();
    // QPushButton's size hint has a style minimum (80 px in Fusion); what the
    // text needs is its advance, the icon, the button margin and the frame.
    const auto* push = qobject_cast<const QPushButton*>(button);
    const QStyle* style = button->style();
    int w = QFontMetrics(button->font()).horizontalAdvance(withoutMnemonic(button->text()));
    if (!button->icon().isNull()) w += button->iconSize().width() + 4;
    if (push->menu() != nullptr) w += style->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button);
    w += style->pixelMetric(QStyle::PM_ButtonMargin, nullptr, button)
       + 2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, button);
    return std::min(w, button->sizeHint().width());
}

void checkButtonText(const QAbstractButton* button, const QWidget* window, std::vector<QString>& out)
{
    if (button->text().isEmpty()) return;
    if (const auto* tool = qobject_cast<const QToolButton*>(button)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly) return;
    }
    const int need = neededButtonWidth(button);
    if (button->width() < need) {
        out.push_back(QStringLiteral("text cut: %1 needs width %2 for its text, has %3")
                          .arg(describe(button, window))
                          .arg(need)
                          .arg(button->width()));
    }
}

std::vector<QWidget*> visibleChildren(const QWidget* parent)
{
    std::vector<QWidget*> children;
    for (QObject* o : parent->children()) {
        auto* w = qobject_cast<QWidget*>(o);
        if (w != nullptr && !w->isWindow() && w->isVisible()) children.push_back(w);
    }
    return children;
}

void checkOverlap(const QWidget* parent, const std::vector<QWidget*>& children, const QWidget* window,
                  std::vector<QString>& out)
{
    if (stacksChildren(parent)) return;
    for (std::size_t i = 0; i < children.size(); ++i) {
        const QWidget* a = children[i];
        if (isOverlay(a) || a->geometry().isEmpty()) continue;
        for (std::size_t j = i + 1; j < children.size(); ++j) {
            const QWidget* b = children[j];
            if (isOverlay(b) || b->geometry().isEmpty()) continue;
            const QRect both = a->geometry() & b->geometry();
            if (both.isEmpty()) continue;
            out.push_back(QStringLiteral("overlap: %1 and %2 overlap by %3×%4")
                              .arg(describe(a, window), describe(b, window))
                              .arg(both.width())
                              .arg(both.height()));
        }
    }
}

void checkInside(const QWidget* parent, const QWidget* child, const QWidget* window, std::vector<QString>& out)
{
    if (isScrollViewport(parent) || isOverlay(child) || child->geometry().isEmpty()) return;
    if (parent->rect().contains(child->geometry())) return;
    const bool outsideWindow = !window->rect().contains(inWindow(child, window));
    out.push_back(QStringLiteral("cut off: %1 lies partly outside its parent %2 %3%4")
                      .arg(describe(child, window), nameOf(parent), rectText(inWindow(parent, window)),
                           outsideWindow ? QStringLiteral(" and outside the window") : QString()));
}

void walk(const QWidget* w, const QWidget* window, std::vector<QString>& out)
{
    if (!isOverlay(w)) {
        checkSqueezed(w, window, out);
        if (const auto* label = qobject_cast<const QLabel*>(w)) checkLabelText(label, window, out);
        if (const auto* button = qobject_cast<const QAbstractButton*>(w)) checkButtonText(button, window, out);
    }
    if (internalOf(w, Scope::Subtree)) return;
    const std::vector<QWidget*> children = visibleChildren(w);
    checkOverlap(w, children, window, out);
    for (const QWidget* child : children) {
        checkInside(w, child, window, out);
        walk(child, window, out);
    }
}

void settle()
{
    for (int round = 0; round < 10; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

} // namespace

std::vector<QString> layoutProblems(QWidget* window)
{
    std::vector<QString> out;
    if (window == nullptr || !window->isVisible()) {
        out.push_back(QStringLiteral("the window is not shown"));
        return out;
    }
    walk(window, window, out);
    return out;
}

QString showAt(QWidget* window, QSize logical)
{
    window->resize(logical);
    window->show();
    settle();
    if (QLayout* layout = window->layout()) layout->activate();
    window->resize(logical); // again: showing may have adjusted it
    settle();
    if (window->size() == logical) return {};
    return QStringLiteral("%1 is %2×%3, not %4: its minimum size is %5×%6")
        .arg(nameOf(window))
        .arg(window->width())
        .arg(window->height())
        .arg(sizeName(logical))
        .arg(window->minimumSizeHint().expandedTo(window->minimumSize()).width())
        .arg(window->minimumSizeHint().expandedTo(window->minimumSize()).height());
}

double scaleFactor()
{
    bool ok = false;
    const double f = qEnvironmentVariable("QT_SCALE_FACTOR").toDouble(&ok);
    return ok && f > 0 ? f : 1.0;
}

std::vector<QSize> layoutSizes()
{
    if (scaleFactor() > 1.0) return {QSize(1280, 720)};
    return {QSize(1024, 600), QSize(1280, 800)};
}

QString sizeName(QSize logical)
{
    QString name = QStringLiteral("%1x%2").arg(logical.width()).arg(logical.height());
    if (scaleFactor() != 1.0) name += QStringLiteral("@%1").arg(scaleFactor());
    return name;
}

} // namespace tumbuh::test
