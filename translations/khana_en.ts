<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>khana::SettingsPage</name>
    <message numerus="yes">
        <source>%n row(s) were skipped:</source>
        <translation>
            <numerusform>%n row was skipped:</numerusform>
            <numerusform>%n rows were skipped:</numerusform>
        </translation>
    </message>
</context>
</TS>
