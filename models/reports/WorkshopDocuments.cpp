#include "WorkshopDocuments.h"

#include "domain/PhoneNumber.h"

#include "PrintStyle.h"
#include "QrCode.h"
#include "domain/BadgeCode.h"
#include "domain/DisplayConventions.h"
#include "domain/Money.h"
#include "domain/Collation.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>
#include <functional>

namespace khana::WorkshopDocuments {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString datesOf(const Workshop &w)
{
    const DateFormatter &dates = DisplayConventions::current().dates();
    QStringList days;
    for (const WorkshopDay &d : w.days)
        days.append(QStringLiteral("%1 %2–%3").arg(dates.longDate(d.day), d.starts.toString(QStringLiteral("HH:mm")),
                                                  d.ends.toString(QStringLiteral("HH:mm"))));
    return days.join(QStringLiteral(", "));
}

QString heading(const Workshop &w, const QString &documentTitle)
{
    QString html = QStringLiteral("<h2 align='center'>%1</h2><h3 align='center'>%2</h3><p align='center'>%3")
                       .arg(esc(documentTitle), esc(w.title), esc(datesOf(w)));
    if (!w.venueName.isEmpty())
        html += QStringLiteral("<br>%1").arg(esc(w.venueName));
    return html + QStringLiteral("</p>");
}

const QString kTableStyle = QStringLiteral("border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse: collapse;'");

void sortByName(QList<CheckInEntry> &entries)
{
    std::sort(entries.begin(), entries.end(), [](const CheckInEntry &a, const CheckInEntry &b) {
        return Collation::lessThan(a.nameTh, b.nameTh);
    });
}

} // namespace

QString signInSheetHtml(const Workshop &workshop, QList<CheckInEntry> entries, Grouping grouping, bool withPhones)
{
    sortByName(entries);
    const DisplayConventions &conventions = DisplayConventions::current();
    auto groupOf = [grouping](const CheckInEntry &e) {
        return grouping == Grouping::Category ? e.categoryName : (e.provinceName.isEmpty() ? QCoreApplication::translate("WorkshopDocuments", "(no province)") : e.provinceName);
    };
    // Groups in category order, or provinces in Thai order.
    QStringList groups;
    if (grouping == Grouping::Category) {
        for (const ParticipantCategory &c : workshop.categories)
            groups.append(c.name);
    }
    for (const CheckInEntry &e : entries)
        if (!groups.contains(groupOf(e)))
            groups.append(groupOf(e));
    if (grouping == Grouping::Province)
        std::sort(groups.begin(), groups.end(), [](const QString &a, const QString &b) { return Collation::lessThan(a, b); });

    QString html = heading(workshop, QCoreApplication::translate("WorkshopDocuments", "Sign-in sheet"));
    int number = 0;
    for (const QString &group : std::as_const(groups)) {
        QList<const CheckInEntry *> members;
        for (const CheckInEntry &e : entries)
            if (e.status != RegistrationStatus::Cancelled && groupOf(e) == group)
                members.append(&e);
        if (members.isEmpty())
            continue;
        // Each group starts a page, so that a group's sheet can go to its own table at the door.
        html += QStringLiteral("<h4%1>%2 (%3)</h4>")
                    .arg(number > 0 ? QStringLiteral(" style='page-break-before: always'") : QString(), esc(group),
                         QCoreApplication::translate("WorkshopDocuments", "%n people", nullptr, int(members.size())));
        const QString phoneHeading = withPhones
            ? QStringLiteral("<th width='16%'>%1</th>").arg(QCoreApplication::translate("WorkshopDocuments", "Phone"))
            : QString();
        html += QStringLiteral("<table %1><thead><tr><th width='8%'>%2</th><th width='%7'>%3</th><th width='18%'>%4</th>"
                               "<th width='14%'>%5</th>%8<th width='22%'>%6</th></tr></thead>")
                    .arg(kTableStyle, QCoreApplication::translate("WorkshopDocuments", "No."), QCoreApplication::translate("WorkshopDocuments", "Name"), QCoreApplication::translate("WorkshopDocuments", "Category"), QCoreApplication::translate("WorkshopDocuments", "Province"), QCoreApplication::translate("WorkshopDocuments", "Signature"),
                         withPhones ? QStringLiteral("22%") : QStringLiteral("38%"), phoneHeading);
        for (const CheckInEntry *e : members) {
            const QString phone = withPhones ? QStringLiteral("<td>%1</td>").arg(esc(PhoneNumber::format(e->phone))) : QString();
            html += QStringLiteral("<tr><td align='right'>%1</td><td>%2</td><td>%3</td><td>%4</td>%5<td height='36'></td></tr>")
                        .arg(++number)
                        .arg(esc(conventions.pick(e->nameTh, e->nameEn)), esc(e->categoryName), esc(e->provinceName), phone);
        }
        html += QStringLiteral("</table>");
    }
    if (number == 0)
        html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("WorkshopDocuments", "Nobody is registered yet."));
    return html;
}

