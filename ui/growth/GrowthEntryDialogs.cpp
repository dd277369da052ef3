#include "GrowthEntryDialogs.h"

#include "stores/GrowthStore.h"
#include "widgets/DateEdit.h"
#include "widgets/FieldErrorDisplay.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>

namespace khana {

namespace {

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QSpinBox *countEditor(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    // Negative numbers are typed and refused with a message rather than silently clamped.
    spin->setRange(-1, 99'999'999);
    spin->setGroupSeparatorShown(true);
    return spin;
}

} // namespace

RecordCountDialog::RecordCountDialog(const QSqlDatabase &db, const Scope &scope, const QString &scopeName, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_scope(scope)
    , m_date(new DateEdit(this))
    , m_count(countEditor(this))
    , m_source(new QLineEdit(this))
    , m_errors(new FieldErrorDisplay(this))
{
    setObjectName(QStringLiteral("recordCountDialog"));
    setWindowTitle(tr("Record a member count"));
    m_date->setObjectName(QStringLiteral("countDate"));
    m_count->setObjectName(QStringLiteral("countValue"));
    m_source->setObjectName(QStringLiteral("countSource"));
    m_source->setPlaceholderText(tr("Where the number comes from, e.g. a membership report"));
    m_date->setDate(QDate::currentDate());
    auto *form = new QFormLayout(this);
    form->addRow(tr("Place:"), new QLabel(scopeName, this));
    form->addRow(tr("&Date:"), m_errors->wrap(GrowthField::Date, m_date));
    form->addRow(tr("&Members:"), m_errors->wrap(GrowthField::Count, m_count));
    form->addRow(tr("&Source:"), m_source);
    form->addRow(okCancel(this));
}

void RecordCountDialog::accept()
{
    m_errors->clear();
    MemberCount count;
    count.scope = m_scope;
    count.countedOn = m_date->date();
    count.count = m_count->value();
    count.source = m_source->text();
    GrowthStore store(m_db);
    qint64 existing = 0;
    GrowthStore::SaveResult result = store.saveCount(count, false, &existing);
    if (!result.ok() && existing != 0 && result.error.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Replace the count?"),
                                                  tr("A count for this place on this date is already recorded. Replace it with %1?")
                                                      .arg(locale().toString(count.count)));
        if (answer != QMessageBox::Yes)
            return;
        for (const MemberCount &c : store.counts(m_scope))
            if (c.id == existing)
                m_replaced = c;
        result = store.saveCount(count, true);
    }
    if (m_errors->refused(this, result.error, result.fieldErrors))
        return;
    m_saved = count;
    QDialog::accept();
}

TargetDialog::TargetDialog(const QSqlDatabase &db, const Scope &scope, const QString &scopeName, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_scope(scope)
    , m_metric(new QComboBox(this))
    , m_value(countEditor(this))
    , m_starts(new DateEdit(this))
    , m_due(new DateEdit(this))
    , m_note(new QLineEdit(this))
    , m_errors(new FieldErrorDisplay(this))
{
    setObjectName(QStringLiteral("targetDialog"));
    setWindowTitle(tr("Set a target"));
    m_metric->setObjectName(QStringLiteral("targetMetric"));
    m_value->setObjectName(QStringLiteral("targetValue"));
    m_starts->setObjectName(QStringLiteral("targetStarts"));
    m_due->setObjectName(QStringLiteral("targetDue"));
    for (TargetMetric metric : {TargetMetric::Members, TargetMetric::NewMembers, TargetMetric::DistrictsWithRepresentative})
        m_metric->addItem(metricLabel(metric), metricCode(metric));
    const QDate today = QDate::currentDate();
    m_starts->setDate(today);
    m_due->setDate(QDate(today.year(), 12, 31));
    m_value->setValue(0);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Place:"), new QLabel(scopeName, this));
    form->addRow(tr("&Counts:"), m_metric);
    form->addRow(tr("&Target:"), m_errors->wrap(GrowthField::Value, m_value));
    form->addRow(tr("&From:"), m_starts);
    form->addRow(tr("D&ue by:"), m_errors->wrap(GrowthField::DueOn, m_due));
    form->addRow(tr("&Note:"), m_note);
    form->addRow(okCancel(this));
}

void TargetDialog::edit(const GrowthTarget &target)
{
    m_editing = target;
    setWindowTitle(tr("Change the target"));
    m_metric->setCurrentIndex(qMax(0, m_metric->findData(metricCode(target.metric))));
    m_value->setValue(int(target.value));
    m_starts->setDate(target.startsOn);
    m_due->setDate(target.dueOn);
    m_note->setText(target.note);
}

void TargetDialog::accept()
{
    m_errors->clear();
    GrowthTarget target = m_editing;
    target.metric = metricFromCode(m_metric->currentData().toString());
    target.scope = m_scope;
    target.value = m_value->value();
    target.startsOn = m_starts->date();
    target.dueOn = m_due->date();
    target.note = m_note->text();
    GrowthStore store(m_db);
    const GrowthStore::SaveResult result = store.saveTarget(target);
    if (m_errors->refused(this, result.error, result.fieldErrors))
        return;
    m_saved = target;
    QDialog::accept();
}

} // namespace khana
