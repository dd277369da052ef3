#pragma once

#include "pack/PackMerge.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace khana {

// File › Bring back a workshop pack…: what the pack is and how much it brings, the decisions
// it needs (is this walk-in one of the office's people? whose version of an outcome changed on
// both sides?), then the merge off the window's thread with progress and Cancel, and its report:
// what was merged, what was not and why, what still waits. Once all of it is merged the pack
// can be removed from this computer.
class BringBackDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks for the pack, then shows the dialog; says why when the pack cannot be read.
    static void bringBack(QWidget *parent, const QSqlDatabase &db);

    // `passphrase`: a sealed pack's (PackSeal); empty for one that is not sealed.
    BringBackDialog(const QSqlDatabase &db, const QString &path, const QString &passphrase = {}, QWidget *parent = nullptr);

    // Opening refused the pack: why, in the user's words (then the dialog is not shown).
    QString openError() const { return m_openError; }
    const PackMerge::Report &report() const { return m_report; }

    // Runs the merge with the choices made in the tables.
    void merge();

private:
    void buildDecisions();
    void showReport();
    PackMerge::Decisions decisions() const;
    void removePack();

    QSqlDatabase m_db;
    QString m_path;
    QString m_passphrase;
    PackMerge m_merge;
    QString m_openError;
    QList<PackMerge::WalkIn> m_walkIns;
    QList<PackMerge::OutcomeConflict> m_conflicts;
    QStackedWidget *m_pages;
    QTableWidget *m_walkInTable;
    QTableWidget *m_outcomeTable;
    QLabel *m_summary;
    QTableWidget *m_lines;
    QCheckBox *m_remove;
    QPushButton *m_mergeButton;
    QPushButton *m_closeButton;
    PackMerge::Report m_report;
};

} // namespace khana
