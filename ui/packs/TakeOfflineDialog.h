#pragma once

#include "pack/PackWriter.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace khana {

// Workshop › Take offline…: where to write the workshop's pack and which desk it is for, what
// it holds (and that national ids and notes stay at the office), the passphrase that seals it
// (asked twice; on unless unticked), then the pack written off the
// window's thread with progress and Cancel. Stays open with the reason when it cannot be made.
class TakeOfflineDialog : public QDialog
{
    Q_OBJECT

public:
    TakeOfflineDialog(const QSqlDatabase &db, qint64 workshopId, const QString &workshopTitle, QWidget *parent = nullptr);

    const PackWriter::Result &result() const { return m_result; }
    QString path() const;

    void accept() override;

private:
    void browse();

    QSqlDatabase m_db;
    qint64 m_workshopId;
    QString m_title;
    QLineEdit *m_label;
    QLineEdit *m_path;
    QCheckBox *m_seal;
    QLineEdit *m_passphrase;
    QLineEdit *m_again;
    QLabel *m_error;
    PackWriter::Result m_result;
};

} // namespace khana
