#pragma once

#include "domain/Person.h"

#include <QHash>
#include <QObject>

class QLabel;
class QWidget;

namespace khana {

// Shows problems beside the fields that caused them: each editor is wrapped with a red message
// line below it, and its border turns red until the problem is fixed.
class FieldErrorDisplay : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Returns the editor wrapped with its message line, for a form layout.
    QWidget *wrap(const QString &field, QWidget *editor);

    // Shows the errors of known fields; returns the first editor with a problem (or null).
    QWidget *show(const FieldErrors &errors);
    // After a save: a problem with the record as a whole in a message box over `dialog`, else
    // the fields' problems beside them with the first one focused. True when there were any.
    bool refused(QWidget *dialog, const QString &error, const FieldErrors &errors);
    void clear();

private:
    struct Field
    {
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
    };
    QHash<QString, Field> m_fields;
};

} // namespace khana
