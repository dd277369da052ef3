#pragma once

#include "shell/Page.h"

#include <QSqlDatabase>

class QComboBox;
class QLabel;

namespace khana {

class ConsentPurposesPanel;
class RetentionPanel;

// Language, era, the areas reference data (district import), the database and its backups,
// and the office's consent purposes.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    // `server`: the office server's description when working on one (no file, no backups here).
    SettingsPage(const QSqlDatabase &db, const QString &databasePath, const QString &server, QWidget *parent = nullptr);
    void activated() override;
    void colleaguesChanged(const QSet<QString> &tables) override;

    // Imports districts from `path` (with provinces.csv beside it when present); returns a
    // summary for people. Used by the Import button.
    QString importDistricts(const QString &path);

Q_SIGNALS:
    void restartRequested();
    void areasChanged();

private:
    void saveLanguage();
    void chooseDistrictFile();
    void refreshAreas();

    QSqlDatabase m_db;
    QComboBox *m_language;
    QComboBox *m_era;
    QLabel *m_restartNote;
    QLabel *m_areas;
    ConsentPurposesPanel *m_purposes = nullptr;
    RetentionPanel *m_retention = nullptr;
};

} // namespace khana
