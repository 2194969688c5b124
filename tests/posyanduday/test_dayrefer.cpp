// The result panel's red referral box has "Rujuk…": it opens the referral
// dialog for the child on the form, with the rules' reasons of the values as
// typed ticked, and the referral is saved through the store's workflow.
#include "dayfixture.h"
#include "print.h"

#include "store/referralrepository.h"
#include "ui/common/datefield.h"
#include "ui/followup/referraldialog.h"
#include "ui/posyanduday/measurementform.h"
#include "ui/posyanduday/resultpanel.h"

#include <boost/test/unit_test.hpp>

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace tumbuh;
using namespace tumbuh::ui;
using namespace tumbuh::ui::test;

BOOST_AUTO_TEST_SUITE(posyandu_day_refer)

BOOST_AUTO_TEST_CASE(refer_from_the_red_box_with_the_reasons_of_the_typed_values)
{
    Morning s;
    PosyanduDayOptions options;
    options.user = s.kader;
    options.referralFollowUpDays = 7;
    PageHarness h(s, options);
    BOOST_REQUIRE(h.page->selectChild(s.dedi));
    QPushButton* refer = h.page->resultPanel()->referButton();
    BOOST_TEST(refer->isHidden() == false);
    BOOST_TEST(!refer->isVisibleTo(h.page.get())); // no referral box yet
    h.type("weightEdit", QStringLiteral("6,8"));   // 7,0 then 6,9 then 6,8: 2T
    BOOST_TEST(refer->isVisibleTo(h.page.get()));

    QStringList ticked;
    QDate followUp;
    QSignalSpy changed(&h.notifier, &DataNotifier::referralsChanged);
    h.page->setDialogRunner([&](QDialog& d) {
        auto& dialog = dynamic_cast<ReferralDialog&>(d);
        for (const QCheckBox* box : dialog.reasonBoxes())
            if (box->isChecked())
                ticked << box->objectName();
        followUp = dialog.followUpField()->date();
        dialog.noteEdit()->setText(QStringLiteral("dari hari posyandu"));
        dialog.save();
    });
    refer->click();

    BOOST_TEST(ticked.contains(QStringLiteral("2T")), ticked.join(QLatin1Char(' ')).toStdString());
    BOOST_TEST(followUp == kToday.addDays(7));
    auto list = store::ReferralRepository(*s.db).forChild(s.dedi);
    BOOST_REQUIRE(list);
    BOOST_REQUIRE(list->size() == 1u);
    BOOST_TEST(list->front().reasons.contains(QStringLiteral("2T")));
    BOOST_TEST(list->front().referredOn == kToday);
    BOOST_TEST(changed.count() == 1);
    // The weight typed is still in the form, not saved by the referral.
    BOOST_TEST(h.edit("weightEdit")->text() == QStringLiteral("6,8"));
    BOOST_TEST(s.history(s.dedi).size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()
