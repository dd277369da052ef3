#pragma once

#include "Page.h"

#include <QSqlDatabase>

class QLabel;

namespace khana {

// Key figures from the open database. Growth charts and targets join it with member growth.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(const QSqlDatabase &db, QWidget *parent = nullptr);
    void activated() override;

private:
    void refresh();

    QSqlDatabase m_db;
    QLabel *m_figures;
};

} // namespace khana
