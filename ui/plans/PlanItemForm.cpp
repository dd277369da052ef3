#include "PlanItemForm.h"

#include "domain/DisplayConventions.h"
#include "domain/Money.h"
#include "stores/GroupStore.h"
#include "stores/PersonStore.h"
#include "stores/WorkshopStore.h"
#include "widgets/DateEdit.h"
#include "widgets/FieldErrorDisplay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

namespace khana {

namespace {

std::optional<qint64> wholeNumber(const QLineEdit *edit, bool *ok)
{
    const QString text = edit->text().trimmed().remove(QLatin1Char(','));
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const qint64 n = text.toLongLong(ok);
    return *ok ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

PlanItemForm::PlanItemForm(const QSqlDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_errors(new FieldErrorDisplay(this))
    , m_heading(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_projectBox(new QWidget(this))
    , m_partners(new QLineEdit(this))
    , m_mou(new QLineEdit(this))
    , m_beneficiaries(new QLineEdit(this))
    , m_beneficiaryUnit(new QLineEdit(this))
    , m_activityBox(new QWidget(this))
    , m_unit(new QLineEdit(this))
    , m_lead(new QComboBox(this))
    , m_starts(new DateEdit(this))
    , m_ends(new DateEdit(this))
    , m_budget(new QLineEdit(this))
    , m_funding(new QLineEdit(this))
    , m_indicator(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_targetUnit(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_progress(new QSpinBox(this))
    , m_milestone(new QCheckBox(tr("Milestone"), this))
    , m_workshop(new QComboBox(this))
    , m_source(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
{
    setObjectName(QStringLiteral("planItemForm"));
    m_title->setObjectName(QStringLiteral("itemTitle"));
    m_apply->setObjectName(QStringLiteral("itemApply"));
    m_unit->setObjectName(QStringLiteral("itemUnit"));
    m_starts->setObjectName(QStringLiteral("itemStarts"));
    m_ends->setObjectName(QStringLiteral("itemEnds"));
    m_budget->setObjectName(QStringLiteral("itemBudget"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    m_progress->setRange(0, 100);
    m_progress->setSuffix(QStringLiteral("%"));
    for (ActivityStatus s : PlanCodes::activityStatuses())
        m_status->addItem(PlanCodes::activityStatusLabel(s), int(s));
    m_source->setWordWrap(true);
    m_source->setStyleSheet(QStringLiteral("color: gray;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_errors->wrap(PlanField::Title, m_title));
    form->addRow(tr("Description:"), m_description);

    auto *project = new QFormLayout(m_projectBox);
    project->setContentsMargins(0, 0, 0, 0);
    project->addRow(tr("Partners:"), m_partners);
    project->addRow(tr("MOU:"), m_mou);
    project->addRow(tr("Beneficiaries:"), m_errors->wrap(PlanField::Beneficiaries, m_beneficiaries));
    project->addRow(tr("Counted in:"), m_beneficiaryUnit);

    auto *activity = new QFormLayout(m_activityBox);
    activity->setContentsMargins(0, 0, 0, 0);
    activity->addRow(tr("Responsible unit:"), m_unit);
    activity->addRow(tr("Lead person:"), m_lead);
    activity->addRow(tr("Starts:"), m_errors->wrap(PlanField::Dates, m_starts));
    activity->addRow(tr("Ends:"), m_ends);
    activity->addRow(tr("Budget (baht):"), m_errors->wrap(PlanField::Budget, m_budget));
    activity->addRow(tr("Funding source:"), m_funding);
    activity->addRow(tr("Indicator:"), m_indicator);
    activity->addRow(tr("Target:"), m_errors->wrap(PlanField::Target, m_target));
    activity->addRow(tr("Target counted in:"), m_targetUnit);
    activity->addRow(tr("Status:"), m_status);
    activity->addRow(tr("Progress:"), m_errors->wrap(PlanField::Progress, m_progress));
    activity->addRow(QString(), m_milestone);
    activity->addRow(tr("Held as workshop:"), m_workshop);
    activity->addRow(m_source);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_projectBox);
    layout->addWidget(m_activityBox);
    layout->addWidget(m_apply, 0, Qt::AlignRight);
    layout->addStretch(1);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        FieldErrors problems;
        const PlanItem item = collect(&problems);
        m_errors->clear();
        if (!problems.isEmpty()) {
            showErrors(problems);
            return;
        }
        Q_EMIT applyRequested(item);
    });
    // What the user changes, not what load() fills in: a colleague's change to the plan then
    // leaves a half-edited item alone.
    const auto edited = [this] { m_edited = m_edited || !m_loading; };
    for (QLineEdit *line : findChildren<QLineEdit *>())
        connect(line, &QLineEdit::textEdited, this, edited);
    for (QComboBox *box : findChildren<QComboBox *>())
        connect(box, &QComboBox::activated, this, edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, edited);
    connect(m_starts, &DateEdit::dateChanged, this, edited);
    connect(m_ends, &DateEdit::dateChanged, this, edited);
    connect(m_progress, &QSpinBox::valueChanged, this, edited);
    connect(m_milestone, &QCheckBox::clicked, this, edited);
    load(nullptr);
}

void PlanItemForm::load(const PlanItem *item)
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_edited = false;
    m_errors->clear();
    setEnabled(item != nullptr);
    m_item = item ? *item : PlanItem{};
    const DisplayConventions &conventions = DisplayConventions::current();
    m_heading->setText(item ? QStringLiteral("<b>%1</b>").arg(PlanCodes::levelLabel(item->level).toHtmlEscaped())
                            : tr("Choose an item of the framework."));
    m_title->setText(m_item.title);
    m_description->setPlainText(m_item.description);
    m_projectBox->setVisible(item && item->level == PlanLevel::Project);
    m_activityBox->setVisible(item && item->level == PlanLevel::Activity);
    m_partners->setText(m_item.partners);
    m_mou->setText(m_item.mou);
    m_beneficiaries->setText(m_item.beneficiaryTarget ? QString::number(*m_item.beneficiaryTarget) : QString());
    m_beneficiaryUnit->setText(m_item.beneficiaryUnit);
    m_unit->setText(m_item.responsibleUnit);
    m_starts->setDate(m_item.startsOn);
    m_ends->setDate(m_item.endsOn);
    m_budget->setText(m_item.budget ? Money::format(*m_item.budget, conventions.locale()) : QString());
    m_funding->setText(m_item.fundingSource);
    m_indicator->setText(m_item.indicator);
    m_target->setText(m_item.targetValue ? QString::number(*m_item.targetValue) : QString());
    m_targetUnit->setText(m_item.targetUnit);
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(m_item.status))));
    m_progress->setValue(m_item.progress);
    m_milestone->setChecked(m_item.milestone);

    // People with a staff or coordinator tag lead activities; anyone already leading stays listed.
    m_lead->clear();
    m_lead->addItem(tr("(none)"), 0);
    for (const auto &[id, name] : PersonStore(m_db).leaders(m_item.leadPersonId))
        m_lead->addItem(name, id);
    m_lead->setCurrentIndex(qMax(0, m_lead->findData(m_item.leadPersonId)));

    m_workshop->clear();
    m_workshop->addItem(tr("(none)"), 0);
    for (const WorkshopSummary &w : WorkshopStore(m_db).list())
        m_workshop->addItem(w.title, w.id);
    m_workshop->setCurrentIndex(qMax(0, m_workshop->findData(m_item.eventWorkshopId)));

    QString source;
    if (!m_item.sourceOutcomeUid.isEmpty()) {
        if (const auto found = GroupStore(m_db).findOutcome(m_item.sourceOutcomeUid)) {
            const auto workshop = WorkshopStore(m_db).find(found->first.workshopId);
            source = tr("Made from the outcome of group %1 (%2) at %3: %4")
                         .arg(found->first.number)
                         .arg(found->first.topic, workshop ? workshop->title : QString(), found->second.text);
        }
    }
    m_source->setText(source);
    m_source->setVisible(!source.isEmpty());
}

PlanItem PlanItemForm::collect(FieldErrors *problems) const
{
    PlanItem item = m_item;
    item.title = m_title->text();
    item.description = m_description->toPlainText();
    if (item.level == PlanLevel::Project) {
        item.partners = m_partners->text();
        item.mou = m_mou->text();
        bool ok = true;
        item.beneficiaryTarget = wholeNumber(m_beneficiaries, &ok);
        if (!ok)
            problems->append({PlanField::Beneficiaries, tr("Enter a whole number.")});
        item.beneficiaryUnit = m_beneficiaryUnit->text();
    }
    if (item.level == PlanLevel::Activity) {
        item.responsibleUnit = m_unit->text();
        item.leadPersonId = m_lead->currentData().toLongLong();
        item.startsOn = m_starts->date();
        item.endsOn = m_ends->date();
        if (!m_starts->hasValidDate() || !m_ends->hasValidDate())
            problems->append({PlanField::Dates, m_starts->hasValidDate() ? m_ends->problem() : m_starts->problem()});
        const QString budget = m_budget->text().trimmed();
        const auto satang = Money::parse(budget);
        if (!budget.isEmpty() && !satang)
            problems->append({PlanField::Budget, tr("Enter an amount in baht, e.g. 25,000 or 1,250.50.")});
        item.budget = budget.isEmpty() ? std::nullopt : satang;
        item.fundingSource = m_funding->text();
        item.indicator = m_indicator->text();
        bool ok = true;
        item.targetValue = wholeNumber(m_target, &ok);
        if (!ok)
            problems->append({PlanField::Target, tr("Enter a whole number.")});
        item.targetUnit = m_targetUnit->text();
        item.status = ActivityStatus(m_status->currentData().toInt());
        item.progress = m_progress->value();
        item.milestone = m_milestone->isChecked();
        item.eventWorkshopId = m_workshop->currentData().toLongLong();
    }
    return item;
}

void PlanItemForm::showErrors(const FieldErrors &errors)
{
    m_errors->clear();
    if (QWidget *first = m_errors->show(errors))
        first->setFocus();
}

} // namespace khana
