#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace khana {

// Rows into a table through PostgreSQL's COPY … FROM STDIN, on the libpq connection under a
// Qt PostgreSQL connection and inside its open transaction. Qt's driver sends one statement,
// and so one round trip, per row; COPY streams them all, which is what makes a roster of a
// million rows take minutes rather than hours. Rows are buffered and sent in 64 KB pieces;
// finish() ends the COPY and gives the server's verdict (a refused row fails the whole COPY,
// and the caller's transaction rolls back).
class PostgresCopy
{
public:
    PostgresCopy(const QSqlDatabase &db, const QString &table, const QStringList &columns);
    ~PostgresCopy();
    PostgresCopy(const PostgresCopy &) = delete;
    PostgresCopy &operator=(const PostgresCopy &) = delete;

    bool isValid() const { return m_started && m_error.isEmpty(); }
    // Null values go as NULL, byte arrays as bytea, the rest as their text.
    bool addRow(const QVariantList &values);
    bool finish();
    // The server's words, with its SQLSTATE in `code`.
    QString error() const { return m_error; }
    QString code() const { return m_code; }

private:
    bool send();
    void failWithConnectionError();

    void *m_connection = nullptr; // PGconn
    bool m_started = false;
    bool m_finished = false;
    QByteArray m_buffer;
    QString m_error;
    QString m_code;
};

} // namespace khana
