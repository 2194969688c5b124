#pragma once
// How the follow-up screens word their codes, in the language in use: the
// reasons of a referral (the rules file's short words, and the family reasons
// ekonomi, bansos, kekerasan), the counselling topics, the destinations and
// their groups.
#include "records/followup/destinations.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace tumbuh::ui {

class FollowUpText {
    Q_DECLARE_TR_FUNCTIONS(FollowUpText)
public:
    // ekonomi, bansos, kekerasan: recorded by hand, never from the rules.
    static QStringList familyReasons();
    // The reason in words: the rules file's short words for a rule code, the
    // family reason's words, else the code as it is.
    static QString reasonWord(const QString& code);
    static QString reasonsText(const QStringList& codes);
    // The counselling topics of the rules file: code and words, in file order.
    static std::vector<std::pair<QString, QString>> topics();
    static QString topicWord(const QString& code);
    static QString destinationWord(const std::vector<records::Destination>& list, const QString& code);
    static QString groupWord(records::DestinationGroup group);
    // "rahasia" (confidential), shown instead of a kekerasan referral's reasons.
    static QString confidentialWord();
};

} // namespace tumbuh::ui
