#include "PackWriter.h"

#include "SealedPack.h"
#include "database/Database.h"
#include "database/MemoryDatabase.h"
#include "database/SqlScript.h"
#include "database/Transaction.h"
#include "stores/AuditLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace khana {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PackWriter)
};

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Copies rows of one table from the office into the pack, in the pack's transaction.
class RowCopier
{
public:
    RowCopier(const QSqlDatabase &office, Transaction &pack, const WorkProgress &progress, qint64 total)
        : m_office(office)
        , m_pack(pack)
        , m_progress(progress)
        , m_total(total)
    {
    }

    // Every row of `table` that `where` (with `values`) selects, with `columns`; the count
    // copied, or -1 when reading, writing or the user stopped it.
    int copy(const QString &table, const QStringList &columns, const QString &where, const QVariantList &values)
    {
        QSqlQuery read(m_office);
        read.setForwardOnly(true);
        read.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(columns.join(QStringLiteral(", ")), table, where));
        for (const QVariant &v : values)
            read.addBindValue(v);
        if (!read.exec()) {
            m_error = StorageError::describe(read.lastError());
            return -1;
        }
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery write(m_pack.database());
        write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        int count = 0;
        while (read.next()) {
            for (int c = 0; c < columns.size(); ++c)
                write.addBindValue(read.value(c));
            if (!m_pack.exec(write))
                return -1;
            ++count;
            if (++m_done % 250 == 0 && !keepGoing(m_progress, m_done, m_total)) {
                m_cancelled = true;
                return -1;
            }
        }
        if (!keepGoing(m_progress, m_done, m_total)) {
            m_cancelled = true;
            return -1;
        }
        return count;
    }

    // The pack's own columns of `table` (the office has the same, being at the same step).
    QStringList columnsOf(const QString &table) const
    {
        QStringList out;
        const QSqlRecord record = m_pack.database().record(table);
        for (int i = 0; i < record.count(); ++i)
            out.append(record.fieldName(i));
        return out;
    }

    bool cancelled() const { return m_cancelled; }
    QString error() const { return m_error.isEmpty() ? m_pack.errorText() : m_error; }

private:
    QSqlDatabase m_office;
    Transaction &m_pack;
    const WorkProgress &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
    bool m_cancelled = false;
    QString m_error;
};

bool runScript(const QSqlDatabase &db, const QString &resource, QString *error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("This Khana is missing its workshop pack schema.");
        return false;
    }
    for (const QString &statement : SqlScript::statements(QString::fromUtf8(file.readAll()))) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            *error = StorageError::describe(q.lastError());
            return false;
        }
    }
    return true;
}

void removeFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

