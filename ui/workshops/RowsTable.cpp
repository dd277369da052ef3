#include "RowsTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace khana {

RowsTable::RowsTable(const QString &listName, const QStringList &headers, const QStringList &fieldNames, QWidget *parent)
    : QWidget(parent)
    , m_listName(listName)
    , m_fieldNames(fieldNames)
    , m_table(new QTableWidget(0, int(headers.size()), this))
    , m_errors(new QLabel(this))
{
    setObjectName(listName + QStringLiteral("Table"));
    m_table->setObjectName(listName);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_errors->setObjectName(listName + QStringLiteral("Errors"));
    m_errors->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errors->setWordWrap(true);
    m_errors->hide();

    auto *add = new QPushButton(tr("Add row"), this);
    add->setObjectName(listName + QStringLiteral("Add"));
    auto *remove = new QPushButton(tr("Remove row"), this);
    remove->setObjectName(listName + QStringLiteral("Remove"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_errors);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = appendRow();
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            Q_EMIT rowsChanged();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &RowsTable::rowsChanged);
}

QString RowsTable::text(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

void RowsTable::setText(int row, int column, const QString &text, bool editable)
{
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        m_table->setItem(row, column, item);
    }
    item->setText(text);
    item->setFlags(editable ? item->flags() | Qt::ItemIsEditable : item->flags() & ~Qt::ItemIsEditable);
}

void RowsTable::setWideColumns(const QList<int> &columns)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : columns)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
}

int RowsTable::appendRow()
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setItem(row, c, new QTableWidgetItem);
    return row;
}

void RowsTable::clearRows()
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
}

void RowsTable::clearErrors()
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < m_table->columnCount(); ++c)
            if (QTableWidgetItem *item = m_table->item(r, c)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
    m_errors->clear();
    m_errors->hide();
}

int RowsTable::showErrors(const FieldErrors &errors)
{
    QStringList lines;
    const QString prefix = m_listName + QLatin1Char('/');
    for (const FieldError &e : errors) {
        if (e.field == m_listName) {
            lines.append(e.message);
            continue;
        }
        if (!e.field.startsWith(prefix))
            continue;
        const QStringList parts = e.field.split(QLatin1Char('/'));
        const int row = parts.value(1).toInt();
        const int column = int(m_fieldNames.indexOf(parts.value(2)));
        if (QTableWidgetItem *item = m_table->item(row, qMax(0, column))) {
            item->setBackground(QColor(0xff, 0xe0, 0xe0));
            item->setToolTip(e.message);
        }
        lines.append(tr("Row %1, %2: %3")
                         .arg(row + 1)
                         .arg(m_table->horizontalHeaderItem(qMax(0, column))->text(), e.message));
    }
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->setVisible(!lines.isEmpty());
    return int(lines.size());
}

} // namespace khana
