#include "store/i18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <atomic>

namespace tumbuh::store {
namespace {

const char* const kTranslatorName = "tumbuh-translator";

// This thread's choice (ScopedMessageLanguage): 0 none, 1 Indonesian, 2 English.
thread_local int messageLanguage = 0;
std::atomic<bool> installed{false};

// Tumbuh's one translator, for both languages: the program's language, unless
// the asking thread chose another one for the messages it makes.
class TumbuhTranslator : public QTranslator {
public:
    explicit TumbuhTranslator(QObject* parent)
        : QTranslator(parent)
    {
    }
    ~TumbuhTranslator() override { installed = false; }
    TumbuhTranslator(const TumbuhTranslator&) = delete;
    TumbuhTranslator& operator=(const TumbuhTranslator&) = delete;

    // false: the Indonesian texts are missing (then English is used). They
    // are loaded for English too, for a thread that asks for Indonesian.
    bool setLanguage(const QString& language)
    {
        const bool loaded = indonesianTexts_.load(QStringLiteral(":/i18n/tumbuh_id.qm"));
        indonesian_ = language == u"id" && loaded;
        return indonesian_;
    }

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        const bool indonesian = messageLanguage == 0 ? indonesian_ : messageLanguage == 1;
        if (indonesian)
            return indonesianTexts_.translate(context, sourceText, disambiguation, n);
        // English: the source text, also over any other translator.
        if (context && qstrncmp(context, "tumbuh::", 8) == 0)
            return QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }

private:
    bool indonesian_ = false;
    QTranslator indonesianTexts_;
};

} // namespace

ScopedMessageLanguage::ScopedMessageLanguage(const QString& language)
    : previous_(messageLanguage)
{
    messageLanguage = language == u"id" ? 1 : 2;
}

ScopedMessageLanguage::~ScopedMessageLanguage()
{
    messageLanguage = previous_;
}

bool translatorInstalled()
{
    return installed.load();
}

QString defaultLanguage()
{
    const QLocale system = QLocale::system();
    // An unset locale (LANG empty: "C") is the usual state of a fresh
    // posyandu laptop set up by someone else; the users read Indonesian.
    if (system.language() == QLocale::Indonesian || system.language() == QLocale::C
        || system.language() == QLocale::AnyLanguage)
        return QStringLiteral("id");
    return QStringLiteral("en");
}

QString installTranslator(QCoreApplication& app, const QString& language)
{
    const QString lang = language.isEmpty() ? defaultLanguage() : language.toLower();
    if (auto* previous = app.findChild<QTranslator*>(QString::fromLatin1(kTranslatorName))) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }
    // Installed for English too: ScopedMessageLanguage needs it.
    auto* translator = new TumbuhTranslator(&app);
    translator->setObjectName(QString::fromLatin1(kTranslatorName));
    const bool indonesian = translator->setLanguage(lang);
    QCoreApplication::installTranslator(translator);
    installed = true;
    // Numbers and dates in messages follow the language: decimal comma.
    QLocale::setDefault(indonesian ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                   : QLocale(QLocale::English, QLocale::UnitedStates));
    return indonesian ? QStringLiteral("id") : QStringLiteral("en");
}

} // namespace tumbuh::store
