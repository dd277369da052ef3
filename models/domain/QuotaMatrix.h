#pragma once

#include "Registration.h"
#include "Workshop.h"

#include <QHash>
#include <QStringList>

namespace khana {

// Planned, registered and attended for each participant category and, where the quota is per
// province, for each province; with totals. Registrations without a province count in the
// category total and under "no province".
class QuotaMatrix
{
public:
    QuotaMatrix() = default;
    QuotaMatrix(const QList<ParticipantCategory> &categories, const QStringList &provinceCodes,
                const QList<RegistrationCount> &counts);

    const QList<ParticipantCategory> &categories() const { return m_categories; }
    const QStringList &provinceCodes() const { return m_provinces; }

    QuotaCell category(int index) const;
    // The cell of one province in a per-province category (empty code: no province).
    QuotaCell province(int index, const QString &provinceCode) const;
    bool hasUnassigned(int index) const;
    QuotaCell total() const;

    // Adds one registration's change to the counts (check-in and undo keep the matrix live).
    void apply(qint64 categoryId, const QString &provinceCode, RegistrationStatus from, RegistrationStatus to);

private:
    int indexOf(qint64 categoryId) const;

    QList<ParticipantCategory> m_categories;
    QStringList m_provinces;
    QList<QuotaCell> m_totals;
    QList<QHash<QString, QuotaCell>> m_byProvince;
};

} // namespace khana
