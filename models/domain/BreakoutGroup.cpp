#include "BreakoutGroup.h"

#include <QCoreApplication>

#include <algorithm>

namespace khana {

namespace OutcomeCodes {

QString kindCode(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Finding: return QStringLiteral("finding");
    case OutcomeKind::Proposal: return QStringLiteral("proposal");
    case OutcomeKind::Decision: return QStringLiteral("decision");
    }
    return QStringLiteral("finding");
}

OutcomeKind kindFromCode(const QString &code)
{
    for (OutcomeKind k : kinds())
        if (kindCode(k) == code)
            return k;
    return OutcomeKind::Finding;
}

QString kindLabel(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Finding: return QCoreApplication::translate("Outcome", "Finding");
    case OutcomeKind::Proposal: return QCoreApplication::translate("Outcome", "Proposal");
    case OutcomeKind::Decision: return QCoreApplication::translate("Outcome", "Decision");
    }
    return {};
}

QList<OutcomeKind> kinds()
{
    return {OutcomeKind::Finding, OutcomeKind::Proposal, OutcomeKind::Decision};
}

} // namespace OutcomeCodes

QList<QList<qint64>> distributeEvenly(QList<std::pair<qint64, QString>> people, int groupCount)
{
    QList<QList<qint64>> groups(qMax(0, groupCount));
    if (groupCount <= 0)
        return groups;
    std::stable_sort(people.begin(), people.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    for (qsizetype i = 0; i < people.size(); ++i)
        groups[i % groupCount].append(people.at(i).first);
    return groups;
}

} // namespace khana
