#include "WorkshopPrinting.h"

#include "domain/DisplayConventions.h"
#include "reports/PrintStyle.h"
#include "reports/WorkshopDocuments.h"
#include "stores/AreaStore.h"
#include "stores/AuditLog.h"
#include "stores/GroupStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"
#include "widgets/BackgroundWork.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <algorithm>
#include <functional>

namespace khana {

namespace {

QString titleOf(WorkshopPrinting::Document document)
{
    switch (document) {
    case WorkshopPrinting::Document::Badges: return QCoreApplication::translate("WorkshopPrinting", "Name badges");
    case WorkshopPrinting::Document::SignInByCategory: return QCoreApplication::translate("WorkshopPrinting", "Sign-in sheet by category");
    case WorkshopPrinting::Document::SignInByProvince: return QCoreApplication::translate("WorkshopPrinting", "Sign-in sheet by province");
    case WorkshopPrinting::Document::Report: return QCoreApplication::translate("WorkshopPrinting", "Workshop report");
    case WorkshopPrinting::Document::SignInWithPhones:
        return QCoreApplication::translate("WorkshopPrinting", "Sign-in sheet with phone numbers");
    }
    return {};
}

// Every one of these documents names the people registered: the audit trail records it
// before it is laid out (`form`: "pdf", or "preview", from which it can be printed).
bool recordPrint(WorkshopPrinting::Document document, const QSqlDatabase &db, qint64 workshopId, const QString &form, QString *error)
{
    static const char *const names[] = {"badges", "sign-in-by-category", "sign-in-by-province", "report", "sign-in-with-phones"};
    const QString detail = QStringLiteral("document=%1; form=%2").arg(QLatin1String(names[int(document)]), form);
    if (AuditLog::record(db, AuditLog::Action::Print, QStringLiteral("registration"), QString::number(workshopId), detail))
        return true;
    *error = QCoreApplication::translate("WorkshopPrinting", "The print could not be recorded in the audit trail, so it was not made.");
    return false;
}

using Printer = std::function<int(QPagedPaintDevice *, const WorkProgress &)>;

// What prints the document on a device; it holds the data read for it, so it can run on
// another thread.
Printer printerFor(WorkshopPrinting::Document document, const QSqlDatabase &db, qint64 workshopId)
{
    const auto workshop = WorkshopStore(db).find(workshopId);
    if (!workshop)
        return {};
    const DisplayConventions &conventions = DisplayConventions::current();
    const QList<CheckInEntry> entries = RegistrationStore(db).loadForCheckIn(workshopId, conventions.prefersThaiNames());
    switch (document) {
    case WorkshopPrinting::Document::Badges:
        return [w = *workshop, entries](QPagedPaintDevice *device, const WorkProgress &progress) {
            return WorkshopDocuments::printBadges(w, entries, device, progress);
        };
    case WorkshopPrinting::Document::SignInByCategory:
    case WorkshopPrinting::Document::SignInByProvince:
    case WorkshopPrinting::Document::SignInWithPhones: {
        const auto grouping = document == WorkshopPrinting::Document::SignInByProvince ? WorkshopDocuments::Grouping::Province
                                                                                        : WorkshopDocuments::Grouping::Category;
        const QString html = WorkshopDocuments::signInSheetHtml(*workshop, entries, grouping,
                                                                document == WorkshopPrinting::Document::SignInWithPhones);
        return [html](QPagedPaintDevice *device, const WorkProgress &progress) {
            return WorkshopDocuments::printHtml(html, device, false, progress);
        };
    }
    case WorkshopPrinting::Document::Report: {
        QStringList codes;
        QHash<QString, QString> names;
        for (const Province &p : AreaStore(db).provinces()) {
            codes.append(p.code);
            names.insert(p.code, conventions.pick(p.nameTh, p.nameEn));
        }
        const QString html = WorkshopDocuments::reportHtml(*workshop, QuotaMatrix(workshop->categories, codes, RegistrationStore(db).counts(workshopId)),
                                                           names, GroupStore(db).groups(workshopId));
        return [html](QPagedPaintDevice *device, const WorkProgress &progress) {
            return WorkshopDocuments::printHtml(html, device, false, progress);
        };
    }
    }
    return {};
}

// Badges are printed for every registration that is not cancelled.
bool hasBadges(const QSqlDatabase &db, qint64 workshopId)
{
    const QList<CheckInEntry> entries = RegistrationStore(db).loadForCheckIn(workshopId, true);
    return std::any_of(entries.cbegin(), entries.cend(), [](const CheckInEntry &e) { return e.status != RegistrationStatus::Cancelled; });
}

} // namespace

void WorkshopPrinting::populateMenu(QMenu *menu, const QSqlDatabase &db, const std::function<qint64()> &workshopId, QWidget *parent)
{
    const QList<Document> documents = {Document::Badges, Document::SignInByCategory, Document::SignInByProvince, Document::SignInWithPhones,
                                       Document::Report};
    for (Document d : documents)
        menu->addAction(titleOf(d) + QStringLiteral("…"), parent, [d, db, workshopId, parent] { preview(d, db, workshopId(), parent); });
    menu->addSeparator();
    for (Document d : documents) {
        menu->addAction(QCoreApplication::translate("WorkshopPrinting", "Save %1 as PDF…").arg(titleOf(d)), parent, [d, db, workshopId, parent] {
            const QString path = QFileDialog::getSaveFileName(parent, titleOf(d), titleOf(d) + QStringLiteral(".pdf"),
                                                              QCoreApplication::translate("WorkshopPrinting", "PDF files (*.pdf)"));
            if (path.isEmpty())
                return;
            QString error;
            if (!savePdf(d, db, workshopId(), path, &error, parent) && !error.isEmpty())
                QMessageBox::warning(parent, titleOf(d), error);
        });
    }
}

void WorkshopPrinting::preview(Document document, const QSqlDatabase &db, qint64 workshopId, QWidget *parent)
{
    const auto print = printerFor(document, db, workshopId);
    if (!print)
        return;
    if (QString error; !recordPrint(document, db, workshopId, QStringLiteral("preview"), &error)) {
        QMessageBox::warning(parent, titleOf(document), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printer.setDocName(titleOf(document));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(titleOf(document));
    // The preview paints on the window's thread (QPrintPreviewDialog asks for it there).
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [print](QPrinter *p) { print(p, {}); });
    dialog.exec();
}

bool WorkshopPrinting::savePdf(Document document, const QSqlDatabase &db, qint64 workshopId, const QString &path, QString *error,
                               QWidget *window)
{
    error->clear();
    const Printer print = printerFor(document, db, workshopId);
    if (!print) {
        *error = QCoreApplication::translate("WorkshopPrinting", "Save the workshop first.");
        return false;
    }
    if (document == Document::Badges && !hasBadges(db, workshopId)) {
        *error = QCoreApplication::translate("WorkshopPrinting", "No one is registered for this workshop yet: there are no badges to print.");
        return false;
    }
    if (!recordPrint(document, db, workshopId, QStringLiteral("pdf"), error))
        return false;
    const QString title = titleOf(document);
    int pages = 0;
    const auto write = [&](const WorkProgress &progress) {
        pages = WorkshopDocuments::writePdf(path, title, false, [&](QPagedPaintDevice *device) { return print(device, progress); });
    };
    if (window)
        BackgroundWork::run(window, QCoreApplication::translate("WorkshopPrinting", "Writing %1…").arg(title),
                            [&](const WorkProgress &progress, const std::atomic<bool> &) { write(progress); });
    else
        write({});
    if (pages == PrintStyle::kCancelled)
        return false;
    if (pages <= 0) {
        *error = QCoreApplication::translate("WorkshopPrinting", "The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace khana
