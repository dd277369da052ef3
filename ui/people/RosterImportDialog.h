#pragma once

#include "io/RosterImporter.h"
#include "widgets/ImportDialog.h"

class QComboBox;

namespace khana {

// Imports a member roster into People: new members are added, people already known have
// their membership brought up to date.
class RosterImportDialog : public ImportDialog
{
    Q_OBJECT

public:
    // `table` as ImportDialog::readFile() read it from `path`.
    RosterImportDialog(const QSqlDatabase &db, const CsvReader::Table &table, const QString &path, QWidget *parent = nullptr);

    int added() const { return int(m_addedIds.size()); }
    int updated() const { return int(m_replaced.size()); }
    // What taking the import back needs, once it is done.
    const QList<qint64> &addedIds() const { return m_addedIds; }
    const QList<PersonStore::MembershipSnapshot> &replaced() const { return m_replaced; }

private:
    Job job(const QList<int> &columns, bool write);

    QComboBox *m_defaultMembership;
    QList<qint64> m_addedIds;
    QList<PersonStore::MembershipSnapshot> m_replaced;
};

} // namespace khana
