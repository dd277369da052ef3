#include "PlanDocumentForm.h"

#include "domain/DisplayConventions.h"
#include "widgets/DateEdit.h"
#include "widgets/FieldErrorDisplay.h"
#include "workshops/RowsTable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace khana {

namespace {
enum ReferenceColumn { RefKind, RefNumber, RefDate, RefTitle };
const QList<ReferenceKind> kKinds = {ReferenceKind::Resolution, ReferenceKind::Decision, ReferenceKind::Plan, ReferenceKind::Other};
} // namespace

PlanDocumentForm::PlanDocumentForm(QWidget *parent)
    : QWidget(parent)
    , m_errors(new FieldErrorDisplay(this))
    , m_title(new QLineEdit(this))
    , m_number(new QLineEdit(this))
    , m_issuedOn(new DateEdit(this))
    , m_issuer(new QLineEdit(this))
    , m_periodStart(new DateEdit(this))
    , m_periodEnd(new DateEdit(this))
    , m_vision(new QPlainTextEdit(this))
    , m_status(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_references(new RowsTable(QStringLiteral("references"), {tr("Kind"), tr("No."), tr("Dated"), tr("Subject")},
                                 {QStringLiteral("kind"), QStringLiteral("number"), QStringLiteral("dated"), QStringLiteral("title")}, this))
{
    setObjectName(QStringLiteral("planDocumentForm"));
    m_references->setWideColumns({RefTitle});
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_number->setObjectName(QStringLiteral("planNumber"));
    m_vision->setTabChangesFocus(true);
    m_vision->setMaximumHeight(80);
    for (PlanStatus s : PlanCodes::statuses())
        m_status->addItem(PlanCodes::statusLabel(s), int(s));
    m_year->setObjectName(QStringLiteral("planYear"));
    for (PlanYear y : {PlanYear::Calendar, PlanYear::Fiscal})
        m_year->addItem(PlanCodes::yearLabel(y), int(y));
    m_year->setToolTip(tr("Quarters, reviews and the timeline count in this year. Government partners plan by the fiscal year: "
                          "its quarter 1 is October to December."));
    auto *period = new QWidget(this);
    auto *periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_periodStart);
    periodLayout->addWidget(new QLabel(tr("to"), this));
    periodLayout->addWidget(m_periodEnd);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_errors->wrap(PlanField::Title, m_title));
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&Dated:"), m_issuedOn);
    form->addRow(tr("Issued &by:"), m_issuer);
    form->addRow(tr("&Period:"), m_errors->wrap(PlanField::Period, period));
    form->addRow(tr("&Year counted in:"), m_year);
    form->addRow(tr("&Vision:"), m_vision);
    form->addRow(tr("&Status:"), m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Implements (resolutions, decisions):"), this));
    layout->addWidget(m_references, 1);

    for (QLineEdit *e : {m_title, m_number, m_issuer, static_cast<QLineEdit *>(m_issuedOn), static_cast<QLineEdit *>(m_periodStart),
                         static_cast<QLineEdit *>(m_periodEnd)})
        connect(e, &QLineEdit::textEdited, this, &PlanDocumentForm::edited);
    connect(m_vision, &QPlainTextEdit::textChanged, this, &PlanDocumentForm::edited);
    connect(m_status, &QComboBox::activated, this, &PlanDocumentForm::edited);
    connect(m_year, &QComboBox::activated, this, &PlanDocumentForm::edited);
    connect(m_references, &RowsTable::rowsChanged, this, &PlanDocumentForm::edited);
}

void PlanDocumentForm::load(const Plan &p)
{
    const QSignalBlocker block(this);
    m_plan = p;
    m_errors->clear();
    m_references->clearErrors();
    m_title->setText(p.title);
    m_number->setText(p.number);
    m_issuedOn->setDate(p.issuedOn);
    m_issuer->setText(p.issuer);
    m_periodStart->setDate(p.periodStart);
    m_periodEnd->setDate(p.periodEnd);
    m_vision->setPlainText(p.vision);
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(p.status))));
    m_year->setCurrentIndex(qMax(0, m_year->findData(int(p.year))));
    m_references->clearRows();
    const DateFormatter &dates = DisplayConventions::current().dates();
    for (const PlanReference &r : p.references) {
        const int row = m_references->appendRow();
        m_references->setText(row, RefKind, PlanCodes::referenceKindLabel(r.kind));
        m_references->setText(row, RefNumber, r.number);
        m_references->setText(row, RefDate, dates.shortDate(r.dated));
        m_references->setText(row, RefTitle, r.title);
    }
}

Plan PlanDocumentForm::collect(FieldErrors *problems) const
{
    Plan p = m_plan;
    const DateFormatter &dates = DisplayConventions::current().dates();
    p.title = m_title->text();
    p.number = m_number->text();
    p.issuedOn = m_issuedOn->date();
    p.issuer = m_issuer->text();
    p.periodStart = m_periodStart->date();
    p.periodEnd = m_periodEnd->date();
    p.vision = m_vision->toPlainText();
    p.status = PlanStatus(m_status->currentData().toInt());
    p.year = PlanYear(m_year->currentData().toInt());
    for (const DateEdit *field : {m_issuedOn, m_periodStart, m_periodEnd})
        if (!field->hasValidDate()) {
            problems->append({PlanField::Period, field->problem()});
            break;
        }
    p.references.clear();
    for (int r = 0; r < m_references->rowCount(); ++r) {
        PlanReference ref;
        const QString kind = m_references->text(r, RefKind).trimmed();
        ref.kind = ReferenceKind::Resolution;
        for (ReferenceKind k : kKinds)
            if (PlanCodes::referenceKindLabel(k) == kind || PlanCodes::referenceKindCode(k) == kind)
                ref.kind = k;
        ref.number = m_references->text(r, RefNumber);
        const QString dated = m_references->text(r, RefDate).trimmed();
        const DateReading reading = dates.read(dated);
        ref.dated = reading.date;
        if (!dated.isEmpty() && !ref.dated.isValid())
            problems->append({QStringLiteral("references/%1/dated").arg(r), reading.problem});
        ref.title = m_references->text(r, RefTitle);
        p.references.append(ref);
    }
    return p;
}

void PlanDocumentForm::showErrors(const FieldErrors &errors)
{
    m_errors->clear();
    m_references->clearErrors();
    m_references->showErrors(errors);
    if (QWidget *first = m_errors->show(errors))
        first->setFocus();
}

} // namespace khana
