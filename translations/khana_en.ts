<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PersonCommands</name>
    <message numerus="yes">
        <source>Import roster (%n people)</source>
        <translation>
            <numerusform>Import roster (%n person)</numerusform>
            <numerusform>Import roster (%n people)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonErasure</name>
    <message numerus="yes">
        <source>%n workshop registration(s), counted in attendance and quotas as before</source>
        <translation>
            <numerusform>%n workshop registration, counted in attendance and quotas as before</numerusform>
            <numerusform>%n workshop registrations, counted in attendance and quotas as before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n election(s), with their votes, without the person elected</source>
        <translation>
            <numerusform>%n election, with its votes, without the person elected</numerusform>
            <numerusform>%n elections, with their votes, without the person elected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan activity(ies), without them as lead</source>
        <translation>
            <numerusform>%n plan activity, without them as lead</numerusform>
            <numerusform>%n plan activities, without them as lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the audit trail&apos;s %n entry(ies) about them, which name their record number only</source>
        <translation>
            <numerusform>the audit trail&apos;s %n entry about them, which names their record number only</numerusform>
            <numerusform>the audit trail&apos;s %n entries about them, which name their record number only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <source>%n damaged place(s) could not be read: rows stored there are lost.</source>
        <translation>
            <numerusform>%n damaged place could not be read: rows stored there are lost.</numerusform>
            <numerusform>%n damaged places could not be read: rows stored there are lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopDocuments</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::BackupActions</name>
    <message numerus="yes">
        <source>%n person(s) erased since the backup was made were erased again.</source>
        <translation>
            <numerusform>%n person erased since the backup was made was erased again.</numerusform>
            <numerusform>%n people erased since the backup was made were erased again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::CheckInWindow</name>
    <message numerus="yes">
        <source>%n people match: choose one with the arrow keys and press Enter.</source>
        <translation>
            <numerusform>%n person matches: choose with the arrow keys and press Enter.</numerusform>
            <numerusform>%n people match: choose one with the arrow keys and press Enter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::CountImportDialog</name>
    <message numerus="yes">
        <source>(%n replacing a recorded count)</source>
        <translation>
            <numerusform>(%n replacing a recorded count)</numerusform>
            <numerusform>(%n replacing recorded counts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::GroupsPanel</name>
    <message numerus="yes">
        <source>%1. %2 (%n people)</source>
        <translation>
            <numerusform>%1. %2 (%n person)</numerusform>
            <numerusform>%1. %2 (%n people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>→ %n activity(ies) in a plan</source>
        <translation>
            <numerusform>→ %n activity in a plan</numerusform>
            <numerusform>→ %n activities in a plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::GrowthPage</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n count(s) imported.</source>
        <translation>
            <numerusform>%n count imported.</numerusform>
            <numerusform>%n counts imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) without a representative:</source>
        <translation>
            <numerusform>%n district without a representative:</numerusform>
            <numerusform>%n districts without a representative:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n count(s)</source>
        <translation>
            <numerusform>Import %n count</numerusform>
            <numerusform>Import %n counts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) read as %1.</source>
        <translation>
            <numerusform>%n row read as %1.</numerusform>
            <numerusform>%n rows read as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported</source>
        <translation>
            <numerusform>%n row will be imported</numerusform>
            <numerusform>%n rows will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n problem.</numerusform>
            <numerusform>%n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::PeoplePage</name>
    <message numerus="yes">
        <source>Roster imported: %n added</source>
        <translation>
            <numerusform>Roster imported: %n added</numerusform>
            <numerusform>Roster imported: %n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n updated.</numerusform>
            <numerusform>%n updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? You can undo this with Ctrl+Z, but their %n consent decision(s) are removed with them and undo does not bring those back.</source>
        <translation>
            <numerusform>Delete %1? You can undo this with Ctrl+Z, but their consent decision is removed with them and undo does not bring it back.</numerusform>
            <numerusform>Delete %1? You can undo this with Ctrl+Z, but their %n consent decisions are removed with them and undo does not bring those back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::PlansPage</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::RegisterPeopleDialog</name>
    <message numerus="yes">
        <source>%n registered. Not registered:</source>
        <translation>
            <numerusform>%n registered. Not registered:</numerusform>
            <numerusform>%n registered. Not registered:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::RegistrationImportDialog</name>
    <message numerus="yes">
        <source>(%n already in People)</source>
        <translation>
            <numerusform>(%n already in People)</numerusform>
            <numerusform>(%n already in People)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::RegistrationsPanel</name>
    <message numerus="yes">
        <source>%n registration(s) imported.</source>
        <translation>
            <numerusform>%n registration imported.</numerusform>
            <numerusform>%n registrations imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::RetentionReviewDialog</name>
    <message numerus="yes">
        <source>%n people are past the office&apos;s retention periods. Choose, for each, to keep them for another year or to erase them; nothing is erased without that choice.</source>
        <translation>
            <numerusform>%n person is past the office&apos;s retention periods. Choose to keep them for another year or to erase them; nothing is erased without that choice.</numerusform>
            <numerusform>%n people are past the office&apos;s retention periods. Choose, for each, to keep them for another year or to erase them; nothing is erased without that choice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n people?</source>
        <translation>
            <numerusform>Erase %n person?</numerusform>
            <numerusform>Erase %n people?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::RosterImportDialog</name>
    <message numerus="yes">
        <source>(%n new, %1 already in People)</source>
        <translation>
            <numerusform>(%n new, %1 already in People)</numerusform>
            <numerusform>(%n new, %1 already in People)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::SettingsPage</name>
    <message numerus="yes">
        <source>%n row(s) were skipped:</source>
        <translation>
            <numerusform>%n row was skipped:</numerusform>
            <numerusform>%n rows were skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new district(s), %1 updated.</source>
        <translation>
            <numerusform>%n new district, %1 updated.</numerusform>
            <numerusform>%n new districts, %1 updated.</numerusform>
        </translation>
    </message>
</context>
</TS>
