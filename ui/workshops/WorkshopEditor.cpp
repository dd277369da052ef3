#include "WorkshopEditor.h"

#include "RowsTable.h"
#include "domain/DisplayConventions.h"
#include "domain/Money.h"
#include "itemmodels/QuotaMatrixModel.h"
#include "widgets/DateEdit.h"
#include "widgets/FieldErrorDisplay.h"
#include "widgets/WriteLock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace khana {

namespace {

enum DayColumn { DayDate, DayStarts, DayEnds };
enum AgendaColumn { AgendaDate, AgendaTime, AgendaTitle, AgendaSpeaker };
enum BudgetColumn { BudgetItem, BudgetQuantity, BudgetUnitCost, BudgetSource, BudgetTotal };
enum CategoryColumn { CategoryName, CategoryKind, CategoryQuota };

QTime parseTime(const QString &text)
{
    const QString t = text.trimmed().replace(QLatin1Char('.'), QLatin1Char(':'));
    for (const QString &format : {QStringLiteral("H:mm"), QStringLiteral("HH:mm"), QStringLiteral("Hmm"), QStringLiteral("HHmm")}) {
        const QTime time = QTime::fromString(t, format);
        if (time.isValid())
            return time;
    }
    return {};
}

QString timeText(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

WorkshopEditor::WorkshopEditor(const QStringList &provinceCodes, const QHash<QString, QString> &provinceNames, QWidget *parent)
    : QTabWidget(parent)
    , m_provinceCodes(provinceCodes)
    , m_errors(new FieldErrorDisplay(this))
    , m_quota(new QuotaMatrixModel(this))
{
    setObjectName(QStringLiteral("workshopEditor"));
    m_quota->setProvinceNames(provinceNames);
    addTab(buildDetails(), tr("Details"));
    addTab(buildDays(), tr("Days and agenda"));
    addTab(buildBudget(), tr("Budget"));
    addTab(buildParticipants(), tr("Participants and quotas"));
}

void WorkshopEditor::addWriteControlsTo(WriteLock &lock)
{
    for (int tab : {DetailsTab, DaysTab, BudgetTab, ParticipantsTab})
        lock.addForm(widget(tab));
}

QWidget *WorkshopEditor::buildDetails()
{
    auto *page = new QWidget(this);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("workshopTitle"));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("workshopKind"));
    for (WorkshopKind k : WorkshopCodes::kinds())
        m_kind->addItem(WorkshopCodes::kindLabel(k), WorkshopCodes::kindCode(k));
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("workshopStatus"));
    for (WorkshopStatus s : WorkshopCodes::statuses())
        m_status->addItem(WorkshopCodes::statusLabel(s), WorkshopCodes::statusCode(s));
    m_venueName = new QLineEdit(page);
    m_venueAddress = new QLineEdit(page);
    m_mapUrl = new QLineEdit(page);
    m_mapUrl->setObjectName(QStringLiteral("workshopMapUrl"));
    m_mapUrl->setPlaceholderText(QStringLiteral("https://"));
    m_organiser = new QLineEdit(page);
    m_approvedBy = new QLineEdit(page);
    m_approvedBy->setPlaceholderText(tr("e.g. resolution of the provincial team meeting"));
    m_approvedOn = new DateEdit(page);
    m_objectives = new QPlainTextEdit(page);
    m_objectives->setTabChangesFocus(true);
    m_description = new QPlainTextEdit(page);
    m_description->setTabChangesFocus(true);

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Title:"), m_errors->wrap(WorkshopField::Title, m_title));
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Venue:"), m_venueName);
    form->addRow(tr("A&ddress:"), m_venueAddress);
    form->addRow(tr("&Map link:"), m_errors->wrap(WorkshopField::VenueMapUrl, m_mapUrl));
    form->addRow(tr("&Organised by:"), m_organiser);
    form->addRow(tr("A&pproved by:"), m_approvedBy);
    form->addRow(tr("Approved &on:"), m_errors->wrap(WorkshopField::ApprovedOn, m_approvedOn));
    form->addRow(tr("Ob&jectives:"), m_objectives);
    form->addRow(tr("Descr&iption:"), m_description);

    for (QLineEdit *edit : {m_title, m_venueName, m_venueAddress, m_mapUrl, m_organiser, m_approvedBy, static_cast<QLineEdit *>(m_approvedOn)})
        connect(edit, &QLineEdit::textEdited, this, &WorkshopEditor::edited);
    for (QComboBox *box : {m_kind, m_status})
        connect(box, &QComboBox::activated, this, &WorkshopEditor::edited);
    for (QPlainTextEdit *edit : {m_objectives, m_description})
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
    return page;
}