QString reportHtml(const Workshop &w, const QuotaMatrix &matrix, const QHash<QString, QString> &provinceNames,
                   const QList<BreakoutGroup> &groups)
{
    const DisplayConventions &conventions = DisplayConventions::current();
    const QLocale &locale = conventions.locale();
    QString html = heading(w, QCoreApplication::translate("WorkshopDocuments", "Workshop report"));
    auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td width='25%'><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    html += QStringLiteral("<table cellpadding='3' width='100%'>");
    row(QCoreApplication::translate("WorkshopDocuments", "Kind"), WorkshopCodes::kindLabel(w.kind));
    row(QCoreApplication::translate("WorkshopDocuments", "Status"), WorkshopCodes::statusLabel(w.status));
    row(QCoreApplication::translate("WorkshopDocuments", "Organised by"), w.organiser);
    QStringList venue{w.venueName, w.venueAddress};
    venue.removeAll(QString());
    row(QCoreApplication::translate("WorkshopDocuments", "Venue"), venue.join(QStringLiteral(", ")));
    if (!w.approvedBy.isEmpty())
        row(QCoreApplication::translate("WorkshopDocuments", "Approved by"), w.approvedOn.isValid() ? QCoreApplication::translate("WorkshopDocuments", "%1, %2").arg(w.approvedBy, conventions.dates().longDate(w.approvedOn)) : w.approvedBy);
    row(QCoreApplication::translate("WorkshopDocuments", "Objectives"), w.objectives);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3><table %2><thead><tr><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead>")
                .arg(QCoreApplication::translate("WorkshopDocuments", "Attendance by category"), kTableStyle, QCoreApplication::translate("WorkshopDocuments", "Category"), QCoreApplication::translate("WorkshopDocuments", "Planned"), QCoreApplication::translate("WorkshopDocuments", "Registered"), QCoreApplication::translate("WorkshopDocuments", "Attended"));
    auto numbers = [&locale](const QuotaCell &c) {
        return QStringLiteral("<td align='right'>%1</td><td align='right'>%2</td><td align='right'>%3</td>")
            .arg(locale.toString(c.planned), locale.toString(c.registered), locale.toString(c.attended));
    };
    for (int i = 0; i < matrix.categories().size(); ++i)
        html += QStringLiteral("<tr><td>%1</td>%2</tr>").arg(esc(matrix.categories().at(i).name), numbers(matrix.category(i)));
    html += QStringLiteral("<tr><td><b>%1</b></td>%2</tr></table>").arg(QCoreApplication::translate("WorkshopDocuments", "Total"), numbers(matrix.total()));

    for (int i = 0; i < matrix.categories().size(); ++i) {
        if (matrix.categories().at(i).quotaKind != QuotaKind::PerProvince)
            continue;
        html += QStringLiteral("<h3>%1</h3><table %2><thead><tr><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead>")
                    .arg(QCoreApplication::translate("WorkshopDocuments", "%1 by province").arg(esc(matrix.categories().at(i).name)), kTableStyle, QCoreApplication::translate("WorkshopDocuments", "Province"), QCoreApplication::translate("WorkshopDocuments", "Planned"),
                         QCoreApplication::translate("WorkshopDocuments", "Registered"), QCoreApplication::translate("WorkshopDocuments", "Attended"));
        QStringList codes = matrix.provinceCodes();
        std::sort(codes.begin(), codes.end(), [&](const QString &a, const QString &b) {
            return Collation::lessThan(provinceNames.value(a), provinceNames.value(b));
        });
        if (matrix.hasUnassigned(i))
            codes.append(QString());
        for (const QString &code : std::as_const(codes))
            html += QStringLiteral("<tr><td>%1</td>%2</tr>")
                        .arg(esc(code.isEmpty() ? QCoreApplication::translate("WorkshopDocuments", "(no province)") : provinceNames.value(code, code)), numbers(matrix.province(i, code)));
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("WorkshopDocuments", "Budget"));
    if (w.budget.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("WorkshopDocuments", "No budget lines."));
    } else {
        html += QStringLiteral("<table %1><thead><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead>")
                    .arg(kTableStyle, QCoreApplication::translate("WorkshopDocuments", "Item"), QCoreApplication::translate("WorkshopDocuments", "Quantity"), QCoreApplication::translate("WorkshopDocuments", "Unit cost (baht)"), QCoreApplication::translate("WorkshopDocuments", "Funding source"), QCoreApplication::translate("WorkshopDocuments", "Total (baht)"));
        for (const BudgetLine &b : w.budget)
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td>%4</td><td align='right'>%5</td></tr>")
                        .arg(esc(b.item), locale.toString(b.quantity), Money::format(b.unitCost, locale), esc(b.fundingSource),
                             Money::format(b.total(), locale));
        for (const auto &[source, total] : w.budgetBySource())
            html += QStringLiteral("<tr><td colspan='4'>%1</td><td align='right'>%2</td></tr>")
                        .arg(esc(QCoreApplication::translate("WorkshopDocuments", "Total from %1").arg(source.isEmpty() ? QCoreApplication::translate("WorkshopDocuments", "(no source)") : source)), Money::format(total, locale));
        html += QStringLiteral("<tr><td colspan='4'><b>%1</b></td><td align='right'><b>%2</b></td></tr></table>")
                    .arg(QCoreApplication::translate("WorkshopDocuments", "Total"), Money::format(w.budgetTotal(), locale));
    }

    if (!groups.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("WorkshopDocuments", "Breakout groups and outcomes"));
    for (const BreakoutGroup &g : groups) {
        html += QStringLiteral("<h4>%1</h4>")
                    .arg(esc(QCoreApplication::translate("WorkshopDocuments", "Group %1: %2").arg(g.number).arg(g.topic)));
        QStringList facts;
        if (!g.facilitator.isEmpty())
            facts.append(QCoreApplication::translate("WorkshopDocuments", "Facilitator: %1").arg(g.facilitator));
        facts.append(QCoreApplication::translate("WorkshopDocuments", "%n member(s)", nullptr, int(g.registrationIds.size())));
        html += QStringLiteral("<p>%1</p>").arg(esc(facts.join(QStringLiteral(" · "))));
        for (OutcomeKind kind : OutcomeCodes::kinds()) {
            QString items;
            for (const Outcome &o : g.outcomes)
                if (o.kind == kind)
                    items += QStringLiteral("<li>%1</li>").arg(esc(o.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
            if (!items.isEmpty())
                html += QStringLiteral("<p><b>%1</b></p><ol>%2</ol>").arg(esc(OutcomeCodes::kindLabel(kind)), items);
        }
    }
    return html;
}

int printBadges(const Workshop &workshop, QList<CheckInEntry> entries, QPagedPaintDevice *device, const WorkProgress &progress)
{
    sortByName(entries);
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [](const CheckInEntry &e) { return e.status == RegistrationStatus::Cancelled; }),
                  entries.end());
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    const qreal mm = device->logicalDpiX() / 25.4;
    // The painter's origin is the top left of the printable area (inside the margins).
    const QRectF page(QPointF(0, 0), device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    constexpr int kColumns = 2;
    constexpr int kRows = 4;
    const QSizeF badge(page.width() / kColumns, page.height() / kRows);
    const DisplayConventions &conventions = DisplayConventions::current();
    const QString date = workshop.days.isEmpty() ? QString() : conventions.dates().longDate(workshop.days.first().day);
    int pages = entries.isEmpty() ? 0 : 1;
    for (int i = 0; i < entries.size(); ++i) {
        const int onPage = i % (kColumns * kRows);
        if (onPage == 0 && !keepGoing(progress, i, entries.size()))
            return PrintStyle::kCancelled;
        if (i > 0 && onPage == 0) {
            device->newPage();
            ++pages;
        }
        const CheckInEntry &e = entries.at(i);
        const QRectF box(page.left() + (onPage % kColumns) * badge.width(), page.top() + (onPage / kColumns) * badge.height(),
                         badge.width(), badge.height());
        const QRectF inner = box.adjusted(4 * mm, 4 * mm, -4 * mm, -4 * mm);
        painter.setPen(QPen(Qt::lightGray, 0.3 * mm, Qt::DashLine));
        painter.drawRect(box.adjusted(mm, mm, -mm, -mm));
        painter.setPen(Qt::black);

        QFont small = PrintStyle::documentFont(9);
        painter.setFont(small);
        const qreal line = QFontMetricsF(small, device).height();
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line * 2.2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         workshop.title);
        const QRectF top(inner.left(), inner.top(), inner.width(), line * 3.3);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignBottom, date);

        const qreal qrSize = 28 * mm;
        const QRectF qr(inner.right() - qrSize, inner.bottom() - qrSize - 5 * mm, qrSize, qrSize);
        QrCode::paint(painter, qr, e.badgeCode);
        painter.setFont(PrintStyle::documentFont(10));
        painter.drawText(QRectF(qr.left() - 4 * mm, qr.bottom(), qrSize + 8 * mm, 5 * mm), Qt::AlignCenter, BadgeCode::display(e.badgeCode));

        // The name as large as fits the width left of the code, on one line if it can.
        const QString name = conventions.pick(e.nameTh, e.nameEn);
        const qreal nameWidth = inner.width() - qrSize - 3 * mm;
        QFont big = PrintStyle::documentFont(22);
        big.setBold(true);
        while (big.pointSizeF() > 11 && QFontMetricsF(big, device).horizontalAdvance(name) > nameWidth)
            big.setPointSizeF(big.pointSizeF() - 1);
        painter.setFont(big);
        const qreal nameTop = top.bottom() + 2 * mm;
        const int wrapped = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        const qreal nameHeight = qMin(QFontMetricsF(big, device).boundingRect(QRectF(0, 0, nameWidth, 1e6), wrapped, name).height(),
                                      QFontMetricsF(big, device).height() * 2.1);
        const QRectF nameBox(inner.left(), nameTop, nameWidth, nameHeight);
        painter.drawText(nameBox, wrapped, name);
        // Category and province in the room left, smaller if that is what it takes to show both
        // whole (a long category wraps to two lines).
        const QString detailText = e.categoryName + (e.provinceName.isEmpty() ? QString() : QLatin1Char('\n') + e.provinceName);
        const QRectF details(inner.left(), nameBox.bottom() + 2 * mm, nameWidth, inner.bottom() - nameBox.bottom() - 2 * mm);
        painter.setFont(PrintStyle::fittingFont(PrintStyle::documentFont(12), detailText, details, wrapped, device, 7));
        painter.drawText(details, wrapped, detailText);
    }
    return pages;
}

int printHtml(const QString &html, QPagedPaintDevice *device, bool landscape, const WorkProgress &progress)
{
    Q_UNUSED(landscape)
    QTextDocument document;
    document.setDefaultFont(PrintStyle::documentFont(14));
    document.setDocumentMargin(0);
    document.setHtml(html);
    return PrintStyle::printPaged(document, device, {}, false, progress);
}

int writePdf(const QString &path, const QString &title, bool landscape, const std::function<int(QPagedPaintDevice *)> &print)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Khana"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        // The painter inside `print` has ended (and the PDF's end is written) when it returns.
        pages = print(&writer);
    }
    if (pages <= 0) {
        file.cancelWriting();
        return pages;
    }
    return file.commit() ? pages : 0;
}

} // namespace khana::WorkshopDocuments
