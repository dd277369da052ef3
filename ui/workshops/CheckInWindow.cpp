#include "CheckInWindow.h"

#include "WalkInDialog.h"
#include "domain/BadgeCode.h"
#include "domain/DisplayConventions.h"
#include "domain/PhoneNumber.h"
#include "itemmodels/QuotaMatrixModel.h"
#include "stores/AreaStore.h"
#include "stores/CheckInSession.h"
#include "stores/WorkshopStore.h"
#include "widgets/WriteLock.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace khana {

namespace {

// When a check-in happened, in the desk's local time: the time alone today, with the date
// on any other day (a workshop of several days, or one looked at afterwards).
QString whenCheckedIn(const QDateTime &at)
{
    const DisplayConventions &conventions = DisplayConventions::current();
    const QDateTime local = at.toLocalTime();
    const QString time = conventions.locale().toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date() == QDate::currentDate())
        return time;
    return conventions.dates().shortDate(local.date()) + QLatin1Char(' ') + time;
}

} // namespace

CheckInWindow::CheckInWindow(const QSqlDatabase &db, qint64 workshopId, QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_db(db)
    , m_session(new CheckInSession(db, workshopId, this))
    , m_quota(new QuotaMatrixModel(this))
    , m_counts(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_feedback(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo last check-in"), this))
    , m_quotaView(new QTreeView(this))
{
    setObjectName(QStringLiteral("checkInWindow"));
    const auto workshop = WorkshopStore(db).find(workshopId);
    setWindowTitle(tr("Check-in — %1").arg(workshop ? workshop->title : QString()));
    m_counts->setObjectName(QStringLiteral("checkInCounts"));
    m_search->setObjectName(QStringLiteral("checkInSearch"));
    m_results->setObjectName(QStringLiteral("checkInResults"));
    m_feedback->setObjectName(QStringLiteral("checkInFeedback"));
    m_undo->setObjectName(QStringLiteral("checkInUndo"));

    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_search->setFont(big);
    m_search->setPlaceholderText(tr("Name, phone or badge code — then Enter"));
    m_search->setClearButtonEnabled(true);
    m_feedback->setFont(big);
    m_feedback->setWordWrap(true);
    m_feedback->setMinimumHeight(m_feedback->fontMetrics().height() * 2 + 16);
    m_feedback->setMargin(8);
    m_results->setFont(big);

    auto *walkIn = new QPushButton(tr("&Walk-in…"), this);
    m_walkIn = walkIn;
    walkIn->setObjectName(QStringLiteral("checkInWalkIn"));
    auto *close = new QPushButton(tr("Close"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    walkIn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_undo->setAutoDefault(false);
    walkIn->setAutoDefault(false);
    close->setAutoDefault(false);

    QStringList codes;
    QHash<QString, QString> names;
    const DisplayConventions &conventions = DisplayConventions::current();
    for (const Province &p : AreaStore(db).provinces())
        names.insert(p.code, conventions.pick(p.nameTh, p.nameEn));
    m_quota->setProvinceNames(names);
    m_quota->setMatrix(m_session->matrix());
    m_quotaView->setObjectName(QStringLiteral("checkInQuota"));
    m_quotaView->setModel(m_quota);
    m_quotaView->header()->setStretchLastSection(false);
    m_quotaView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_quotaView->header()->setSectionResizeMode(QuotaMatrixModel::Name, QHeaderView::Stretch);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_feedback);
    leftLayout->addWidget(m_results, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(walkIn);
    buttons->addStretch(1);
    buttons->addWidget(close);
    leftLayout->addLayout(buttons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_quotaView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 480});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(splitter, 1);

    // Ctrl+Z means "undo the last check-in" here, not "undo typing" in the search field.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CheckInWindow::showMatches);
    connect(m_search, &QLineEdit::returnPressed, this, &CheckInWindow::checkInFromSearch);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        checkInEntry(item->data(Qt::UserRole).toInt());
    });
    connect(m_undo, &QPushButton::clicked, this, &CheckInWindow::undoLast);
    connect(walkIn, &QPushButton::clicked, this, &CheckInWindow::addWalkIn);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_session, &CheckInSession::countsChanged, this, &CheckInWindow::updateCounts);
    updateCounts();
    resize(1100, 700);
    m_search->setFocus();
}

bool CheckInWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo)) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                undoLast();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString CheckInWindow::describe(int entry) const
{
    const CheckInEntry &e = m_session->entry(entry);
    const DisplayConventions &conventions = DisplayConventions::current();
    QStringList parts{conventions.pick(e.nameTh, e.nameEn), e.categoryName};
    if (!e.provinceName.isEmpty())
        parts.append(e.provinceName);
    QString text = parts.join(QStringLiteral(" — "));
    if (e.checkedInAt.isValid())
        text += QStringLiteral("  ✓ ") + whenCheckedIn(e.checkedInAt);
    return text;
}

