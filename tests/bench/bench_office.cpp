// Two clients working at once on one office server, for a minute: each, on a session of its
// own, alternates editing people that both keep editing (a small shared set, so that their
// saves collide) and checking people in at one workshop (two desks working down the same
// list, each sometimes taking a check-in back). A refused save is done again on the other's
// version, as the conflict dialog's "take theirs" and typing the change again would. Then every
// save a client was told had succeeded must be in the stored record, and every registration
// must be checked in exactly when the desks' accepted check-ins and undos say it is, and the
// server's audit trail must hold one entry for each of those writes.
//
//   bench_office --server build/pg-bench:54339 [--people 1000000] [--seconds 60]
//                [--shared 20] [--registrations 2000]

#include "BenchPlace.h"
#include "database/WorkerConnection.h"
#include "domain/Workshop.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace khana;

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(QList<double> samples)
{
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) { return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(q * double(samples.size())))); };
    return {at(0.5), at(0.95), samples.last()};
}

// What one client did and was told.
struct ClientLog
{
    QString name;
    QString error; // the first unexpected failure, if any
    QList<double> saveMs;
    QList<double> checkInMs;
    QHash<qint64, QStringList> savedMarks; // person → the marks of saves reported as stored
    int conflicts = 0;                     // saves refused because the other had saved first
    QHash<qint64, int> checkedIn;          // registration → check-ins accepted
    QHash<qint64, int> undone;             // registration → check-ins taken back
    int toldAlready = 0;                   // check-ins refused: already in (at either desk)
};

struct Plan
{
    QList<qint64> shared;        // people both clients edit
    QList<qint64> registrations; // at the workshop both desks check in
    int seconds = 60;
};

// One client: its own connection (a clone of the main one), its own stores.
void runClient(const QString &mainConnection, const Plan &plan, quint32 seed, ClientLog *log)
{
    const WorkerConnection connection(mainConnection);
    if (!connection.ok()) {
        log->error = connection.error();
        return;
    }
    PersonStore people(connection.database());
    RegistrationStore registrations(connection.database());
    QRandomGenerator random(seed);
    QList<qint64> order = plan.registrations;
    std::shuffle(order.begin(), order.end(), random);
    qsizetype next = 0;
    int mark = 0;
    const QDeadlineTimer deadline(plan.seconds * 1000);
    while (!deadline.hasExpired() && log->error.isEmpty()) {
        // An edit: read, think a moment (the other may save meanwhile), add a mark, save.
        const qint64 id = plan.shared.at(random.bounded(int(plan.shared.size())));
        const QString token = QStringLiteral("%1%2").arg(log->name).arg(++mark);
        std::optional<Person> person = people.find(id);
        QThread::usleep(random.bounded(5000));
        QElapsedTimer timer;
        timer.start();
        for (int attempt = 0; person && attempt < 20; ++attempt) {
            person->notes = (person->notes + QLatin1Char(' ') + token).trimmed();
            const PersonStore::SaveResult saved = people.save(*person);
            if (saved.ok()) {
                log->saveMs.append(timer.nsecsElapsed() / 1e6);
                log->savedMarks[id].append(token);
                break;
            }
            if (!saved.conflict) {
                log->error = saved.error;
                for (const FieldError &e : saved.fieldErrors)
                    log->error += QLatin1Char(' ') + e.field + QLatin1String(": ") + e.message;
                break;
            }
            ++log->conflicts;
            person = people.find(id); // their version, to do the change again on
            timer.restart();
        }

        // A check-in at this desk, now and then taken back at once.
        const qint64 registration = order.at(next);
        next = (next + 1) % order.size();
        timer.restart();
        const RegistrationStore::CheckIn in = registrations.checkIn(registration, QDateTime::currentDateTimeUtc());
        log->checkInMs.append(timer.nsecsElapsed() / 1e6);
        using Result = RegistrationStore::CheckIn::Result;
        if (in.result == Result::CheckedIn) {
            ++log->checkedIn[registration];
            if (random.bounded(20) == 0) {
                const RegistrationStore::SaveResult undo = registrations.undoCheckIn(registration, in.previousStatus);
                if (undo.ok())
                    ++log->undone[registration];
                else
                    log->error = undo.error;
            }
        } else if (in.result == Result::AlreadyCheckedIn && in.at.isValid() && !in.by.isEmpty()) {
            ++log->toldAlready;
        } else {
            log->error = QStringLiteral("check-in of registration %1: %2").arg(registration).arg(in.error);
        }
    }
}

