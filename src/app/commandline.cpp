#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tumbuh::app {

CommandLine parseCommandLine(const QStringList& arguments)
{
    CommandLine out;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("tumbuh::app", "Growth monitoring for the posyandu."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("tumbuh::app", "Open this database file."),
                                QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QCoreApplication::translate("tumbuh::app", "Start on this page: register, posyandu-day, at-risk, report or child:UID."),
                                  QStringLiteral("PAGE"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("tumbuh::app", "Save the page as a PNG image and exit."),
                                  QStringLiteral("OUT.png"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("tumbuh::app", "Language: id (Bahasa Indonesia) or en (English)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("tumbuh::app", "Sign in as this user, with the PIN in the TUMBUH_PIN environment variable."),
                                  QStringLiteral("NAME"));
    parser.addOptions({db, page, shot, lang, user});
    if (!parser.parse(arguments)) {
        out.error = parser.errorText();
        return out;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        out.exitNow = true;
        if (parser.isSet(help))
            parser.showHelp(0);
        parser.showVersion();
    }
    out.database = parser.value(db);
    out.screenshot = parser.value(shot);
    out.user = parser.value(user).simplified();
    out.language = parser.value(lang).toLower();
    if (!out.language.isEmpty() && out.language != u"id" && out.language != u"en")
        out.error = QCoreApplication::translate("tumbuh::app", "--lang takes id or en, not %1.").arg(out.language);

    const QString p = parser.value(page);
    if (p.isEmpty() || p == u"register") {
        out.page = QStringLiteral("register");
    } else if (p == u"posyandu-day" || p == u"at-risk" || p == u"report") {
        out.page = p;
    } else if (p.startsWith(u"child:") && p.size() > 6) {
        out.page = QStringLiteral("child");
        out.childKey = p.mid(6);
    } else {
        out.error = QCoreApplication::translate("tumbuh::app", "--page takes register, posyandu-day, at-risk, report or child:UID, not %1.").arg(p);
    }
    return out;
}

} // namespace tumbuh::app