qint64 countOf(const QSqlDatabase &db, const QString &sql, qint64 workshopId)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(workshopId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

PackWriter::PackWriter(const QSqlDatabase &office)
    : m_office(office)
{
}

QStringList PackWriter::personColumns()
{
    return {QStringLiteral("id"),          QStringLiteral("row_version"), QStringLiteral("name_th"),
            QStringLiteral("sort_key"),    QStringLiteral("name_en"),     QStringLiteral("nickname"),
            QStringLiteral("phone"),       QStringLiteral("province_code"), QStringLiteral("district_code")};
}

PackWriter::Result PackWriter::write(qint64 workshopId, const QString &path, const QString &label, const WorkProgress &progress, const PackSealing &sealing)
{
    Result result;
    QSqlQuery title(m_office);
    title.prepare(QStringLiteral("SELECT title FROM workshop WHERE id = ?"));
    title.addBindValue(workshopId);
    if (!title.exec() || !title.next()) {
        result.error = title.lastError().isValid() ? StorageError::describe(title.lastError())
                                                   : Text::tr("This workshop is no longer in the office database: no pack was made.");
        return result;
    }
    WorkshopPackInfo &info = result.info;
    info.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.officeId = WorkshopPack::officeIdOf(m_office);
    info.workshopId = workshopId;
    info.workshopTitle = title.value(0).toString();
    info.label = label.trimmed();
    info.madeBy = AuditLog::actorOn(m_office);
    info.madeAt = QDateTime::currentDateTimeUtc();
    info.format = WorkshopPack::kFormat;
    if (info.officeId.isEmpty()) {
        result.error = Text::tr("The office database has no id for its packs yet: bring its schema up to date first.");
        return result;
    }

    const QString part = path + QStringLiteral(".part");
    removeFiles(part);
    const QString connection = QStringLiteral("khana-pack-") + info.uid;
    // A sealed pack is made in memory and only its sealed bytes are written: its people's data
    // is never on the disk in the clear, not even for a moment.
    std::shared_ptr<PackKey> sealKey;
    if (sealing.sealed()) {
        sealKey = PackKey::fromPassphrase(sealing.passphrase, sealing.cost);
        if (!sealKey) {
            result.error = Text::tr("There is not enough memory to seal the pack with its passphrase.");
            return result;
        }
    }
    auto written = [&]() -> bool {
        const Database::OpenResult open = sealKey ? Database::openInMemory(MemoryDatabase::newName(), {}, QDir::toNativeSeparators(path), connection)
                                              : Database::openSqlite(part, connection);
        if (!open.ok()) {
            result.error = open.message;
            return false;
        }
        const QSqlDatabase pack = QSqlDatabase::database(connection);
        if (!runScript(pack, QStringLiteral(":/pack/pack_tables.sql"), &result.error))
            return false;
        const qint64 registrations = countOf(m_office, QStringLiteral("SELECT count(*) FROM registration WHERE workshop_id = ?"), workshopId);
        Transaction t(pack);
        RowCopier copier(m_office, t, progress, 2 * registrations);
        const QString ofWorkshop = QStringLiteral("workshop_id = ?");
        const QString ofGroups = QStringLiteral("group_id IN (SELECT id FROM breakout_group WHERE workshop_id = ?)");
        const QVariantList id{workshopId};
        // The workshop and what check-in, badges and sign-in sheets need: of people only the
        // columns personColumns() names.
        const int people = copier.copy(QStringLiteral("person"), personColumns(),
                                       QStringLiteral("id IN (SELECT person_id FROM registration WHERE workshop_id = ?)"), id);
        const bool copied = copier.copy(QStringLiteral("workshop"), copier.columnsOf(QStringLiteral("workshop")), QStringLiteral("id = ?"), id) == 1
                            && people >= 0
                            && copier.copy(QStringLiteral("workshop_day"), copier.columnsOf(QStringLiteral("workshop_day")), ofWorkshop, id) >= 0
                            && copier.copy(QStringLiteral("agenda_item"), copier.columnsOf(QStringLiteral("agenda_item")), ofWorkshop, id) >= 0
                            && copier.copy(QStringLiteral("budget_line"), copier.columnsOf(QStringLiteral("budget_line")), ofWorkshop, id) >= 0
                            && copier.copy(QStringLiteral("participant_category"), copier.columnsOf(QStringLiteral("participant_category")), ofWorkshop, id) >= 0
                            && (result.registrations = copier.copy(QStringLiteral("registration"), copier.columnsOf(QStringLiteral("registration")), ofWorkshop, id)) >= 0
                            && copier.copy(QStringLiteral("breakout_group"), copier.columnsOf(QStringLiteral("breakout_group")), ofWorkshop, id) >= 0
                            && copier.copy(QStringLiteral("group_member"), copier.columnsOf(QStringLiteral("group_member")), ofGroups, id) >= 0
                            && copier.copy(QStringLiteral("outcome"), copier.columnsOf(QStringLiteral("outcome")), ofGroups, id) >= 0
                            // Where each person's consents stand (who agreed to photos), to read
                            // at the workshop; decisions are recorded at the office.
                            && copier.copy(QStringLiteral("consent_purpose"), copier.columnsOf(QStringLiteral("consent_purpose")), QStringLiteral("1 = 1"), {}) >= 0
                            && copier.copy(QStringLiteral("person_consent"), copier.columnsOf(QStringLiteral("person_consent")),
                                           QStringLiteral("person_id IN (SELECT person_id FROM registration WHERE workshop_id = ?)"), id) >= 0;
        if (!copied) {
            result.cancelled = copier.cancelled();
            result.error = result.cancelled ? QString() : copier.error();
            return false;
        }
        result.people = people;
        QSqlQuery fact(pack);
        fact.prepare(QStringLiteral("INSERT INTO pack_info (key, value) VALUES (?, ?)"));
        const QList<std::pair<QString, QString>> facts{
            {QStringLiteral("uid"), info.uid},
            {QStringLiteral("office_id"), info.officeId},
            {QStringLiteral("workshop_id"), QString::number(workshopId)},
            {QStringLiteral("workshop_title"), info.workshopTitle},
            {QStringLiteral("label"), info.label},
            {QStringLiteral("made_by"), info.madeBy},
            {QStringLiteral("made_at"), info.madeAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("format"), QString::number(WorkshopPack::kFormat)},
        };
        for (const auto &[key, value] : facts) {
            fact.addBindValue(key);
            fact.addBindValue(value.isNull() ? QStringLiteral("") : value); // an unnamed desk is "", not unknown
            if (!t.exec(fact))
                break;
        }
        if (!t.commit()) {
            result.error = t.errorText();
            return false;
        }
        // From here on every change made in the pack is journalled.
        if (!runScript(pack, QStringLiteral(":/pack/pack_journal.sql"), &result.error))
            return false;
        if (sealKey)
            return SealedPack::sealInto(pack, *sealKey, part, &result.error);
        QSqlQuery(pack).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return true;
    };
    const bool ok = written();
    Database::close(connection);
    if (!ok) {
        removeFiles(part);
        return result;
    }

    // The office records the pack (and that personal data left it) before the file is named.
    {
        Transaction t(m_office);
        QSqlQuery record(m_office);
        record.prepare(QStringLiteral("INSERT INTO workshop_pack (uid, workshop_id, label, made_by, made_at, registrations) VALUES (?, ?, ?, ?, ?, ?)"));
        record.addBindValue(info.uid);
        record.addBindValue(workshopId);
        record.addBindValue(info.label);
        record.addBindValue(info.madeBy);
        record.addBindValue(nowText());
        record.addBindValue(result.registrations);
        const QString detail = QStringLiteral("workshop pack %1 · %2 people").arg(info.uid).arg(result.people);
        if (!t.exec(record) || !AuditLog::record(t, AuditLog::Action::Export, QStringLiteral("workshop"), QString::number(workshopId), detail)
            || !t.commit()) {
            result.error = t.errorText();
            removeFiles(part);
            return result;
        }
    }
    removeFiles(path);
    if (!QFile::rename(part, path)) {
        result.error = Text::tr("The pack was made but could not be named %1: it is at %2.").arg(QFileInfo(path).fileName(), part);
        return result;
    }
    return result;
}

} // namespace khana
