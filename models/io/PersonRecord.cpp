#include "PersonRecord.h"

#include "database/StorageHealth.h"
#include "domain/DisplayConventions.h"
#include "domain/NationalId.h"
#include "domain/PhoneNumber.h"
#include "domain/Registration.h"
#include "stores/AuditLog.h"
#include "stores/ConsentStore.h"
#include "stores/PersonStore.h"
#include "stores/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace khana {

namespace {

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject consentObject(const PersonRecord::ConsentLine &c)
{
    return QJsonObject{{QStringLiteral("purpose"), c.purpose},
                       {QStringLiteral("given"), c.decision.given},
                       {QStringLiteral("statement_version"), c.decision.statementVersion},
                       {QStringLiteral("statement"), c.statement},
                       {QStringLiteral("method"), ConsentCodes::methodCode(c.decision.method)},
                       {QStringLiteral("decided_on"), dateValue(c.decision.decidedOn)},
                       {QStringLiteral("recorded_by"), c.decision.recordedBy},
                       {QStringLiteral("recorded_at"), c.decision.recordedAt}};
}

bool run(QSqlQuery &q, QString *error)
{
    if (StorageHealth::exec(q))
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

std::optional<PersonRecord> PersonRecord::collect(const QSqlDatabase &db, qint64 personId, QString *error)
{
    PersonRecord r;
    PersonStore people(db);
    const auto person = people.find(personId);
    if (!person) {
        *error = QCoreApplication::translate("PersonRecord", "There is no person %1 that you may read.").arg(personId);
        return std::nullopt;
    }
    r.person = *person;
    r.nationalIdWithheld = !people.mayReadNationalIds();
    r.madeAt = QDateTime::currentDateTimeUtc();
    r.madeBy = AuditLog::actorOn(db);

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pr.name_th, pr.name_en, d.name_th, d.name_en FROM person p LEFT JOIN province pr ON pr.code = p.province_code "
                             "LEFT JOIN district d ON d.code = p.district_code WHERE p.id = ?"));
    q.addBindValue(personId);
    if (!run(q, error))
        return std::nullopt;
    if (q.next()) {
        const DisplayConventions &c = DisplayConventions::current();
        r.provinceName = c.pick(q.value(0).toString(), q.value(1).toString());
        r.districtName = c.pick(q.value(2).toString(), q.value(3).toString());
    }
    q.prepare(QStringLiteral("SELECT w.title, (SELECT min(d.day) FROM workshop_day d WHERE d.workshop_id = w.id), c.name, r.status, r.badge_code, "
                             "r.checked_in_at, COALESCE(r.checked_in_by, ''), g.number, g.topic "
                             "FROM registration r JOIN workshop w ON w.id = r.workshop_id "
                             "JOIN participant_category c ON c.id = r.category_id "
                             "LEFT JOIN group_member m ON m.registration_id = r.id LEFT JOIN breakout_group g ON g.id = m.group_id "
                             "WHERE r.person_id = ? ORDER BY 2, r.id"));
    q.addBindValue(personId);
    if (!run(q, error))
        return std::nullopt;
    while (q.next()) {
        Attendance a;
        a.workshop = q.value(0).toString();
        a.firstDay = SqlValues::date(q.value(1));
        a.category = q.value(2).toString();
        a.status = q.value(3).toString();
        a.badgeCode = q.value(4).toString();
        a.checkedInAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        a.checkedInBy = q.value(6).toString();
        if (!q.value(7).isNull())
            a.group = q.value(8).toString().isEmpty() ? q.value(7).toString()
                                                      : QStringLiteral("%1 · %2").arg(q.value(7).toString(), q.value(8).toString());
        r.attendance.append(a);
    }

    q.prepare(QStringLiteral("SELECT COALESCE(d.name_th, e.district_code), e.held_on, e.term_start, e.term_end FROM representative_election e "
                             "LEFT JOIN district d ON d.code = e.district_code WHERE e.elected_person_id = ? ORDER BY e.held_on"));
    q.addBindValue(personId);
    if (!run(q, error))
        return std::nullopt;
    while (q.next())
        r.elections.append({q.value(0).toString(), SqlValues::date(q.value(1)), SqlValues::date(q.value(2)), SqlValues::date(q.value(3))});

