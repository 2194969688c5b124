// resources/translations/tumbuh_id.ts is complete: every message of every
// layer has an Indonesian translation, none is left unfinished, and no stale
// (vanished or obsolete) entry lingers (lupdate -no-obsolete removes them).
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <boost/test/unit_test.hpp>

#include <string>

namespace {

struct Problem {
    QString context;
    QString source;
    QString what;
};

std::vector<Problem> problemsIn(const QString& path, int* messages)
{
    QFile file(path);
    BOOST_REQUIRE_MESSAGE(file.open(QIODevice::ReadOnly), "cannot read " << path.toStdString());
    QXmlStreamReader xml(&file);
    std::vector<Problem> out;
    QString context;
    QString source;
    *messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            ++*messages;
            source.clear();
        } else if (name == u"source") {
            source = xml.readElementText();
        } else if (name == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const bool numerus = xml.attributes().value(QStringLiteral("numerus")).isEmpty() == false;
            Q_UNUSED(numerus)
            // Numerus translations hold <numerusform> children; read them all.
            QString text;
            bool hasForm = false;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && xml.name() == u"numerusform")
                    hasForm = true;
            }
            if (type == u"unfinished")
                out.push_back({context, source, QStringLiteral("unfinished")});
            else if (type == u"vanished" || type == u"obsolete")
                out.push_back({context, source, type});
            else if (text.trimmed().isEmpty())
                out.push_back({context, source, hasForm ? QStringLiteral("empty numerus form") : QStringLiteral("empty")});
        }
    }
    BOOST_REQUIRE_MESSAGE(!xml.hasError(), "bad XML in " << path.toStdString() << ": " << xml.errorString().toStdString());
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(translation)

BOOST_AUTO_TEST_CASE(indonesian_translation_is_complete)
{
    int messages = 0;
    const auto problems = problemsIn(QStringLiteral(TUMBUH_TS_FILE), &messages);
    BOOST_TEST(messages > 100);
    for (const auto& p : problems)
        BOOST_ERROR(p.what.toStdString() << " in " << p.context.toStdString() << ": \"" << p.source.toStdString()
                                         << "\"");
    BOOST_TEST(problems.empty());
}

// The .ts holds exactly the messages of the code: lupdate over every layer's
// sources, run on a copy, adds none (it would be "unfinished") and finds
// none gone (it would be "vanished").
BOOST_AUTO_TEST_CASE(lupdate_over_every_layer_changes_nothing)
{
    QTemporaryDir dir;
    BOOST_REQUIRE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("tumbuh_id.ts"));
    BOOST_REQUIRE(QFile::copy(QStringLiteral(TUMBUH_TS_FILE), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TUMBUH_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                   QStringLiteral(TUMBUH_TR_INCLUDE), QStringLiteral("@" TUMBUH_TR_SOURCES), QStringLiteral("-ts"),
                   copy});
    BOOST_REQUIRE(lupdate.waitForFinished(120000));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    BOOST_TEST_REQUIRE(lupdate.exitCode() == 0, output.toStdString());

    // A layer left out of the scan would show its messages as vanished.
    int messages = 0;
    const auto problems = problemsIn(copy, &messages);
    for (const auto& p : problems) {
        const std::string what = p.what == u"unfinished"                        ? "missing from the .ts or untranslated"
                               : p.what == u"vanished" || p.what == u"obsolete" ? "no longer in the code"
                                                                                : p.what.toStdString();
        BOOST_ERROR(what << " in " << p.context.toStdString() << ": \"" << p.source.toStdString() << "\"");
    }
    BOOST_TEST(problems.empty());
}

BOOST_AUTO_TEST_SUITE_END()
