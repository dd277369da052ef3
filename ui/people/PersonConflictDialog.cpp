#include "PersonConflictDialog.h"

#include "domain/DisplayConventions.h"
#include "stores/AreaStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace khana {

namespace {

// Each field as the form labels it and as the user reads it.
QList<std::pair<QString, QString>> shown(const QSqlDatabase &db, const Person &p)
{
    const DisplayConventions &c = DisplayConventions::current();
    QString province = p.provinceCode;
    for (const Province &known : AreaStore(db).provinces())
        if (known.code == p.provinceCode)
            province = c.pick(known.nameTh, known.nameEn);
    QString district = p.districtCode;
    if (!p.districtCode.isEmpty())
        for (const District &known : AreaStore(db).districts(p.provinceCode))
            if (known.code == p.districtCode)
                district = c.pick(known.nameTh, known.nameEn);
    QStringList tags;
    for (const QString &code : p.tags)
        tags.append(PersonCodes::tagLabel(code));
    const auto date = [&c](const QDate &d) { return d.isValid() ? c.dates().longDate(d) : QString(); };
    return {
        {PersonConflictDialog::tr("Name (Thai)"), p.nameTh},
        {PersonConflictDialog::tr("Name in English"), p.nameEn},
        {PersonConflictDialog::tr("Nickname"), p.nickname},
        {PersonConflictDialog::tr("Phone"), p.phone},
        {PersonConflictDialog::tr("National ID"), p.nationalId},
        {PersonConflictDialog::tr("Province"), province},
        {PersonConflictDialog::tr("District"), district},
        {PersonConflictDialog::tr("Member no."), p.memberNumber},
        {PersonConflictDialog::tr("Membership"), PersonCodes::membershipLabel(p.membershipType)},
        {PersonConflictDialog::tr("Joined on"), date(p.joinDate)},
        {PersonConflictDialog::tr("Membership ends"), date(p.endDate)},
        {PersonConflictDialog::tr("Status"), PersonCodes::statusLabel(p.status)},
        {PersonConflictDialog::tr("Tags"), tags.join(QStringLiteral(", "))},
        {PersonConflictDialog::tr("Notes"), p.notes},
    };
}

} // namespace

QList<PersonConflictDialog::Difference> PersonConflictDialog::differences(const QSqlDatabase &db, const Person &mine, const Person &theirs)
{
    const auto a = shown(db, mine);
    const auto b = shown(db, theirs);
    QList<Difference> result;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).second != b.at(i).second)
            result.append({a.at(i).first, a.at(i).second, b.at(i).second});
    return result;
}

QString PersonConflictDialog::describe(const QSqlDatabase &db, const Person &person)
{
    QStringList lines;
    for (const auto &[label, value] : shown(db, person))
        if (!value.isEmpty())
            lines.append(label + QStringLiteral(": ") + value);
    return lines.join(QLatin1Char('\n'));
}

PersonConflictDialog::PersonConflictDialog(const QSqlDatabase &db, const Person &mine, const std::optional<Person> &theirs, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("personConflict"));
    setWindowTitle(tr("Someone else changed this person"));
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("conflictText"));
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("Saved by someone else")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setWordWrap(true);
    // Rows fit their wrapped text at the width the columns finally get.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, [this] { m_table->resizeRowsToContents(); });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = nullptr;
    QPushButton *take = nullptr;
    if (theirs) {
        const QList<Difference> diff = differences(db, mine, *theirs);
        intro->setText(diff.isEmpty()
                           ? tr("%1 was saved by someone else while you edited, with the same details as yours.").arg(mine.nameTh.toHtmlEscaped())
                           : tr("%1 was saved by someone else while you edited. These details differ:").arg(mine.nameTh.toHtmlEscaped()));
        m_table->setRowCount(int(diff.size()));
        for (int row = 0; row < diff.size(); ++row) {
            m_table->setItem(row, 0, new QTableWidgetItem(diff.at(row).field));
            m_table->setItem(row, 1, new QTableWidgetItem(diff.at(row).mine));
            m_table->setItem(row, 2, new QTableWidgetItem(diff.at(row).theirs));
        }
        m_table->resizeRowsToContents();
        m_table->setVisible(!diff.isEmpty());
        keep = buttons->addButton(tr("&Keep mine (replace theirs)"), QDialogButtonBox::AcceptRole);
        take = buttons->addButton(tr("&Take theirs (drop my changes)"), QDialogButtonBox::DestructiveRole);
    } else {
        intro->setText(tr("%1 was deleted by someone else while you edited (or is no longer yours to see). Nothing was saved. "
                          "Copy your details to add the person again if they should stay.").arg(mine.nameTh.toHtmlEscaped()));
        m_table->hide();
        take = buttons->addButton(tr("&Drop my changes"), QDialogButtonBox::DestructiveRole);
    }
    if (keep)
        keep->setObjectName(QStringLiteral("keepMine"));
    take->setObjectName(QStringLiteral("takeTheirs"));
    QPushButton *copy = buttons->addButton(tr("&Copy mine"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyMine"));
    buttons->addButton(QDialogButtonBox::Cancel);

    if (keep)
        connect(keep, &QPushButton::clicked, this, [this] {
            m_choice = Choice::KeepMine;
            accept();
        });
    connect(take, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        accept();
    });
    connect(copy, &QPushButton::clicked, this, [this, db, mine, copy] {
        QApplication::clipboard()->setText(describe(db, mine));
        copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace khana
