#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace khana {

class WriteLock;

// Breakout groups of the workshop: number, topic and facilitator; members assigned by hand or
// spread evenly across provinces; and each group's findings, proposals and decisions.
class GroupsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GroupsPanel(const QSqlDatabase &db, QWidget *parent = nullptr);

    void setWorkshop(qint64 workshopId);
    // Every button here writes.
    void addWriteControlsTo(WriteLock &lock);
    void reload();

    void addGroup();
    void editGroup();
    void removeGroup();
    void distribute();
    // Ticks who is in the current group (moving people from other groups).
    void chooseMembers();
    void addOutcome(int kind);
    void editOutcome();
    void removeOutcome();

private:
    qint64 currentGroupId() const;
    bool editGroupDialog(int *number, QString *topic, QString *facilitator);
    void showGroup();
    void report(const QString &error);

    QSqlDatabase m_db;
    qint64 m_workshopId = 0;
    QListWidget *m_groups;
    QListWidget *m_members;
    QListWidget *m_outcomes;
};

} // namespace khana
