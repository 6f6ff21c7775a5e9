<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallListPage</name>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/call_list_page.py" line="173"/>
        <source>%Ln call(s) match</source>
        <translation>
            <numerusform>%Ln call matches</numerusform>
            <numerusform>%Ln calls match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/main_window.py" line="167"/>
        <source>Showing the %n call(s) you picked; Clear filters shows all calls.</source>
        <translation>
            <numerusform>Showing the call you picked; Clear filters shows all calls.</numerusform>
            <numerusform>Showing the %n calls you picked; Clear filters shows all calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/main_window.py" line="181"/>
        <source>%Ln file(s) queued for import</source>
        <translation>
            <numerusform>%Ln file queued for import</numerusform>
            <numerusform>%Ln files queued for import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/main_window.py" line="238"/>
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
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="209"/>
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
        <location filename="../../qa_desktop/ui/sampling.py" line="242"/>
        <source>%Ln call(s) to review</source>
        <translation>
            <numerusform>%Ln call to review</numerusform>
            <numerusform>%Ln calls to review</numerusform>
        </translation>
    </message>
</context>
</TS>
