<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AreaStore</name>
    <message>
        <source>District %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Khana database (it cannot be read as a database). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not Khana. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Khana (data format %2; this Khana reads up to %3). Update Khana to open it. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database failed; it was left as it was. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateFormatter</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictImporter</name>
    <message>
        <source>The provinces file needs the columns id and name_th.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces not known to Khana: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The districts file needs the columns code (or id) and name_th.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This district code appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown province &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Thai name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <source>The national ID number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national ID number has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national ID number has 13 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid national ID number: the last digit does not match. Check for a mistyped digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the province of this district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member needs a join date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the join date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lifetime membership has no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCommands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>Unknown province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This district is not in the chosen province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another person already has this member number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another person already has this national ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or deleted this person after you opened it. Close the form and open the person again to see the latest details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s tags could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or deleted this person after you opened it; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a Thai phone number: a mobile number has 10 digits (08x-xxx-xxxx), a landline 9 (02-xxx-xxxx).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northeast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>East</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>West</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The demo database could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khana cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>khana::CalendarPopup</name>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>khana::DashboardPage</name>
    <message>
        <source>Member growth charts and targets are not available yet in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No districts yet: import the district list in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>khana::DateEdit</name>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>khana::FirstRunDialog</name>
    <message>
        <source>Welcome to Khana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Khana&lt;/h3&gt;&lt;p&gt;Khana keeps its data in a database file on this computer. How would you like to start?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around in the &amp;demo database (invented people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a database file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Khana database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khana databases (*.sqlite *.khana *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>khana::MainWindow</name>
    <message>
        <source>Khana — demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will plan workshops and forums with quotas and budgets, register and check in participants, and print badges, sign-in sheets and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will hold the framework from vision to activities, quarterly reviews, and print the plan as an official Thai document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members &amp; growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will chart members and district representatives over time against targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATA — invented people, not real records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Khana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Khana database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khana databases (*.sqlite *.khana *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Khana database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khana databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File &gt; Open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Khana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Khana %1&lt;/h3&gt;&lt;p&gt;Workshops, action plans and member growth for provincial working teams.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>khana::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>khana::PeoplePage</name>
    <message>
        <source>Search by name, phone or member number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>khana::PersonDialog</name>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. สมชาย ใจดี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 081-234-5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 digits, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national ID number is sensitive personal data: enter it only when it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (Thai):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&amp;hip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No districts of this province are in the database yet: import them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date like %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>khana::SettingsPage</name>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddhist Era in Thai, Common Era in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always the Buddhist Era (2567)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always the Common Era (2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Khana now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces and districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import districts from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khana uses the new language and years after it restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khana knows Thailand&apos;s %1 provinces. Districts in the database: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the district list (code, name_th, name_en and province) to use districts in forms; a provinces.csv beside it is used to match provinces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provinces file beside it could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new districts, %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were skipped:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>khana::UnavailablePage</name>
    <message>
        <source>This part of Khana is not available yet in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workshops, action plans and member growth for provincial working teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the SQLite database at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (th or en) this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
