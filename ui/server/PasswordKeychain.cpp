#include "PasswordKeychain.h"

#include "database/ServerDatabase.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QGlobalStatic>

#include <qt6keychain/keychain.h>

#include <memory>

namespace khana {

namespace {

Q_GLOBAL_STATIC_WITH_ARGS(QString, serviceName, (QStringLiteral("Khana")))

// Free functions' texts, under the context "PasswordKeychain" that lupdate and the translator share.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PasswordKeychain)
};

// Runs a job to its end. QtKeychain 0.13 has no isAvailable(): a missing keychain shows only as
// the job's error — NoBackendAvailable, or OtherError when D-Bus or the Secret Service is absent.
PasswordKeychain::Result run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    PasswordKeychain::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.outcome = PasswordKeychain::Outcome::Done;
        break;
    case QKeychain::EntryNotFound:
        result.outcome = PasswordKeychain::Outcome::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        result.outcome = PasswordKeychain::Outcome::Unavailable;
        result.message = Text::tr("No system keychain is available on this computer (%1), so Khana cannot remember the password; "
                            "it asks for it each time.").arg(job.errorString());
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
        result.outcome = PasswordKeychain::Outcome::Failed;
        result.message = Text::tr("The system keychain refused Khana (%1).").arg(job.errorString());
        break;
    }
    return result;
}

} // namespace

QString PasswordKeychain::keyOf(const ServerAddress &address)
{
    return QStringLiteral("Khana/") + address.describe();
}

QString PasswordKeychain::service()
{
    return *serviceName;
}

void PasswordKeychain::setService(const QString &service)
{
    *serviceName = service;
}

PasswordKeychain::Result PasswordKeychain::read(const ServerAddress &address)
{
    QKeychain::ReadPasswordJob job(service());
    job.setKey(keyOf(address));
    Result result = run(job);
    if (result.ok())
        result.password = job.textData();
    return result;
}

PasswordKeychain::Result PasswordKeychain::store(const ServerAddress &address, const QString &password)
{
    QKeychain::WritePasswordJob job(service());
    job.setKey(keyOf(address));
    job.setTextData(password);
    return run(job);
}

PasswordKeychain::Result PasswordKeychain::forget(const ServerAddress &address)
{
    QKeychain::DeletePasswordJob job(service());
    job.setKey(keyOf(address));
    Result result = run(job);
    // Nothing kept is as good as forgotten.
    if (result.outcome == Outcome::NotFound)
        result.outcome = Outcome::Done;
    return result;
}

} // namespace khana
