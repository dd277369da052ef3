#pragma once

#include "stores/GrowthStore.h"

#include <QSqlDatabase>
#include <QWidget>

class QPushButton;
class QTableView;
class QUndoStack;

namespace khana {

class WriteLock;

class ElectionsModel;

// The district-representative elections of a province, or of one workshop, with buttons to
// record, edit and remove them. Every change goes on the page's undo stack.
class ElectionsPanel : public QWidget
{
    Q_OBJECT

public:
    ElectionsPanel(const QSqlDatabase &db, QUndoStack *undo, QWidget *parent = nullptr);

    void setFilter(const ElectionFilter &filter);
    // The elections held at a workshop; none, and nothing to do, for a workshop not yet saved.
    void showWorkshop(qint64 workshopId);
    void reload();
    // A page with its own "Record election…" button hides the panel's.
    void setRecordButtonVisible(bool visible);
    // Recording, editing and removing write.
    void addWriteControlsTo(WriteLock &lock);

    void recordElection();
    void editElection();
    void removeElection();

Q_SIGNALS:
    // An election was recorded, edited or removed here (not by undo or redo).
    void changed();

private:
    // The election of the current row, as stored now.
    std::optional<RepresentativeElection> current() const;
    void updateButtons();
    void select(qint64 id);

    QSqlDatabase m_db;
    QUndoStack *m_undo;
    ElectionFilter m_filter;
    ElectionsModel *m_model;
    QTableView *m_view;
    QPushButton *m_record;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace khana
