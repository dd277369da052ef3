#include "ConflictDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace khana {

QList<ConflictDialog::Difference> ConflictDialog::differences(const Fields &mine, const Fields &theirs)
{
    QList<Difference> result;
    for (qsizetype i = 0; i < mine.size() && i < theirs.size(); ++i)
        if (mine.at(i).value != theirs.at(i).value)
            result.append({mine.at(i).label, mine.at(i).value, theirs.at(i).value});
    return result;
}

QString ConflictDialog::describe(const Fields &fields)
{
    QStringList lines;
    for (const Field &f : fields)
        if (!f.value.isEmpty())
            lines.append(f.label + QStringLiteral(": ") + f.value);
    return lines.join(QLatin1Char('\n'));
}

ConflictDialog::ConflictDialog(const Texts &texts, const QString &name, const Fields &mine, const std::optional<Fields> &theirs,
                               QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(texts.title);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("conflictText"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("Saved by someone else")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setWordWrap(true);
    // Rows fit their wrapped text at the width the columns finally get: once the header has
    // settled (it resizes each section in turn, the first while the others are still narrow).
    auto *fitRows = new QTimer(this);
    fitRows->setSingleShot(true);
    fitRows->setInterval(0);
    connect(fitRows, &QTimer::timeout, m_table, &QTableWidget::resizeRowsToContents);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, fitRows, qOverload<>(&QTimer::start));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = nullptr;
    QPushButton *take = nullptr;
    if (theirs) {
        const QList<Difference> diff = differences(mine, *theirs);
        intro->setText((diff.isEmpty() ? tr("%1 was saved by someone else while you edited, with the same details as yours.")
                                       : tr("%1 was saved by someone else while you edited. These details differ:"))
                           .arg(name));
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
        intro->setText(texts.deleted.arg(name));
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
    const QString mineAsText = describe(mine);
    connect(copy, &QPushButton::clicked, this, [mineAsText, copy] {
        QApplication::clipboard()->setText(mineAsText);
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
