#include "ReviewPanel.h"

#include "ReviewEntryConflictDialog.h"

#include "domain/DisplayConventions.h"
#include "stores/PlanStore.h"
#include "widgets/WriteLock.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QVBoxLayout>

namespace khana {

namespace {
enum Column { Number, Activity, StatusColumn, Actual, Cause, Remedy, Next, ColumnCount };

QString quarterLabel(const Quarter &q)
{
    return q.label();
}
} // namespace

ReviewPanel::ReviewPanel(const QSqlDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_quarter(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summary(new QLabel(this))
    , m_errors(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPanel"));
    m_quarter->setObjectName(QStringLiteral("reviewQuarter"));
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Activity"), tr("Status"), tr("Actual"), tr("Cause of delay"), tr("Remedy"),
                                        tr("Next quarter")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(Activity, 260);
    m_table->verticalHeader()->hide();
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errors->setWordWrap(true);
    m_errors->hide();
    auto *open = new QPushButton(tr("&Open review"), this);
    open->setObjectName(QStringLiteral("openReview"));
    auto *save = new QPushButton(tr("&Save review"), this);
    save->setObjectName(QStringLiteral("saveReview"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_quarter);
    top->addWidget(open);
    top->addStretch(1);
    top->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_errors);
    layout->addWidget(m_summary);
    connect(open, &QPushButton::clicked, this, [this] { openQuarter(currentQuarter()); });
    connect(save, &QPushButton::clicked, this, &ReviewPanel::saveAll);
    connect(m_table, &QTableWidget::itemChanged, this, [this] { m_edited = m_edited || !m_filling; });
    m_writers = {open, save};
    connect(m_quarter, &QComboBox::activated, this, [this] {
        m_review = ReviewStore(m_db).find(m_planId, currentQuarter());
        showReview();
    });
}

void ReviewPanel::addWriteControlsTo(WriteLock &lock)
{
    for (QWidget *control : std::as_const(m_writers))
        lock.add(control);
    lock.addForm(m_table);
}

Quarter ReviewPanel::currentQuarter() const
{
    return Quarter::fromCode(m_quarter->currentData().toString());
}

void ReviewPanel::setPlan(qint64 planId)
{
    m_planId = planId;
    const auto plan = PlanStore(m_db).findPlan(planId);
    m_year = plan ? plan->year : PlanYear::Calendar;
    setEnabled(planId != 0);
    refreshQuarters();
    m_review = ReviewStore(m_db).find(planId, currentQuarter());
    showReview();
}

void ReviewPanel::refreshQuarters()
{
    const Quarter keep = currentQuarter();
    m_quarter->clear();
    // Reviewed quarters, this quarter and the next one.
    QList<Quarter> quarters = ReviewStore(m_db).quarters(m_planId);
    const Quarter now = Quarter::of(QDate::currentDate(), m_year);
    for (const Quarter &q : {now, now.next()})
        if (!quarters.contains(q))
            quarters.append(q);
    std::sort(quarters.begin(), quarters.end(), [](const Quarter &a, const Quarter &b) { return a.first() < b.first(); });
    const QList<Quarter> reviewed = ReviewStore(m_db).quarters(m_planId);
    for (const Quarter &q : quarters)
        m_quarter->addItem(reviewed.contains(q) ? quarterLabel(q) : tr("%1 (not opened)").arg(quarterLabel(q)), q.code());
    const int at = m_quarter->findData(keep.isValid() ? keep.code() : (reviewed.isEmpty() ? now : reviewed.last()).code());
    m_quarter->setCurrentIndex(qMax(0, at));
}

void ReviewPanel::openQuarter(const Quarter &quarter)
{
    QString error;
    m_review = ReviewStore(m_db).open(m_planId, quarter, &error);
    m_errors->setText(error);
    m_errors->setVisible(!error.isEmpty());
    refreshQuarters();
    m_quarter->setCurrentIndex(qMax(0, m_quarter->findData(quarter.code())));
    showReview();
}

void ReviewPanel::showReview()
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_edited = false;
    m_table->setRowCount(0);
    if (!m_review) {
        m_summary->setText(tr("This quarter has not been reviewed yet: Open review creates its lines."));
        return;
    }
    const QList<PlanItem> items = PlanStore(m_db).items(m_planId);
    const QHash<qint64, QString> numbers = outlineNumbers(items);
    QHash<qint64, PlanItem> byId;
    for (const PlanItem &i : items)
        byId.insert(i.id, i);
    m_table->setRowCount(int(m_review->entries.size()));
    for (int r = 0; r < m_review->entries.size(); ++r) {
        const ReviewEntry &e = m_review->entries.at(r);
        const PlanItem item = byId.value(e.itemId);
        auto fixed = [](const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
            return cell;
        };
        m_table->setItem(r, Number, fixed(numbers.value(e.itemId)));
        QString title = item.title;
        if (item.targetValue)
            title += QLatin1Char('\n') + tr("Target: %1 %2").arg(*item.targetValue).arg(item.targetUnit);
        if (e.carriedForward)
            title += QLatin1Char('\n') + tr("(carried forward)");
        m_table->setItem(r, Activity, fixed(title));
        auto *status = new QComboBox(m_table);
        for (ActivityStatus s : PlanCodes::activityStatuses())
            status->addItem(PlanCodes::activityStatusLabel(s), int(s));
        connect(status, &QComboBox::activated, this, [this] { m_edited = true; });
        m_table->setCellWidget(r, StatusColumn, status);
        showEntry(r, e);
    }
    m_table->resizeRowsToContents();
    const ReviewSummary s = ReviewStore(m_db).summarise(*m_review);
    QStringList lines{tr("Activities reviewed: %1; done: %2; delayed: %3. Targets met: %4 of %5.")
                          .arg(s.activities)
                          .arg(s.done)
                          .arg(s.delayed)
                          .arg(s.targetMet)
                          .arg(s.withTarget)};
    QStringList causes;
    for (const auto &[cause, n] : s.delaysByCause)
        causes.append(QStringLiteral("%1 (%2)").arg(cause).arg(n));
    if (!causes.isEmpty())
        lines.append(tr("Delays by cause: %1").arg(causes.join(QStringLiteral(", "))));
    QStringList units;
    for (const auto &[unit, n] : s.delaysByUnit)
        units.append(QStringLiteral("%1 (%2)").arg(unit).arg(n));
    if (!units.isEmpty())
        lines.append(tr("Delays by unit: %1").arg(units.join(QStringLiteral(", "))));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void ReviewPanel::showEntry(int row, const ReviewEntry &e)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    auto *status = qobject_cast<QComboBox *>(m_table->cellWidget(row, StatusColumn));
    status->setCurrentIndex(status->findData(int(e.status)));
    m_table->setItem(row, Actual, new QTableWidgetItem(e.actualValue ? QString::number(*e.actualValue) : QString()));
    m_table->setItem(row, Cause, new QTableWidgetItem(e.delayCause));
    m_table->setItem(row, Remedy, new QTableWidgetItem(e.remedy));
    m_table->setItem(row, Next, new QTableWidgetItem(e.nextDirection));
}

std::optional<ReviewEntry> ReviewPanel::storedEntry(qint64 entryId) const
{
    if (const auto now = ReviewStore(m_db).find(m_planId, m_review->quarter))
        for (const ReviewEntry &e : now->entries)
            if (e.id == entryId)
                return e;
    return std::nullopt;
}

bool ReviewPanel::saveAll()
{
    if (!m_review)
        return false;
    ReviewStore store(m_db);
    QStringList problems;
    for (int r = 0; r < m_review->entries.size(); ++r) {
        ReviewEntry e = m_review->entries.at(r);
        e.status = ActivityStatus(qobject_cast<QComboBox *>(m_table->cellWidget(r, StatusColumn))->currentData().toInt());
        const QString actual = m_table->item(r, Actual)->text().trimmed().remove(QLatin1Char(','));
        bool ok = true;
        e.actualValue = actual.isEmpty() ? std::nullopt : std::optional<qint64>(actual.toLongLong(&ok));
        if (!ok) {
            problems.append(tr("Row %1: the actual value is not a number.").arg(r + 1));
            continue;
        }
        e.delayCause = m_table->item(r, Cause)->text();
        e.remedy = m_table->item(r, Remedy)->text();
        e.nextDirection = m_table->item(r, Next)->text();
        // Only lines the user changed are written: saving the others would put this table's
        // copy of them over a colleague's newer one.
        ReviewStore::tidy(e);
        if (e == m_review->entries.at(r))
            continue;
        auto result = store.saveEntry(m_review->id, e);
        if (result.conflict) {
            // Someone else saved this line since the table showed it: both versions.
            const std::optional<ReviewEntry> theirs = storedEntry(e.id);
            ReviewEntryConflictDialog ask(m_table->item(r, Activity)->text().section(QLatin1Char('\n'), 0, 0), e, theirs, this);
            ask.exec();
            if (ask.choice() == ConflictDialog::Choice::TakeTheirs && theirs) {
                m_review->entries[r] = *theirs;
                showEntry(r, *theirs);
                continue;
            }
            if (ask.choice() == ConflictDialog::Choice::KeepMine && theirs) {
                e.rowVersion = theirs->rowVersion;
                result = store.saveEntry(m_review->id, e);
            }
            if (result.conflict) {
                problems.append(tr("Row %1: %2").arg(r + 1).arg(result.error));
                continue;
            }
        }
        if (!result.ok())
            problems.append(tr("Row %1: %2").arg(r + 1).arg(result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error));
        else
            m_review->entries[r] = e;
    }
    m_errors->setText(problems.join(QLatin1Char('\n')));
    m_errors->setVisible(!problems.isEmpty());
    // Rows that were fine are saved; when some were not, the table keeps what was typed, and
    // the versions it was read at, so that saving again cannot pass over a colleague's change.
    if (problems.isEmpty()) {
        m_review = store.find(m_planId, m_review->quarter);
        showReview();
    }
    m_edited = !problems.isEmpty();
    Q_EMIT saved();
    return problems.isEmpty();
}

} // namespace khana