void CheckInWindow::showMatches()
{
    m_results->clear();
    const QList<int> found = m_session->find(m_search->text());
    for (int entry : found) {
        auto *item = new QListWidgetItem(describe(entry), m_results);
        item->setData(Qt::UserRole, entry);
    }
    if (!found.isEmpty())
        m_results->setCurrentRow(0);
}

void CheckInWindow::checkInFromSearch()
{
    const QString typed = m_search->text().trimmed();
    if (typed.isEmpty())
        return;
    const QList<int> found = m_session->find(typed);
    if (found.isEmpty()) {
        say(BadgeCode::looksLikeCode(typed) ? tr("No badge has the code %1.").arg(BadgeCode::display(BadgeCode::normalise(typed)))
                                            : tr("Nobody registered matches \"%1\". Add them as a walk-in (Ctrl+W)?").arg(typed),
            QStringLiteral("#b00020"));
        m_search->selectAll();
        return;
    }
    if (found.size() > 1) {
        say(tr("%n people match: choose one with the arrow keys and press Enter.", nullptr, int(found.size())), QStringLiteral("#8a5a00"));
        m_results->setFocus();
        m_results->setCurrentRow(0);
        return;
    }
    checkInEntry(found.first());
}

void CheckInWindow::addWriteControlsTo(WriteLock &lock)
{
    m_lock = &lock;
    lock.add(m_undo);
    lock.add(m_walkIn);
}

void CheckInWindow::checkInEntry(int entry)
{
    if (m_lock && m_lock->isLocked()) {
        say(tr("Khana has stopped saving into this database: check-ins are not stored. See the main window."), QStringLiteral("#b00020"));
        return;
    }
    const CheckInSession::Outcome outcome = m_session->checkIn(entry);
    const QString time = whenCheckedIn(outcome.at);
    using Result = RegistrationStore::CheckIn::Result;
    switch (outcome.result) {
    case Result::CheckedIn:
        say(tr("✓ %1 — checked in at %2").arg(describe(entry), time), QStringLiteral("#1b5e20"));
        m_undo->setEnabled(true);
        break;
    case Result::AlreadyCheckedIn: {
        const QString name = DisplayConventions::current().pick(m_session->entry(entry).nameTh, m_session->entry(entry).nameEn);
        // Another desk's check-in says which desk, so the two can sort out a mix-up.
        say(outcome.by.isEmpty() || outcome.by == m_session->desk() ? tr("%1 is already checked in at %2.").arg(name, time)
                                                                    : tr("%1 is already checked in at %2, by %3.").arg(name, time, outcome.by),
            QStringLiteral("#b00020"));
        break;
    }
    case Result::Cancelled:
        say(tr("This registration was cancelled: %1.").arg(describe(entry)), QStringLiteral("#b00020"));
        break;
    case Result::NotFound:
    case Result::Failed:
        say(tr("The check-in could not be saved: %1").arg(outcome.error), QStringLiteral("#b00020"));
        return;
    }
    m_search->clear();
    m_search->setFocus();
}

void CheckInWindow::undoLast()
{
    if (m_lock && m_lock->isLocked())
        return;
    QString error;
    const int entry = m_session->undoLast(&error);
    if (entry < 0)
        say(error, QStringLiteral("#b00020"));
    else
        say(tr("Check-in taken back: %1").arg(describe(entry)), QStringLiteral("#8a5a00"));
    m_undo->setEnabled(m_session->canUndo());
    m_search->setFocus();
}

void CheckInWindow::addWalkIn()
{
    WalkInDialog dialog(m_db, *m_session, m_search->text(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.entry() >= 0) {
        say(tr("✓ %1 — added and checked in").arg(describe(dialog.entry())), QStringLiteral("#1b5e20"));
        m_undo->setEnabled(m_session->canUndo());
        m_search->clear();
    }
    m_search->setFocus();
}

void CheckInWindow::updateCounts()
{
    m_quota->updateCounts(m_session->matrix());
    const QuotaCell total = m_session->matrix().total();
    const QLocale &locale = DisplayConventions::current().locale();
    m_counts->setText(QStringLiteral("<h2>%1</h2>")
                          .arg(tr("Checked in %1 of %2 registered (%3 planned)")
                                   .arg(locale.toString(total.attended), locale.toString(total.registered), locale.toString(total.planned))
                                   .toHtmlEscaped()));
    if (!m_search->text().isEmpty())
        showMatches();
}

void CheckInWindow::say(const QString &text, const QString &colour)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(QStringLiteral("QLabel { color: %1; border: 2px solid %1; border-radius: 6px; }").arg(colour));
}

} // namespace khana