QWidget *WorkshopEditor::buildDays()
{
    auto *page = new QWidget(this);
    m_days = new RowsTable(QStringLiteral("days"), {tr("Date"), tr("Starts"), tr("Ends")},
                           {QStringLiteral("day"), QStringLiteral("starts"), QStringLiteral("ends")}, page);
    m_agenda = new RowsTable(QStringLiteral("agenda"), {tr("Date"), tr("Time"), tr("Agenda item"), tr("Speaker")},
                             {QStringLiteral("day"), QStringLiteral("starts"), QStringLiteral("title"), QStringLiteral("speaker")}, page);
    m_days->setWideColumns({DayDate});
    m_agenda->setWideColumns({AgendaTitle, AgendaSpeaker});
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Days (date, start and end time, e.g. 3/5/2567, 08:30, 17:00):"), page));
    layout->addWidget(m_days, 1);
    layout->addWidget(new QLabel(tr("Agenda:"), page));
    layout->addWidget(m_agenda, 2);
    connect(m_days, &RowsTable::rowsChanged, this, &WorkshopEditor::edited);
    connect(m_agenda, &RowsTable::rowsChanged, this, &WorkshopEditor::edited);
    return page;
}

QWidget *WorkshopEditor::buildBudget()
{
    auto *page = new QWidget(this);
    m_budget = new RowsTable(QStringLiteral("budget"), {tr("Item"), tr("Quantity"), tr("Unit cost (baht)"), tr("Funding source"), tr("Total (baht)")},
                             {QStringLiteral("item"), QStringLiteral("quantity"), QStringLiteral("unitCost"), QStringLiteral("fundingSource"),
                              QStringLiteral("total")},
                             page);
    m_budget->setWideColumns({BudgetItem, BudgetSource});
    m_budgetTotals = new QLabel(page);
    m_budgetTotals->setObjectName(QStringLiteral("budgetTotals"));
    m_budgetTotals->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_budget, 1);
    layout->addWidget(m_budgetTotals);
    connect(m_budget, &RowsTable::rowsChanged, this, [this] {
        if (m_loading)
            return;
        refreshTotals();
        Q_EMIT edited();
    });
    return page;
}

QWidget *WorkshopEditor::buildParticipants()
{
    auto *page = new QWidget(this);
    m_categories = new RowsTable(QStringLiteral("categories"), {tr("Participant category"), tr("Quota is"), tr("Quota")},
                                 {QStringLiteral("name"), QStringLiteral("quotaKind"), QStringLiteral("quota")}, page);
    m_categories->table()->horizontalHeader()->resizeSection(CategoryName, 320);
    m_categories->table()->horizontalHeader()->resizeSection(CategoryKind, 140);
    m_quotaView = new QTreeView(page);
    m_quotaView->setObjectName(QStringLiteral("quotaMatrix"));
    m_quotaView->setModel(m_quota);
    m_quotaView->setAlternatingRowColors(true);
    m_quotaView->header()->setStretchLastSection(false);
    m_quotaView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_quotaView->header()->setSectionResizeMode(QuotaMatrixModel::Name, QHeaderView::Stretch);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_categories);
    splitter->addWidget(m_quotaView);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    connect(m_categories, &RowsTable::rowsChanged, this, [this] {
        if (m_loading)
            return;
        refreshTotals();
        Q_EMIT edited();
    });
    // New rows get a quota-kind chooser.
    connect(m_categories->table()->model(), &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        for (int r = first; r <= last; ++r)
            if (!m_categories->table()->cellWidget(r, CategoryKind)) {
                auto *kind = new QComboBox(m_categories->table());
                kind->addItem(WorkshopCodes::quotaKindLabel(QuotaKind::Flat), WorkshopCodes::quotaKindCode(QuotaKind::Flat));
                kind->addItem(WorkshopCodes::quotaKindLabel(QuotaKind::PerProvince), WorkshopCodes::quotaKindCode(QuotaKind::PerProvince));
                m_categories->table()->setCellWidget(r, CategoryKind, kind);
                connect(kind, &QComboBox::activated, m_categories, &RowsTable::rowsChanged);
            }
    });
    return page;
}

