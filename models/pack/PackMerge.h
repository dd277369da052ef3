#pragma once

#include "WorkshopPack.h"
#include "domain/WorkProgress.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlError;

namespace khana {

// Brings a workshop pack back into the office database it was made from: every change made
// at the workshop that was not merged before, in one transaction (a failed or cancelled merge
// leaves the office as it was). Each pack's changes to one record are taken together, from
// what the pack started with to what it ended with, and set against what the office holds now:
//
// - a check-in is kept unless the office has an earlier one (a person checked in at two desks
//   keeps the earliest; the later is reported, not doubled); a check-in taken back at the
//   workshop is taken back at the office only if it is the one the office holds;
// - a status changed at the workshop is kept unless the office changed it meanwhile;
// - a walk-in is set against the office's people with the same phone or name: the same name
//   and phone is the same person; anyone else alike waits for a person's decision (nothing is
//   merged on a guess); with nobody alike, a new person;
// - an outcome changed at the workshop that the office changed too waits for a decision.
//
// What waits stays unmerged and is merged with a later decision; what was merged or skipped is
// recorded by change id, so a pack merged twice changes nothing the second time.
class PackMerge
{
public:
    explicit PackMerge(const QSqlDatabase &office);

    // One of the office's people who may be the walk-in.
    struct Candidate
    {
        qint64 personId = 0;
        QString nameTh;
        QString nameEn;
        QString phone;
        QString provinceCode;
        bool sameName = false;
        bool samePhone = false;
    };
    struct WalkIn
    {
        QString changeUid; // the change that added them in the pack
        QString nameTh;
        QString nameEn;
        QString phone;
        QString provinceCode;
        QList<Candidate> candidates;
    };
    // An outcome changed (or removed) at the workshop that the office changed (or removed) too.
    struct OutcomeConflict
    {
        QString outcomeUid;
        QString packText;   // empty: removed at the workshop
        QString officeText; // empty: removed at the office
        QString packKind;   // kindCode() of each side: a change of kind alone is a change too
        QString officeKind;
    };

    // Reads and checks the pack: refused (false, `error` in the user's words) when it is
    // damaged, not a workshop pack, made from another office database or by a newer Khana.
    // A pack sealed with a passphrase (PackSeal) needs it; passphraseRefused() then tells a
    // wrong or missing passphrase from any other refusal, to ask again.
    bool open(const QString &path, QString *error);
    bool open(const QString &path, const QString &passphrase, QString *error);
    bool passphraseRefused() const { return m_passphraseRefused; }
    const WorkshopPackInfo &info() const { return m_info; }
    // Changes in the pack not merged yet.
    int changesToMerge() const;
    // Walk-ins with someone alike at the office (and not the same name and phone), and outcomes
    // changed on both sides: what needs a person to decide.
    QList<WalkIn> walkInsToDecide() const;
    QList<OutcomeConflict> conflicts() const;

    struct Decisions
    {
        QHash<QString, qint64> walkIns;       // WalkIn::changeUid → the office's person, or 0: a new person
        QHash<QString, bool> keepPackOutcome; // outcome uid → true: the workshop's version; false: the office's
    };

    struct Report
    {
        enum class Kind { Skipped, Waiting, Note };
        struct Line
        {
            Kind kind;
            QString what; // the record, as people know it
            QString why;
        };
        QList<Line> lines;
        int checkIns = 0;
        int checkInsTakenBack = 0;
        int statusChanges = 0;
        int walkInsAdded = 0;
        int walkInsMatched = 0;
        int groupChanges = 0;
        int memberships = 0;
        int outcomesAdded = 0;
        int outcomesChanged = 0;
        int outcomesRemoved = 0;
        int alreadyMerged = 0; // changes merged by an earlier merge of this pack
        QString error;         // translated; then nothing was merged
        bool cancelled = false;
        bool ok() const { return error.isEmpty() && !cancelled; }
        int count(Kind kind) const;
        // What was merged, in a sentence or two for people.
        QString summary() const;
    };
    // Progress counts the records merged.
    Report merge(const Decisions &decisions = {}, const WorkProgress &progress = {});

    struct Change
    {
        qint64 seq = 0;
        QString uid;
        QString at;
        QString entity;
        qint64 rowId = 0;
        QString action;
        QJsonObject before;
        QJsonObject after;
    };
    // One record's unmerged changes taken together.
    struct Net
    {
        QString entity;
        qint64 rowId = 0;
        bool inserted = false; // added in the pack
        bool removed = false;  // removed in the pack
        QJsonObject before;    // as the pack had it before (when not inserted)
        QJsonObject after;     // as the pack has it now (when not removed)
        QStringList uids;
    };

private:
    QList<Net> netsOf(const QString &entity) const;
    // How m_insertedBy knows a row: "entity:row".
    static QString rowKey(const QString &entity, qint64 row);
    // Nothing when the office could not be asked (then no walk-in is taken as new on a guess).
    std::optional<QList<Candidate>> candidatesFor(const QJsonObject &person, QSqlError *error = nullptr) const;
    // The office's person who is certainly the walk-in: the one alike by both name and phone.
    static qint64 samePersonOf(const QList<Candidate> &candidates);
    QString personName(qint64 packRegistrationId) const;

    QSqlDatabase m_office;
    WorkshopPackInfo m_info;
    bool m_passphraseRefused = false;
    QList<Change> m_changes;               // every change in the pack, in order
    QHash<QString, qint64> m_merged;       // change uid → the office row it became (0: none)
    QHash<QString, QString> m_insertedBy;  // "entity:row" → the change uid that added it in the pack
    QHash<qint64, qint64> m_personOf;      // the pack's registration → its person
    QHash<qint64, QString> m_badgeOf;      // the pack's registration → its badge code
    QHash<qint64, QString> m_nameOf;       // the pack's person → their name
};

} // namespace khana
