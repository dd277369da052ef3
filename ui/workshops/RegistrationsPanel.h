#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace khana {

class RegistrationsModel;
class WriteLock;

// Who is registered for the workshop: a filterable table, registering people from People,
// and changing statuses (invited → registered → confirmed → attended / no-show / cancelled).
class RegistrationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RegistrationsPanel(const QSqlDatabase &db, QWidget *parent = nullptr);

    void setWorkshop(qint64 workshopId);
    // Reads the registrations again (a colleague's change), keeping selection and scroll.
    void refresh();
    RegistrationsModel *model() const { return m_model; }
    void registerPeople();
    // Opens the import dialog for a CSV file.
    void importFile(const QString &path);
    // Registering, importing and changing statuses write; the filter only reads.
    void addWriteControlsTo(WriteLock &lock);

Q_SIGNALS:
    void changed();

private:
    QList<qint64> selectedRegistrations() const;

    QSqlDatabase m_db;
    RegistrationsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QToolButton *m_status;
    QList<QWidget *> m_writers;
};

} // namespace khana
