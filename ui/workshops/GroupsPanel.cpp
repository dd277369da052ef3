#include "GroupsPanel.h"

#include "GroupConflictDialog.h"

#include "domain/DisplayConventions.h"
#include "stores/GroupStore.h"
#include "stores/PlanStore.h"
#include "stores/RegistrationStore.h"
#include "widgets/WriteLock.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace khana {

GroupsPanel::GroupsPanel(const QSqlDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_groups(new QListWidget(this))
    , m_members(new QListWidget(this))
    , m_outcomes(new QListWidget(this))
{
    setObjectName(QStringLiteral("groupsPanel"));
    m_groups->setObjectName(QStringLiteral("groupList"));
    m_members->setObjectName(QStringLiteral("groupMembers"));
    m_outcomes->setObjectName(QStringLiteral("groupOutcomes"));
    m_outcomes->setWordWrap(true);

    auto button = [this](const QString &text, void (GroupsPanel::*slot)()) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *groupButtons = new QHBoxLayout;
    groupButtons->addWidget(button(tr("Add group…"), &GroupsPanel::addGroup));
    groupButtons->addWidget(button(tr("Edit…"), &GroupsPanel::editGroup));
    groupButtons->addWidget(button(tr("Remove"), &GroupsPanel::removeGroup));
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Groups:"), this));
    left->addWidget(m_groups, 1);
    left->addLayout(groupButtons);
    auto *spread = button(tr("Distribute people evenly"), &GroupsPanel::distribute);
    spread->setObjectName(QStringLiteral("distributeGroups"));
    spread->setToolTip(tr("Puts every registered person in a group, mixing provinces in each."));
    left->addWidget(spread);

    auto *addOutcomeButton = new QToolButton(this);
    addOutcomeButton->setText(tr("Add outcome"));
    addOutcomeButton->setPopupMode(QToolButton::InstantPopup);
    auto *kinds = new QMenu(addOutcomeButton);
    for (OutcomeKind kind : OutcomeCodes::kinds())
        kinds->addAction(OutcomeCodes::kindLabel(kind) + QStringLiteral("…"), this, [this, kind] { addOutcome(int(kind)); });
    addOutcomeButton->setMenu(kinds);
    auto *outcomeButtons = new QHBoxLayout;
    outcomeButtons->addWidget(addOutcomeButton);
    auto *editOutcomeButton = button(tr("Edit…"), &GroupsPanel::editOutcome);
    outcomeButtons->addWidget(editOutcomeButton);
    outcomeButtons->addWidget(button(tr("Remove"), &GroupsPanel::removeOutcome));
    outcomeButtons->addStretch(1);
    auto *memberButtons = new QHBoxLayout;
    auto *choose = button(tr("Choose members…"), &GroupsPanel::chooseMembers);
    choose->setObjectName(QStringLiteral("chooseMembers"));
    memberButtons->addWidget(choose);
    memberButtons->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Members:"), this));
    right->addWidget(m_members, 1);
    right->addLayout(memberButtons);
    right->addWidget(new QLabel(tr("Findings, proposals and decisions:"), this));
    right->addWidget(m_outcomes, 2);
    right->addLayout(outcomeButtons);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);
    connect(m_groups, &QListWidget::currentRowChanged, this, &GroupsPanel::showGroup);
    // Through the button, so activating an outcome does nothing while editing is locked.
    connect(m_outcomes, &QListWidget::itemActivated, editOutcomeButton, &QPushButton::click);
}

void GroupsPanel::addWriteControlsTo(WriteLock &lock)
{
    lock.addForm(this);
}

void GroupsPanel::setWorkshop(qint64 workshopId)
{
    m_workshopId = workshopId;
    setEnabled(workshopId != 0);
    reload();
}

