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
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("tumbuh::app", "With --screenshot: the window's size in logical pixels, e.g. 1024x600 (default 1280x800). For 150 % scaling set QT_SCALE_FACTOR=1.5 and use 1280x720 (a 1920x1080 picture)."),
                                  QStringLiteral("WxH"));
    parser.addOptions({db, page, shot, lang, user, size});
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

    if (parser.isSet(size)) {
        // "1024x600": two whole numbers and an x, each side from 200 to 10000.
        const QStringList parts = parser.value(size).toLower().split(QLatin1Char('x'));
        bool okWidth = false;
        bool okHeight = false;
        const int w = parts.size() == 2 ? parts[0].toInt(&okWidth) : 0;
        const int h = parts.size() == 2 ? parts[1].toInt(&okHeight) : 0;
        if (okWidth && okHeight && w >= 200 && h >= 200 && w <= 10000 && h <= 10000)
            out.size = QSize(w, h);
        else
            out.error = QCoreApplication::translate("tumbuh::app", "--size takes WIDTHxHEIGHT in pixels, such as 1024x600, not %1.")
                            .arg(parser.value(size));
    }

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
