#include "PlanItemDelegate.h"

#include "domain/DisplayConventions.h"
#include "domain/Money.h"
#include "domain/Plan.h"
#include "itemmodels/PlanTreeModel.h"
#include "widgets/DateEdit.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSpinBox>

namespace khana {

QWidget *PlanItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case PlanTreeModel::Starts:
    case PlanTreeModel::Ends:
        return new DateEdit(parent);
    case PlanTreeModel::Budget: {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(tr("baht"));
        return edit;
    }
    case PlanTreeModel::Status: {
        auto *box = new QComboBox(parent);
        for (ActivityStatus s : PlanCodes::activityStatuses())
            box->addItem(PlanCodes::activityStatusLabel(s), int(s));
        return box;
    }
    case PlanTreeModel::Progress: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 100);
        spin->setSuffix(QStringLiteral("%"));
        return spin;
    }
    case PlanTreeModel::Unit: {
        auto *edit = new QLineEdit(parent);
        auto *completer = new QCompleter(m_units, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void PlanItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *date = qobject_cast<DateEdit *>(editor)) {
        date->setDate(value.toDate());
    } else if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(qMax(0, box->findData(value.toInt())));
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (index.column() == PlanTreeModel::Budget) {
        static_cast<QLineEdit *>(editor)->setText(value.isNull() ? QString() : Money::format(value.toLongLong(), DisplayConventions::current().locale()));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void PlanItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *date = qobject_cast<DateEdit *>(editor)) {
        if (date->hasValidDate())
            model->setData(index, date->date());
        else
            Q_EMIT invalidInput(tr("Enter a date like %1.").arg(DisplayConventions::current().dates().longDate(QDate(2024, 5, 3))));
    } else if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentData());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        model->setData(index, spin->value());
    } else if (index.column() == PlanTreeModel::Budget) {
        const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
        const auto satang = Money::parse(text);
        if (text.isEmpty())
            model->setData(index, QVariant());
        else if (satang)
            model->setData(index, *satang);
        else
            Q_EMIT invalidInput(tr("Enter an amount in baht, e.g. 25,000 or 1,250.50."));
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace khana
