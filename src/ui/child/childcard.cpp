#include "ui/child/childcard.h"

#include "report/childcharts.h"
#include "store/childrepository.h"
#include "store/database.h"
#include "store/measurementrepository.h"
#include "store/posyandurepository.h"
#include "ui/charts/chartrendering.h"
#include "ui/common/growthinput.h"

#include <vector>

namespace tumbuh::ui {

report::CardInput childCard(const store::Child& child, std::span<const store::Measurement> history,
                            const QString& posyanduName, report::CardPaper paper, const QDate& printedOn)
{
    const std::vector<growth::Visit> visits = toVisits(history);
    const report::ChildInfo info = toChartChild(child, posyanduName);
    // The card speaks Indonesian to the mother, whatever the program speaks.
    report::CardInput card = report::makeCardInput(
        info, report::buildChildCharts(info, visits, report::LabelLanguage::Indonesian), cardChartPainter());
    card.paper = paper;
    card.printedOn = printedOn;
    return card;
}

store::Result<report::CardInput> loadChildCard(store::Database& db, store::RowId childId, report::CardPaper paper)
{
    auto child = store::ChildRepository(db).get(childId);
    if (!child)
        return child.error();
    auto history = store::MeasurementRepository(db).history(childId);
    if (!history)
        return history.error();
    QString posyandu;
    if (auto p = store::PosyanduRepository(db).get(child->posyanduId))
        posyandu = p->name;
    return childCard(*child, *history, posyandu, paper, db.today());
}

QString cardFileName(const QString& childName, const QUuid& uid)
{
    // Letters with accents lose them (é -> e); anything else that is not a
    // letter or digit becomes one hyphen.
    const QString plain = childName.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : plain) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (c.category() != QChar::Mark_NonSpacing && !slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    slug.truncate(40);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    // The end of the UID: its random bits (a time-ordered UUID begins with
    // the creation time, shared by every child of one import).
    const QString shortUid = uid.toString(QUuid::Id128).right(8);
    return QStringLiteral("kartu-%1%2%3.pdf")
        .arg(slug, slug.isEmpty() ? QString() : QStringLiteral("-"), shortUid);
}

} // namespace tumbuh::ui
