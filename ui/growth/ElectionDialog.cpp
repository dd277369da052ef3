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
    m_votes->setObjectName(QStringLiteral("electionVotes"));

    const DisplayConventions &conventions = DisplayConventions::current();
    const AreaStore areas(db);
    QHash<QString, QString> provinceNames;
    for (const Province &p : areas.provinces())
        provinceNames.insert(p.code, conventions.pick(p.nameTh, p.nameEn));
    for (const District &d : areas.districts(provinceCode))
        m_district->addItem(tr("%1, %2").arg(conventions.pick(d.nameTh, d.nameEn), provinceNames.value(d.provinceCode)), d.code);
    m_workshop->addItem(tr("(not at a Khana workshop)"), 0);
    QHash<qint64, QDate> meetingDays;
    for (const WorkshopSummary &w : WorkshopStore(db).list()) {
        m_workshop->addItem(w.title, w.id);
        meetingDays.insert(w.id, w.firstDay);
    }

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
    // Elections happen at the meeting: choosing one proposes its day (unless it is still to come).
    connect(m_workshop, &QComboBox::currentIndexChanged, this, [this, meetingDays] {
        const QDate day = meetingDays.value(m_workshop->currentData().toLongLong());
        if (day.isValid() && day <= QDate::currentDate())
            m_heldOn->setDate(day);
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

void ElectionDialog::setElection(const RepresentativeElection &e)
{
    setWindowTitle(tr("Edit a representative election"));
    m_saved = e;
    const int district = m_district->findData(e.districtCode);
    if (district < 0) // a district outside the province the dialog was opened for
        m_district->addItem(e.districtCode, e.districtCode);
    m_district->setCurrentIndex(district < 0 ? m_district->count() - 1 : district);
    // The meeting first (choosing it proposes its day), then the day (which proposes a
    // term), then the stored term.
    setMeeting(e.workshopId);
    m_heldOn->setDate(e.heldOn);
    m_candidates->setValue(e.candidates.value_or(-1));
    m_votes->setValue(e.votesCast.value_or(-1));
    // The elected person stays on offer even if they have since moved to another district.
    m_elected->addItem(QString(), e.electedPersonId);
    m_elected->setCurrentIndex(m_elected->count() - 1);
    fillPeople();
    m_termStart->setDate(e.termStart);
    m_termEnd->setDate(e.termEnd);
    m_notes->setText(e.notes);
}

void ElectionDialog::setMeeting(qint64 workshopId)
{
    m_workshop->setCurrentIndex(qMax(0, m_workshop->findData(workshopId)));
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
    RepresentativeElection e = m_saved;
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
    if (m_errors->refused(this, result.error, result.fieldErrors))
        return;
    m_saved = e;
    QDialog::accept();
}

} // namespace khana
