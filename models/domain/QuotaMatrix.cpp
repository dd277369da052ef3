#include "QuotaMatrix.h"

namespace khana {

QuotaMatrix::QuotaMatrix(const QList<ParticipantCategory> &categories, const QStringList &provinceCodes,
                         const QList<RegistrationCount> &counts)
    : m_categories(categories)
    , m_provinces(provinceCodes)
{
    for (const ParticipantCategory &c : categories) {
        QuotaCell total;
        total.planned = c.planned(int(provinceCodes.size()));
        m_totals.append(total);
        QHash<QString, QuotaCell> byProvince;
        if (c.quotaKind == QuotaKind::PerProvince)
            for (const QString &code : provinceCodes)
                byProvince[code].planned = c.quota;
        m_byProvince.append(byProvince);
    }
    for (const RegistrationCount &n : counts) {
        const int i = indexOf(n.categoryId);
        if (i < 0)
            continue;
        const int registered = RegistrationCodes::countsAsRegistered(n.status) ? n.count : 0;
        const int attended = n.status == RegistrationStatus::Attended ? n.count : 0;
        m_totals[i].registered += registered;
        m_totals[i].attended += attended;
        if (m_categories.at(i).quotaKind == QuotaKind::PerProvince) {
            QuotaCell &cell = m_byProvince[i][n.provinceCode];
            cell.registered += registered;
            cell.attended += attended;
        }
    }
}

int QuotaMatrix::indexOf(qint64 categoryId) const
{
    for (qsizetype i = 0; i < m_categories.size(); ++i)
        if (m_categories.at(i).id == categoryId)
            return int(i);
    return -1;
}

QuotaCell QuotaMatrix::category(int index) const
{
    return m_totals.value(index);
}

QuotaCell QuotaMatrix::province(int index, const QString &provinceCode) const
{
    return m_byProvince.value(index).value(provinceCode);
}

bool QuotaMatrix::hasUnassigned(int index) const
{
    return m_byProvince.value(index).contains(QString());
}

QuotaCell QuotaMatrix::total() const
{
    QuotaCell sum;
    for (const QuotaCell &c : m_totals)
        sum += c;
    return sum;
}

void QuotaMatrix::apply(qint64 categoryId, const QString &provinceCode, RegistrationStatus from, RegistrationStatus to)
{
    const int i = indexOf(categoryId);
    if (i < 0)
        return;
    const int registered = int(RegistrationCodes::countsAsRegistered(to)) - int(RegistrationCodes::countsAsRegistered(from));
    const int attended = int(to == RegistrationStatus::Attended) - int(from == RegistrationStatus::Attended);
    m_totals[i].registered += registered;
    m_totals[i].attended += attended;
    if (m_categories.at(i).quotaKind == QuotaKind::PerProvince) {
        QuotaCell &cell = m_byProvince[i][provinceCode];
        cell.registered += registered;
        cell.attended += attended;
    }
}

} // namespace khana
