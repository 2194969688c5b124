#include "dayfixture.h"
#include "print.h"

#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/core/deletemeasurementcommand.h"
#include "ui/core/editmeasurementcommand.h"
#include "ui/core/savemeasurementcommand.h"

#include "store/auditlog.h"
#include "store/measurementrepository.h"

#include <boost/test/unit_test.hpp>

#include <QAction>
#include <QSignalSpy>

using namespace tumbuh;
using namespace tumbuh::ui;
using namespace tumbuh::ui::test;

namespace {

store::Measurement weighing(store::RowId child, int grams)
{
    store::Measurement m;
    m.childId = child;
    m.date = kToday;
    m.weight = growth::Grams{grams};
    m.measuredBy = QStringLiteral("Kader Satu");
    return m;
}

std::vector<store::AuditAction> auditOf(store::Database& db, const QUuid& uid)
{
    auto entries = store::AuditLog(db).forRow(QStringLiteral("measurements"), uid);
    BOOST_REQUIRE(entries.ok());
    std::vector<store::AuditAction> out;
    for (const auto& e : *entries)
        out.push_back(e.action);
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(commands)

BOOST_AUTO_TEST_CASE(save_undo_redo_keeps_one_row_and_audits_each_step)
{
    Morning s;
    DataNotifier notifier;
    CommandStack stack(&notifier);
    QSignalSpy changed(&notifier, &DataNotifier::measurementsChanged);

    auto owned = std::make_unique<SaveMeasurementCommand>(*s.db, notifier, weighing(s.citra, 6100), s.kader,
                                                          QStringLiteral("Citra Dewi"));
    auto* command = owned.get();
    BOOST_REQUIRE(stack.push(std::move(owned)).ok());
    const store::RowId id = command->measurement().meta.id;
    const QUuid uid = command->measurement().meta.uid;
    BOOST_TEST(id != 0);
    BOOST_TEST(s.history(s.citra).size() == 1u);
    BOOST_TEST(changed.count() == 1);
    BOOST_TEST(changed.takeFirst().at(0).toLongLong() == s.citra);
    BOOST_TEST(stack.canUndo());
    BOOST_TEST(stack.undoText() == QStringLiteral("Save the measurement of Citra Dewi"));

    BOOST_REQUIRE(stack.undo().ok());
    BOOST_TEST(s.history(s.citra).empty());
    auto stored = store::MeasurementRepository(*s.db).findByUid(uid);
    BOOST_REQUIRE(stored.ok() && stored->has_value());
    BOOST_TEST((*stored)->meta.isDeleted()); // soft delete: the row is still there
    BOOST_TEST(changed.count() == 1);
    BOOST_TEST((auditOf(*s.db, uid) == std::vector{store::AuditAction::Insert, store::AuditAction::Delete}));

    BOOST_REQUIRE(stack.redo().ok());
    const auto h = s.history(s.citra);
    BOOST_REQUIRE(h.size() == 1u);
    BOOST_TEST(h[0].meta.id == id); // the same row comes back
    BOOST_TEST(h[0].meta.uid == uid);
    BOOST_TEST(h[0].weight->value == 6100);
    BOOST_TEST(auditOf(*s.db, uid).size() == 3u);
}

BOOST_AUTO_TEST_CASE(a_refused_save_is_not_kept_and_says_which_field)
{
    Morning s;
    DataNotifier notifier;
    CommandStack stack(&notifier);
    QSignalSpy changed(&notifier, &DataNotifier::measurementsChanged);
    QSignalSpy failed(&stack, &CommandStack::failed);

    auto r = stack.push(std::make_unique<SaveMeasurementCommand>(*s.db, notifier, weighing(s.ani, 85000), s.kader));
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().code == store::ErrorCode::OutOfRange);
    BOOST_TEST(r.error().field == QStringLiteral("weight_g"));
    BOOST_TEST(!stack.canUndo());
    BOOST_TEST(changed.count() == 0);
    BOOST_TEST(failed.count() == 1);
    BOOST_TEST(s.history(s.ani).size() == 2u);
}

BOOST_AUTO_TEST_CASE(edit_and_its_undo)
{
    Morning s;
    DataNotifier notifier;
    CommandStack stack(&notifier);
    const store::RowId id = s.addMeasurement(s.citra, kToday, 6100);
    auto changed = s.history(s.citra).front();
    changed.weight = growth::Grams{6150};
    changed.notes = QStringLiteral("timbang ulang");

    BOOST_REQUIRE(stack.push(std::make_unique<EditMeasurementCommand>(*s.db, notifier, changed, s.kader)).ok());
    BOOST_TEST(s.history(s.citra).front().weight->value == 6150);
    BOOST_REQUIRE(stack.undo().ok());
    BOOST_TEST(s.history(s.citra).front().weight->value == 6100);
    BOOST_TEST(s.history(s.citra).front().notes.isEmpty());
    BOOST_REQUIRE(stack.redo().ok());
    BOOST_TEST(s.history(s.citra).front().weight->value == 6150);
    BOOST_TEST(s.history(s.citra).front().meta.id == id);
}

BOOST_AUTO_TEST_CASE(delete_and_restore)
{
    Morning s;
    DataNotifier notifier;
    CommandStack stack(&notifier);
    const auto before = s.history(s.ani);
    const store::RowId last = before.back().meta.id;

    BOOST_REQUIRE(stack.push(std::make_unique<DeleteMeasurementCommand>(*s.db, notifier, last, s.kader)).ok());
    BOOST_TEST(s.history(s.ani).size() == before.size() - 1);
    BOOST_REQUIRE(stack.undo().ok());
    const auto after = s.history(s.ani);
    BOOST_REQUIRE(after.size() == before.size());
    BOOST_TEST(after.back().meta.uid == before.back().meta.uid);
    BOOST_TEST((auditOf(*s.db, before.back().meta.uid)
                == std::vector{store::AuditAction::Insert, store::AuditAction::Delete, store::AuditAction::Update}));

    // Deleting what is already gone is refused, and the stack says so.
    BOOST_REQUIRE(stack.redo().ok());
    auto again = stack.push(std::make_unique<DeleteMeasurementCommand>(*s.db, notifier, last, s.kader));
    BOOST_TEST(!again.ok());
    BOOST_TEST(again.error().code == store::ErrorCode::NotFound);
}

BOOST_AUTO_TEST_CASE(stack_actions_limit_and_database_replaced)
{
    Morning s;
    DataNotifier notifier;
    CommandStack stack(&notifier);
    QObject owner;
    QAction* undo = stack.createUndoAction(&owner, QStringLiteral("Undo"));
    QAction* redo = stack.createRedoAction(&owner);
    BOOST_TEST(!undo->isEnabled());
    BOOST_TEST(!redo->isEnabled());

    stack.setUndoLimit(2);
    for (int g : {6000, 6100, 6200})
        BOOST_REQUIRE(stack.push(std::make_unique<SaveMeasurementCommand>(*s.db, notifier, weighing(s.citra, g),
                                                                          s.kader, QStringLiteral("Citra")))
                          .ok());
    BOOST_TEST(stack.undoCount() == 2);
    BOOST_TEST(undo->isEnabled());
    BOOST_TEST(undo->text() == QStringLiteral("Undo: Save the measurement of Citra"));

    undo->trigger();
    BOOST_TEST(redo->isEnabled());
    BOOST_TEST(s.history(s.citra).size() == 2u);

    emit notifier.databaseReplaced();
    BOOST_TEST(!stack.canUndo());
    BOOST_TEST(!stack.canRedo());
    BOOST_TEST(!undo->isEnabled());
}

BOOST_AUTO_TEST_SUITE_END()