// A workshop with `count` registrations of people from the middle of the roster, and the
// `shared` people both clients will edit.
bool prepare(const QSqlDatabase &db, int count, int shared, Plan *plan)
{
    Workshop w;
    w.title = QStringLiteral("เวทีทดสอบสองโต๊ะลงทะเบียน %1").arg(QDateTime::currentSecsSinceEpoch());
    w.kind = WorkshopKind::Forum;
    w.days = {{QDate::currentDate(), QTime(8, 30), QTime(16, 30)}};
    w.categories = {{0, QStringLiteral("ผู้เข้าร่วม"), QuotaKind::Flat, count}};
    if (!WorkshopStore(db).save(w).ok())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM person ORDER BY id OFFSET (SELECT count(*) / 2 FROM person) LIMIT ?"));
    q.addBindValue(count + shared);
    if (!q.exec())
        return false;
    QList<Registration> list;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (plan->shared.size() < shared) {
            plan->shared.append(id);
            continue;
        }
        Registration r;
        r.workshopId = w.id;
        r.personId = id;
        r.categoryId = w.categories.first().id;
        list.append(r);
    }
    QString error;
    if (!RegistrationStore(db).addBulk(list, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    for (const Registration &r : std::as_const(list))
        plan->registrations.append(r.id);
    return plan->registrations.size() == count && plan->shared.size() == shared;
}

// Every stored mark where it should be, in one store's eyes: returns the number lost.
int lostSaves(const QSqlDatabase &db, const QList<ClientLog> &logs, const QHash<qint64, Person> &before)
{
    PersonStore people(db);
    int lost = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const std::optional<Person> now = people.find(it.key());
        const QStringList marks = now ? now->notes.split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList();
        int saves = 0;
        for (const ClientLog &log : logs)
            for (const QString &mark : log.savedMarks.value(it.key())) {
                ++saves;
                lost += marks.contains(mark) ? 0 : 1;
            }
        // One row version per stored save, and no mark that was not reported as stored.
        const int added = int(marks.size()) - int(it->notes.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        if (!now || now->rowVersion - it->rowVersion != saves || added != saves) {
            std::fprintf(stderr, "person %lld: %d saves reported, %d marks added, row version %d → %d\n",
                         static_cast<long long>(it.key()), saves, added, it->rowVersion, now ? now->rowVersion : -1);
            lost += std::max(1, saves - added);
        }
    }
    return lost;
}

// Registrations whose stored check-in disagrees with what the desks were told.
int wrongCheckIns(const QSqlDatabase &db, const QList<ClientLog> &logs, const Plan &plan, int *attended)
{
    RegistrationStore registrations(db);
    int wrong = 0;
    *attended = 0;
    for (const qint64 id : plan.registrations) {
        int net = 0;
        for (const ClientLog &log : logs)
            net += log.checkedIn.value(id) - log.undone.value(id);
        const std::optional<Registration> r = registrations.find(id);
        const bool in = r && r->status == RegistrationStatus::Attended;
        *attended += in ? 1 : 0;
        if (net != (in ? 1 : 0))
            ++wrong;
    }
    return wrong;
}

qint64 latestAuditEntry(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_entry")) && q.next() ? q.value(0).toLongLong() : -1;
}

// The server's trail of updates since `after`, of one kind of record.
qint64 auditedUpdates(const QSqlDatabase &db, qint64 after, const QString &entity)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_entry WHERE id > ? AND action = 'update' AND entity = ?"));
    q.addBindValue(after);
    q.addBindValue(entity);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const bench::PeopleOptions where;
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("how long both clients work"), QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption sharedOption(QStringLiteral("shared"), QStringLiteral("people both clients edit"), QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption registrationsOption(QStringLiteral("registrations"), QStringLiteral("at the workshop"), QStringLiteral("n"),
                                                 QStringLiteral("2000"));
    parser.addOptions(where.all(false));
    parser.addOptions({secondsOption, sharedOption, registrationsOption});
    parser.process(app);
    if (!parser.isSet(where.server)) {
        std::fprintf(stderr, "bench_office needs --server (scripts/test-postgres start)\n");
        return 2;
    }
    // The same database as bench_people's, made the same way when it is missing.
    const auto ready = where.readyPlace(parser);
    if (!ready)
        return 1;
    const bench::Place &place = *ready;
    const auto opened = place.open(Database::defaultConnectionName());
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());

    Plan plan;
    plan.seconds = parser.value(secondsOption).toInt();
    if (!prepare(db, parser.value(registrationsOption).toInt(), parser.value(sharedOption).toInt(), &plan)) {
        std::fprintf(stderr, "could not set up the workshop\n");
        return 1;
    }
    QHash<qint64, Person> before;
    for (const qint64 id : std::as_const(plan.shared))
        before.insert(id, *PersonStore(db).find(id));

    const qint64 auditBefore = latestAuditEntry(db);
    QList<ClientLog> logs(2);
    logs[0].name = QStringLiteral("A");
    logs[1].name = QStringLiteral("B");
    QList<QThread *> threads;
    for (int i = 0; i < 2; ++i)
        threads.append(QThread::create(runClient, db.connectionName(), plan, quint32(7 + i), &logs[i]));
    QElapsedTimer wall;
    wall.start();
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }
    const double seconds = wall.elapsed() / 1000.0;

    std::printf("people in database            %lld\n", static_cast<long long>(PersonStore(db).count()));
    std::printf("two clients for               %.1f s, %lld people both edit, %lld registrations\n", seconds,
                static_cast<long long>(plan.shared.size()), static_cast<long long>(plan.registrations.size()));
    bool failed = false;
    qint64 allSaves = 0;
    qint64 allCheckInWrites = 0;
    for (const ClientLog &log : std::as_const(logs)) {
        int saves = 0;
        for (const QStringList &marks : log.savedMarks)
            saves += int(marks.size());
        int in = 0;
        for (const int n : log.checkedIn)
            in += n;
        int undone = 0;
        for (const int n : log.undone)
            undone += n;
        allSaves += saves;
        allCheckInWrites += in + undone;
        const Stats s = stats(log.saveMs);
        const Stats c = stats(log.checkInMs);
        std::printf("client %s: %d saves (%.0f/s), %d refused as conflicts and done again; save median %.1f ms, p95 %.1f ms, max %.1f ms\n",
                    qPrintable(log.name), saves, saves / seconds, log.conflicts, s.median, s.p95, s.max);
        std::printf("client %s: %lld check-ins (%.0f/s): %d accepted, %d told they were already in, %d taken back; "
                    "median %.1f ms, p95 %.1f ms, max %.1f ms\n",
                    qPrintable(log.name), static_cast<long long>(log.checkInMs.size()), log.checkInMs.size() / seconds, in,
                    log.toldAlready, undone, c.median, c.p95, c.max);
        if (!log.error.isEmpty()) {
            std::printf("client %s stopped: %s\n", qPrintable(log.name), qPrintable(log.error));
            failed = true;
        }
    }
    int attended = 0;
    const int lost = lostSaves(db, logs, before);
    const int wrong = wrongCheckIns(db, logs, plan, &attended);
    const qint64 personTrail = auditedUpdates(db, auditBefore, QStringLiteral("person"));
    const qint64 registrationTrail = auditedUpdates(db, auditBefore, QStringLiteral("registration"));
    std::printf("lost updates                  %d\n", lost);
    std::printf("audit trail                   %lld person updates for %lld saves, %lld registration updates for %lld check-ins and undos\n",
                static_cast<long long>(personTrail), static_cast<long long>(allSaves), static_cast<long long>(registrationTrail),
                static_cast<long long>(allCheckInWrites));
    failed = failed || personTrail != allSaves || registrationTrail != allCheckInWrites;
    std::printf("check-ins stored              %d, disagreeing with the desks: %d\n", attended, wrong);
    db = QSqlDatabase();
    Database::close();
    return failed || lost > 0 || wrong > 0 ? 1 : 0;
}
