#include "SettingsPage.h"

#include "ConsentPurposesPanel.h"
#include "RetentionPanel.h"

#include "database/Backup.h"

#include "domain/DisplayConventions.h"
#include "io/DistrictImporter.h"
#include "shell/AppSettings.h"
#include "stores/AreaStore.h"
#include "widgets/WriteLock.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace khana {

SettingsPage::SettingsPage(const QSqlDatabase &db, const QString &databasePath, const QString &server, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_language(new QComboBox(this))
    , m_era(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_areas(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_era->setObjectName(QStringLiteral("eraChoice"));
    m_language->addItem(tr("Same as the system"), int(AppSettings::Language::System));
    m_language->addItem(QStringLiteral("ไทย (Thai)"), int(AppSettings::Language::Thai));
    m_language->addItem(QStringLiteral("English"), int(AppSettings::Language::English));
    m_language->setCurrentIndex(m_language->findData(int(AppSettings::language())));
    m_era->addItem(tr("Buddhist Era in Thai, Common Era in English"), int(AppSettings::EraChoice::Automatic));
    m_era->addItem(tr("Always the Buddhist Era (2567)"), int(AppSettings::EraChoice::Buddhist));
    m_era->addItem(tr("Always the Common Era (2024)"), int(AppSettings::EraChoice::Common));
    m_era->setCurrentIndex(m_era->findData(int(AppSettings::eraChoice())));

    auto *restart = new QPushButton(tr("Restart Khana now"), this);
    restart->hide();
    m_restartNote->setWordWrap(true);
    m_restartNote->hide();

    auto *display = new QGroupBox(tr("Language and dates"), this);
    auto *displayForm = new QFormLayout(display);
    displayForm->addRow(tr("&Language:"), m_language);
    displayForm->addRow(tr("&Years:"), m_era);
    displayForm->addRow(m_restartNote);
    displayForm->addRow(restart);

    auto *areas = new QGroupBox(tr("Provinces and districts"), this);
    auto *areasLayout = new QVBoxLayout(areas);
    m_areas->setWordWrap(true);
    auto *import = new QPushButton(tr("&Import districts from CSV…"), this);
    import->setObjectName(QStringLiteral("importDistricts"));
    writeLock()->add(import);
    areasLayout->addWidget(m_areas);
    areasLayout->addWidget(import, 0, Qt::AlignLeft);

    auto *database = new QGroupBox(tr("Database"), this);
    auto *databaseLayout = new QVBoxLayout(database);
    auto *path = new QLabel(server.isEmpty() ? tr("Embedded database: %1").arg(QDir::toNativeSeparators(databasePath))
                                             : tr("Office server: %1. The server's data is backed up on the server; ask whoever runs it.").arg(server),
                            this);
    path->setObjectName(QStringLiteral("databaseWhere"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    databaseLayout->addWidget(path);
    // Automatic backups: one a day in Khana's data folder, the newest few kept.
    auto *automatic = new QCheckBox(tr("&Back up automatically once a day"), this);
    automatic->setObjectName(QStringLiteral("automaticBackups"));
    automatic->setChecked(AppSettings::automaticBackups());
    auto *keep = new QSpinBox(this);
    keep->setObjectName(QStringLiteral("backupsKept"));
    keep->setRange(1, 365);
    keep->setValue(AppSettings::backupsKept());
    keep->setEnabled(automatic->isChecked());
    auto *keepRow = new QHBoxLayout;
    auto *keepLabel = new QLabel(tr("&Keep the newest:"), this);
    keepLabel->setBuddy(keep);
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(keep);
    keepRow->addWidget(new QLabel(tr("backups, in %1").arg(QDir::toNativeSeparators(Backup::automaticFolder())), this), 1);
    databaseLayout->addWidget(automatic);
    databaseLayout->addLayout(keepRow);
    // Backups copy this computer's file; a server's are made where it runs.
    for (QWidget *backups : std::initializer_list<QWidget *>{automatic, keepLabel, keep, keepRow->itemAt(2)->widget()})
        backups->setVisible(server.isEmpty());
    connect(automatic, &QCheckBox::toggled, this, [keep](bool on) {
        AppSettings::setAutomaticBackups(on);
        keep->setEnabled(on);
    });
    connect(keep, &QSpinBox::valueChanged, this, [](int count) { AppSettings::setBackupsKept(count); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Settings").toHtmlEscaped()), this));
    layout->addWidget(display);
    layout->addWidget(areas);
    layout->addWidget(database);
    m_purposes = new ConsentPurposesPanel(db, this);
    m_retention = new RetentionPanel(db, this);
    // Side by side: the page fits a 1366×768 screen.
    auto *personal = new QHBoxLayout;
    personal->addWidget(m_purposes, 3);
    personal->addWidget(m_retention, 2);
    layout->addLayout(personal, 1);

    auto changed = [this, restart] {
        saveLanguage();
        m_restartNote->setText(tr("Khana uses the new language and years after it restarts."));
        m_restartNote->show();
        restart->show();
    };
    connect(m_language, &QComboBox::activated, this, changed);
    connect(m_era, &QComboBox::activated, this, changed);
    connect(restart, &QPushButton::clicked, this, &SettingsPage::restartRequested);
    connect(import, &QPushButton::clicked, this, &SettingsPage::chooseDistrictFile);
    refreshAreas();
}

void SettingsPage::activated()
{
    refreshAreas();
    m_purposes->reload();
    m_retention->reload();
}

void SettingsPage::colleaguesChanged(const QSet<QString> &tables)
{
    if (isVisible() && (tables.contains(QStringLiteral("province")) || tables.contains(QStringLiteral("district"))))
        refreshAreas();
    if (tables.contains(QStringLiteral("consent_purpose")))
        m_purposes->reload();
}

void SettingsPage::saveLanguage()
{
    AppSettings::setLanguage(AppSettings::Language(m_language->currentData().toInt()));
    AppSettings::setEraChoice(AppSettings::EraChoice(m_era->currentData().toInt()));
}

void SettingsPage::refreshAreas()
{
    AreaStore store(m_db);
    const QLocale &locale = DisplayConventions::current().locale();
    m_areas->setText(tr("Khana knows Thailand's %1 provinces and %2 districts.")
                         .arg(locale.toString(store.provinces().size()), locale.toString(store.districtCount()))
                     + QLatin1Char(' ')
                     + tr("When the district list changes, import the newer list as CSV (code, name_th, name_en and "
                          "province): districts are matched by code, and a provinces.csv beside it is used to match provinces."));
}

QString SettingsPage::importDistricts(const QString &path)
{
    AreaStore store(m_db);
    DistrictImporter importer(store.provinces());
    const QString provincesFile = QFileInfo(path).dir().filePath(QStringLiteral("provinces.csv"));
    QString error;
    if (QFileInfo::exists(provincesFile) && !importer.loadProvinceFile(provincesFile, &error))
        return tr("The provinces file beside it could not be used: %1").arg(error);
    const auto parsed = importer.parse(CsvReader::readFile(path));
    if (!parsed.fileError.isEmpty())
        return parsed.fileError;
    const auto written = store.upsertDistricts(parsed.districts);
    if (!written.ok())
        return tr("Nothing was imported: %1").arg(written.error);
    QString summary = tr("%n new district(s), %1 updated.", nullptr, written.inserted).arg(written.updated);
    if (!parsed.errors.isEmpty()) {
        summary += QLatin1Char('\n') + tr("%n row(s) were skipped:", nullptr, int(parsed.errors.size()));
        for (qsizetype i = 0; i < parsed.errors.size() && i < 20; ++i) {
            const RowError &e = parsed.errors.at(i);
            summary += QLatin1Char('\n') + tr("Row %1, column %2: %3").arg(e.line).arg(e.column, e.message);
        }
    }
    refreshAreas();
    Q_EMIT areasChanged();
    return summary;
}

void SettingsPage::chooseDistrictFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import districts"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QMessageBox::information(this, tr("Import districts"), importDistricts(path));
}

} // namespace khana
