<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
