#include "FieldErrorDisplay.h"

#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

namespace khana {

QWidget *FieldErrorDisplay::wrap(const QString &field, QWidget *editor)
{
    auto *box = new QWidget(editor->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *message = new QLabel(box);
    message->setObjectName(field + QStringLiteral("Error"));
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #b00020;"));
    message->hide();
    editor->setParent(box);
    layout->addWidget(editor);
    layout->addWidget(message);
    m_fields.insert(field, {editor, message});
    return box;
}

QWidget *FieldErrorDisplay::show(const FieldErrors &errors)
{
    QWidget *first = nullptr;
    for (const FieldError &e : errors) {
        const Field f = m_fields.value(e.field);
        if (!f.message)
            continue;
        const QString previous = f.message->text();
        f.message->setText(previous.isEmpty() ? e.message : previous + QLatin1Char('\n') + e.message);
        f.message->show();
        f.editor->setStyleSheet(QStringLiteral("border: 1px solid #b00020;"));
        if (!first)
            first = f.editor;
    }
    return first;
}

bool FieldErrorDisplay::refused(QWidget *dialog, const QString &error, const FieldErrors &errors)
{
    if (!error.isEmpty()) {
        QMessageBox::warning(dialog, dialog->windowTitle(), error);
        return true;
    }
    if (QWidget *first = show(errors)) {
        first->setFocus();
        return true;
    }
    return false;
}

void FieldErrorDisplay::clear()
{
    for (const Field &f : std::as_const(m_fields)) {
        f.message->clear();
        f.message->hide();
        f.editor->setStyleSheet(QString());
    }
}

} // namespace khana
