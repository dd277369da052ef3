#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

namespace khana {

// Which tables colleagues have changed, as an office server announces them (schema step 14:
// LISTEN khana_change, one notice per changing statement, sent when it commits). Notices that
// arrive close together are gathered and reported once, so a window refreshes once for an
// import and not for every table it touched; this connection's own changes are left out,
// since the window that made them has already shown them. On SQLite (one user) it is silent.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int kGatherMs = 150;
    static inline const QString kChannel = QStringLiteral("khana_change");

    // Listens on `db`, a connection of this thread that stays open while the feed lives.
    explicit ChangeFeed(const QSqlDatabase &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // True when the server will tell this connection about colleagues' changes.
    bool isListening() const { return m_listening; }
    // Listens again on the connection reopened after it dropped (ServerReconnect::restored),
    // and reports every table announced, since notices sent meanwhile never arrived.
    void listenAgain();

Q_SIGNALS:
    void tablesChanged(const QSet<QString> &tables);

private:
    void noticed(const QString &channel, int source, const QString &table);
    void flush();

    QSqlDatabase m_db;
    bool m_listening = false;
    QSet<QString> m_pending;
    QTimer m_gather;
};

} // namespace khana
