#pragma once

#include <QDialog>

namespace khana {

// Shown when Khana starts for the first time: start empty, look around in the demo database,
// open a database file that already exists, or connect to the office's server.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Empty, Demo, Existing, Server };

    explicit FirstRunDialog(const QString &defaultPath, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString existingPath() const { return m_existing; }

private:
    Choice m_choice = Choice::Empty;
    QString m_existing;
};

} // namespace khana