void WorkshopEditor::addCategoryRow(const ParticipantCategory &c)
{
    const int row = m_categories->appendRow();
    m_categories->setText(row, CategoryName, c.name);
    m_categories->table()->item(row, CategoryName)->setData(Qt::UserRole, c.id);
    m_categories->setText(row, CategoryQuota, QString::number(c.quota));
    if (auto *kind = qobject_cast<QComboBox *>(m_categories->table()->cellWidget(row, CategoryKind)))
        kind->setCurrentIndex(kind->findData(WorkshopCodes::quotaKindCode(c.quotaKind)));
}

void WorkshopEditor::load(const Workshop &w, const QList<RegistrationCount> &counts)
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_loaded = w;
    m_counts = counts;
    clearErrors();
    const DateFormatter &dates = DisplayConventions::current().dates();
    m_title->setText(w.title);
    m_kind->setCurrentIndex(m_kind->findData(WorkshopCodes::kindCode(w.kind)));
    m_status->setCurrentIndex(m_status->findData(WorkshopCodes::statusCode(w.status)));
    m_venueName->setText(w.venueName);
    m_venueAddress->setText(w.venueAddress);
    m_mapUrl->setText(w.venueMapUrl);
    m_organiser->setText(w.organiser);
    m_approvedBy->setText(w.approvedBy);
    m_approvedOn->setDate(w.approvedOn);
    m_objectives->setPlainText(w.objectives);
    m_description->setPlainText(w.description);

    m_days->clearRows();
    for (const WorkshopDay &d : w.days) {
        const int row = m_days->appendRow();
        m_days->setText(row, DayDate, dates.shortDate(d.day));
        m_days->setText(row, DayStarts, timeText(d.starts));
        m_days->setText(row, DayEnds, timeText(d.ends));
    }
    m_agenda->clearRows();
    for (const AgendaItem &a : w.agenda) {
        const int row = m_agenda->appendRow();
        m_agenda->setText(row, AgendaDate, dates.shortDate(a.day));
        m_agenda->setText(row, AgendaTime, timeText(a.starts));
        m_agenda->setText(row, AgendaTitle, a.title);
        m_agenda->setText(row, AgendaSpeaker, a.speaker);
    }
    const QLocale &locale = DisplayConventions::current().locale();
    m_budget->clearRows();
    for (const BudgetLine &b : w.budget) {
        const int row = m_budget->appendRow();
        m_budget->setText(row, BudgetItem, b.item);
        m_budget->setText(row, BudgetQuantity, QString::number(b.quantity));
        m_budget->setText(row, BudgetUnitCost, Money::format(b.unitCost, locale));
        m_budget->setText(row, BudgetSource, b.fundingSource);
    }
    m_categories->clearRows();
    for (const ParticipantCategory &c : w.categories)
        addCategoryRow(c);
    refreshTotals();
}

