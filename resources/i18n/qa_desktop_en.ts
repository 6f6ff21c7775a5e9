<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallListPage</name>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/call_list_page.py" line="203"/>
        <source>%Ln call(s) match</source>
        <translation>
            <numerusform>%Ln call matches</numerusform>
            <numerusform>%Ln calls match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputesPage</name>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/disputes/page.py" line="200"/>
        <source>%Ln open dispute(s)</source>
        <translation>
            <numerusform>%Ln open dispute</numerusform>
            <numerusform>%Ln open disputes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/main_window.py" line="184"/>
        <source>Showing the %n call(s) you picked; Clear filters shows all calls.</source>
        <translation>
            <numerusform>Showing the call you picked; Clear filters shows all calls.</numerusform>
            <numerusform>Showing the %n calls you picked; Clear filters shows all calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/main_window.py" line="220"/>
        <source>%Ln file(s) queued for import</source>
        <translation>
            <numerusform>%Ln file queued for import</numerusform>
            <numerusform>%Ln files queued for import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/main_window.py" line="283"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln call</numerusform>
            <numerusform>%Ln calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="212"/>
        <source>%1 has %n problem(s) and was not loaded. The active pack is still %2.</source>
        <translation>
            <numerusform>%1 has a problem and was not loaded. The active pack is still %2.</numerusform>
            <numerusform>%1 has %n problems and was not loaded. The active pack is still %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SamplingPage</name>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/sampling.py" line="288"/>
        <source>%Ln call(s) to review</source>
        <translation>
            <numerusform>%Ln call to review</numerusform>
            <numerusform>%Ln calls to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/sampling.py" line="300"/>
        <source>None of the %n scored call(s) from %1 to %2 is picked by the ways to sample chosen.</source>
        <translation>
            <numerusform>None of the %n scored call from %1 to %2 is picked by the ways to sample chosen.</numerusform>
            <numerusform>None of the %n scored calls from %1 to %2 is picked by the ways to sample chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/workload/page.py" line="248"/>
        <source>%Ln call(s) to review</source>
        <translation>
            <numerusform>%Ln call to review</numerusform>
            <numerusform>%Ln calls to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/workload/page.py" line="249"/>
        <source>the machine is sure of %Ln</source>
        <translation>
            <numerusform>the machine is sure of %Ln</numerusform>
            <numerusform>the machine is sure of %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/workload/page.py" line="271"/>
        <source>%Ln call(s) signed off as a bulk machine-confidence sign-off by %1</source>
        <translation>
            <numerusform>%Ln call signed off as a bulk machine-confidence sign-off by %1</numerusform>
            <numerusform>%Ln calls signed off as a bulk machine-confidence sign-off by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/workload/page.py" line="287"/>
        <source>%Ln call(s) assigned</source>
        <translation>
            <numerusform>%Ln call assigned</numerusform>
            <numerusform>%Ln calls assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/workload/page.py" line="290"/>
        <source>%Ln already had an inspector</source>
        <translation>
            <numerusform>%Ln already had an inspector</numerusform>
            <numerusform>%Ln already had an inspector</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/workload/page.py" line="292"/>
        <source>%Ln already reviewed</source>
        <translation>
            <numerusform>%Ln already reviewed</numerusform>
            <numerusform>%Ln already reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/workload/page.py" line="350"/>
        <source>My queue (%1): %Ln call(s) left</source>
        <translation>
            <numerusform>My queue (%1): %Ln call left</numerusform>
            <numerusform>My queue (%1): %Ln calls left</numerusform>
        </translation>
    </message>
</context>
</TS>
