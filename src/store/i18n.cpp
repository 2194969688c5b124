#include "store/i18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace tumbuh::store {
namespace {

const char* const kTranslatorName = "tumbuh-translator";

} // namespace

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
    if (lang == u"id") {
        auto* translator = new QTranslator(&app);
        translator->setObjectName(QString::fromLatin1(kTranslatorName));
        if (translator->load(QStringLiteral(":/i18n/tumbuh_id.qm"))) {
            QCoreApplication::installTranslator(translator);
            // Numbers and dates in messages follow the language: decimal comma.
            QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
            return lang;
        }
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return QStringLiteral("en");
}

} // namespace tumbuh::store
