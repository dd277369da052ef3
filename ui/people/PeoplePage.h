#pragma once

#include "PersonCommands.h"
#include "shell/Page.h"

#include <QPointer>
#include <QSqlDatabase>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QUndoStack;

namespace khana {

class PeopleModel;
class PersonDialog;
class PersonStore;

// The People page: search-as-you-type over a lazy list of everyone, a detail panel, and the
// add / edit / delete actions with undo.
class PeoplePage : public Page
{
    Q_OBJECT

public:
    explicit PeoplePage(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~PeoplePage() override;

    QUndoStack *undoStack() const override { return m_undo; }
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    void activated() override;
    // Export is not offered to a role the server keeps from exporting people (facilitators).
    void offerExport(bool offer);
    // Erasure is not offered to a role the server keeps from erasing (all but administrators).
    void offerErasure(bool offer);
    void colleaguesChanged(const QSet<QString> &tables) override;

    PeopleModel *model() const { return m_model; }

    void addPerson();
    void editSelected();
    void deleteSelected();
    // Erasure on request: asks first, keeps the figures, cannot be undone.
    void eraseSelected();
    void focusSearch();
    // Imports a member roster from a CSV file through the import dialog; returns the rows
    // imported (0 when cancelled).
    int importRosterFrom(const QString &path);
    // Writes the people the list shows (its search) to a workbook or CSV, beside the window.
    bool exportTo(const QString &path);
    // Everything Khana holds about one person, at their request: a readable PDF at `pdfPath`
    // and the machine-readable JSON beside it (same name, .json); the request is audited first.
    // False, with the reason shown, when nothing could be written.
    bool saveEverythingAbout(qint64 personId, const QString &pdfPath);

Q_SIGNALS:
    void message(const QString &text);
    // The user asked to see the audit trail's entries about this person.
    void auditRequested(qint64 personId, const QString &name);

private:
    qint64 selectedId() const;
    void showDetails();
    void selectPerson(qint64 id);
    void reportError(const QString &error);
    // What undo commands call after a change (reload and select) and on a problem.
    PersonCommand::Changed showChanged();
    PersonCommand::Report reporter();
    void updateCount(qint64 count);
    void showConsent();
    // The consent filter's purposes, read again (the office may have added or retired one).
    void refreshConsentFilter();
    // Before an export: people in it without a consent the office checks on export. Returns
    // false when the user cancels; `consentedTo` gets the purposes to limit the export to.
    bool confirmConsentForExport(const QString &search, QList<qint64> *consentedTo);

    QSqlDatabase m_db;
    std::unique_ptr<PersonStore> m_store;
    PeopleModel *m_model;
    QUndoStack *m_undo;
    QLineEdit *m_search;
    QComboBox *m_consentFilter;
    QAction *m_consentAction = nullptr;
    QAction *m_everythingAction = nullptr;
    QLabel *m_count;
    QTableView *m_view;
    QPointer<PersonDialog> m_openDialog; // the person being edited, told of colleagues' saves
    QLabel *m_details;
    QSplitter *m_splitter;
    QTimer *m_searchDelay;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_eraseAction = nullptr;
    QAction *m_auditAction;
};

} // namespace khana