qint64 GroupsPanel::currentGroupId() const
{
    const QListWidgetItem *item = m_groups->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void GroupsPanel::reload()
{
    const qint64 keep = currentGroupId();
    const QSignalBlocker block(m_groups);
    m_groups->clear();
    for (const BreakoutGroup &g : GroupStore(m_db).groups(m_workshopId)) {
        auto *item = new QListWidgetItem(tr("%1. %2 (%n people)", nullptr, int(g.registrationIds.size())).arg(g.number).arg(g.topic), m_groups);
        item->setData(Qt::UserRole, g.id);
        if (g.id == keep)
            m_groups->setCurrentItem(item);
    }
    if (!m_groups->currentItem() && m_groups->count() > 0)
        m_groups->setCurrentRow(0);
    showGroup();
}

void GroupsPanel::showGroup()
{
    m_members->clear();
    m_outcomes->clear();
    const qint64 id = currentGroupId();
    if (id == 0)
        return;
    const DisplayConventions &conventions = DisplayConventions::current();
    QHash<qint64, QString> names;
    for (const CheckInEntry &e : RegistrationStore(m_db).loadForCheckIn(m_workshopId, conventions.prefersThaiNames()))
        names.insert(e.registrationId, conventions.pick(e.nameTh, e.nameEn) + QStringLiteral(" — ") + e.provinceName);
    for (const BreakoutGroup &g : GroupStore(m_db).groups(m_workshopId)) {
        if (g.id != id)
            continue;
        for (qint64 r : g.registrationIds)
            m_members->addItem(names.value(r));
        for (const Outcome &o : g.outcomes) {
            auto *item = new QListWidgetItem(QStringLiteral("[%1] %2").arg(OutcomeCodes::kindLabel(o.kind), o.text), m_outcomes);
            item->setData(Qt::UserRole, o.id);
            item->setData(Qt::UserRole + 1, int(o.kind));
            item->setData(Qt::UserRole + 2, o.text);
            item->setData(Qt::UserRole + 3, o.uid);
            // Where the outcome went: the plan activities made from it.
            QStringList made;
            for (const PlanItem &activity : PlanStore(m_db).itemsFromOutcome(o.uid))
                made.append(activity.title);
            item->setToolTip(tr("Outcome id: %1").arg(o.uid)
                             + (made.isEmpty() ? QString() : QLatin1Char('\n') + tr("Activities made from it: %1").arg(made.join(QStringLiteral("; ")))));
            if (!made.isEmpty())
                item->setText(item->text() + QLatin1Char(' ') + tr("→ %n activity(ies) in a plan", nullptr, int(made.size())));
        }
    }
}

void GroupsPanel::chooseMembers()
{
    const qint64 group = currentGroupId();
    if (group == 0)
        return;
    // Everyone registered, ticked when in this group; people in other groups say which.
    QHash<qint64, int> groupOf;
    const QList<BreakoutGroup> groups = GroupStore(m_db).groups(m_workshopId);
    for (const BreakoutGroup &g : groups)
        for (qint64 r : g.registrationIds)
            groupOf.insert(r, g.number);
    int thisNumber = 0;
    for (const BreakoutGroup &g : groups)
        if (g.id == group)
            thisNumber = g.number;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Members of group %1").arg(thisNumber));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("memberChoices"));
    const DisplayConventions &conventions = DisplayConventions::current();
    for (const CheckInEntry &e : RegistrationStore(m_db).loadForCheckIn(m_workshopId, conventions.prefersThaiNames())) {
        if (e.status == RegistrationStatus::Cancelled)
            continue;
        const int in = groupOf.value(e.registrationId);
        QString text = conventions.pick(e.nameTh, e.nameEn) + QStringLiteral(" — ") + e.provinceName;
        if (in != 0 && in != thisNumber)
            text += QLatin1Char(' ') + tr("(now in group %1)").arg(in);
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, e.registrationId);
        item->setCheckState(in == thisNumber ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(520, 560);
    if (dialog.exec() != QDialog::Accepted)
        return;
    GroupStore store(m_db);
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        const qint64 registration = item->data(Qt::UserRole).toLongLong();
        const bool wasIn = groupOf.value(registration) == thisNumber;
        const bool isIn = item->checkState() == Qt::Checked;
        if (wasIn != isIn) {
            const auto result = store.assign(registration, isIn ? group : 0);
            if (!result.ok()) {
                report(result.error);
                break;
            }
        }
    }
    reload();
}

void GroupsPanel::report(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Breakout groups"), error);
}

bool GroupsPanel::editGroupDialog(int *number, QString *topic, QString *facilitator)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Breakout group"));
    auto *numberBox = new QSpinBox(&dialog);
    numberBox->setRange(1, 999);
    numberBox->setValue(*number);
    auto *topicEdit = new QLineEdit(*topic, &dialog);
    auto *facilitatorEdit = new QLineEdit(*facilitator, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Number:"), numberBox);
    form->addRow(tr("&Topic:"), topicEdit);
    form->addRow(tr("&Facilitator:"), facilitatorEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    topicEdit->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *number = numberBox->value();
    *topic = topicEdit->text();
    *facilitator = facilitatorEdit->text();
    return true;
}

void GroupsPanel::addGroup()
{
    BreakoutGroup g;
    g.workshopId = m_workshopId;
    g.number = m_groups->count() + 1;
    if (!editGroupDialog(&g.number, &g.topic, &g.facilitator))
        return;
    const auto result = GroupStore(m_db).saveGroup(g);
    report(result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error);
    reload();
}

namespace {

std::optional<BreakoutGroup> storedGroup(const QSqlDatabase &db, qint64 workshopId, qint64 groupId)
{
    for (const BreakoutGroup &g : GroupStore(db).groups(workshopId))
        if (g.id == groupId)
            return g;
    return std::nullopt;
}

} // namespace

void GroupsPanel::editGroup()
{
    std::optional<BreakoutGroup> group = storedGroup(m_db, m_workshopId, currentGroupId());
    if (!group)
        return;
    BreakoutGroup g = *group;
    // Until it is saved, or the user gives up: a save refused because someone else changed
    // the group meanwhile shows both versions, and Cancel there returns to what was typed.
    while (editGroupDialog(&g.number, &g.topic, &g.facilitator)) {
        auto result = GroupStore(m_db).saveGroup(g);
        if (result.conflict) {
            const std::optional<BreakoutGroup> theirs = storedGroup(m_db, m_workshopId, g.id);
            GroupConflictDialog ask(g, theirs, this);
            ask.exec();
            if (ask.choice() == ConflictDialog::Choice::Cancel && theirs)
                continue;
            if (ask.choice() == ConflictDialog::Choice::KeepMine && theirs) {
                g.rowVersion = theirs->rowVersion;
                result = GroupStore(m_db).saveGroup(g);
            } else {
                result = {};
            }
        }
        report(result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error);
        reload();
        return;
    }
}

void GroupsPanel::removeGroup()
{
    const qint64 id = currentGroupId();
    if (id == 0 || QMessageBox::question(this, tr("Breakout groups"), tr("Remove this group with its outcomes?")) != QMessageBox::Yes)
        return;
    report(GroupStore(m_db).removeGroup(id).error);
    reload();
}

void GroupsPanel::distribute()
{
    report(GroupStore(m_db).distributeEvenly(m_workshopId).error);
    reload();
}

void GroupsPanel::addOutcome(int kind)
{
    const qint64 group = currentGroupId();
    if (group == 0)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, OutcomeCodes::kindLabel(OutcomeKind(kind)), tr("What did the group conclude?"),
                                                        QString(), &ok);
    if (!ok)
        return;
    Outcome o{0, QString(), OutcomeKind(kind), text};
    const auto result = GroupStore(m_db).addOutcome(group, o);
    report(result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error);
    showGroup();
}

void GroupsPanel::editOutcome()
{
    const QListWidgetItem *item = m_outcomes->currentItem();
    if (!item)
        return;
    const auto stored = GroupStore(m_db).findOutcome(item->data(Qt::UserRole + 3).toString());
    if (!stored)
        return;
    Outcome o = stored->second;
    for (;;) {
        bool ok = false;
        o.text = QInputDialog::getMultiLineText(this, OutcomeCodes::kindLabel(o.kind), tr("What did the group conclude?"), o.text, &ok);
        if (!ok)
            return;
        auto result = GroupStore(m_db).updateOutcome(o);
        if (result.conflict) {
            // As for a group: both versions, and Cancel returns to what was typed.
            const auto now = GroupStore(m_db).findOutcome(o.uid);
            const std::optional<Outcome> theirs = now ? std::optional<Outcome>(now->second) : std::nullopt;
            GroupConflictDialog ask(o, theirs, this);
            ask.exec();
            if (ask.choice() == ConflictDialog::Choice::Cancel && theirs)
                continue;
            if (ask.choice() == ConflictDialog::Choice::KeepMine && theirs) {
                o.rowVersion = theirs->rowVersion;
                result = GroupStore(m_db).updateOutcome(o);
            } else {
                result = {};
            }
        }
        report(result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error);
        showGroup();
        return;
    }
}

void GroupsPanel::removeOutcome()
{
    const QListWidgetItem *item = m_outcomes->currentItem();
    if (!item || QMessageBox::question(this, tr("Breakout groups"), tr("Remove this outcome?")) != QMessageBox::Yes)
        return;
    report(GroupStore(m_db).removeOutcome(item->data(Qt::UserRole).toLongLong()).error);
    showGroup();
}

} // namespace khana
