#pragma once

#include <QSqlDatabase>

class QMenu;
class QWidget;

namespace khana {

// The printed documents of a workshop, offered as print preview (and from there the printer)
// or saved straight to PDF: name badges, sign-in sheets, the workshop report.
class WorkshopPrinting
{
public:
    // SignInWithPhones: by category with a column of phone numbers, chosen as such (the other
    // sheets carry none).
    enum class Document { Badges, SignInByCategory, SignInByProvince, Report, SignInWithPhones };

    // Fills `menu` with the documents; `workshopId` is asked for when an entry is chosen.
    static void populateMenu(QMenu *menu, const QSqlDatabase &db, const std::function<qint64()> &workshopId, QWidget *parent);

    static void preview(Document document, const QSqlDatabase &db, qint64 workshopId, QWidget *parent);
    // With `window`, the pages are printed on a thread of their own behind a progress dialog
    // with Cancel (the data is read first, on the window's connection). False with `error`
    // empty when cancelled; nothing is written then.
    static bool savePdf(Document document, const QSqlDatabase &db, qint64 workshopId, const QString &path, QString *error,
                        QWidget *window = nullptr);
};

} // namespace khana
