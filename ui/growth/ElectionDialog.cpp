#include "ElectionDialog.h"

#include "domain/DisplayConventions.h"
#include "stores/AreaStore.h"
#include "stores/GrowthStore.h"
#include "stores/PersonStore.h"
#include "stores/WorkshopStore.h"
#include "widgets/DateEdit.h"
#include "widgets/FieldErrorDisplay.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>

namespace khana {

namespace {

// Terms of district representatives run two years unless the user says otherwise.
constexpr int kTermYears = 2;

QSpinBox *optionalCount(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(-1, 1'000'000);
    spin->setSpecialValueText(QCoreApplication::translate("ElectionDialog", "not recorded"));
    spin->setValue(-1);
    return spin;
}

} // namespace

ElectionDialog::ElectionDialog(const QSqlDatabase &db, const QString &provinceCode, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_district(new QComboBox(this))
    , m_heldOn(new DateEdit(this))
    , m_workshop(new QComboBox(this))
    , m_candidates(optionalCount(this))
    , m_votes(optionalCount(this))
    , m_elected(new QComboBox(this))
    , m_termStart(new DateEdit(this))
    , m_termEnd(new DateEdit(this))
    , m_notes(new QLineEdit(this))
    , m_errors(new FieldErrorDisplay(this))
{
    setObjectName(QStringLiteral("electionDialog"));
    setWindowTitle(tr("Record a representative election"));
    m_district->setObjectName(QStringLiteral("electionDistrict"));
    m_heldOn->setObjectName(QStringLiteral("electionDate"));
    m_elected->setObjectName(QStringLiteral("electedPerson"));
    m_termEnd->setObjectName(QStringLiteral("termEnd"));

    const DisplayConventions &conventions = DisplayConventions::current();
    const AreaStore areas(db);
    QHash<QString, QString> provinceNames;
    for (const Province &p : areas.provinces())
        provinceNames.insert(p.code, conventions.pick(p.nameTh, p.nameEn));
    for (const District &d : areas.districts(provinceCode))
        m_district->addItem(tr("%1, %2").arg(conventions.pick(d.nameTh, d.nameEn), provinceNames.value(d.provinceCode)), d.code);
    m_workshop->addItem(tr("(not at a Khana workshop)"), 0);
    for (const WorkshopSummary &w : WorkshopStore(db).list())
        m_workshop->addItem(w.title, w.id);

    const QDate today = QDate::currentDate();
    m_heldOn->setDate(today);
    m_termStart->setDate(today);
    m_termEnd->setDate(today.addYears(kTermYears).addDays(-1));
    connect(m_heldOn, &DateEdit::dateChanged, this, [this](const QDate &day) {
        if (!day.isValid())
            return;
        m_termStart->setDate(day);
        m_termEnd->setDate(day.addYears(kTermYears).addDays(-1));
    });
    connect(m_district, &QComboBox::currentIndexChanged, this, &ElectionDialog::fillPeople);
    fillPeople();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ElectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ElectionDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&District:"), m_errors->wrap(QStringLiteral("district"), m_district));
    form->addRow(tr("&Held on:"), m_errors->wrap(GrowthField::Date, m_heldOn));
    form->addRow(tr("At the &meeting:"), m_workshop);
    form->addRow(tr("&Candidates:"), m_errors->wrap(GrowthField::Count, m_candidates));
    form->addRow(tr("&Votes cast:"), m_votes);
    form->addRow(tr("&Elected:"), m_elected);
    form->addRow(tr("Term &from:"), m_termStart);
    form->addRow(tr("Term &until:"), m_errors->wrap(QStringLiteral("term"), m_termEnd));
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(buttons);
}

void ElectionDialog::fillPeople()
{
    const qint64 chosen = m_elected->currentData().toLongLong();
    m_elected->clear();
    m_elected->addItem(tr("(nobody elected)"), 0);
    for (const auto &[id, name] : PersonStore(m_db).inDistrict(m_district->currentData().toString(), chosen))
        m_elected->addItem(name, id);
    m_elected->setCurrentIndex(qMax(0, m_elected->findData(chosen)));
}

void ElectionDialog::accept()
{
    m_errors->clear();
    RepresentativeElection e;
    e.districtCode = m_district->currentData().toString();
    e.heldOn = m_heldOn->date();
    e.workshopId = m_workshop->currentData().toLongLong();
    if (m_candidates->value() >= 0)
        e.candidates = m_candidates->value();
    if (m_votes->value() >= 0)
        e.votesCast = m_votes->value();
    e.electedPersonId = m_elected->currentData().toLongLong();
    e.termStart = m_termStart->date();
    e.termEnd = m_termEnd->date();
    e.notes = m_notes->text();
    const GrowthStore::SaveResult result = GrowthStore(m_db).saveElection(e);
    if (!result.error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), result.error);
        return;
    }
    if (QWidget *first = m_errors->show(result.fieldErrors)) {
        first->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace khana
