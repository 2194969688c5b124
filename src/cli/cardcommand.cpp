// tumbuh-cli card (its usage is written in the command table, commandtable.cpp)
//
// Growth cards for batch printing (ui/child/childcard.h: the same card as
// the child's page prints), one PDF per child. Qt Charts draws through
// widgets, so this command runs a QApplication, offscreen when there is no
// display.
#include "cli/clitr.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/recordscommand.h"

#include "store/childrepository.h"
#include "store/database.h"
#include "records/outputguard.h"
#include "records/package/packagewriter.h"
#include "ui/child/childcard.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QUuid>

#include <vector>

namespace tumbuh::cli {
namespace {

constexpr std::string_view kName = "card";

constexpr const char* kDetails = QT_TRANSLATE_NOOP(
    "tumbuh::cli",
    "       tumbuh-cli card --db FILE.db --child UID -o CARD.pdf [--paper a4|a5]\n"
    "       tumbuh-cli card --db FILE.db --child UID --child UID ... -o FOLDER\n"
    "       tumbuh-cli card --db FILE.db --posyandu NAME|UID -o FOLDER\n"
    "  Writes the growth card for the mother (landscape, in Indonesian: the weight and "
    "length/height charts and the latest result) as PDF, the same card as the child's page "
    "prints. With several children, or the active children of a posyandu, one file per child "
    "in FOLDER, named after the child (kartu-NAME-UID.pdf).\n"
    "  --paper     a4 (default) or a5\n"
    "  Exit status: 0 done, 1 some cards not written, 2 failed.");

struct Wanted {
    store::RowId id = 0;
    QString name;
    QUuid uid;
};

// The children named by --child (UIDs), in the order given. Unknown ones are
// reported and counted in `missing`.
std::vector<Wanted> childrenByUid(store::Database& db, const QStringList& uids, int& missing)
{
    std::vector<Wanted> out;
    store::ChildRepository children(db);
    for (const QString& text : uids) {
        const QUuid uid = QUuid::fromString(text.trimmed());
        if (uid.isNull()) {
            console::complain(kName, tr("\"%1\" is not a child's UID (export the children to see them: "
                                        "tumbuh-cli export --what children).")
                                         .arg(text));
            ++missing;
            continue;
        }
        auto found = children.findByUid(uid);
        if (!found) {
            console::complain(kName, found.error().message);
            ++missing;
        } else if (!*found || (*found)->meta.isDeleted()) {
            console::complain(kName, tr("There is no child with the UID %1 in this database.").arg(text));
            ++missing;
        } else {
            out.push_back({(*found)->meta.id, (*found)->name, (*found)->meta.uid});
        }
    }
    return out;
}

} // namespace

int runCard(Args args)
{
    // Before any other Qt object: the charts need a QApplication.
    RecordsCommand cmd(kName, kDetails, {"--db", "--child", "--posyandu", "-o", "--output", "--paper"}, {},
                       QtSession::Kind::Widgets);
    if (const auto done = cmd.start(args))
        return *done;
    const OptionParser& p = cmd.options();
    const auto dbPath = cmd.database();
    const QStringList uids = p.values("--child");
    const auto posyandu = p.value("--posyandu");
    const auto out = cmd.output();
    if (!dbPath || !out || out->isEmpty() || uids.isEmpty() == !posyandu || !p.positional().isEmpty())
        return cmd.missingArguments();
    report::CardPaper paper = report::CardPaper::A4;
    if (const auto text = p.value("--paper")) {
        if (text->compare(QStringLiteral("a5"), Qt::CaseInsensitive) == 0)
            paper = report::CardPaper::A5;
        else if (text->compare(QStringLiteral("a4"), Qt::CaseInsensitive) != 0)
            return cmd.fail(tr("--paper is a4 or a5, not \"%1\".").arg(*text));
    }

    // No card over the database, and no two cards in one file.
    records::OutputGuard guard;
    guard.protectDatabase(*dbPath);
    guard.protectEveryDatabase();
    const bool oneFile = !posyandu && uids.size() == 1 && !QFileInfo(*out).isDir();
    if (oneFile) {
        if (auto free = guard.claim(*out); !free)
            return cmd.fail(free.error().message);
    }
    auto db = cmd.openReadOnly();
    if (!db)
        return kExitFailure;
    if (const auto refused = cmd.require(store::Permission::PrintForFamily))
        return *refused;
    int failed = 0;
    std::vector<Wanted> wanted;
    if (posyandu) {
        auto id = records::PackageWriter(*db).findPosyandu(*posyandu);
        if (!id)
            return cmd.fail(id.error().message);
        auto list = store::ChildRepository(*db).listWithLastMeasurement({*id, true});
        if (!list)
            return cmd.fail(list.error().message);
        for (const auto& line : *list)
            wanted.push_back({line.child.meta.id, line.child.name, line.child.meta.uid});
        if (wanted.empty())
            return cmd.fail(tr("The posyandu %1 has no active children.").arg(*posyandu));
    } else {
        wanted = childrenByUid(*db, uids, failed);
        if (wanted.empty())
            return kExitFailure;
    }

    // One child into a file, or several into a folder (also one child when
    // -o names a folder that exists).
    const bool intoFolder = !oneFile;
    if (intoFolder && !QDir().mkpath(*out))
        return cmd.fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(*out)));
    int written = 0;
    QSet<QString> used;
    for (const Wanted& w : wanted) {
        QString path = *out;
        if (intoFolder) {
            QString name = ui::cardFileName(w.name, w.uid);
            // Two children whose UIDs end alike (unlikely): the whole UID.
            if (used.contains(name))
                name = QStringLiteral("kartu-%1.pdf").arg(w.uid.toString(QUuid::WithoutBraces));
            used.insert(name);
            path = QDir(*out).filePath(name);
            if (auto free = guard.claim(path); !free) {
                console::complain(kName, free.error().message);
                ++failed;
                continue;
            }
        }
        auto card = ui::loadChildCard(*db, w.id, paper);
        QString why;
        if (!card) {
            why = card.error().message;
        } else if (report::writeCardPdf(*card, path, &why)) {
            ++written;
            if (!intoFolder)
                console::say(tr("Growth card of %1 written to %2.").arg(w.name, QDir::toNativeSeparators(path)));
            continue;
        }
        console::complain(kName, tr("The card of %1 was not written (%2): %3")
                                     .arg(w.name, QDir::toNativeSeparators(path), why));
        ++failed;
    }
    if (intoFolder)
        console::say(tr("%1 growth cards written to %2.").arg(written).arg(QDir::toNativeSeparators(*out)));
    if (written == 0)
        return kExitFailure;
    return failed > 0 ? kExitRejected : kExitOk;
}

} // namespace tumbuh::cli