    const ConsentStore consent(db);
    QHash<qint64, QString> purposeNames;
    for (const ConsentPurpose &p : consent.purposes(true))
        purposeNames.insert(p.id, p.name);
    QHash<QPair<qint64, int>, QString> statements;
    auto line = [&](const ConsentDecision &d) {
        const QPair<qint64, int> key{d.purposeId, d.statementVersion};
        if (!statements.contains(key))
            statements.insert(key, consent.statement(d.purposeId, d.statementVersion));
        return ConsentLine{purposeNames.value(d.purposeId), d, statements.value(key)};
    };
    for (const ConsentDecision &d : consent.decisions(personId))
        r.consentNow.append(line(d));
    for (const ConsentDecision &d : consent.history(personId))
        r.consentHistory.append(line(d));

    AuditFilter about;
    about.personId = personId;
    QString auditError;
    if (!AuditTrail(db).page(about, 0, 100000, &r.audit, &auditError)) {
        r.audit.clear();
        r.auditWithheld = auditError.isEmpty() ? QCoreApplication::translate("PersonRecord", "The audit trail could not be read.") : auditError;
    }
    return r;
}

QJsonDocument PersonRecord::toJson() const
{
    const Person &p = person;
    QJsonArray tags;
    for (const QString &t : p.tags)
        tags.append(t);
    QJsonObject personObject{{QStringLiteral("id"), p.id},
                             {QStringLiteral("name_th"), p.nameTh},
                             {QStringLiteral("name_en"), p.nameEn},
                             {QStringLiteral("nickname"), p.nickname},
                             {QStringLiteral("phone"), p.phone},
                             {QStringLiteral("national_id"), nationalIdWithheld ? QJsonValue(QJsonValue::Null) : QJsonValue(p.nationalId)},
                             {QStringLiteral("province_code"), p.provinceCode},
                             {QStringLiteral("province_name"), provinceName},
                             {QStringLiteral("district_code"), p.districtCode},
                             {QStringLiteral("district_name"), districtName},
                             {QStringLiteral("member_no"), p.memberNumber},
                             {QStringLiteral("membership_type"), PersonCodes::membershipCode(p.membershipType)},
                             {QStringLiteral("join_date"), dateValue(p.joinDate)},
                             {QStringLiteral("end_date"), dateValue(p.endDate)},
                             {QStringLiteral("status"), PersonCodes::statusCode(p.status)},
                             {QStringLiteral("tags"), tags},
                             {QStringLiteral("notes"), p.notes}};
    QJsonArray attended;
    for (const Attendance &a : attendance)
        attended.append(QJsonObject{{QStringLiteral("workshop"), a.workshop},
                                    {QStringLiteral("first_day"), dateValue(a.firstDay)},
                                    {QStringLiteral("category"), a.category},
                                    {QStringLiteral("status"), a.status},
                                    {QStringLiteral("badge_code"), a.badgeCode},
                                    {QStringLiteral("checked_in_at"), timeValue(a.checkedInAt)},
                                    {QStringLiteral("checked_in_by"), a.checkedInBy},
                                    {QStringLiteral("breakout_group"), a.group.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.group)}});
    QJsonArray elected;
    for (const Election &e : elections)
        elected.append(QJsonObject{{QStringLiteral("district"), e.district},
                                   {QStringLiteral("held_on"), dateValue(e.heldOn)},
                                   {QStringLiteral("term_start"), dateValue(e.termStart)},
                                   {QStringLiteral("term_end"), dateValue(e.termEnd)}});
    QJsonArray now;
    for (const ConsentLine &c : consentNow)
        now.append(consentObject(c));
    QJsonArray history;
    for (const ConsentLine &c : consentHistory)
        history.append(consentObject(c));
    QJsonArray trail;
    for (const AuditEntry &e : audit)
        trail.append(QJsonObject{{QStringLiteral("at"), timeValue(e.at)},
                                 {QStringLiteral("actor"), e.actor},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("record"), e.entity},
                                 {QStringLiteral("record_id"), e.entityId},
                                 {QStringLiteral("detail"), e.detail}});
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("khana-person-data")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("made_at"), timeValue(madeAt)},
                     {QStringLiteral("made_by"), madeBy},
                     {QStringLiteral("person"), personObject},
                     {QStringLiteral("registrations"), attended},
                     {QStringLiteral("elections"), elected},
                     {QStringLiteral("consents"), QJsonObject{{QStringLiteral("now"), now}, {QStringLiteral("history"), history}}},
                     {QStringLiteral("audit"), auditWithheld.isEmpty() ? QJsonValue(trail) : QJsonValue(QJsonValue::Null)}};
    if (nationalIdWithheld || !auditWithheld.isEmpty()) {
        QJsonArray withheld;
        if (nationalIdWithheld)
            withheld.append(QStringLiteral("person.national_id"));
        if (!auditWithheld.isEmpty())
            withheld.append(QStringLiteral("audit"));
        root.insert(QStringLiteral("withheld"), withheld);
    }
    return QJsonDocument(root);
}

