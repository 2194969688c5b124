#include "records/bilingual.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace tumbuh::records {
namespace {

// Answers every Tumbuh message with its English source text, so that it wins
// over an Indonesian translator installed before it.
class SourceTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (context && qstrncmp(context, "tumbuh::", 8) == 0)
            return QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};

QTranslator& indonesian()
{
    static QTranslator* t = [] {
        auto* translator = new QTranslator; // lives as long as the program
        (void)translator->load(QStringLiteral(":/i18n/tumbuh_id.qm"));
        return translator;
    }();
    return *t;
}

QTranslator& english()
{
    static QTranslator* t = new SourceTranslator;
    return *t;
}

QString in(QTranslator& translator, const QLocale& locale, const std::function<QString()>& make)
{
    const bool installed = QCoreApplication::instance() && QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(locale);
    QString text = make();
    if (installed)
        QCoreApplication::removeTranslator(&translator);
    return text;
}

} // namespace

bool Bilingual::indonesianActive()
{
    return QLocale().language() == QLocale::Indonesian;
}

Bilingual::Text Bilingual::both(const std::function<QString()>& make)
{
    const QLocale saved;
    Text t;
    t.indonesianActive = indonesianActive();
    t.en = in(english(), QLocale(QLocale::English, QLocale::UnitedStates), make);
    t.id = in(indonesian(), QLocale(QLocale::Indonesian, QLocale::Indonesia), make);
    QLocale::setDefault(saved);
    return t;
}

} // namespace tumbuh::records
