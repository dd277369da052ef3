#include "ChangeFeed.h"

#include "SqlDialect.h"
#include "StorageHealth.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <utility>

namespace khana {

ChangeFeed::ChangeFeed(const QSqlDatabase &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, &ChangeFeed::flush);
    QSqlDriver *driver = m_db.driver();
    if (!driver || SqlDialect::forDatabase(m_db).kind() != SqlDialect::Kind::Postgres
        || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                noticed(name, int(source), payload.toString());
            });
    m_listening = driver->subscribeToNotification(kChannel);
}

ChangeFeed::~ChangeFeed()
{
    // The connection may already be closed (the window moved to another database).
    if (m_listening && m_db.isOpen() && m_db.driver())
        m_db.driver()->unsubscribeFromNotification(kChannel);
}

void ChangeFeed::listenAgain()
{
    if (SqlDialect::forDatabase(m_db).kind() != SqlDialect::Kind::Postgres || !m_db.isOpen())
        return;
    m_listening = m_db.driver()->subscribeToNotification(kChannel);
    QSqlQuery announced(m_db);
    // pg_trigger, not information_schema, which hides tables a login may only read.
    if (!StorageHealth::exec(announced, QStringLiteral("SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                                       "WHERE t.tgname = 'khana_notice'")))
        return;
    while (announced.next())
        m_pending.insert(announced.value(0).toString());
    flush();
}

void ChangeFeed::noticed(const QString &channel, int source, const QString &table)
{
    if (channel != kChannel || source == int(QSqlDriver::SelfSource) || table.isEmpty())
        return;
    m_pending.insert(table);
    if (!m_gather.isActive())
        m_gather.start();
}

void ChangeFeed::flush()
{
    const QSet<QString> tables = std::exchange(m_pending, {});
    if (!tables.isEmpty())
        Q_EMIT tablesChanged(tables);
}

} // namespace khana