Workshop WorkshopEditor::collect(FieldErrors *problems) const
{
    Workshop w = m_loaded;
    const DateFormatter &dates = DisplayConventions::current().dates();
    auto problem = [problems](const QString &list, int row, const QString &field, const QString &message) {
        if (problems)
            problems->append({WorkshopField::row(list, row, field), message});
    };
    w.title = m_title->text();
    w.kind = WorkshopCodes::kindFromCode(m_kind->currentData().toString());
    w.status = WorkshopCodes::statusFromCode(m_status->currentData().toString());
    w.venueName = m_venueName->text();
    w.venueAddress = m_venueAddress->text();
    w.venueMapUrl = m_mapUrl->text();
    w.organiser = m_organiser->text();
    w.approvedBy = m_approvedBy->text();
    w.approvedOn = m_approvedOn->date();
    if (!m_approvedOn->hasValidDate() && problems)
        problems->append({WorkshopField::ApprovedOn, m_approvedOn->problem()});
    w.objectives = m_objectives->toPlainText();
    w.description = m_description->toPlainText();

    w.days.clear();
    for (int r = 0; r < m_days->rowCount(); ++r) {
        WorkshopDay d{dates.parse(m_days->text(r, DayDate)), parseTime(m_days->text(r, DayStarts)), parseTime(m_days->text(r, DayEnds))};
        if (!d.day.isValid())
            problem(QStringLiteral("days"), r, QStringLiteral("day"), tr("Enter a date like %1.").arg(dates.shortDate(QDate(2024, 5, 3))));
        if (!d.starts.isValid())
            problem(QStringLiteral("days"), r, QStringLiteral("starts"), tr("Enter a time like 08:30."));
        if (!d.ends.isValid())
            problem(QStringLiteral("days"), r, QStringLiteral("ends"), tr("Enter a time like 17:00."));
        w.days.append(d);
    }
    w.agenda.clear();
    for (int r = 0; r < m_agenda->rowCount(); ++r) {
        AgendaItem a{dates.parse(m_agenda->text(r, AgendaDate)), parseTime(m_agenda->text(r, AgendaTime)),
                     m_agenda->text(r, AgendaTitle), m_agenda->text(r, AgendaSpeaker)};
        if (!a.starts.isValid())
            problem(QStringLiteral("agenda"), r, QStringLiteral("starts"), tr("Enter a time like 08:30."));
        w.agenda.append(a);
    }
    w.budget.clear();
    for (int r = 0; r < m_budget->rowCount(); ++r) {
        BudgetLine b;
        b.item = m_budget->text(r, BudgetItem);
        bool ok = false;
        b.quantity = m_budget->text(r, BudgetQuantity).trimmed().toLongLong(&ok);
        if (!ok)
            problem(QStringLiteral("budget"), r, QStringLiteral("quantity"), tr("Enter a whole number."));
        const auto cost = Money::parse(m_budget->text(r, BudgetUnitCost));
        if (!cost)
            problem(QStringLiteral("budget"), r, QStringLiteral("unitCost"), tr("Enter an amount in baht, e.g. 1,250.50."));
        b.unitCost = cost.value_or(0);
        b.fundingSource = m_budget->text(r, BudgetSource);
        w.budget.append(b);
    }
    w.categories.clear();
    for (int r = 0; r < m_categories->rowCount(); ++r) {
        ParticipantCategory c;
        c.id = m_categories->table()->item(r, CategoryName)->data(Qt::UserRole).toLongLong();
        c.name = m_categories->text(r, CategoryName);
        if (auto *kind = qobject_cast<QComboBox *>(m_categories->table()->cellWidget(r, CategoryKind)))
            c.quotaKind = WorkshopCodes::quotaKindFromCode(kind->currentData().toString());
        bool ok = false;
        c.quota = m_categories->text(r, CategoryQuota).trimmed().toInt(&ok);
        if (!ok)
            problem(QStringLiteral("categories"), r, QStringLiteral("quota"), tr("Enter a whole number."));
        w.categories.append(c);
    }
    return w;
}

void WorkshopEditor::refreshTotals()
{
    const Workshop w = collect(nullptr);
    const QLocale &locale = DisplayConventions::current().locale();
    {
        const QSignalBlocker block(m_budget->table());
        for (int r = 0; r < w.budget.size(); ++r)
            m_budget->setText(r, BudgetTotal, Money::format(w.budget.at(r).total(), locale), false);
    }
    QStringList lines;
    for (const auto &[source, total] : w.budgetBySource())
        lines.append(tr("%1: %2 baht").arg(source.isEmpty() ? tr("(no source)") : source, Money::format(total, locale)));
    lines.append(tr("Total: %1 baht").arg(Money::format(w.budgetTotal(), locale)));
    m_budgetTotals->setText(lines.join(QLatin1Char('\n')));
    m_quota->setMatrix(QuotaMatrix(w.categories, m_provinceCodes, m_counts));
}

void WorkshopEditor::clearErrors()
{
    m_errors->clear();
    for (RowsTable *t : {m_days, m_agenda, m_budget, m_categories})
        t->clearErrors();
}

void WorkshopEditor::showErrors(const FieldErrors &errors)
{
    clearErrors();
    int firstTab = -1;
    if (QWidget *first = m_errors->show(errors)) {
        firstTab = DetailsTab;
        first->setFocus();
    }
    const QList<std::pair<RowsTable *, int>> tables = {{m_days, DaysTab}, {m_agenda, DaysTab}, {m_budget, BudgetTab}, {m_categories, ParticipantsTab}};
    for (const auto &[table, tab] : tables)
        if (table->showErrors(errors) > 0 && firstTab < 0)
            firstTab = tab;
    if (firstTab >= 0)
        setCurrentIndex(firstTab);
}

} // namespace khana