QString PersonRecord::toHtml() const
{
    const DisplayConventions &c = DisplayConventions::current();
    const DateFormatter &dates = c.dates();
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    auto when = [&](const QDateTime &t) {
        if (!t.isValid())
            return QString();
        const QDateTime local = t.toLocalTime();
        return dates.longDate(local.date()) + QLatin1Char(' ') + local.toString(QStringLiteral("HH:mm"));
    };
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(esc(QCoreApplication::translate("PersonRecord", "Personal data held about %1").arg(c.pick(person.nameTh, person.nameEn))),
                            esc(QCoreApplication::translate("PersonRecord", "Made on %1 by %2, at the person's request (PDPA sections 30 and 31).").arg(when(madeAt), madeBy)));

    auto rows = [&](const QList<std::pair<QString, QString>> &pairs) {
        QString t = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
        for (const auto &[label, value] : pairs)
            if (!value.isEmpty())
                t += QStringLiteral("<tr><td width='30%'><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
        return t + QStringLiteral("</table>");
    };
    QStringList tagLabels;
    for (const QString &t : person.tags)
        tagLabels.append(PersonCodes::tagLabel(t));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(QCoreApplication::translate("PersonRecord", "The person")));
    html += rows({{QCoreApplication::translate("PersonRecord", "Name"), person.nameTh},
                  {QCoreApplication::translate("PersonRecord", "Name in English"), person.nameEn},
                  {QCoreApplication::translate("PersonRecord", "Nickname"), person.nickname},
                  {QCoreApplication::translate("PersonRecord", "Phone"), PhoneNumber::format(person.phone)},
                  {QCoreApplication::translate("PersonRecord", "National ID"), nationalIdWithheld ? QCoreApplication::translate("PersonRecord", "(not shown to this login's role)") : NationalId::format(person.nationalId)},
                  {QCoreApplication::translate("PersonRecord", "Province"), provinceName},
                  {QCoreApplication::translate("PersonRecord", "District"), districtName},
                  {QCoreApplication::translate("PersonRecord", "Member no."), person.memberNumber},
                  {QCoreApplication::translate("PersonRecord", "Membership"), person.membershipType == MembershipType::None ? QString() : PersonCodes::membershipLabel(person.membershipType)},
                  {QCoreApplication::translate("PersonRecord", "Joined"), dates.longDate(person.joinDate)},
                  {QCoreApplication::translate("PersonRecord", "Membership ended"), dates.longDate(person.endDate)},
                  {QCoreApplication::translate("PersonRecord", "Status"), PersonCodes::statusLabel(person.status)},
                  {QCoreApplication::translate("PersonRecord", "Tags"), tagLabels.join(QStringLiteral(", "))},
                  {QCoreApplication::translate("PersonRecord", "Notes"), person.notes}});

    auto table = [&](const QStringList &headers, const QList<QStringList> &body, const QString &none) {
        if (body.isEmpty())
            return QStringLiteral("<p>%1</p>").arg(esc(none));
        QString t = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>");
        for (const QString &h : headers)
            t += QStringLiteral("<th>%1</th>").arg(esc(h));
        t += QStringLiteral("</tr></thead>");
        for (const QStringList &line : body) {
            t += QStringLiteral("<tr>");
            for (const QString &cell : line)
                t += QStringLiteral("<td>%1</td>").arg(esc(cell));
            t += QStringLiteral("</tr>");
        }
        return t + QStringLiteral("</table>");
    };

    html += QStringLiteral("<h3>%1</h3>").arg(esc(QCoreApplication::translate("PersonRecord", "Workshops and check-ins")));
    QList<QStringList> body;
    for (const Attendance &a : attendance)
        body.append({a.workshop, dates.shortDate(a.firstDay), a.category,
                     RegistrationCodes::statusLabel(RegistrationCodes::statusFromCode(a.status)), when(a.checkedInAt), a.group});
    html += table({QCoreApplication::translate("PersonRecord", "Workshop"), QCoreApplication::translate("PersonRecord", "First day"), QCoreApplication::translate("PersonRecord", "Category"), QCoreApplication::translate("PersonRecord", "Status"), QCoreApplication::translate("PersonRecord", "Checked in"), QCoreApplication::translate("PersonRecord", "Breakout group")}, body,
                  QCoreApplication::translate("PersonRecord", "No registrations."));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(QCoreApplication::translate("PersonRecord", "Elected as district representative")));
    body.clear();
    for (const Election &e : elections)
        body.append({e.district, dates.longDate(e.heldOn), dates.shortDate(e.termStart), dates.shortDate(e.termEnd)});
    html += table({QCoreApplication::translate("PersonRecord", "District"), QCoreApplication::translate("PersonRecord", "Held on"), QCoreApplication::translate("PersonRecord", "Term from"), QCoreApplication::translate("PersonRecord", "Term to")}, body, QCoreApplication::translate("PersonRecord", "None."));

    auto consentRows = [&](const QList<ConsentLine> &lines) {
        QList<QStringList> out;
        for (const ConsentLine &l : lines)
            out.append({l.purpose, l.decision.given ? QCoreApplication::translate("PersonRecord", "Given") : QCoreApplication::translate("PersonRecord", "Withdrawn"), dates.shortDate(l.decision.decidedOn),
                        ConsentCodes::methodLabel(l.decision.method), QString::number(l.decision.statementVersion), l.decision.recordedBy});
        return out;
    };
    const QStringList consentHeaders{QCoreApplication::translate("PersonRecord", "Purpose"), QCoreApplication::translate("PersonRecord", "Decision"), QCoreApplication::translate("PersonRecord", "Decided on"), QCoreApplication::translate("PersonRecord", "How"), QCoreApplication::translate("PersonRecord", "Statement version"), QCoreApplication::translate("PersonRecord", "Recorded by")};
    html += QStringLiteral("<h3>%1</h3>").arg(esc(QCoreApplication::translate("PersonRecord", "Consent now")));
    html += table(consentHeaders, consentRows(consentNow), QCoreApplication::translate("PersonRecord", "No consent recorded."));
    for (const ConsentLine &l : consentNow)
        html += QStringLiteral("<p><b>%1</b> (%2): %3</p>")
                    .arg(esc(l.purpose), esc(QCoreApplication::translate("PersonRecord", "statement version %1").arg(l.decision.statementVersion)), esc(l.statement));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(QCoreApplication::translate("PersonRecord", "Every consent decision recorded")));
    html += table(consentHeaders, consentRows(consentHistory), QCoreApplication::translate("PersonRecord", "No consent recorded."));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(QCoreApplication::translate("PersonRecord", "Audit trail about this person")));
    if (!auditWithheld.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("PersonRecord", "Not included: %1").arg(auditWithheld)));
    } else {
        body.clear();
        for (const AuditEntry &e : audit)
            body.append({when(e.at), e.actor, AuditTrail::actionLabel(e.action), AuditTrail::entityLabel(e.entity), e.detail});
        html += table({QCoreApplication::translate("PersonRecord", "When"), QCoreApplication::translate("PersonRecord", "Who"), QCoreApplication::translate("PersonRecord", "Action"), QCoreApplication::translate("PersonRecord", "Record"), QCoreApplication::translate("PersonRecord", "Detail")}, body, QCoreApplication::translate("PersonRecord", "No entries."));
    }
    return html;
}

bool PersonRecord::recordRequest(const QSqlDatabase &db, qint64 personId, const QString &formats, QString *error)
{
    QString driverError;
    if (AuditLog::record(db, AuditLog::Action::Export, QStringLiteral("person"), QString::number(personId),
                         QStringLiteral("own data · %1").arg(formats), &driverError))
        return true;
    *error = QCoreApplication::translate("PersonRecord", "The audit trail could not record the request, so nothing was written: %1").arg(driverError);
    return false;
}

} // namespace khana
