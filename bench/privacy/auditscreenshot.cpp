// audit_screenshot FILE.db OUT.png: the picture of Berkas ▸ Log audit… for
// docs/screenshots/audit-log.png. Makes a few changes on FILE first (a demo
// file: tumbuh-cli demo -o FILE), by its users in turn, through the
// repositories as the program makes them (weights corrected, a child's name
// and a family's phone number changed, a measurement deleted, a PIN reset),
// then shows the dialog offscreen as the first user (an admin) sees it, with
// the correction of a weight chosen, and saves it.
#include "store/childrepository.h"
#include "store/database.h"
#include "store/householdrepository.h"
#include "store/i18n.h"
#include "store/measurementrepository.h"
#include "store/signin.h"
#include "store/userrepository.h"
#include "ui/audit/auditdialog.h"
#include "ui/audit/audittablemodel.h"

#include <QApplication>
#include <QTableView>

#include <cstdio>

using namespace tumbuh;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    store::installTranslator(app, QStringLiteral("id"));
    if (argc != 3) {
        std::fprintf(stderr, "usage: audit_screenshot FILE.db OUT.png\n");
        return 2;
    }
    auto opened = store::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    store::Database& db = **opened;
    auto users = store::UserRepository(db).list();
    if (!users || users->empty())
        return 1;
    std::vector<store::User> people = *users;
    const auto who = [&](std::size_t i) { return people[i % people.size()].meta.id; };

    auto children = store::ChildRepository(db).listWithLastMeasurement();
    if (!children || children->size() < 6)
        return 1;
    store::MeasurementRepository measurements(db);
    for (std::size_t i = 0; i < 4; ++i) {
        auto history = measurements.history((*children)[i * 7].child.meta.id);
        if (!history || history->empty())
            continue;
        store::Measurement m = history->back();
        if (m.weight)
            m.weight = growth::Grams{m.weight->value + 100};
        if (!measurements.update(m, who(i)))
            return 1;
    }
    store::Child renamed = (*children)[3].child;
    renamed.name += QStringLiteral(" Putri");
    if (!store::ChildRepository(db).update(renamed, who(1)))
        return 1;
    if (auto households = store::HouseholdRepository(db).list(); households && !households->empty()) {
        store::Household h = households->front();
        h.phone = QStringLiteral("081234567890");
        if (!store::HouseholdRepository(db).update(h, who(0)))
            return 1;
    }
    if (auto history = measurements.history((*children)[5].child.meta.id); history && history->size() > 1)
        if (!measurements.remove(history->back().meta.id, who(1)))
            return 1;
    if (people.size() > 1)
        if (!store::SignIn(db).setPin(people[1].meta.id, QStringLiteral("123456"), who(0)))
            std::fprintf(stderr, "PIN not reset (the first user is not an admin)\n");

    store::SignedInUser viewer{people[0].meta.id, people[0].name, people[0].role, people[0].posyanduId};
    ui::AuditDialog dialog(db, viewer);
    dialog.resize(1200, 720);
    dialog.show();
    for (int row = 0; row < dialog.model()->rowCount(); ++row) {
        if (dialog.model()->rowAt(row).entry.table == u"measurements"
            && dialog.model()->rowAt(row).entry.action == store::AuditAction::Update) {
            dialog.selectRow(row);
            break;
        }
    }
    QApplication::processEvents();
    if (!dialog.grab().save(QString::fromLocal8Bit(argv[2]))) {
        std::fprintf(stderr, "cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
