#pragma once

// Steps a user takes in the main window, for GUI tests.

#include "people/PeoplePage.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QTableView>
#include <QTest>

namespace driver {

// Shows the People page and opens the form of the first person listed, as a double-click
// would; null (and a failed check) when there is nobody or no form opens.
inline QDialog *openFirstPersonsForm(khana::MainWindow &window)
{
    window.show();
    window.showPage(khana::MainWindow::PeopleIndex);
    auto *view = window.peoplePage()->findChild<QTableView *>(QStringLiteral("peopleView"));
    if (!QTest::qWaitFor([view] { return view->model()->rowCount() > 0; }))
        return nullptr;
    view->selectRow(0);
    window.peoplePage()->editSelected();
    const auto form = [] { return qobject_cast<QDialog *>(QApplication::activeModalWidget()); };
    return QTest::qWaitFor([&form] { return form() != nullptr; }) ? form() : nullptr;
}

} // namespace driver
