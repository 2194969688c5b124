#include "records/bilingual.h"

#include "store/i18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QThread>
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
    // With Tumbuh's translator installed (the programs, and every test that
    // sets a language), each language is chosen for this thread alone: safe on
    // a worker thread (the program's import), and nothing else changes.
    // Numbers in the texts then keep the program's locale, except on the
    // application's thread, where the default locale may be switched.
    const bool appThread = !QCoreApplication::instance()
                        || QThread::currentThread() == QCoreApplication::instance()->thread();
    if (store::translatorInstalled()) {
        const QLocale saved;
        Text t;
        t.indonesianActive = indonesianActive();
        {
            const store::ScopedMessageLanguage english(QStringLiteral("en"));
            if (appThread)
                QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            t.en = make();
        }
        {
            const store::ScopedMessageLanguage indonesian(QStringLiteral("id"));
            if (appThread)
                QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
            t.id = make();
        }
        if (appThread)
            QLocale::setDefault(saved);
        return t;
    }
    if (!appThread) {
        // No translator to ask per thread, and installing one from here would
        // change the whole program: the program's language for both.
        const QString text = make();
        return Text{text, text, indonesianActive()};
    }
    const QLocale saved;
    Text t;
    t.indonesianActive = indonesianActive();
    t.en = in(english(), QLocale(QLocale::English, QLocale::UnitedStates), make);
    t.id = in(indonesian(), QLocale(QLocale::Indonesian, QLocale::Indonesia), make);
    QLocale::setDefault(saved);
    return t;
}

} // namespace tumbuh::records
