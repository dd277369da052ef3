#pragma once

#include <QList>
#include <QString>

namespace khana {

enum class OutcomeKind { Finding, Proposal, Decision };

// What a breakout group concluded. `uid` never changes, so an action-plan activity made from
// the outcome can point back to it.
struct Outcome
{
    qint64 id = 0;
    QString uid;
    OutcomeKind kind = OutcomeKind::Finding;
    QString text;
    int rowVersion = 0;

    bool operator==(const Outcome &) const = default;
};

struct BreakoutGroup
{
    qint64 id = 0;
    qint64 workshopId = 0;
    int number = 0;
    QString topic;
    QString facilitator;
    QList<qint64> registrationIds;
    QList<Outcome> outcomes;
    int rowVersion = 0;
};

namespace OutcomeCodes {
QString kindCode(OutcomeKind kind);
OutcomeKind kindFromCode(const QString &code);
QString kindLabel(OutcomeKind kind);
QList<OutcomeKind> kinds();
} // namespace OutcomeCodes

// Spreads people over groups so that each group mixes provinces: sorted by province, dealt
// out in turn. `people` are (registration id, province code); returns one list per group.
QList<QList<qint64>> distributeEvenly(QList<std::pair<qint64, QString>> people, int groupCount);

} // namespace khana
