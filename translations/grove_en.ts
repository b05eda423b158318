<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>grove::HistogramChart</name>
    <message numerus="yes">
        <source>[%1, %2): %n row(s)</source>
        <translation>
            <numerusform>[%1, %2): %n row</numerusform>
            <numerusform>[%1, %2): %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::ImportDialog</name>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Types are guessed from all %n row(s).</source>
        <translation>
            <numerusform>Types are guessed from the only row.</numerusform>
            <numerusform>Types are guessed from all %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Types are guessed from the first %n row(s); the import checks every row.</source>
        <translation>
            <numerusform>Types are guessed from the first row; the import checks every row.</numerusform>
            <numerusform>Types are guessed from the first %n rows; the import checks every row.</numerusform>
        </translation>
    </message>
</context>
</TS>
