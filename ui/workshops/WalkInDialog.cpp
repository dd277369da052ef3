#include "WalkInDialog.h"

#include "domain/DisplayConventions.h"
#include "domain/PhoneNumber.h"
#include "stores/AreaStore.h"
#include "stores/CheckInSession.h"
#include "widgets/FieldErrorDisplay.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace khana {

WalkInDialog::WalkInDialog(const QSqlDatabase &db, CheckInSession &session, const QString &typed, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_errors(new FieldErrorDisplay(this))
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_province(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_general(new QLabel(this))
{
    setWindowTitle(tr("Walk-in"));
    setObjectName(QStringLiteral("walkInDialog"));
    m_name->setObjectName(QStringLiteral("walkInName"));
    m_phone->setObjectName(QStringLiteral("walkInPhone"));
    m_category->setObjectName(QStringLiteral("walkInCategory"));
    // What was typed in the search field is a good start for the name or the phone.
    (PhoneNumber::looksLikePhone(typed) ? m_phone : m_name)->setText(typed);

    const DisplayConventions &conventions = DisplayConventions::current();
    m_province->addItem(tr("(none)"), QString());
    for (const Province &p : AreaStore(db).provinces())
        m_province->addItem(conventions.pick(p.nameTh, p.nameEn), p.code);
    for (const ParticipantCategory &c : session.categories())
        m_category->addItem(c.name, c.id);
    m_category->setCurrentIndex(m_category->count() - 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_errors->wrap(PersonField::NameTh, m_name));
    form->addRow(tr("&Phone:"), m_errors->wrap(PersonField::Phone, m_phone));
    form->addRow(tr("P&rovince:"), m_errors->wrap(PersonField::Province, m_province));
    form->addRow(tr("&Category:"), m_errors->wrap(QStringLiteral("category"), m_category));
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->setWordWrap(true);
    m_general->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WalkInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WalkInDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    (m_name->text().isEmpty() ? m_name : m_phone)->setFocus();
}

void WalkInDialog::accept()
{
    m_errors->clear();
    m_general->hide();
    Person p;
    p.nameTh = m_name->text();
    p.phone = m_phone->text();
    p.provinceCode = m_province->currentData().toString();
    PersonStore::SaveResult result;
    m_entry = m_session.walkIn(p, m_category->currentData().toLongLong(), &result);
    if (m_entry < 0) {
        if (QWidget *first = m_errors->show(result.fieldErrors))
            first->setFocus();
        if (!result.error.isEmpty() || result.fieldErrors.isEmpty()) {
            m_general->setText(result.error);
            m_general->show();
        }
        return;
    }
    QDialog::accept();
}

} // namespace khana
