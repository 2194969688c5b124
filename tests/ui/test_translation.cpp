// resources/translations/tumbuh_id.ts is complete: every message of every
// layer has an Indonesian translation, none is left unfinished, and no stale
// (vanished or obsolete) entry lingers (lupdate -no-obsolete removes them).
#include <QFile>
#include <QStringList>
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

BOOST_AUTO_TEST_SUITE_END()
