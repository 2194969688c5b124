// Every model of the register and the child's record under Qt's model
// tester in fatal mode: loading, filtering, sorting, resets, single-row
// updates and removals.
#include "uifixture.h"

#include "store/childrepository.h"
#include "store/householdrepository.h"
#include "store/measurementrepository.h"
#include "ui/child/measurementhistorymodel.h"
#include "ui/register/childfilterproxy.h"
#include "ui/register/childlistmodel.h"

#include <QAbstractItemModelTester>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using namespace tumbuh::ui;
using Tester = QAbstractItemModelTester;

namespace {

void loadAll(test::Posyandu& p, ChildListModel& model)
{
    store::ChildFilter filter;
    filter.withEarlierWeighings = true;
    auto children = store::ChildRepository(*p.db).listWithLastMeasurement(filter);
    auto households = store::HouseholdRepository(*p.db).list();
    BOOST_REQUIRE(children && households);
    model.load(*children, *households, test::kToday);
}

} // namespace

BOOST_AUTO_TEST_SUITE(models)

BOOST_AUTO_TEST_CASE(child_list_model_and_proxy_pass_the_model_tester)
{
    test::Posyandu p;
    ChildListModel model;
    Tester modelTester(&model, Tester::FailureReportingMode::Fatal);
    ChildFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester proxyTester(&proxy, Tester::FailureReportingMode::Fatal);

    loadAll(p, model);
    BOOST_TEST(model.rowCount() == 5);
    proxy.sort(ChildListModel::Name);
    for (int column = 0; column < ChildListModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::AscendingOrder);
        proxy.sort(column, Qt::DescendingOrder);
    }
    proxy.setSearchText(QStringLiteral("a"));
    proxy.setAgeGroup(ChildFilterProxy::AgeGroup::M12To23);
    proxy.setSex(growth::Sex::Male);
    proxy.setStatus(ChildFilterProxy::StatusFilter::AnyProblem);
    proxy.setRtRw(QStringLiteral("001/002"));
    BOOST_TEST(proxy.rowCount() == 1);
    proxy.setSearchText({});
    proxy.setAgeGroup(ChildFilterProxy::AgeGroup::All);
    proxy.setSex(std::nullopt);
    proxy.setStatus(ChildFilterProxy::StatusFilter::All);
    proxy.setRtRw({});
    BOOST_TEST(proxy.rowCount() == 5);

    // Every cell and role.
    for (int r = 0; r < proxy.rowCount(); ++r)
        for (int c = 0; c < proxy.columnCount(); ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::DecorationRole),
                             int(ChildListModel::ChildIdRole)})
                (void)proxy.index(r, c).data(role);

    // A reset, a single-row update, an insert and a removal.
    loadAll(p, model);
    auto budi = store::ChildRepository(*p.db).get(p.budi);
    BOOST_REQUIRE(budi);
    store::ChildWithLastMeasurement line{*budi, std::nullopt};
    const auto history = store::MeasurementRepository(*p.db).history(p.budi);
    BOOST_REQUIRE(history);
    line.last = history->back();
    model.upsert(line, nullptr, *history);
    BOOST_TEST(model.rowAt(model.rowOf(p.budi)).assessment.twoT);
    store::Child extra = *budi;
    extra.meta.id = 999;
    extra.name = QStringLiteral("Fajar Baru");
    model.upsert({extra, std::nullopt}, nullptr);
    BOOST_TEST(model.rowCount() == 6);
    BOOST_TEST(proxy.rowCount() == 6);
    model.remove(999);
    model.remove(p.ani);
    BOOST_TEST(model.rowCount() == 4);
    BOOST_TEST(model.rowOf(p.ani) == -1);
    BOOST_TEST(model.rowAt(model.rowOf(p.citra)).child.name == QStringLiteral("Citra Dewi"));
    model.retranslate();
}

BOOST_AUTO_TEST_CASE(measurement_history_model_passes_the_model_tester)
{
    test::Posyandu p;
    MeasurementHistoryModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    auto child = store::ChildRepository(*p.db).get(p.budi);
    auto history = store::MeasurementRepository(*p.db).history(p.budi);
    BOOST_REQUIRE(child && history);
    model.setHistory(*child, *history);
    BOOST_TEST(model.rowCount() == 3);
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::BackgroundRole),
                             int(Qt::ForegroundRole), int(Qt::FontRole)})
                (void)model.index(r, c).data(role);
    // Newest first.
    BOOST_TEST(model.measurementAt(0).date == QDate(2026, 3, 12));
    model.retranslate();
    model.clear();
    BOOST_TEST(model.rowCount() == 0);
    model.setHistory(*child, {});
    BOOST_TEST(model.rowCount() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
