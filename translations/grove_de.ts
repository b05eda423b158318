<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditLog</name>
    <message>
        <source>it does not end with the hash of its content</source>
        <translation>am Ende steht nicht der Hash des Inhalts</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>its number, time, action or previous hash is missing or malformed</source>
        <translation>Nummer, Zeit, Aktion oder vorheriger Hash fehlen oder sind fehlerhaft</translation>
    </message>
    <message>
        <source>Cannot write to %1 (%2): %3. Check the free space and your permission to write there.</source>
        <translation>%1 (%2) kann nicht geschrieben werden: %3. Prüfen Sie den freien Speicherplatz und Ihre Schreibrechte dort.</translation>
    </message>
    <message>
        <source>%1 is kept in %2, which is not a plain folder (a link or a file); Grove never writes through it. Restore the folder from a backup.</source>
        <translation>%1 liegt in %2, das kein gewöhnlicher Ordner ist (ein Link oder eine Datei); Grove schreibt nie durch ihn hindurch. Stellen Sie den Ordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 was appended to by others %2 times while this entry was being written. Try again.</source>
        <translation>%1: Andere haben %2-mal Einträge angehängt, während dieser Eintrag geschrieben wurde. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read %1 in %2: %3.</source>
        <translation>%1 in %2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1 is kept in %2, which is not a plain folder (a link or a file), so it is not read. Restore the folder from a backup.</source>
        <translation>%1 liegt in %2, das kein gewöhnlicher Ordner ist (ein Link oder eine Datei), und wird daher nicht gelesen. Stellen Sie den Ordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot read %1 in %2: the folder cannot be listed.</source>
        <translation>%1 in %2 kann nicht gelesen werden: Der Ordner lässt sich nicht auflisten.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an entry of the log.</source>
        <translation>%1: „%2“ ist kein Eintrag des Protokolls.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing before %3: entries are never removed.</source>
        <translation>Vor %3 fehlen die Einträge %1 bis %2: Einträge werden nie entfernt.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not an entry.</source>
        <translation>%1 ist ein symbolischer Link, kein Eintrag.</translation>
    </message>
    <message>
        <source>%1 is larger than any entry.</source>
        <translation>%1 ist größer als jeder Eintrag.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1 ist beschädigt: %2.</translation>
    </message>
    <message>
        <source>%1 says it is entry %2.</source>
        <translation>%1 gibt an, Eintrag %2 zu sein.</translation>
    </message>
    <message>
        <source>%1 was changed after it was written: its content no longer matches its hash.</source>
        <translation>%1 wurde nach dem Schreiben geändert: Der Inhalt passt nicht mehr zu seinem Hash.</translation>
    </message>
    <message>
        <source>%1 does not follow the entry before it (it names the hash %2, the entry before has %3): an entry before it was changed, removed or inserted.</source>
        <translation>%1 schließt nicht an den Eintrag davor an (er nennt den Hash %2, der Eintrag davor hat %3): Ein Eintrag davor wurde geändert, entfernt oder eingefügt.</translation>
    </message>
    <message>
        <source>%1 in %2 has an entry numbered %3, beyond any real log: it was planted. Move the entries from the first damaged one on out of the folder, then try again.</source>
        <translation>%1 in %2 hat einen Eintrag mit der Nummer %3, jenseits jedes echten Protokolls: Er wurde untergeschoben. Verschieben Sie die Einträge ab dem ersten beschädigten aus dem Ordner und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Drift</name>
    <message>
        <source>The new data have no column &quot;%1&quot;, a feature of the reference.</source>
        <translation>Den neuen Daten fehlt die Spalte &quot;%1&quot;, ein Merkmal der Referenz.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; holds numbers, but the reference has categories.</source>
        <translation>Die Spalte &quot;%1&quot; enthält Zahlen, die Referenz aber Kategorien.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; holds categories, but the reference has numbers.</source>
        <translation>Die Spalte &quot;%1&quot; enthält Kategorien, die Referenz aber Zahlen.</translation>
    </message>
</context>
<context>
    <name>DriftCharts</name>
    <message>
        <source>all values</source>
        <translation>alle Werte</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>other (+%1)</source>
        <translation>andere (+%1)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>training data (reference)</source>
        <translation>Trainingsdaten (Referenz)</translation>
    </message>
    <message>
        <source>new data</source>
        <translation>neue Daten</translation>
    </message>
    <message>
        <source>Check (oldest first)</source>
        <translation>Prüfung (älteste zuerst)</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>other features</source>
        <translation>andere Merkmale</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>Scores</translation>
    </message>
    <message numerus="yes">
        <source>%1PSI %2
check %3 of %4, %5
version %6, %7 (%n row(s))</source>
        <translation>
            <numerusform>%1PSI %2
Prüfung %3 von %4, %5
Version %6, %7 (%n Zeile)</numerusform>
            <numerusform>%1PSI %2
Prüfung %3 von %4, %5
Version %6, %7 (%n Zeilen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftCheck</name>
    <message>
        <source>%1 version %2 was exported without a drift reference (reference.json), and the workspace %3 has no copy of the dataset it was trained on (&quot;%4&quot;, content %5). Export the model again, from the workspace that trained it, to give it a reference; or check drift with that workspace (--workspace DIR).</source>
        <translation>%1 Version %2 wurde ohne Drift-Referenz (reference.json) exportiert, und der Arbeitsbereich %3 hat keine Kopie des Datensatzes, auf dem sie trainiert wurde (&quot;%4&quot;, Inhalt %5). Exportieren Sie das Modell erneut aus dem Arbeitsbereich, der es trainiert hat, damit es eine Referenz erhält; oder prüfen Sie den Drift mit diesem Arbeitsbereich (--workspace DIR).</translation>
    </message>
    <message>
        <source>%1 version %2 has no drift reference, and its configuration cannot be read (%3). Export the model again to give it a reference.</source>
        <translation>%1 Version %2 hat keine Drift-Referenz, und ihre Konfiguration kann nicht gelesen werden (%3). Exportieren Sie das Modell erneut, damit es eine Referenz erhält.</translation>
    </message>
    <message>
        <source>%1 version %2 has no reference.json: the reference was built from the workspace&apos;s dataset &quot;%3&quot; (content %4)</source>
        <translation>%1 Version %2 hat keine reference.json: Die Referenz wurde aus dem Datensatz &quot;%3&quot; des Arbeitsbereichs gebildet (Inhalt %4)</translation>
    </message>
    <message>
        <source>, without the model&apos;s held-out scores (the run is not in this workspace), so the scores are not compared.</source>
        <translation>, ohne die Scores des Modells auf den zurückgehaltenen Zeilen (der Lauf ist nicht in diesem Arbeitsbereich); die Scores werden daher nicht verglichen.</translation>
    </message>
    <message>
        <source>, and the scores from run %1&apos;s held-out predictions.</source>
        <translation>, und die Scores aus den zurückgehaltenen Vorhersagen von Lauf %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The dataset run %1 was trained on is no longer in the workspace as it was (its content differs), so its drift reference cannot be built.</source>
        <translation>Der Datensatz, auf dem Lauf %1 trainiert wurde, ist nicht mehr so im Arbeitsbereich, wie er war (sein Inhalt unterscheidet sich); seine Drift-Referenz kann daher nicht gebildet werden.</translation>
    </message>
    <message>
        <source>The drift reference of run %1 cannot be built: %2</source>
        <translation>Die Drift-Referenz von Lauf %1 kann nicht gebildet werden: %2</translation>
    </message>
    <message>
        <source>The PSI threshold must be a number above 0; %1 is not.</source>
        <translation>Die PSI-Schwelle muss eine Zahl über 0 sein; %1 ist es nicht.</translation>
    </message>
    <message>
        <source>The drift reference %1 is larger than %2 MiB, so it is not read. Export the model again.</source>
        <translation>Die Drift-Referenz %1 ist größer als %2 MiB und wird daher nicht gelesen. Exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>%1 version %2 was exported without a drift reference (reference.json). Export the model again to give it one.</source>
        <translation>%1 Version %2 wurde ohne Drift-Referenz (reference.json) exportiert. Exportieren Sie das Modell erneut, damit es eine erhält.</translation>
    </message>
    <message>
        <source>%1 has no rows: there is nothing to compare with the model&apos;s training data.</source>
        <translation>%1 hat keine Zeilen: Es gibt nichts, was mit den Trainingsdaten des Modells verglichen werden könnte.</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>The drift report cannot be kept in %1: %2.</source>
        <translation>Der Drift-Bericht kann nicht in %1 abgelegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a plain file; it is left out.</source>
        <translation>%1 ist keine gewöhnliche Datei; sie wird ausgelassen.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; it is left out.</source>
        <translation>%1 ist größer als %2 MiB; sie wird ausgelassen.</translation>
    </message>
    <message>
        <source>%1 is not a drift report (not a JSON object).</source>
        <translation>%1 ist kein Drift-Bericht (kein JSON-Objekt).</translation>
    </message>
    <message>
        <source>%1 is not a drift report (its time, version or features are missing).</source>
        <translation>%1 ist kein Drift-Bericht (Zeit, Version oder Merkmale fehlen).</translation>
    </message>
    <message>
        <source>Cannot list %1: %2.</source>
        <translation>%1 kann nicht aufgelistet werden: %2.</translation>
    </message>
    <message>
        <source>The missing-rate threshold must be at least 0 and below 1; %1 is not.</source>
        <translation>Die Schwelle für den Anteil fehlender Werte muss mindestens 0 und kleiner als 1 sein; %1 ist es nicht.</translation>
    </message>
    <message>
        <source>The drift report cannot be kept in %1: it is a symbolic link, and Grove never writes through links in a registry. Put the folder itself in its place.</source>
        <translation>Der Drift-Bericht kann nicht in %1 abgelegt werden: Das ist ein symbolischer Link, und Grove schreibt in einer Registry nie durch Links. Setzen Sie den Ordner selbst an seine Stelle.</translation>
    </message>
</context>
<context>
    <name>DriftReference</name>
    <message>
        <source>the field %1 is not part of a drift reference</source>
        <translation>das Feld %1 gehört nicht zu einer Drift-Referenz</translation>
    </message>
    <message>
        <source>the field %1 is missing</source>
        <translation>das Feld %1 fehlt</translation>
    </message>
    <message>
        <source>the field %1 must be an object</source>
        <translation>das Feld %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the field %1 must be a list of at most %2 entries</source>
        <translation>das Feld %1 muss eine Liste mit höchstens %2 Einträgen sein</translation>
    </message>
    <message>
        <source>the field %1 must be a text of %2 to %3 characters</source>
        <translation>das Feld %1 muss ein Text mit %2 bis %3 Zeichen sein</translation>
    </message>
    <message>
        <source>the field %1 must be a finite number</source>
        <translation>das Feld %1 muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>the field %1 must be between %2 and %3</source>
        <translation>das Feld %1 muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>the field %1 must be a whole number</source>
        <translation>das Feld %1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>the field %1 must not be smaller than the value before it</source>
        <translation>das Feld %1 darf nicht kleiner als der Wert davor sein</translation>
    </message>
    <message>
        <source>the field %1 must be empty when %2 is</source>
        <translation>das Feld %1 muss leer sein, wenn %2 leer ist</translation>
    </message>
    <message>
        <source>the field %1 must have one entry more than %2</source>
        <translation>das Feld %1 muss einen Eintrag mehr als %2 haben</translation>
    </message>
    <message>
        <source>the shares in %1 must add up to 1</source>
        <translation>die Anteile in %1 müssen sich zu 1 summieren</translation>
    </message>
    <message>
        <source>the field %1 must be &quot;numeric&quot; or &quot;categorical&quot;</source>
        <translation>das Feld %1 muss &quot;numeric&quot; oder &quot;categorical&quot; sein</translation>
    </message>
    <message>
        <source>the field %1 repeats the category &quot;%2&quot;</source>
        <translation>das Feld %1 wiederholt die Kategorie &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The drift reference is not valid: %1.</source>
        <translation>Die Drift-Referenz ist ungültig: %1.</translation>
    </message>
    <message>
        <source>The drift reference %1 is not valid: %2.</source>
        <translation>Die Drift-Referenz %1 ist ungültig: %2.</translation>
    </message>
    <message>
        <source>the field %1 must be &quot;%2&quot;</source>
        <translation>das Feld %1 muss &quot;%2&quot; sein</translation>
    </message>
    <message>
        <source>the field %1 must be %2</source>
        <translation>das Feld %1 muss %2 sein</translation>
    </message>
    <message>
        <source>the field %1 repeats the name &quot;%2&quot;</source>
        <translation>das Feld %1 wiederholt den Namen &quot;%2&quot;</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>sie ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>sie ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the field %1 must be larger than the value before it</source>
        <translation>das Feld %1 muss größer als der Wert davor sein</translation>
    </message>
    <message>
        <source>A drift reference holds at most %1 features; these data have %2.</source>
        <translation>Eine Drift-Referenz umfasst höchstens %1 Merkmale; diese Daten haben %2.</translation>
    </message>
    <message>
        <source>The column name &quot;%1&quot; is empty, too long or used twice.</source>
        <translation>Der Spaltenname &quot;%1&quot; ist leer, zu lang oder doppelt vergeben.</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>Run %1 held out no rows: there is nothing to explain.</source>
        <translation>Lauf %1 hat keine Zeilen zurückgehalten: Es gibt nichts zu erklären.</translation>
    </message>
    <message>
        <source>--row must be from 0 to %1: the position of a held-out row in predictions.csv.</source>
        <translation>--row muss zwischen 0 und %1 liegen: die Position einer zurückgehaltenen Zeile in predictions.csv.</translation>
    </message>
    <message>
        <source>The held-out predictions of run %1 name row %2, but its data have %3 rows.</source>
        <translation>Die zurückgehaltenen Vorhersagen von Lauf %1 nennen Zeile %2, aber seine Daten haben %3 Zeilen.</translation>
    </message>
    <message>
        <source>Run %1 has no class &quot;%2&quot;. Its classes: %3.</source>
        <translation>Lauf %1 hat keine Klasse „%2“. Seine Klassen: %3.</translation>
    </message>
    <message>
        <source>--class is for multiclass runs; run %1 has one output.</source>
        <translation>--class ist für Mehrklassen-Läufe; Lauf %1 hat eine Ausgabe.</translation>
    </message>
    <message>
        <source>XGBoost returned contributions of an unexpected shape.</source>
        <translation>XGBoost lieferte Beiträge in unerwarteter Form.</translation>
    </message>
    <message>
        <source>XGBoost returned interactions of an unexpected shape.</source>
        <translation>XGBoost lieferte Wechselwirkungen in unerwarteter Form.</translation>
    </message>
    <message>
        <source>--rows must be at least 1.</source>
        <translation>--rows muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>SHAP interaction values</source>
        <translation>SHAP-Wechselwirkungswerte</translation>
    </message>
    <message>
        <source>SHAP values</source>
        <translation>SHAP-Werte</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>unseen</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>HeldOutPredictions</name>
    <message>
        <source>The held-out predictions %1 are damaged: %2. Delete the file, and Grove reads them again from the run&apos;s predictions.csv.</source>
        <translation>Die zurückgehaltenen Vorhersagen %1 sind beschädigt: %2. Löschen Sie die Datei, dann liest Grove sie erneut aus der predictions.csv des Laufs.</translation>
    </message>
    <message>
        <source>the parts have different numbers of rows</source>
        <translation>die Teile haben unterschiedlich viele Zeilen</translation>
    </message>
    <message>
        <source>a regression has no classes</source>
        <translation>eine Regression hat keine Klassen</translation>
    </message>
    <message>
        <source>a binary task has %1 classes instead of 2</source>
        <translation>eine binäre Aufgabe hat %1 Klassen statt 2</translation>
    </message>
    <message>
        <source>a multiclass task has %1 classes</source>
        <translation>eine Mehrklassen-Aufgabe hat %1 Klassen</translation>
    </message>
    <message>
        <source>row %1 has no score</source>
        <translation>Zeile %1 hat keinen Score</translation>
    </message>
    <message>
        <source>row %1 has the fold %2</source>
        <translation>Zeile %1 hat den Fold %2</translation>
    </message>
    <message>
        <source>row %1 has no true value</source>
        <translation>Zeile %1 hat keinen wahren Wert</translation>
    </message>
    <message>
        <source>row %1 has the class index %2, not one of the %3 classes</source>
        <translation>Zeile %1 hat den Klassenindex %2, keine der %3 Klassen</translation>
    </message>
    <message>
        <source>its class labels cannot be read</source>
        <translation>ihre Klassenbezeichnungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>it has %1 scores a row for %2 classes</source>
        <translation>sie hat %1 Scores je Zeile für %2 Klassen</translation>
    </message>
    <message>
        <source>Cannot read the held-out predictions %1: %2</source>
        <translation>Die zurückgehaltenen Vorhersagen %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>the registry&apos;s audit log</source>
        <translation>Prüfprotokoll der Registry</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was done but not written to the registry&apos;s audit log: %2</source>
        <translation>„%1“ wurde ausgeführt, aber nicht ins Prüfprotokoll der Registry geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>RunEvaluation</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>The run&apos;s model has %1 classes, not the 2 of a binary task.</source>
        <translation>Das Modell des Laufs hat %1 Klassen, nicht die 2 einer binären Aufgabe.</translation>
    </message>
    <message>
        <source>the line cannot be read as CSV</source>
        <translation>die Zeile kann nicht als CSV gelesen werden</translation>
    </message>
    <message>
        <source>%1 columns, where the run&apos;s predictions have %2</source>
        <translation>%1 Spalten, wo die Vorhersagen des Laufs %2 haben</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>%1 Felder statt %2</translation>
    </message>
    <message>
        <source>the row number is not a whole number from 1</source>
        <translation>die Zeilennummer ist keine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>the fold is not a whole number from 1</source>
        <translation>der Fold ist keine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>the true value is not a number</source>
        <translation>der wahre Wert ist keine Zahl</translation>
    </message>
    <message>
        <source>the true class is not one of the model&apos;s classes</source>
        <translation>die wahre Klasse ist keine der Klassen des Modells</translation>
    </message>
    <message>
        <source>a prediction is not a number</source>
        <translation>eine Vorhersage ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Run %1 has not finished: only a finished run has held-out predictions.</source>
        <translation>Lauf %1 ist nicht abgeschlossen: Nur ein abgeschlossener Lauf hat zurückgehaltene Vorhersagen.</translation>
    </message>
    <message>
        <source>The configuration of run %1 does not say its task.</source>
        <translation>Die Konfiguration von Lauf %1 nennt seine Aufgabe nicht.</translation>
    </message>
    <message>
        <source>The held-out predictions %1 belong to another model (its task or classes differ from run %2&apos;s). Delete the file, and Grove reads them again from the run&apos;s predictions.csv.</source>
        <translation>Die zurückgehaltenen Vorhersagen %1 gehören zu einem anderen Modell (Aufgabe oder Klassen weichen von denen von Lauf %2 ab). Löschen Sie die Datei, dann liest Grove sie erneut aus der predictions.csv des Laufs.</translation>
    </message>
    <message>
        <source>Run %1 held out no rows: there is nothing to evaluate.</source>
        <translation>Lauf %1 hat keine Zeilen zurückgehalten: Es gibt nichts auszuwerten.</translation>
    </message>
    <message>
        <source>The dataset run %1 was scored on (id %2) is no longer in the workspace.</source>
        <translation>Der Datensatz, auf dem Lauf %1 bewertet wurde (ID %2), ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Dataset &quot;%1&quot; has no column &quot;%2&quot;. Its columns: %3.</source>
        <translation>Datensatz „%1“ hat keine Spalte „%2“. Seine Spalten: %3.</translation>
    </message>
    <message>
        <source>The held-out predictions of run %1 name row %2, but dataset &quot;%3&quot; has %4 rows: they belong to other data.</source>
        <translation>Die zurückgehaltenen Vorhersagen von Lauf %1 nennen Zeile %2, aber Datensatz „%3“ hat %4 Zeilen: Sie gehören zu anderen Daten.</translation>
    </message>
    <message>
        <source>Run %1&apos;s held-out predictions cannot be read: %2 (%3).</source>
        <translation>Die zurückgehaltenen Vorhersagen von Lauf %1 können nicht gelesen werden: %2 (%3).</translation>
    </message>
    <message>
        <source>Run %1 is %2; a decision threshold belongs to a binary run.</source>
        <translation>Lauf %1 ist %2; ein Entscheidungsschwellenwert gehört zu einem binären Lauf.</translation>
    </message>
    <message>
        <source>Run %1 is %2; only a finished run has scores to choose a threshold for.</source>
        <translation>Lauf %1 ist %2; nur ein abgeschlossener Lauf hat Scores, für die sich ein Schwellenwert wählen lässt.</translation>
    </message>
</context>
<context>
    <name>SealedFile</name>
    <message>
        <source>it does not start with a header Grove can read</source>
        <translation>sie beginnt nicht mit einem Kopf, den Grove lesen kann</translation>
    </message>
    <message>
        <source>its header describes %1 bytes, the file has %2</source>
        <translation>ihr Kopf beschreibt %1 Bytes, die Datei hat %2</translation>
    </message>
    <message numerus="yes">
        <source>the file is too short (%n byte(s))</source>
        <translation>
            <numerusform>die Datei ist zu kurz (%n Byte)</numerusform>
            <numerusform>die Datei ist zu kurz (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>its content does not match its SHA-256</source>
        <translation>ihr Inhalt passt nicht zu ihrem SHA-256</translation>
    </message>
</context>
<context>
    <name>Slices</name>
    <message>
        <source>all %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlend)</translation>
    </message>
    <message numerus="yes">
        <source>other (%n categories)</source>
        <translation>
            <numerusform>andere (%n Kategorie)</numerusform>
            <numerusform>andere (%n Kategorien)</numerusform>
        </translation>
    </message>
    <message>
        <source>all rows</source>
        <translation>alle Zeilen</translation>
    </message>
</context>
<context>
    <name>StoredExplanation</name>
    <message>
        <source>The stored explanation %1 is damaged: %2.</source>
        <translation>Die gespeicherte Erklärung %1 ist beschädigt: %2.</translation>
    </message>
    <message>
        <source>it explains no feature</source>
        <translation>sie erklärt kein Merkmal</translation>
    </message>
    <message>
        <source>it has one class</source>
        <translation>sie hat eine Klasse</translation>
    </message>
    <message>
        <source>the parts have different sizes</source>
        <translation>die Teile sind unterschiedlich groß</translation>
    </message>
    <message>
        <source>the interaction partners have the wrong size</source>
        <translation>die Wechselwirkungspartner haben die falsche Größe</translation>
    </message>
    <message>
        <source>it samples %1 of %2 rows</source>
        <translation>sie zieht %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>sampled row %1 is out of order or beyond the held-out rows</source>
        <translation>die gezogene Zeile %1 ist nicht in Reihenfolge oder liegt jenseits der zurückgehaltenen Zeilen</translation>
    </message>
    <message>
        <source>a base value is not a number</source>
        <translation>ein Basiswert ist keine Zahl</translation>
    </message>
    <message>
        <source>a contribution is not a number</source>
        <translation>ein Beitrag ist keine Zahl</translation>
    </message>
    <message>
        <source>feature %1 has an impossible interaction partner</source>
        <translation>Merkmal %1 hat einen unmöglichen Wechselwirkungspartner</translation>
    </message>
    <message>
        <source>its feature or class names cannot be read</source>
        <translation>ihre Merkmals- oder Klassennamen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>its names do not match its header</source>
        <translation>ihre Namen passen nicht zu ihrem Kopf</translation>
    </message>
    <message>
        <source>Cannot read the stored explanation %1: %2</source>
        <translation>Die gespeicherte Erklärung %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>grove::AliasDialog</name>
    <message>
        <source>The reason</source>
        <translation>Der Grund</translation>
    </message>
    <message>
        <source>The reason has %1 characters, and at most %2 are kept. Shorten it.</source>
        <translation>Der Grund hat %1 Zeichen, gespeichert werden höchstens %2. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>&amp;Remove Alias</source>
        <translation>Alias &amp;entfernen</translation>
    </message>
    <message>
        <source>Aliases of %1</source>
        <translation>Aliasse von %1</translation>
    </message>
    <message>
        <source>An alias names a version for those who use the model, as %1@ALIAS (for example in grove-cli predict --model); it points to one version and can be moved. Every change is kept in the model&apos;s history with its reason.</source>
        <translation>Ein Alias benennt eine Version für alle, die das Modell verwenden, als %1@ALIAS (etwa in grove-cli predict --model); er zeigt auf eine Version und kann verschoben werden. Jede Änderung wird mit ihrem Grund im Verlauf des Modells festgehalten.</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Gesetzt von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>A name, such as champion or challenger</source>
        <translation>Ein Name, etwa champion oder challenger</translation>
    </message>
    <message>
        <source>Why, for the history (required)</source>
        <translation>Warum, für den Verlauf (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Move to Version %1</source>
        <translation>Auf Version %1 &amp;verschieben</translation>
    </message>
    <message>
        <source>&amp;Set on Version %1</source>
        <translation>Auf Version %1 &amp;setzen</translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation>Alias:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Type a new alias, or pick one to move or remove.</source>
        <translation>Geben Sie einen neuen Alias ein, oder wählen Sie einen zum Verschieben oder Entfernen.</translation>
    </message>
    <message>
        <source>A new alias of this model.</source>
        <translation>Ein neuer Alias dieses Modells.</translation>
    </message>
    <message>
        <source>It points to this version already.</source>
        <translation>Er zeigt bereits auf diese Version.</translation>
    </message>
    <message>
        <source>It points to version %1 now.</source>
        <translation>Er zeigt zurzeit auf Version %1.</translation>
    </message>
</context>
<context>
    <name>grove::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2. Check the free disk space and the permissions of the folder, then try again.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und die Zugriffsrechte des Ordners und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>grove::AuditEntryModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>grove::BinaryPane</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>A row is predicted positive when its score is at least the threshold. Drag a point on the ROC or precision-recall curve to choose one there.</source>
        <translation>Eine Zeile wird positiv vorhergesagt, wenn ihr Score mindestens den Schwellenwert erreicht. Ziehen Sie einen Punkt auf der ROC- oder Precision-Recall-Kurve, um ihn dort zu wählen.</translation>
    </message>
    <message>
        <source>What a false positive costs (a negative row predicted positive).</source>
        <translation>Was ein falsch positives Ergebnis kostet (eine negative Zeile, positiv vorhergesagt).</translation>
    </message>
    <message>
        <source>What a false negative costs (a positive row predicted negative).</source>
        <translation>Was ein falsch negatives Ergebnis kostet (eine positive Zeile, negativ vorhergesagt).</translation>
    </message>
    <message>
        <source>Use Cost-Optimal</source>
        <translation>Kostenoptimum verwenden</translation>
    </message>
    <message>
        <source>Move the threshold to the one with the least expected cost.</source>
        <translation>Den Schwellenwert auf den mit den geringsten erwarteten Kosten setzen.</translation>
    </message>
    <message>
        <source>Save Threshold</source>
        <translation>Schwellenwert speichern</translation>
    </message>
    <message>
        <source>Keep this threshold (and the costs) with the run: predict decides classes with it, and an export records it in the version&apos;s metadata and model card.</source>
        <translation>Diesen Schwellenwert (und die Kosten) beim Lauf speichern: predict entscheidet damit über Klassen, und ein Export hält ihn in den Metadaten und der Modellkarte der Version fest.</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
    </message>
    <message>
        <source>Cost of a false positive:</source>
        <translation>Kosten eines falsch Positiven:</translation>
    </message>
    <message>
        <source>of a false negative:</source>
        <translation>eines falsch Negativen:</translation>
    </message>
    <message>
        <source>Rows are the true classes, columns the predicted ones, at the threshold.</source>
        <translation>Zeilen sind die wahren Klassen, Spalten die vorhergesagten, beim Schwellenwert.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spezifität</translation>
    </message>
    <message>
        <source>MCC</source>
        <translation>MCC</translation>
    </message>
    <message>
        <source>Expected cost per row</source>
        <translation>Erwartete Kosten pro Zeile</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <source>Average precision</source>
        <translation>Average Precision</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-Score</translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation>Log-Loss</translation>
    </message>
    <message>
        <source>Calibration error (ECE)</source>
        <translation>Kalibrierungsfehler (ECE)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion at the threshold&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konfusion beim Schwellenwert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Figures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kennzahlen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>ROC-Kurve</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <source>Precision–recall curve</source>
        <translation>Precision-Recall-Kurve</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Mean predicted probability</source>
        <translation>Mittlere vorhergesagte Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Share of positives</source>
        <translation>Anteil Positiver</translation>
    </message>
    <message>
        <source>Cumulative gain</source>
        <translation>Kumulativer Gewinn</translation>
    </message>
    <message>
        <source>Top rows by score (%)</source>
        <translation>Oberste Zeilen nach Score (%)</translation>
    </message>
    <message>
        <source>Positives found (%)</source>
        <translation>Gefundene Positive (%)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Lift over random</source>
        <translation>Lift gegenüber Zufall</translation>
    </message>
    <message>
        <source>Scores of each class</source>
        <translation>Scores jeder Klasse</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Share of the class&apos;s rows</source>
        <translation>Anteil der Zeilen der Klasse</translation>
    </message>
    <message>
        <source>Predicted %1</source>
        <translation>Vorhergesagt %1</translation>
    </message>
    <message>
        <source>Actual %1</source>
        <translation>Tatsächlich %1</translation>
    </message>
    <message>
        <source>AUC %1</source>
        <translation>AUC %1</translation>
    </message>
    <message>
        <source>AP %1</source>
        <translation>AP %1</translation>
    </message>
    <message>
        <source>ROC · AUC %1</source>
        <translation>ROC · AUC %1</translation>
    </message>
    <message>
        <source>Precision–recall · AP %1</source>
        <translation>Precision-Recall · AP %1</translation>
    </message>
    <message>
        <source>threshold %1
TPR %2 · FPR %3
precision %4 · recall %5</source>
        <translation>Schwellenwert %1
TPR %2 · FPR %3
Precision %4 · Recall %5</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Calibration · ECE %1</source>
        <translation>Kalibrierung · ECE %1</translation>
    </message>
    <message>
        <source>scores %1–%2: %3 rows
mean score %4 · positives %5</source>
        <translation>Scores %1–%2: %3 Zeilen
mittlerer Score %4 · Positive %5</translation>
    </message>
    <message>
        <source>Expected cost %1 per row at threshold %2. The least, %3 per row, is at threshold %4.</source>
        <translation>Erwartete Kosten %1 pro Zeile bei Schwellenwert %2. Die geringsten, %3 pro Zeile, liegen bei Schwellenwert %4.</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>least cost</source>
        <translation>geringste Kosten</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>None saved (0.5 is used)</source>
        <translation>Keiner gespeichert (0,5 wird verwendet)</translation>
    </message>
</context>
<context>
    <name>grove::ColumnGuessModel</name>
    <message>
        <source>your choice (Grove guessed %1)</source>
        <translation>Ihre Wahl (Grove vermutete %1)</translation>
    </message>
    <message>
        <source>Double-click to choose how this column is read</source>
        <translation>Doppelklicken, um festzulegen, wie diese Spalte gelesen wird</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Missing (sample)</source>
        <translation>Fehlend (Stichprobe)</translation>
    </message>
    <message>
        <source>Distinct (sample)</source>
        <translation>Verschieden (Stichprobe)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>grove::ColumnProfileModel</name>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read as %1 by choice; Grove guessed %2.</source>
        <translation>Auf Wunsch als %1 gelesen; Grove vermutete %2.</translation>
    </message>
    <message>
        <source>Quartiles: %1 / %2 / %3</source>
        <translation>Quartile: %1 / %2 / %3</translation>
    </message>
    <message>
        <source>%1 infinite values</source>
        <translation>%1 unendliche Werte</translation>
    </message>
    <message>
        <source>The distinct count is estimated (more than 65,536 values).</source>
        <translation>Die Zahl verschiedener Werte ist geschätzt (mehr als 65.536 Werte).</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>Std.-abw.</translation>
    </message>
    <message>
        <source>Top values / notes</source>
        <translation>Häufigste Werte / Hinweise</translation>
    </message>
    <message>
        <source>Most frequent values:</source>
        <translation>Häufigste Werte:</translation>
    </message>
    <message>
        <source>  %1 (%2)</source>
        <translation>  %1 (%2)</translation>
    </message>
</context>
<context>
    <name>grove::ColumnType</name>
    <message>
        <source>Numeric</source>
        <translation>Numerisch</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Kategorial</translation>
    </message>
    <message>
        <source>Text (ignored)</source>
        <translation>Text (ignoriert)</translation>
    </message>
</context>
<context>
    <name>grove::CompareEvaluation</name>
    <message>
        <source>Curves are drawn for binary runs.</source>
        <translation>Kurven werden für binäre Läufe gezeichnet.</translation>
    </message>
    <message>
        <source>ROC curves</source>
        <translation>ROC-Kurven</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <source>Precision–recall curves</source>
        <translation>Precision-Recall-Kurven</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Mean predicted probability</source>
        <translation>Mittlere vorhergesagte Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Share of positives</source>
        <translation>Anteil Positiver</translation>
    </message>
    <message>
        <source>Slices side by side, by:</source>
        <translation>Segmente nebeneinander, nach:</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <source>Select runs to compare their evaluations.</source>
        <translation>Wählen Sie Läufe, um ihre Auswertungen zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n run(s)…</source>
        <translation>
            <numerusform>Werte %n Lauf aus…</numerusform>
            <numerusform>Werte %n Läufe aus…</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluating the compared runs</source>
        <translation>Werte die verglichenen Läufe aus</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n evaluated run(s) were scored on the same held-out rows of the same data.</source>
        <translation>
            <numerusform>Der %n ausgewertete Lauf wurde auf den zurückgehaltenen Zeilen derselben Daten bewertet.</numerusform>
            <numerusform>Alle %n ausgewerteten Läufe wurden auf denselben zurückgehaltenen Zeilen derselben Daten bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;These runs were scored on different rows&lt;/b&gt; (other held-out rows, folds or data): part of the differences below comes from the rows, not the models.</source>
        <translation>&lt;b&gt;Diese Läufe wurden auf verschiedenen Zeilen bewertet&lt;/b&gt; (andere zurückgehaltene Zeilen, Folds oder Daten): Ein Teil der Unterschiede unten stammt von den Zeilen, nicht von den Modellen.</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>Lauf %1 · %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>grove::CompareView</name>
    <message>
        <source>&amp;Log scale</source>
        <translation>&amp;Logarithmische Skala</translation>
    </message>
    <message>
        <source>Show &amp;all settings</source>
        <translation>&amp;Alle Einstellungen zeigen</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n run(s)</source>
        <translation>
            <numerusform>Vergleich von %n Lauf</numerusform>
            <numerusform>Vergleich von %n Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>Lauf %1 · %2</translation>
    </message>
    <message>
        <source>%1 on the %2 data</source>
        <translation>%1 (Daten: %2)</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Exponential moving average of the curves (0: off). Hovering still shows the exact value.</source>
        <translation>Exponentieller gleitender Mittelwert der Kurven (0: aus). Beim Darüberfahren erscheint weiterhin der exakte Wert.</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>Glättung:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Diagramm als PNG …</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Das Diagramm wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Settings Table as CSV…</source>
        <translation>Einstellungstabelle als CSV …</translation>
    </message>
    <message>
        <source>Export Settings</source>
        <translation>Einstellungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved the settings to %1.</source>
        <translation>Die Einstellungen wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Metrics Table as CSV…</source>
        <translation>Metriktabelle als CSV …</translation>
    </message>
    <message>
        <source>Export Metrics</source>
        <translation>Metriken exportieren</translation>
    </message>
    <message>
        <source>Saved the metrics to %1.</source>
        <translation>Die Metriken wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Save Comparison…</source>
        <translation>Vergleich &amp;speichern …</translation>
    </message>
    <message>
        <source>Log &amp;x</source>
        <translation>Log. &amp;x</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>Zoom out to every iteration and value (double-click the chart does the same).</source>
        <translation>Auf alle Iterationen und Werte herauszoomen (ein Doppelklick ins Diagramm tut dasselbe).</translation>
    </message>
    <message>
        <source>Untick a run to hide its curve; hover or select one to emphasise it.</source>
        <translation>Haken entfernen blendet die Kurve eines Laufs aus; Darüberfahren oder Auswählen hebt sie hervor.</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Einstellung:</translation>
    </message>
    <message>
        <source>Setting vs. Metric</source>
        <translation>Einstellung gegen Metrik</translation>
    </message>
    <message>
        <source>Settings that differ, against:</source>
        <translation>Abweichende Einstellungen gegen:</translation>
    </message>
    <message>
        <source>Parallel Coordinates</source>
        <translation>Parallele Koordinaten</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>Diagramm als SVG …</translation>
    </message>
    <message>
        <source>Keep these runs and chart settings under a name, to open them again later.</source>
        <translation>Diese Läufe und Diagrammeinstellungen unter einem Namen aufbewahren, um sie später wieder zu öffnen.</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>Vergleich speichern</translation>
    </message>
    <message>
        <source>Name of the comparison:</source>
        <translation>Name des Vergleichs:</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n run(s)</source>
        <translation>
            <numerusform>Vergleich von %n Lauf</numerusform>
            <numerusform>Vergleich von %n Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved Comparisons</source>
        <translation>Gespeicherte Vergleiche</translation>
    </message>
    <message>
        <source>Select two or more runs in the Runs panel and choose Compare, or open a saved comparison.</source>
        <translation>Wählen Sie im Bereich „Läufe“ zwei oder mehr Läufe und dann „Vergleichen“, oder öffnen Sie einen gespeicherten Vergleich.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n run(s)</source>
        <translation>
            <numerusform>%1 · %n Lauf</numerusform>
            <numerusform>%1 · %n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved comparisons yet</source>
        <translation>Noch keine gespeicherten Vergleiche</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation>„%1“ umbenennen …</translation>
    </message>
    <message>
        <source>Rename Comparison</source>
        <translation>Vergleich umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete “%1”…</source>
        <translation>„%1“ löschen …</translation>
    </message>
    <message>
        <source>Delete Comparison</source>
        <translation>Vergleich löschen</translation>
    </message>
    <message>
        <source>Delete the saved comparison “%1”? Its runs stay as they are.</source>
        <translation>Den gespeicherten Vergleich „%1“ löschen? Seine Läufe bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Replace Comparison</source>
        <translation>Vergleich ersetzen</translation>
    </message>
    <message>
        <source>A comparison named “%1” exists. Replace it with this one?</source>
        <translation>Es gibt bereits einen Vergleich namens „%1“. Durch diesen ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Saved the comparison as “%1”.</source>
        <translation>Der Vergleich wurde als „%1“ gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” showed %n run(s) that were deleted for good since: %2.</source>
        <translation>
            <numerusform>„%1“ zeigte %n Lauf, der seitdem endgültig gelöscht wurde: %2.</numerusform>
            <numerusform>„%1“ zeigte %n Läufe, die seitdem endgültig gelöscht wurden: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the saved comparison “%1”; its runs are unchanged.</source>
        <translation>Der gespeicherte Vergleich „%1“ wurde gelöscht; seine Läufe sind unverändert.</translation>
    </message>
    <message>
        <source>%1 (final, %2)</source>
        <translation>%1 (Endwert, %2)</translation>
    </message>
    <message>
        <source>%1 (best iteration, %2)</source>
        <translation>%1 (beste Iteration, %2)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>Settings that differ → %1</source>
        <translation>Abweichende Einstellungen → %1</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Signifikanz</translation>
    </message>
    <message>
        <source>Significance Table as CSV…</source>
        <translation>Signifikanztabelle als CSV …</translation>
    </message>
    <message>
        <source>Export Significance</source>
        <translation>Signifikanz exportieren</translation>
    </message>
    <message>
        <source>Saved the significance tests to %1.</source>
        <translation>Die Signifikanztests wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Show groups of runs as one: a mean curve with a band, and their metrics as mean ± std. “Configuration” puts together the runs that differ only in their seeds (repeats).</source>
        <translation>Gruppen von Läufen als eins zeigen: eine mittlere Kurve mit einem Band, ihre Metriken als Mittelwert ± Standardabweichung. „Konfiguration“ fasst die Läufe zusammen, die sich nur in ihren Seeds unterscheiden (Wiederholungen).</translation>
    </message>
    <message>
        <source>± std</source>
        <translation>± Std.-Abw.</translation>
    </message>
    <message>
        <source>min–max</source>
        <translation>Min–Max</translation>
    </message>
    <message>
        <source>The band around a group&apos;s mean curve: one standard deviation each side, or the lowest to the highest run.</source>
        <translation>Das Band um die mittlere Kurve einer Gruppe: eine Standardabweichung zu jeder Seite, oder vom niedrigsten bis zum höchsten Lauf.</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>Band:</source>
        <translation>Band:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Configuration (all but seeds)</source>
        <translation>Konfiguration (alles außer Seeds)</translation>
    </message>
    <message>
        <source>Runs %1</source>
        <translation>Läufe %1</translation>
    </message>
</context>
<context>
    <name>grove::ComparisonMetricsModel</name>
    <message>
        <source>%1 (final)</source>
        <translation>%1 (Endwert)</translation>
    </message>
    <message>
        <source>%1 (best iteration)</source>
        <translation>%1 (beste Iteration)</translation>
    </message>
    <message>
        <source>The best %1 of these runs</source>
        <translation>Der beste Wert für %1 unter diesen Läufen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>%1 (n=%2)</source>
        <translation>%1 (n=%2)</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>%1 ± %2 (n=%3)</source>
        <translation>%1 ± %2 (n=%3)</translation>
    </message>
    <message numerus="yes">
        <source>Mean of %n run(s), with their standard deviation</source>
        <translation>
            <numerusform>Mittelwert von %n Lauf, mit seiner Standardabweichung</numerusform>
            <numerusform>Mittelwert von %n Läufen, mit ihrer Standardabweichung</numerusform>
        </translation>
    </message>
    <message>
        <source>The best %1 of these groups</source>
        <translation>Der beste Wert für %1 unter diesen Gruppen</translation>
    </message>
    <message>
        <source>%1 mean</source>
        <translation>%1 Mittelwert</translation>
    </message>
    <message>
        <source>%1 std</source>
        <translation>%1 Standardabweichung</translation>
    </message>
    <message>
        <source>%1 n</source>
        <translation>%1 n</translation>
    </message>
</context>
<context>
    <name>grove::ComparisonSettingsModel</name>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Setting that differs</source>
        <translation>Abweichende Einstellung</translation>
    </message>
</context>
<context>
    <name>grove::ComparisonStore</name>
    <message>
        <source>There is no saved comparison named &quot;%1&quot; in this workspace. Check the name against the list of saved comparisons.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen gespeicherten Vergleich namens „%1“. Prüfen Sie den Namen anhand der Liste der gespeicherten Vergleiche.</translation>
    </message>
    <message>
        <source>A saved comparison needs a name; the name given is empty.</source>
        <translation>Ein gespeicherter Vergleich braucht einen Namen; der angegebene Name ist leer.</translation>
    </message>
    <message>
        <source>The comparison name &quot;%1…&quot; has %2 characters; a name can have at most %3. Choose a shorter name.</source>
        <translation>Der Vergleichsname „%1…“ hat %2 Zeichen; ein Name darf höchstens %3 haben. Wählen Sie einen kürzeren Namen.</translation>
    </message>
    <message>
        <source>The comparison &quot;%1&quot; needs at least two runs; it was given %2.</source>
        <translation>Der Vergleich „%1“ braucht mindestens zwei Läufe; angegeben wurden %2.</translation>
    </message>
    <message>
        <source>Run %1 is listed twice in the comparison &quot;%2&quot;; list each run once.</source>
        <translation>Lauf %1 steht zweimal im Vergleich „%2“; nennen Sie jeden Lauf nur einmal.</translation>
    </message>
    <message>
        <source>The comparison &quot;%1&quot; was not saved: there is no run %2 in this workspace. Choose runs that exist (runs in the trash do).</source>
        <translation>Der Vergleich „%1“ wurde nicht gespeichert: In diesem Arbeitsbereich gibt es keinen Lauf %2. Wählen Sie vorhandene Läufe (Läufe im Papierkorb zählen dazu).</translation>
    </message>
    <message>
        <source>The comparison &quot;%1&quot; was not saved: there are no runs %2 in this workspace. Choose runs that exist (runs in the trash do).</source>
        <translation>Der Vergleich „%1“ wurde nicht gespeichert: In diesem Arbeitsbereich gibt es die Läufe %2 nicht. Wählen Sie vorhandene Läufe (Läufe im Papierkorb zählen dazu).</translation>
    </message>
    <message>
        <source>A saved comparison named &quot;%1&quot; already exists. Choose another name, or delete that comparison first.</source>
        <translation>Ein gespeicherter Vergleich namens „%1“ existiert bereits. Wählen Sie einen anderen Namen oder löschen Sie zuerst diesen Vergleich.</translation>
    </message>
    <message>
        <source>The comparison name &quot;%1&quot;</source>
        <translation>Der Vergleichsname „%1“</translation>
    </message>
</context>
<context>
    <name>grove::CsvFormat</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
</context>
<context>
    <name>grove::CsvReader</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>This line has %1 fields but the header has %2. Every line needs the same number of fields: look for a missing delimiter, or a value that should be quoted.</source>
        <translation>Diese Zeile hat %1 Felder, die Kopfzeile aber %2. Jede Zeile braucht gleich viele Felder: Suchen Sie nach einem fehlenden Trennzeichen oder einem Wert, der in Anführungszeichen stehen sollte.</translation>
    </message>
    <message>
        <source>This line has %1 fields but the header has %2. Every line needs the same number of fields: look for an extra delimiter, or a value containing the delimiter that should be quoted.</source>
        <translation>Diese Zeile hat %1 Felder, die Kopfzeile aber %2. Jede Zeile braucht gleich viele Felder: Suchen Sie nach einem überzähligen Trennzeichen oder einem Wert mit Trennzeichen, der in Anführungszeichen stehen sollte.</translation>
    </message>
    <message>
        <source>A quoted value starts here but its closing quote is missing. Close the quote, or double any quote that belongs to the value (&quot;&quot;).</source>
        <translation>Hier beginnt ein Wert in Anführungszeichen, aber das schließende Anführungszeichen fehlt. Schließen Sie es, oder verdoppeln Sie Anführungszeichen, die zum Wert gehören (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote. A quoted value must be followed by the delimiter or the end of the line; double any quote that belongs to the value.</source>
        <translation>Unerwarteter Text nach einem schließenden Anführungszeichen. Auf einen Wert in Anführungszeichen muss das Trennzeichen oder das Zeilenende folgen; verdoppeln Sie Anführungszeichen, die zum Wert gehören.</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path and try again.</source>
        <translation>%1 existiert nicht. Prüfen Sie den Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose a data file inside it.</source>
        <translation>%1 ist ein Ordner, keine Datei. Wählen Sie eine Datendatei darin.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check its permissions.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The first lines of this file are longer than 256 MB. Is it really a delimited text file?</source>
        <translation>Die ersten Zeilen dieser Datei sind länger als 256 MB. Ist es wirklich eine Textdatei mit Trennzeichen?</translation>
    </message>
    <message>
        <source>This file is encoded as UTF-16. Grove reads UTF-8: save the file as UTF-8 (for example &quot;CSV UTF-8&quot; in a spreadsheet).</source>
        <translation>Diese Datei ist in UTF-16 kodiert. Grove liest UTF-8: Speichern Sie die Datei als UTF-8 (in einer Tabellenkalkulation etwa als „CSV UTF-8“).</translation>
    </message>
    <message>
        <source>This looks like a binary file, not text (it contains NUL bytes). Choose a CSV, TSV or LIBSVM text file.</source>
        <translation>Das sieht nach einer Binärdatei aus, nicht nach Text (sie enthält NUL-Bytes). Wählen Sie eine CSV-, TSV- oder LIBSVM-Textdatei.</translation>
    </message>
    <message>
        <source>Invalid UTF-8 text here. Save the file as UTF-8, or fix the damaged characters.</source>
        <translation>Hier steht ungültiger UTF-8-Text. Speichern Sie die Datei als UTF-8 oder korrigieren Sie die beschädigten Zeichen.</translation>
    </message>
    <message>
        <source>This file contains binary data (a NUL byte). Choose a text file.</source>
        <translation>Diese Datei enthält Binärdaten (ein NUL-Byte). Wählen Sie eine Textdatei.</translation>
    </message>
    <message>
        <source>This file has no lines with data.</source>
        <translation>Diese Datei enthält keine Zeilen mit Daten.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named &quot;%3&quot;. Column names must be unique: rename one of them in the file.</source>
        <translation>Die Spalten %1 und %2 heißen beide „%3“. Spaltennamen müssen eindeutig sein: Benennen Sie eine davon in der Datei um.</translation>
    </message>
    <message>
        <source>This file has a header but no data rows. Add rows below the header, or check that this is the right file.</source>
        <translation>Diese Datei hat eine Kopfzeile, aber keine Datenzeilen. Fügen Sie Zeilen unter der Kopfzeile hinzu oder prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <source>There is no column named &quot;%1&quot; in %2, so its type cannot be set. Columns: %3.</source>
        <translation>In %2 gibt es keine Spalte „%1“, daher kann ihr Typ nicht festgelegt werden. Spalten: %3.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is set to numeric, but &quot;%2&quot; is not a number. Choose another type for this column, or fix the value.</source>
        <translation>Die Spalte „%1“ ist als numerisch festgelegt, aber „%2“ ist keine Zahl. Wählen Sie einen anderen Typ für diese Spalte oder korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Reading text columns again</source>
        <translation>Textspalten werden erneut gelesen</translation>
    </message>
    <message>
        <source>Grove could not read this part of the file.</source>
        <translation>Grove konnte diesen Teil der Datei nicht lesen.</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header and no rows. Choose a file with data.</source>
        <translation>%1 ist leer: Die Datei hat weder Kopfzeile noch Zeilen. Wählen Sie eine Datei mit Daten.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; holds &quot;%2&quot; where the model expects a number. Fix the value, or leave the cell empty for a missing value.</source>
        <translation>Die Spalte „%1“ enthält „%2“, wo das Modell eine Zahl erwartet. Korrigieren Sie den Wert, oder lassen Sie die Zelle für einen fehlenden Wert leer.</translation>
    </message>
</context>
<context>
    <name>grove::CurvePlot</name>
    <message>
        <source>Drag to zoom; Shift+drag or middle-drag to pan; the wheel zooms; right-click goes back; double-click shows everything.</source>
        <translation>Ziehen zoomt; Umschalt+Ziehen oder Ziehen mit der mittleren Taste verschiebt; das Mausrad zoomt; Rechtsklick geht zurück; Doppelklick zeigt alles.</translation>
    </message>
    <message>
        <source>No curves to show.</source>
        <translation>Keine Kurven zum Anzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) ≤ 0 cannot be shown on the log scale</source>
        <translation>
            <numerusform>%n Wert ≤ 0 kann auf der logarithmischen Skala nicht gezeigt werden</numerusform>
            <numerusform>%n Werte ≤ 0 können auf der logarithmischen Skala nicht gezeigt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
iteration %2: %3</source>
        <translation>%1
Iteration %2: %3</translation>
    </message>
    <message>
        <source>smoothed: %1</source>
        <translation>geglättet: %1</translation>
    </message>
    <message>
        <source>band: %1 to %2</source>
        <translation>Band: %1 bis %2</translation>
    </message>
    <message>
        <source>stopped early at iteration %1</source>
        <translation>früh angehalten bei Iteration %1</translation>
    </message>
</context>
<context>
    <name>grove::Database</name>
    <message>
        <source>The workspace is busy: another Grove process is writing to it. Try again in a moment.</source>
        <translation>Der Arbeitsbereich ist belegt: Ein anderer Grove-Prozess schreibt gerade hinein. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation>Die Änderung steht im Konflikt mit vorhandenen Daten (%1).</translation>
    </message>
    <message>
        <source>Database error: %1 (while running: %2).</source>
        <translation>Datenbankfehler: %1 (bei der Ausführung von: %2).</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>Die Transaktion war bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>grove.db</source>
        <translation>grove.db</translation>
    </message>
    <message>
        <source>The disk is full; the workspace database %1 could not be updated. Free some space and try again.</source>
        <translation>Der Datenträger ist voll; die Datenbank %1 des Arbeitsbereichs konnte nicht aktualisiert werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace database %1 cannot be written (%2). Check that the workspace folder is writable (not on a read-only disk or mount, and with write permission for you).</source>
        <translation>Die Datenbank %1 des Arbeitsbereichs kann nicht geschrieben werden (%2). Prüfen Sie, ob der Ordner des Arbeitsbereichs beschreibbar ist (nicht auf einem schreibgeschützten Datenträger oder Mount und mit Schreibberechtigung für Sie).</translation>
    </message>
    <message>
        <source>The workspace database %1 could not be read or written: %2. Check the free disk space and that the disk is working.</source>
        <translation>Die Datenbank %1 des Arbeitsbereichs konnte nicht gelesen oder geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und ob der Datenträger funktioniert.</translation>
    </message>
    <message>
        <source>The workspace database %1 is damaged or is not a Grove database (%2). Rebuild it from the workspace&apos;s datasets and runs folders with: grove-cli recover --workspace %3</source>
        <translation>Die Datenbank %1 des Arbeitsbereichs ist beschädigt oder keine Grove-Datenbank (%2). Bauen Sie sie aus den Ordnern datasets und runs des Arbeitsbereichs neu auf mit: grove-cli recover --workspace %3</translation>
    </message>
    <message>
        <source>the workspace&apos;s audit log</source>
        <translation>Prüfprotokoll des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was done but not written to the audit log: %2</source>
        <translation>„%1“ wurde ausgeführt, aber nicht ins Prüfprotokoll geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>grove::DatasetImport</name>
    <message>
        <source>A dataset named &quot;%1&quot; already exists. Choose another name, or rename the existing dataset.</source>
        <translation>Es gibt bereits einen Datensatz namens „%1“. Wählen Sie einen anderen Namen oder benennen Sie den vorhandenen Datensatz um.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>This file has no data rows.</source>
        <translation>Diese Datei hat keine Datenzeilen.</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profil wird erstellt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Writing snapshot</source>
        <translation>Snapshot wird geschrieben</translation>
    </message>
    <message>
        <source>The dataset no longer exists.</source>
        <translation>Den Datensatz gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The dataset was removed, but its snapshot file %1 could not be deleted. You can delete it by hand.</source>
        <translation>Der Datensatz wurde entfernt, aber seine Snapshot-Datei %1 konnte nicht gelöscht werden. Sie können sie von Hand löschen.</translation>
    </message>
    <message numerus="yes">
        <source>The dataset &quot;%1&quot; cannot be deleted: %n run(s) were trained or validated on it and must stay reproducible.</source>
        <translation>
            <numerusform>Der Datensatz „%1“ kann nicht gelöscht werden: %n Lauf wurde damit trainiert oder validiert und muss reproduzierbar bleiben.</numerusform>
            <numerusform>Der Datensatz „%1“ kann nicht gelöscht werden: %n Läufe wurden damit trainiert oder validiert und müssen reproduzierbar bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset &quot;%1&quot; (imported from %2): %3</source>
        <translation>Datensatz „%1“ (importiert aus %2): %3</translation>
    </message>
    <message>
        <source>the dataset snapshot %1 holds other data (content %2) than was imported (content %3). Import the dataset again from its source file to repair it.</source>
        <translation>der Datensatz-Snapshot %1 enthält andere Daten (Inhalt %2) als importiert wurden (Inhalt %3). Importieren Sie den Datensatz erneut aus seiner Quelldatei, um ihn zu reparieren.</translation>
    </message>
</context>
<context>
    <name>grove::DatasetListModel</name>
    <message>
        <source>%1
%2 rows × %3 columns
SHA-256 %4
Imported %5 by %6 from %7</source>
        <translation>%1
%2 Zeilen × %3 Spalten
SHA-256 %4
Importiert am %5 von %6 aus %7</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>grove::DatasetProfile</name>
    <message>
        <source>The stored dataset profile is damaged.</source>
        <translation>Das gespeicherte Datensatzprofil ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>grove::DatasetProfileView</name>
    <message>
        <source>%1 rows × %2 columns · SHA-256 %3 · imported %4 by %5 from %6</source>
        <translation>%1 Zeilen × %2 Spalten · SHA-256 %3 · importiert am %4 von %5 aus %6</translation>
    </message>
    <message>
        <source>Full SHA-256: %1</source>
        <translation>Vollständiger SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>grove::DatasetStore</name>
    <message>
        <source>A dataset name cannot be empty.</source>
        <translation>Ein Datensatzname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A dataset name can have at most %1 characters.</source>
        <translation>Ein Datensatzname darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A dataset name cannot consist of digits only, because it would be confused with a dataset id.</source>
        <translation>Ein Datensatzname darf nicht nur aus Ziffern bestehen, sonst würde er mit einer Datensatz-ID verwechselt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches the hashes of several datasets; give more characters, the id or the name.</source>
        <translation>„%1“ passt zu den Hashes mehrerer Datensätze; geben Sie mehr Zeichen, die ID oder den Namen an.</translation>
    </message>
    <message>
        <source>There is no dataset &quot;%1&quot; in this workspace. Use the id, the name or the start of the hash shown by &quot;grove-cli datasets&quot;.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Datensatz „%1“. Verwenden Sie die ID, den Namen oder den Anfang des Hashes, den „grove-cli datasets“ anzeigt.</translation>
    </message>
    <message>
        <source>A dataset named &quot;%1&quot; already exists. Choose another name, or rename the existing dataset.</source>
        <translation>Es gibt bereits einen Datensatz namens „%1“. Wählen Sie einen anderen Namen oder benennen Sie den vorhandenen Datensatz um.</translation>
    </message>
    <message>
        <source>The dataset no longer exists.</source>
        <translation>Den Datensatz gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A dataset named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Es gibt bereits einen Datensatz namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The dataset name</source>
        <translation>Der Datensatzname</translation>
    </message>
</context>
<context>
    <name>grove::DatasetsPanel</name>
    <message>
        <source>Filter datasets</source>
        <translation>Datensätze filtern</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation>Datensatz löschen</translation>
    </message>
    <message>
        <source>Delete the dataset &quot;%1&quot; (%2 rows) and its snapshot from this workspace? The source file is not touched, but this cannot be undone.</source>
        <translation>Den Datensatz „%1“ (%2 Zeilen) und seinen Snapshot aus diesem Arbeitsbereich löschen? Die Quelldatei bleibt unberührt, aber das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted the dataset &quot;%1&quot;.</source>
        <translation>Der Datensatz „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>SHA-256 kopieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
</context>
<context>
    <name>grove::DriftFeatureModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Alert: the scores are over PSI %1, no feature is</source>
        <translation>Alarm: Die Scores liegen über PSI %1, kein Merkmal</translation>
    </message>
    <message numerus="yes">
        <source>Alert: %n feature(s) over PSI %1</source>
        <translation>
            <numerusform>Alarm: %n Merkmal über PSI %1</numerusform>
            <numerusform>Alarm: %n Merkmale über PSI %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; the scores drifted too</source>
        <translation>; auch die Scores sind gedriftet</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>KS</source>
        <translation>KS</translation>
    </message>
    <message>
        <source>KS p-value</source>
        <translation>KS-p-Wert</translation>
    </message>
    <message>
        <source>Missing rate change</source>
        <translation>Änderung der Fehlquote</translation>
    </message>
    <message>
        <source>Unseen categories</source>
        <translation>Unbekannte Kategorien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Population stability index over the reference&apos;s bins; above the threshold is drift.</source>
        <translation>Population Stability Index über die Klassen der Referenz; über der Schwelle liegt Drift vor.</translation>
    </message>
    <message>
        <source>Two-sample Kolmogorov–Smirnov statistic against the training values (numeric features).</source>
        <translation>Kolmogorow-Smirnow-Statistik zweier Stichproben gegen die Trainingswerte (numerische Merkmale).</translation>
    </message>
    <message>
        <source>The KS test&apos;s p-value: small values say that the distributions differ.</source>
        <translation>Der p-Wert des KS-Tests: Kleine Werte zeigen, dass sich die Verteilungen unterscheiden.</translation>
    </message>
    <message>
        <source>The new data&apos;s share of missing values minus the training data&apos;s.</source>
        <translation>Der Anteil fehlender Werte in den neuen Daten minus dem in den Trainingsdaten.</translation>
    </message>
    <message>
        <source>Rows whose category the training data did not have.</source>
        <translation>Zeilen, deren Kategorie in den Trainingsdaten nicht vorkam.</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numerisch</translation>
    </message>
    <message>
        <source>%1%2 pp</source>
        <translation>%1%2 Pp.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n Zeile: %1</numerusform>
            <numerusform>%n Zeilen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>PSI %1 is over the threshold %2.</source>
        <translation>PSI %1 liegt über der Schwelle %2.</translation>
    </message>
    <message numerus="yes">
        <source>Alert: the missing rate of %n feature(s) moved by more than %1</source>
        <translation>
            <numerusform>Alarm: Der Anteil fehlender Werte von %n Merkmal hat sich um mehr als %1 verändert</numerusform>
            <numerusform>Alarm: Der Anteil fehlender Werte von %n Merkmalen hat sich um mehr als %1 verändert</numerusform>
        </translation>
    </message>
    <message>
        <source>No drift over the thresholds: every PSI is at most %1, every missing rate moved by at most %2</source>
        <translation>Keine Drift über den Schwellen: Jeder PSI ist höchstens %1, jeder Anteil fehlender Werte hat sich um höchstens %2 verändert</translation>
    </message>
    <message>
        <source>drift, missing</source>
        <translation>Drift, fehlend</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>The missing rate moved by %1, more than the threshold %2.</source>
        <translation>Der Anteil fehlender Werte hat sich um %1 verändert, mehr als die Schwelle %2.</translation>
    </message>
</context>
<context>
    <name>grove::DriftWindow</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Check Drift</source>
        <translation>Drift prüfen</translation>
    </message>
    <message>
        <source>MODEL/VERSION or MODEL@ALIAS</source>
        <translation>MODELL/VERSION oder MODELL@ALIAS</translation>
    </message>
    <message>
        <source>A version of the open registry (churn/3, churn@champion), or a whole reference such as /srv/registry/churn/3.</source>
        <translation>Eine Version der geöffneten Registry (churn/3, churn@champion) oder ein vollständiger Verweis wie /srv/registry/churn/3.</translation>
    </message>
    <message>
        <source>The new data: CSV, TSV or LIBSVM, with the model&apos;s feature columns</source>
        <translation>Die neuen Daten: CSV, TSV oder LIBSVM, mit den Merkmalsspalten des Modells</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>A feature (or the scores) whose PSI is above this has drifted. 0.1 is a common warning level, 0.2 and above a significant shift.</source>
        <translation>Ein Merkmal (oder die Scores) mit einem PSI darüber ist gedriftet. 0,1 ist eine übliche Warnstufe, ab 0,2 gilt eine Verschiebung als erheblich.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>New &amp;data:</source>
        <translation>Neue &amp;Daten:</translation>
    </message>
    <message>
        <source>PSI &amp;threshold:</source>
        <translation>PSI-&amp;Schwelle:</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Share of rows (%)</source>
        <translation>Anteil der Zeilen (%)</translation>
    </message>
    <message>
        <source>Check new data to see a feature&apos;s distribution beside its training data.</source>
        <translation>Prüfen Sie neue Daten, um die Verteilung eines Merkmals neben seinen Trainingsdaten zu sehen.</translation>
    </message>
    <message>
        <source>Check new data to see the model&apos;s scores.</source>
        <translation>Prüfen Sie neue Daten, um die Scores des Modells zu sehen.</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>No drift checks of this model yet.</source>
        <translation>Noch keine Drift-Prüfungen dieses Modells.</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>PSI over the model&apos;s checks</source>
        <translation>PSI über die Prüfungen des Modells</translation>
    </message>
    <message>
        <source>selected feature</source>
        <translation>ausgewähltes Merkmal</translation>
    </message>
    <message>
        <source>other features</source>
        <translation>andere Merkmale</translation>
    </message>
    <message>
        <source>scores (dashed)</source>
        <translation>Scores (gestrichelt)</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>training data (reference)</source>
        <translation>Trainingsdaten (Referenz)</translation>
    </message>
    <message>
        <source>new data</source>
        <translation>neue Daten</translation>
    </message>
    <message>
        <source>New Data to Check</source>
        <translation>Zu prüfende neue Daten</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.tab *.txt *.svm *.libsvm);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.tab *.txt *.svm *.libsvm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a workspace to use its registry.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Registry zu verwenden.</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Registry: %1</translation>
    </message>
    <message>
        <source>Choose the version to check: MODEL/VERSION or MODEL@ALIAS.</source>
        <translation>Wählen Sie die zu prüfende Version: MODELL/VERSION oder MODELL@ALIAS.</translation>
    </message>
    <message>
        <source>Choose the file of new data to compare with the version&apos;s training data.</source>
        <translation>Wählen Sie die Datei mit den neuen Daten, die mit den Trainingsdaten der Version verglichen werden sollen.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>The check was cancelled; no report was kept.</source>
        <translation>Die Prüfung wurde abgebrochen; es wurde kein Bericht abgelegt.</translation>
    </message>
    <message>
        <source>The check could not be made: %1</source>
        <translation>Die Prüfung war nicht möglich: %1</translation>
    </message>
    <message>
        <source>The check ran, but no report was kept: %1</source>
        <translation>Die Prüfung lief, aber es wurde kein Bericht abgelegt: %1</translation>
    </message>
    <message>
        <source>Scores — PSI %1</source>
        <translation>Scores – PSI %1</translation>
    </message>
    <message>
        <source>The version&apos;s reference has no scores to compare with.</source>
        <translation>Die Referenz der Version hat keine Scores zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 Version %2</translation>
    </message>
    <message>
        <source>%1@%2 (version %3)</source>
        <translation>%1@%2 (Version %3)</translation>
    </message>
    <message>
        <source>Scores: PSI %1, KS %2 (p-value %3).</source>
        <translation>Scores: PSI %1, KS %2 (p-Wert %3).</translation>
    </message>
    <message>
        <source>Scores: not compared (the version&apos;s reference has no scores).</source>
        <translation>Scores: nicht verglichen (die Referenz der Version hat keine Scores).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 against the training data of %2.</source>
        <translation>
            <numerusform>%n Zeile aus %1 gegenüber den Trainingsdaten von %2.</numerusform>
            <numerusform>%n Zeilen aus %1 gegenüber den Trainingsdaten von %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>%1 — PSI %2, drift</source>
        <translation>%1 – PSI %2, Drift</translation>
    </message>
    <message>
        <source>%1 — PSI %2</source>
        <translation>%1 – PSI %2</translation>
    </message>
    <message>
        <source>%1 — no values in the new data</source>
        <translation>%1 – keine Werte in den neuen Daten</translation>
    </message>
    <message>
        <source>PSI over the checks of %1</source>
        <translation>PSI über die Prüfungen von %1</translation>
    </message>
    <message>
        <source>PSI of %1 over the checks of %2</source>
        <translation>PSI von %1 über die Prüfungen von %2</translation>
    </message>
    <message numerus="yes">
        <source>The %n oldest check(s) are left out.</source>
        <translation>
            <numerusform>Die älteste Prüfung ist ausgelassen.</numerusform>
            <numerusform>Die %n ältesten Prüfungen sind ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) could not be read: %1</source>
        <translation>
            <numerusform>%n Bericht konnte nicht gelesen werden: %1</numerusform>
            <numerusform>%n Berichte konnten nicht gelesen werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A feature whose missing rate rises or falls by more than this (0.1: ten percentage points) is an alert too, such as a column that arrives empty.</source>
        <translation>Ein Merkmal, dessen Anteil fehlender Werte um mehr als diesen Wert steigt oder fällt (0,1: zehn Prozentpunkte), ist ebenfalls ein Alarm, etwa eine Spalte, die leer ankommt.</translation>
    </message>
    <message>
        <source>&amp;Missing:</source>
        <translation>&amp;Fehlend:</translation>
    </message>
</context>
<context>
    <name>grove::Error</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>grove::EvaluationView</name>
    <message>
        <source>&lt;b&gt;Slices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Segmente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Choose a run to evaluate it.</source>
        <translation>Wählen Sie einen Lauf, um ihn auszuwerten.</translation>
    </message>
    <message>
        <source>The evaluation is shown once the run has finished.</source>
        <translation>Die Auswertung wird gezeigt, sobald der Lauf abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Evaluating run %1 on its held-out rows…</source>
        <translation>Werte Lauf %1 auf seinen zurückgehaltenen Zeilen aus…</translation>
    </message>
    <message>
        <source>Evaluating run %1</source>
        <translation>Werte Lauf %1 aus</translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>Die Auswertung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>out-of-fold predictions: each row scored by the fold model that did not see it</source>
        <translation>Out-of-Fold-Vorhersagen: jede Zeile vom Fold-Modell bewertet, das sie nicht gesehen hat</translation>
    </message>
    <message>
        <source>the validation dataset</source>
        <translation>der Validierungsdatensatz</translation>
    </message>
    <message>
        <source>the rows held out of training</source>
        <translation>die vom Training zurückgehaltenen Zeilen</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %L3 held-out rows (%4).</source>
        <translation>Lauf %1 · %2 · %L3 zurückgehaltene Zeilen (%4).</translation>
    </message>
    <message>
        <source>Saving the threshold of run %1</source>
        <translation>Speichere den Schwellenwert von Lauf %1</translation>
    </message>
    <message>
        <source>Saved threshold %1 with run %2: predict and export use it.</source>
        <translation>Schwellenwert %1 bei Lauf %2 gespeichert: predict und export verwenden ihn.</translation>
    </message>
</context>
<context>
    <name>grove::ExplanationView</name>
    <message>
        <source>A multiclass model has SHAP values per class: the class whose score is explained.</source>
        <translation>Ein Mehrklassenmodell hat SHAP-Werte pro Klasse: die Klasse, deren Score erklärt wird.</translation>
    </message>
    <message>
        <source>Mean |SHAP|</source>
        <translation>Mittleres |SHAP|</translation>
    </message>
    <message>
        <source>Beeswarm</source>
        <translation>Beeswarm</translation>
    </message>
    <message>
        <source>Features by mean |SHAP value|</source>
        <translation>Merkmale nach mittlerem |SHAP-Wert|</translation>
    </message>
    <message>
        <source>Click Error to sort the worst mistakes to the top; select a row to explain it.</source>
        <translation>Klicken Sie auf Fehler, um die schlimmsten Fehler nach oben zu sortieren; wählen Sie eine Zeile, um sie zu erklären.</translation>
    </message>
    <message>
        <source>One row: from the base value to its prediction</source>
        <translation>Eine Zeile: vom Basiswert zu ihrer Vorhersage</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>Dependence of:</source>
        <translation>Abhängigkeit von:</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Choose a run to explain its model.</source>
        <translation>Wählen Sie einen Lauf, um sein Modell zu erklären.</translation>
    </message>
    <message>
        <source>The explanations are shown once the run has finished.</source>
        <translation>Die Erklärungen werden gezeigt, sobald der Lauf abgeschlossen ist.</translation>
    </message>
    <message>
        <source>SHAP values are computed when this tab is shown.</source>
        <translation>SHAP-Werte werden berechnet, wenn dieser Reiter gezeigt wird.</translation>
    </message>
    <message>
        <source>Computing SHAP values of run %1…</source>
        <translation>Berechne SHAP-Werte von Lauf %1…</translation>
    </message>
    <message>
        <source>Explaining run %1</source>
        <translation>Erkläre Lauf %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Exact TreeSHAP values of %L1 of %L2 held-out rows (a seeded sample), on the model&apos;s margin scale; base value %3.</source>
        <translation>Exakte TreeSHAP-Werte von %L1 der %L2 zurückgehaltenen Zeilen (eine Stichprobe mit festem Seed), auf der Margin-Skala des Modells; Basiswert %3.</translation>
    </message>
    <message>
        <source>Dependence of %1 · coloured by %2</source>
        <translation>Abhängigkeit von %1 · gefärbt nach %2</translation>
    </message>
    <message>
        <source>Dependence of %1</source>
        <translation>Abhängigkeit von %1</translation>
    </message>
    <message>
        <source>%1 (category)</source>
        <translation>%1 (Kategorie)</translation>
    </message>
    <message>
        <source>SHAP value of %1</source>
        <translation>SHAP-Wert von %1</translation>
    </message>
    <message>
        <source>→ prediction %1</source>
        <translation>→ Vorhersage %1</translation>
    </message>
    <message>
        <source>Held-out row %1 (dataset row %2)</source>
        <translation>Zurückgehaltene Zeile %1 (Datensatzzeile %2)</translation>
    </message>
    <message>
        <source>Read from the explanation stored with the run.</source>
        <translation>Aus der beim Lauf gespeicherten Erklärung gelesen.</translation>
    </message>
</context>
<context>
    <name>grove::ExportActions</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>grove::FigurePlot</name>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>grove::HeatMapPlot</name>
    <message>
        <source>%1 %2, %3 %4: no trials</source>
        <translation>%1 %2, %3 %4: keine Versuche</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %3 %4
mean %5 = %6, best %7
%n trial(s)</source>
        <translation>
            <numerusform>%1 %2, %3 %4
Mittel %5 = %6, bester %7
%n Versuch</numerusform>
            <numerusform>%1 %2, %3 %4
Mittel %5 = %6, bester %7
%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>The heat map needs two searched parameters and finished trials.</source>
        <translation>Die Heatmap braucht zwei durchsuchte Parameter und beendete Versuche.</translation>
    </message>
</context>
<context>
    <name>grove::HeldOutFigures</name>
    <message numerus="yes">
        <source>%Ln out-of-fold row(s)</source>
        <translation>
            <numerusform>%Ln Out-of-Fold-Zeile</numerusform>
            <numerusform>%Ln Out-of-Fold-Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held-out row(s)</source>
        <translation>
            <numerusform>%Ln zurückgehaltene Zeile</numerusform>
            <numerusform>%Ln zurückgehaltene Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no value on the %2: it is undefined for them (precision when no row is predicted positive, recall without positives, R² when the true values do not vary).</source>
        <translation>%1 hat auf den %2 keinen Wert: Die Kennzahl ist dort nicht definiert (Precision, wenn keine Zeile positiv vorhergesagt wird, Recall ohne Positive, R², wenn die wahren Werte nicht variieren).</translation>
    </message>
    <message>
        <source>The configuration of run %1 does not say its task.</source>
        <translation>Die Konfiguration von Lauf %1 nennt seine Aufgabe nicht.</translation>
    </message>
    <message>
        <source>Run %1 is a %2 run: only a binary run decides with a threshold, so it has no %3.</source>
        <translation>Lauf %1 ist ein Lauf der Art %2: Nur ein binärer Lauf entscheidet mit einem Schwellenwert, daher hat er kein %3.</translation>
    </message>
    <message>
        <source>Run %1 is a %2 run, which has no %3; its figures of this kind are: %4.</source>
        <translation>Lauf %1 ist ein Lauf der Art %2, der kein %3 hat; seine Kennzahlen dieser Art sind: %4.</translation>
    </message>
    <message>
        <source>%1 is not measured on the held-out predictions.</source>
        <translation>%1 wird nicht auf den zurückgehaltenen Vorhersagen gemessen.</translation>
    </message>
    <message>
        <source>The held-out predictions of run %1 are missing: neither %2 nor %3 exists.</source>
        <translation>Die zurückgehaltenen Vorhersagen von Lauf %1 fehlen: Weder %2 noch %3 existiert.</translation>
    </message>
    <message>
        <source>The held-out predictions of run %1 are not binary.</source>
        <translation>Die zurückgehaltenen Vorhersagen von Lauf %1 sind nicht binär.</translation>
    </message>
    <message>
        <source>the saved threshold %1</source>
        <translation>dem gespeicherten Schwellenwert %1</translation>
    </message>
    <message>
        <source>the default threshold 0.5 (the run has no saved threshold)</source>
        <translation>dem Standardschwellenwert 0,5 (der Lauf hat keinen gespeicherten Schwellenwert)</translation>
    </message>
    <message>
        <source>expected cost %1 per row at %2, a false positive costing %3 and a false negative %4, on %5</source>
        <translation>erwartete Kosten %1 pro Zeile bei %2, wenn ein falsch Positives %3 und ein falsch Negatives %4 kostet, auf %5</translation>
    </message>
    <message>
        <source>%1 %2 at %3 on %4</source>
        <translation>%1 %2 bei %3 auf %4</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 auf %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 is undefined on each of the %n slice(s) of %2: too few rows for it (a single class has no AUC; no row predicted positive, no precision).</source>
        <translation>
            <numerusform>%1 ist auf dem %n Segment von %2 nicht definiert: zu wenige Zeilen dafür (eine einzelne Klasse hat keine AUC; ohne positiv vorhergesagte Zeile keine Precision).</numerusform>
            <numerusform>%1 ist auf jedem der %n Segmente von %2 nicht definiert: zu wenige Zeilen dafür (eine einzelne Klasse hat keine AUC; ohne positiv vorhergesagte Zeile keine Precision).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worst slice of %1: &quot;%2&quot; (%3 %4, %Ln row(s))</source>
        <translation>
            <numerusform>schlechtestes Segment von %1: „%2“ (%3 %4, %Ln Zeile)</numerusform>
            <numerusform>schlechtestes Segment von %1: „%2“ (%3 %4, %Ln Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n slice(s) left out, where %2 is undefined</source>
        <translation>
            <numerusform>%1; %n Segment ausgelassen, in dem %2 nicht definiert ist</numerusform>
            <numerusform>%1; %n Segmente ausgelassen, in denen %2 nicht definiert ist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::HeldOutRowsModel</name>
    <message>
        <source>Held-out row</source>
        <translation>Zurückgehaltene Zeile</translation>
    </message>
    <message>
        <source>Dataset row</source>
        <translation>Datensatzzeile</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Probability of %1</source>
        <translation>Wahrscheinlichkeit von %1</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The row&apos;s place among the run&apos;s held-out rows, counted from 0 (grove-cli explain --row)</source>
        <translation>Die Stelle der Zeile unter den zurückgehaltenen Zeilen des Laufs, ab 0 gezählt (grove-cli explain --row)</translation>
    </message>
    <message>
        <source>The row&apos;s number in the dataset, counted from 1 (the &quot;row&quot; column of predictions.csv)</source>
        <translation>Die Nummer der Zeile im Datensatz, ab 1 gezählt (die Spalte „row“ von predictions.csv)</translation>
    </message>
</context>
<context>
    <name>grove::HistogramChart</name>
    <message>
        <source>%1: every value is missing</source>
        <translation>%1: jeder Wert fehlt</translation>
    </message>
    <message>
        <source>%1: nothing to chart</source>
        <translation>%1: nichts darzustellen</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>Verteilung von %1</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>[%1, %2): %n row(s)</source>
        <translation>
            <numerusform>[%1, %2): %n Zeile</numerusform>
            <numerusform>[%1, %2): %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Most frequent values of %1 (%2 other rows)</source>
        <translation>Häufigste Werte von %1 (%2 weitere Zeilen)</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Werte von %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::HistoryActions</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s audit log: who changed what, and when</source>
        <translation>Das Prüfprotokoll des Arbeitsbereichs zeigen: wer was wann geändert hat</translation>
    </message>
    <message>
        <source>Show the registry&apos;s audit log: exports, promotions, aliases</source>
        <translation>Das Prüfprotokoll der Registry zeigen: Exporte, Stufenwechsel, Aliasse</translation>
    </message>
</context>
<context>
    <name>grove::HistoryWindow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Seit:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>The workspace&apos;s log (imports, renames, runs, validations, exports) or the open registry&apos;s (exports, promotions, aliases, copies, drift checks).</source>
        <translation>Das Protokoll des Arbeitsbereichs (Importe, Umbenennungen, Läufe, Validierungen, Exporte) oder das der geöffneten Registry (Exporte, Stufenwechsel, Aliasse, Kopien, Drift-Prüfungen).</translation>
    </message>
    <message>
        <source>Read the log again and check its chain</source>
        <translation>Das Protokoll neu lesen und seine Kette prüfen</translation>
    </message>
    <message>
        <source>Filter by action, object or user</source>
        <translation>Nach Aktion, Objekt oder Benutzer filtern</translation>
    </message>
    <message>
        <source>Only entries from the start of this day on (local time)</source>
        <translation>Nur Einträge ab Beginn dieses Tages (Ortszeit)</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>the workspace&apos;s audit log</source>
        <translation>Prüfprotokoll des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>the registry&apos;s audit log</source>
        <translation>Prüfprotokoll der Registry</translation>
    </message>
    <message>
        <source>No workspace is open, so there is no log to show.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet, daher gibt es kein Protokoll zu zeigen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>The log could not be read, so its chain was not checked.</source>
        <translation>Das Protokoll konnte nicht gelesen werden, daher wurde seine Kette nicht geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>Chain broken — %n problem(s), listed below. Entries named by a problem are marked.</source>
        <translation>
            <numerusform>Kette gebrochen — %n Problem, unten aufgeführt. Einträge, die ein Problem nennt, sind markiert.</numerusform>
            <numerusform>Kette gebrochen — %n Probleme, unten aufgeführt. Einträge, die ein Problem nennt, sind markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>DAMAGED: %1</source>
        <translation>BESCHÄDIGT: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries yet: nothing has been recorded in this log.</source>
        <translation>Noch keine Einträge: In diesem Protokoll wurde noch nichts festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact — %n entry(s), newest hash %1…</source>
        <translation>
            <numerusform>Kette intakt — %n Eintrag, neuester Hash %1…</numerusform>
            <numerusform>Kette intakt — %n Einträge, neuester Hash %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s) shown</source>
        <translation>
            <numerusform>%1 von %n Eintrag angezeigt</numerusform>
            <numerusform>%1 von %n Einträgen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Vorheriger Hash</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>grove::ImportController</name>
    <message>
        <source>Import Dataset</source>
        <translation>Datensatz importieren</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.tab *.txt *.svm *.libsvm *.svmlight);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.tab *.txt *.svm *.libsvm *.svmlight);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a workspace before importing.</source>
        <translation>Öffnen Sie vor dem Import einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was stored.</source>
        <translation>Import von %1 abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Could not import %1. %2</source>
        <translation>%1 konnte nicht importiert werden. %2</translation>
    </message>
    <message>
        <source>%1 holds the same data as the dataset &quot;%2&quot;, which is already in the workspace; nothing new was stored.</source>
        <translation>%1 enthält dieselben Daten wie der Datensatz „%2“, der schon im Arbeitsbereich liegt; nichts Neues wurde gespeichert.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2 rows, %3 columns in %4 s.</source>
        <translation>„%1“ importiert: %2 Zeilen, %3 Spalten in %4 s.</translation>
    </message>
    <message>
        <source>%1 holds the same data as the dataset &quot;%2&quot;, whose damaged snapshot was written again from it.</source>
        <translation>%1 enthält dieselben Daten wie der Datensatz „%2“, dessen beschädigter Snapshot daraus neu geschrieben wurde.</translation>
    </message>
</context>
<context>
    <name>grove::ImportDialog</name>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>TSV</source>
        <translation>TSV</translation>
    </message>
    <message>
        <source>LIBSVM</source>
        <translation>LIBSVM</translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation>Erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>Import Dataset</source>
        <translation>Datensatz importieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>Lesen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; — click a type to change how the column is read</source>
        <translation>&lt;b&gt;Spalten&lt;/b&gt; – klicken Sie auf einen Typ, um zu ändern, wie die Spalte gelesen wird</translation>
    </message>
    <message>
        <source>&lt;b&gt;First rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erste Zeilen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose a CSV, TSV or LIBSVM file.</source>
        <translation>Wählen Sie eine CSV-, TSV- oder LIBSVM-Datei.</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.tab *.txt *.svm *.libsvm *.svmlight);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.tab *.txt *.svm *.libsvm *.svmlight);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the start of %1…</source>
        <translation>Der Anfang von %1 wird gelesen …</translation>
    </message>
    <message>
        <source>%1-delimited</source>
        <translation>getrennt durch %1</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows line endings</source>
        <translation>Windows-Zeilenenden</translation>
    </message>
    <message>
        <source>Unix line endings</source>
        <translation>Unix-Zeilenenden</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Types are guessed from all %n row(s).</source>
        <translation>
            <numerusform>Die Typen sind aus der einzigen Zeile geschätzt.</numerusform>
            <numerusform>Die Typen sind aus allen %n Zeilen geschätzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Types are guessed from the first %n row(s); the import checks every row.</source>
        <translation>
            <numerusform>Die Typen sind aus der ersten Zeile geschätzt; der Import prüft jede Zeile.</numerusform>
            <numerusform>Die Typen sind aus den ersten %n Zeilen geschätzt; der Import prüft jede Zeile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detected: %1. %2</source>
        <translation>Erkannt: %1. %2</translation>
    </message>
</context>
<context>
    <name>grove::ImportanceChart</name>
    <message>
        <source>Feature importance appears when the run has finished.</source>
        <translation>Die Merkmalswichtigkeit erscheint, sobald der Lauf abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The model has no splits, so no feature is important.</source>
        <translation>Das Modell hat keine Splits, daher ist kein Merkmal wichtig.</translation>
    </message>
    <message>
        <source>Top %1 of %2 features by %3</source>
        <translation>Top %1 von %2 Merkmalen nach %3</translation>
    </message>
    <message>
        <source>Features by %1</source>
        <translation>Merkmale nach %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Average loss reduction of the feature&apos;s splits (gain)</source>
        <translation>Mittlere Verlustreduktion der Splits des Merkmals (Gain)</translation>
    </message>
    <message>
        <source>Splits on the feature (weight)</source>
        <translation>Splits auf dem Merkmal (Weight)</translation>
    </message>
    <message>
        <source>Average rows the feature&apos;s splits affect (cover)</source>
        <translation>Mittlere Zeilenzahl, die die Splits des Merkmals betreffen (Cover)</translation>
    </message>
</context>
<context>
    <name>grove::LibsvmReader</name>
    <message>
        <source>The label &quot;%1&quot; is not a number. Each LIBSVM line starts with a numeric label, followed by index:value pairs.</source>
        <translation>Die Zielgröße „%1“ ist keine Zahl. Jede LIBSVM-Zeile beginnt mit einer numerischen Zielgröße, gefolgt von Paaren Index:Wert.</translation>
    </message>
    <message>
        <source>Expected index:value here but found &quot;%1&quot;.</source>
        <translation>Hier wurde Index:Wert erwartet, aber „%1“ gefunden.</translation>
    </message>
    <message>
        <source>The query id &quot;%1&quot; is not a number.</source>
        <translation>Die Abfrage-ID „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The feature index &quot;%1&quot; is not a whole number between 0 and 10,000,000.</source>
        <translation>Der Merkmalsindex „%1“ ist keine ganze Zahl zwischen 0 und 10.000.000.</translation>
    </message>
    <message>
        <source>Feature indices must increase along a line; %1 follows %2.</source>
        <translation>Merkmalsindizes müssen innerhalb einer Zeile steigen; %1 folgt auf %2.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not a number.</source>
        <translation>Der Wert „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>This file contains binary data (a NUL byte). Choose a text file.</source>
        <translation>Diese Datei enthält Binärdaten (ein NUL-Byte). Wählen Sie eine Textdatei.</translation>
    </message>
    <message>
        <source>Invalid UTF-8 text here. Save the file as UTF-8.</source>
        <translation>Hier steht ungültiger UTF-8-Text. Speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>Column types cannot be changed for LIBSVM files: every column is numeric.</source>
        <translation>Bei LIBSVM-Dateien lassen sich die Spaltentypen nicht ändern: Jede Spalte ist numerisch.</translation>
    </message>
    <message>
        <source>This file has no lines with data.</source>
        <translation>Diese Datei enthält keine Zeilen mit Daten.</translation>
    </message>
    <message>
        <source>This LIBSVM file has %1 rows and %2 distinct feature indices; stored densely that is more than Grove can hold. Reduce the number of features first.</source>
        <translation>Diese LIBSVM-Datei hat %1 Zeilen und %2 verschiedene Merkmalsindizes; dicht gespeichert ist das mehr, als Grove fassen kann. Verringern Sie zuerst die Zahl der Merkmale.</translation>
    </message>
</context>
<context>
    <name>grove::MainWindow</name>
    <message>
        <source>Grove</source>
        <translation>Grove</translation>
    </message>
    <message>
        <source>&amp;Import Dataset…</source>
        <translation>Datensatz &amp;importieren …</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import a CSV, TSV or LIBSVM file as a new dataset</source>
        <translation>Eine CSV-, TSV- oder LIBSVM-Datei als neuen Datensatz importieren</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a workspace folder, or choose an empty folder to create one</source>
        <translation>Einen Arbeitsbereichsordner öffnen oder einen leeren Ordner wählen, um einen neuen anzulegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Rename Dataset</source>
        <translation>Datensatz &amp;umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete Dataset…</source>
        <translation>Datensatz &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;About Grove</source>
        <translation>Ü&amp;ber Grove</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Recent &amp;Workspaces</source>
        <translation>Zuletzt verwendete &amp;Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Datasets Panel</source>
        <translation>&amp;Datensatzliste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Bring in a dataset to begin&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Importieren Sie einen Datensatz, um zu beginnen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Drop a CSV, TSV or LIBSVM file on this window, or import one. Grove shows the first rows and the type it guesses for each column before anything is stored. Select a dataset on the left to see its profile.</source>
        <translation>Ziehen Sie eine CSV-, TSV- oder LIBSVM-Datei auf dieses Fenster oder importieren Sie eine. Grove zeigt die ersten Zeilen und den vermuteten Typ jeder Spalte, bevor etwas gespeichert wird. Wählen Sie links einen Datensatz, um sein Profil zu sehen.</translation>
    </message>
    <message>
        <source>Import Dataset…</source>
        <translation>Datensatz importieren …</translation>
    </message>
    <message>
        <source>customer_churn (sample)</source>
        <translation>customer_churn (Beispiel)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>%1 — Grove</source>
        <translation>%1 – Grove</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>About Grove</source>
        <translation>Über Grove</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Grove %1&lt;/h3&gt;&lt;p&gt;A workbench for gradient-boosted-tree experiments: import datasets, train and compare XGBoost runs, validate models and hand them to your team through a shared folder.&lt;/p&gt;&lt;p&gt;libxgboost %2 · Qt %3 · SQLite %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Grove %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für Experimente mit Gradient-Boosted Trees: Datensätze importieren, XGBoost-Läufe trainieren und vergleichen, Modelle validieren und über einen gemeinsamen Ordner an das Team weitergeben.&lt;/p&gt;&lt;p&gt;libxgboost %2 · Qt %3 · SQLite %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Run %1 failed: %2</source>
        <translation>Lauf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation>&amp;Neuer Lauf …</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Configure and start an XGBoost training run</source>
        <translation>Einen XGBoost-Trainingslauf konfigurieren und starten</translation>
    </message>
    <message>
        <source>&amp;Cancel All Runs</source>
        <translation>Alle Läufe a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop every queued and running training of this Grove window</source>
        <translation>Alle wartenden und laufenden Trainings dieses Grove-Fensters stoppen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Concurrent &amp;Runs</source>
        <translation>&amp;Gleichzeitige Läufe</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) at a time</source>
        <translation>
            <numerusform>%n Lauf gleichzeitig</numerusform>
            <numerusform>%n Läufe gleichzeitig</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Runs Panel</source>
        <translation>&amp;Laufliste</translation>
    </message>
    <message>
        <source>Training: %1 running, %2 waiting</source>
        <translation>Training: %1 laufend, %2 wartend</translation>
    </message>
    <message numerus="yes">
        <source>Training: %n run(s)</source>
        <translation>
            <numerusform>Training: %n Lauf</numerusform>
            <numerusform>Training: %n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Grove</source>
        <translation>Grove beenden</translation>
    </message>
    <message>
        <source>Cancel Runs and Quit</source>
        <translation>Läufe abbrechen und beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Validation &amp;&amp; Export</source>
        <translation>Validierung &amp;&amp; Export</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Choose a dataset to see its profile&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Wählen Sie einen Datensatz, um sein Profil zu sehen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>%1 (read-only) — Grove</source>
        <translation>%1 (schreibgeschützt) — Grove</translation>
    </message>
    <message>
        <source>Workspace: %1 (read-only)</source>
        <translation>Arbeitsbereich: %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>This workspace cannot be changed here (read-only disk or no write permission). You can browse its datasets and runs, compare runs and predict; importing, training and editing are off. To change it, copy the folder somewhere writable and open the copy.</source>
        <translation>Dieser Arbeitsbereich kann hier nicht geändert werden (schreibgeschützter Datenträger oder keine Schreibberechtigung). Sie können seine Datensätze und Läufe ansehen, Läufe vergleichen und Vorhersagen machen; Importieren, Trainieren und Bearbeiten sind ausgeschaltet. Um ihn zu ändern, kopieren Sie den Ordner an einen beschreibbaren Ort und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>%1 is off: this workspace is read-only. Copy the folder somewhere writable and open the copy to change it.</source>
        <translation>%1 ist ausgeschaltet: Dieser Arbeitsbereich ist schreibgeschützt. Kopieren Sie den Ordner an einen beschreibbaren Ort und öffnen Sie die Kopie, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>Erklärungen</translation>
    </message>
    <message>
        <source>Sweeps</source>
        <translation>Sweeps</translation>
    </message>
    <message>
        <source>New S&amp;weep…</source>
        <translation>Neuer S&amp;weep …</translation>
    </message>
    <message>
        <source>Search XGBoost configurations: grid, random, successive halving or TPE</source>
        <translation>XGBoost-Konfigurationen durchsuchen: Gitter, Zufallssuche, Successive Halving oder TPE</translation>
    </message>
    <message>
        <source>Runs are still training. Quitting cancels them; their curves so far are kept, and a stopped sweep continues with Resume.</source>
        <translation>Es laufen noch Trainings. Beenden bricht sie ab; ihre bisherigen Kurven bleiben erhalten, und ein angehaltener Sweep lässt sich mit „Fortsetzen“ weiterführen.</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Registry</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n run(s) to the trash. Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>%n Lauf in den Papierkorb verschoben. Bearbeiten ▸ Rückgängig holt ihn zurück.</numerusform>
            <numerusform>%n Läufe in den Papierkorb verschoben. Bearbeiten ▸ Rückgängig holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>grove::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>grove::MetricChart</name>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>fold %1 · %2</source>
        <translation>Fold %1 · %2</translation>
    </message>
    <message>
        <source>best iteration %1</source>
        <translation>beste Iteration %1</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>&amp;Logarithmische Skala</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Diagramm als PNG …</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>Diagramm als SVG …</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Das Diagramm wurde in %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>mean ± std of %n folds · %1</source>
        <translation>
            <numerusform>Mittelwert ± Std.-Abw. über %n Fold · %1</numerusform>
            <numerusform>Mittelwert ± Std.-Abw. über %n Folds · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::ModelExport</name>
    <message>
        <source>| Data | Metric | Final | At the best iteration |</source>
        <translation>| Daten | Metrik | Endwert | Bei der besten Iteration |</translation>
    </message>
    <message>
        <source>A %1 model predicting **%2**, trained by Grove with XGBoost %3 (run %4, experiment &quot;%5&quot;).</source>
        <translation>Ein %1-Modell, das **%2** vorhersagt, trainiert von Grove mit XGBoost %3 (Lauf %4, Experiment „%5“).</translation>
    </message>
    <message>
        <source>Exported by %1 on %2 UTC. It passed validation on %3 UTC (by %4).</source>
        <translation>Exportiert von %1 am %2 UTC. Validierung bestanden am %3 UTC (von %4).</translation>
    </message>
    <message>
        <source>## Training data</source>
        <translation>## Trainingsdaten</translation>
    </message>
    <message>
        <source>- Dataset: &quot;%1&quot;, content SHA-256 `%2`</source>
        <translation>- Datensatz: „%1“, Inhalts-SHA-256 `%2`</translation>
    </message>
    <message>
        <source>- Validated on the dataset &quot;%1&quot;, content SHA-256 `%2`</source>
        <translation>- Validiert auf dem Datensatz „%1“, Inhalts-SHA-256 `%2`</translation>
    </message>
    <message>
        <source>- Classes: %1</source>
        <translation>- Klassen: %1</translation>
    </message>
    <message>
        <source>## Input features</source>
        <translation>## Eingabemerkmale</translation>
    </message>
    <message>
        <source>Columns are matched by name; other columns are ignored.</source>
        <translation>Spalten werden über ihren Namen zugeordnet; andere Spalten werden ignoriert.</translation>
    </message>
    <message>
        <source>| # | Feature | Type | Categories |</source>
        <translation>| # | Merkmal | Typ | Kategorien |</translation>
    </message>
    <message>
        <source>… (%1 in all)</source>
        <translation>… (insgesamt %1)</translation>
    </message>
    <message>
        <source>A category not seen in training is treated as missing.</source>
        <translation>Eine im Training nicht gesehene Kategorie wird als fehlend behandelt.</translation>
    </message>
    <message>
        <source>## Metrics</source>
        <translation>## Metriken</translation>
    </message>
    <message>
        <source>## Validation</source>
        <translation>## Validierung</translation>
    </message>
    <message>
        <source>| Check | Result | Value | Threshold | Detail |</source>
        <translation>| Prüfung | Ergebnis | Wert | Schwellenwert | Detail |</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>## Parameters</source>
        <translation>## Parameter</translation>
    </message>
    <message>
        <source>## Use</source>
        <translation>## Verwendung</translation>
    </message>
    <message>
        <source>With Grove, which matches columns by name and translates categories:</source>
        <translation>Mit Grove, das Spalten über ihren Namen zuordnet und Kategorien übersetzt:</translation>
    </message>
    <message>
        <source>## Lineage</source>
        <translation>## Herkunft</translation>
    </message>
    <message>
        <source>- Run %1, trained by %2 on %3, %4 – %5 UTC</source>
        <translation>- Lauf %1, trainiert von %2 auf %3, %4 – %5 UTC</translation>
    </message>
    <message>
        <source>- Model SHA-256 `%1`</source>
        <translation>- Modell-SHA-256 `%1`</translation>
    </message>
    <message>
        <source>- Grove %1, XGBoost %2, %3</source>
        <translation>- Grove %1, XGBoost %2, %3</translation>
    </message>
    <message>
        <source>- Every file of this version is listed with its SHA-256 in MANIFEST.sha256.</source>
        <translation>- Jede Datei dieser Version ist mit ihrem SHA-256 in MANIFEST.sha256 aufgeführt.</translation>
    </message>
    <message>
        <source>The model of run %1 cannot be read: %2.</source>
        <translation>Das Modell von Lauf %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The model file of run %1 changed after training (its SHA-256 differs from the recorded one); it cannot be exported. Train the run again.</source>
        <translation>Die Modelldatei von Lauf %1 wurde nach dem Training verändert (ihr SHA-256 weicht vom aufgezeichneten ab); sie kann nicht exportiert werden. Trainieren Sie den Lauf erneut.</translation>
    </message>
    <message>
        <source>There is no run %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Lauf %1.</translation>
    </message>
    <message>
        <source>Run %1 is %2; only a finished, validated run can be exported.</source>
        <translation>Lauf %1 hat den Status „%2“; nur ein abgeschlossener, validierter Lauf kann exportiert werden.</translation>
    </message>
    <message>
        <source>Run %1 has not been validated, so it cannot be exported. Validate it first (grove-cli validate %1, or Validate on the run&apos;s page).</source>
        <translation>Lauf %1 wurde nicht validiert und kann daher nicht exportiert werden. Validieren Sie ihn zuerst (grove-cli validate %1 oder „Validieren“ auf der Seite des Laufs).</translation>
    </message>
    <message>
        <source>Run %1 failed its latest validation (%2), so it cannot be exported. Fix the cause and validate again.</source>
        <translation>Lauf %1 hat seine letzte Validierung nicht bestanden (%2) und kann daher nicht exportiert werden. Beheben Sie die Ursache und validieren Sie erneut.</translation>
    </message>
    <message>
        <source>metadata.json of %1 version %2 is not a JSON object (%3).</source>
        <translation>metadata.json von %1 Version %2 ist kein JSON-Objekt (%3).</translation>
    </message>
    <message>
        <source>%1 version %2 (Production)</source>
        <translation>%1 Version %2 (Production)</translation>
    </message>
    <message>
        <source>Early stopping chose iteration %1 of the %2 rounds trained; model.ubj holds the first %3 rounds, those it predicts with.</source>
        <translation>Frühes Stoppen wählte Iteration %1 der %2 trainierten Runden; model.ubj enthält die ersten %3 Runden, mit denen es vorhersagt.</translation>
    </message>
    <message>
        <source>Best iteration: %1 of %2 rounds trained; model.ubj holds all of them.</source>
        <translation>Beste Iteration: %1 von %2 trainierten Runden; model.ubj enthält alle.</translation>
    </message>
    <message>
        <source>The first %1 rounds of run %2&apos;s model could not be kept: %3</source>
        <translation>Die ersten %1 Runden des Modells von Lauf %2 konnten nicht übernommen werden: %3</translation>
    </message>
    <message>
        <source>The registry folder %1 does not exist. Check that the shared folder is mounted and that the path is right (--registry DIR, or Change Folder… on the Registry tab); exporting a model creates the folder.</source>
        <translation>Der Registry-Ordner %1 existiert nicht. Prüfen Sie, ob der freigegebene Ordner eingebunden und der Pfad richtig ist (--registry DIR oder „Ordner wechseln …“ im Reiter Registry); das Exportieren eines Modells legt den Ordner an.</translation>
    </message>
    <message>
        <source>There is no model &quot;%1&quot; in the registry %2 (it has: %3). Check the name: a rule against Production compares with that model&apos;s Production version. For the first version of a new model, validate without such rules.</source>
        <translation>In der Registry %2 gibt es kein Modell „%1“ (sie enthält: %3). Prüfen Sie den Namen: Eine Regel gegen Production vergleicht mit der Production-Version dieses Modells. Validieren Sie die erste Version eines neuen Modells ohne solche Regeln.</translation>
    </message>
    <message>
        <source>The registry folder %1 is a file, not a folder. Give the path of the registry folder (--registry DIR, or Change Folder… on the Registry tab).</source>
        <translation>Der Registry-Ordner %1 ist eine Datei, kein Ordner. Geben Sie den Pfad des Registry-Ordners an (--registry DIR oder „Ordner wechseln …“ im Reiter Registry).</translation>
    </message>
    <message>
        <source>## Decision threshold</source>
        <translation>## Entscheidungsschwellenwert</translation>
    </message>
    <message>
        <source>A row is predicted **%1** when its probability is at least **%2**, the threshold chosen for this model (metadata.json, `decision`).</source>
        <translation>Eine Zeile wird als **%1** vorhergesagt, wenn ihre Wahrscheinlichkeit mindestens **%2** beträgt, der für dieses Modell gewählte Schwellenwert (metadata.json, `decision`).</translation>
    </message>
    <message>
        <source>A row is predicted **%1** when its probability is at least **%2** (the default: no threshold was chosen for this model).</source>
        <translation>Eine Zeile wird als **%1** vorhergesagt, wenn ihre Wahrscheinlichkeit mindestens **%2** beträgt (der Standard: Für dieses Modell wurde kein Schwellenwert gewählt).</translation>
    </message>
    <message>
        <source>It was chosen with a false positive costing %1 and a false negative %2.</source>
        <translation>Er wurde gewählt, wobei ein falsch Positives %1 und ein falsch Negatives %2 kostet.</translation>
    </message>
    <message>
        <source>The Python loader %1 is missing from this build of Grove.</source>
        <translation>Der Python-Lader %1 fehlt in diesem Build von Grove.</translation>
    </message>
    <message>
        <source>In Python, grove_xgboost.py (in this folder) scores a pandas DataFrame as grove-cli predict does: columns matched by name, categories coded as in training, unseen categories and missing values treated alike, and the same columns out. MLflow loads it as the python_function flavour (MLflow %1&apos;s format; Python %2 with requirements.txt, as python_env.yaml says).</source>
        <translation>In Python bewertet grove_xgboost.py (in diesem Ordner) einen pandas-DataFrame so, wie grove-cli predict es tut: Spalten nach Namen zugeordnet, Kategorien wie im Training codiert, unbekannte Kategorien und fehlende Werte gleich behandelt, und dieselben Spalten als Ergebnis. MLflow lädt ihn als python_function-Flavour (im Format von MLflow %1; Python %2 mit requirements.txt, wie python_env.yaml angibt).</translation>
    </message>
    <message>
        <source>Without MLflow, with all of Grove&apos;s rules for text (such as ? for a missing value):</source>
        <translation>Ohne MLflow, mit allen Regeln von Grove für Text (etwa ? für einen fehlenden Wert):</translation>
    </message>
    <message>
        <source>The xgboost flavour (mlflow.xgboost.load_model, or xgboost.Booster) gives the raw Booster of XGBoost %1, which knows nothing of the categories. Give it the features in the order of the table above, each category as its index in the feature&apos;s categories in metadata.json (the order in which training first saw them, not pandas&apos; sorted order: other codes give wrong predictions without an error), and NaN for missing values and unseen categories:</source>
        <translation>Der xgboost-Flavour (mlflow.xgboost.load_model oder xgboost.Booster) liefert den rohen Booster von XGBoost %1, der nichts von den Kategorien weiß. Geben Sie ihm die Merkmale in der Reihenfolge der Tabelle oben, jede Kategorie als ihren Index unter den Kategorien des Merkmals in metadata.json (in der Reihenfolge, in der das Training sie zuerst sah, nicht in der sortierten Reihenfolge von pandas: andere Codes ergeben ohne Fehlermeldung falsche Vorhersagen), und NaN für fehlende Werte und unbekannte Kategorien:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model version: give REGISTRY/MODEL/VERSION or REGISTRY/MODEL@ALIAS, for example registry/churn/3 or registry/churn@champion.</source>
        <translation>„%1“ ist keine Modellversion: Geben Sie REGISTRY/MODELL/VERSION oder REGISTRY/MODELL@ALIAS an, zum Beispiel registry/churn/3 oder registry/churn@champion.</translation>
    </message>
    <message>
        <source>The file %1 of a version is written twice.</source>
        <translation>Die Datei %1 einer Version wird zweimal geschrieben.</translation>
    </message>
    <message>
        <source>- Validation: %1 % of the rows held out (split seed %2)</source>
        <translation>- Validierung: %1 % der Zeilen zurückgehalten (Teilungs-Seed %2)</translation>
    </message>
    <message>
        <source>- Validation: %1-fold cross-validation (split seed %2); the model was then trained on all rows</source>
        <translation>- Validierung: %1-fache Kreuzvalidierung (Teilungs-Seed %2); das Modell wurde danach auf allen Zeilen trainiert</translation>
    </message>
    <message>
        <source>- Validation: on a second dataset (above)</source>
        <translation>- Validierung: auf einem zweiten Datensatz (oben)</translation>
    </message>
</context>
<context>
    <name>grove::MulticlassPane</name>
    <message>
        <source>Shares of each true class (rows sum to 100 %)</source>
        <translation>Anteile jeder wahren Klasse (Zeilen ergeben 100 %)</translation>
    </message>
    <message>
        <source>Rows are the true classes, columns the predicted ones.</source>
        <translation>Zeilen sind die wahren Klassen, Spalten die vorhergesagten.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>AUC (one vs rest)</source>
        <translation>AUC (eine gegen den Rest)</translation>
    </message>
    <message>
        <source>ROC curves, one class against the rest</source>
        <translation>ROC-Kurven, je eine Klasse gegen den Rest</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konfusionsmatrix&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per class&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pro Klasse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Macro average</source>
        <translation>Makro-Mittel</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>Gewichtetes Mittel</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Predicted %1</source>
        <translation>Vorhergesagt %1</translation>
    </message>
    <message>
        <source>Actual %1</source>
        <translation>Tatsächlich %1</translation>
    </message>
</context>
<context>
    <name>grove::NewRunDialog</name>
    <message>
        <source>New Training Run</source>
        <translation>Neuer Trainingslauf</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The column the model learns to predict.</source>
        <translation>Die Spalte, die das Modell vorherzusagen lernt.</translation>
    </message>
    <message>
        <source>Grove guesses the task from the target: two values make a binary classification, a few whole numbers or categories a multiclass one, other numbers a regression.</source>
        <translation>Grove schätzt die Aufgabe anhand der Zielspalte: Zwei Werte ergeben eine binäre Klassifikation, wenige ganze Zahlen oder Kategorien eine Mehrklassen-Klassifikation, andere Zahlen eine Regression.</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Zielspalte:</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>A&amp;ufgabe:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Merkmale:</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) selected</source>
        <translation>
            <numerusform>%n Merkmal ausgewählt</numerusform>
            <numerusform>%n Merkmale ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>&amp;Hold out a share of the rows</source>
        <translation>Anteil der Zeilen zurück&amp;halten</translation>
    </message>
    <message>
        <source>A random share of the rows is kept apart (stratified by class for classification) and evaluated every round.</source>
        <translation>Ein zufälliger Anteil der Zeilen wird zurückgehalten (bei Klassifikation nach Klassen geschichtet) und in jeder Runde ausgewertet.</translation>
    </message>
    <message>
        <source>&amp;K-fold cross-validation</source>
        <translation>&amp;k-fache Kreuzvalidierung</translation>
    </message>
    <message>
        <source>Train k models, each validated on a different fold; metrics are reported per fold and as mean ± standard deviation. The model kept is trained on all rows.</source>
        <translation>k Modelle trainieren, jedes auf einem anderen Fold validiert; Metriken werden pro Fold und als Mittelwert ± Standardabweichung angegeben. Das behaltene Modell wird auf allen Zeilen trainiert.</translation>
    </message>
    <message>
        <source>&amp;Another dataset</source>
        <translation>&amp;Anderer Datensatz</translation>
    </message>
    <message>
        <source>Validate on a second dataset with the same columns.</source>
        <translation>Auf einem zweiten Datensatz mit denselben Spalten validieren.</translation>
    </message>
    <message>
        <source>Share of the rows held out for validation.</source>
        <translation>Anteil der Zeilen, der für die Validierung zurückgehalten wird.</translation>
    </message>
    <message>
        <source>Seed of the shuffle that splits the rows; the same seed gives the same split.</source>
        <translation>Seed des Mischens, das die Zeilen aufteilt; derselbe Seed ergibt dieselbe Aufteilung.</translation>
    </message>
    <message>
        <source>Share held out:</source>
        <translation>Zurückgehaltener Anteil:</translation>
    </message>
    <message>
        <source>Folds:</source>
        <translation>Folds:</translation>
    </message>
    <message>
        <source>Split seed:</source>
        <translation>Seed der Aufteilung:</translation>
    </message>
    <message>
        <source>Validation dataset:</source>
        <translation>Validierungsdatensatz:</translation>
    </message>
    <message>
        <source>XGBoost parameters</source>
        <translation>XGBoost-Parameter</translation>
    </message>
    <message>
        <source>How split points are found: hist (fast, bit-reproducible), approx (quantile sketch per iteration) or exact (every value; slow, no categorical features).</source>
        <translation>Wie Split-Punkte gefunden werden: hist (schnell, bitgenau reproduzierbar), approx (Quantil-Skizze pro Iteration) oder exact (jeder Wert; langsam, keine kategorialen Merkmale).</translation>
    </message>
    <message>
        <source>Off: XGBoost&apos;s default (1).</source>
        <translation>Aus: Vorgabe von XGBoost (1).</translation>
    </message>
    <message>
        <source>name=value; name=value</source>
        <translation>Name=Wert; Name=Wert</translation>
    </message>
    <message>
        <source>Any other XGBoost parameter, passed through by name, e.g. max_leaves=31; grow_policy=lossguide.</source>
        <translation>Jeder weitere XGBoost-Parameter, per Name durchgereicht, z. B. max_leaves=31; grow_policy=lossguide.</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Weitere:</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Boosting rounds: one tree (one per class for multiclass) per round.</source>
        <translation>Boosting-Runden: ein Baum pro Runde (bei Mehrklassen-Klassifikation einer pro Klasse).</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Stop when the last metric on the validation data has not improved for this many rounds; the best iteration is recorded.</source>
        <translation>Stoppen, wenn sich die letzte Metrik auf den Validierungsdaten so viele Runden lang nicht verbessert hat; die beste Iteration wird festgehalten.</translation>
    </message>
    <message>
        <source>XGBoost evaluation metrics, separated by commas (e.g. logloss, auc, error, rmse, mae, mlogloss, merror). Empty: the defaults for the task. The last one decides early stopping.</source>
        <translation>XGBoost-Bewertungsmetriken, durch Kommas getrennt (z. B. logloss, auc, error, rmse, mae, mlogloss, merror). Leer: die Vorgaben für die Aufgabe. Die letzte entscheidet über das frühe Stoppen.</translation>
    </message>
    <message>
        <source>one per core (%1)</source>
        <translation>einer pro Kern (%1)</translation>
    </message>
    <message>
        <source>Threads XGBoost trains with. A run is bit-reproducible with the same thread count.</source>
        <translation>Threads, mit denen XGBoost trainiert. Bei gleicher Thread-Zahl ist ein Lauf bitgenau reproduzierbar.</translation>
    </message>
    <message>
        <source>XGBoost&apos;s random seed (row and column sampling).</source>
        <translation>Zufalls-Seed von XGBoost (Stichproben von Zeilen und Spalten).</translation>
    </message>
    <message>
        <source>A named group of runs; a new name creates the experiment.</source>
        <translation>Eine benannte Gruppe von Läufen; ein neuer Name legt das Experiment an.</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Runden:</translation>
    </message>
    <message>
        <source>&amp;Early stopping:</source>
        <translation>&amp;Frühes Stoppen:</translation>
    </message>
    <message>
        <source>&amp;Metrics:</source>
        <translation>&amp;Metriken:</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>E&amp;xperiment:</source>
        <translation>&amp;Experiment:</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>Copy of run %1 · %2 → %3 (%4)</source>
        <translation>Kopie von Lauf %1 · %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>Es gibt keinen Lauf %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No column of this dataset can be a target: every column is text, constant or empty.</source>
        <translation>Keine Spalte dieses Datensatzes kommt als Zielspalte infrage: Jede Spalte ist Text, konstant oder leer.</translation>
    </message>
    <message>
        <source>The target</source>
        <translation>Die Zielspalte</translation>
    </message>
    <message>
        <source>A text column (an identifier or free text) is never a feature.</source>
        <translation>Eine Textspalte (ein Bezeichner oder Freitext) ist nie ein Merkmal.</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Other parameters: &quot;%1&quot; is not name=value.</source>
        <translation>Weitere Parameter: „%1“ hat nicht die Form Name=Wert.</translation>
    </message>
    <message>
        <source>Other parameters: %1</source>
        <translation>Weitere Parameter: %1</translation>
    </message>
    <message>
        <source>experiment: give the run an experiment name (&quot;Default&quot; will do).</source>
        <translation>experiment: Geben Sie dem Lauf einen Experimentnamen („Default“ genügt).</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Uncheck the columns the model must not learn from (identifiers, leaks of the target).</source>
        <translation>Entfernen Sie das Häkchen bei Spalten, aus denen das Modell nicht lernen darf (Kennungen, Spalten, die die Zielspalte verraten).</translation>
    </message>
    <message>
        <source>The loss XGBoost minimizes. Empty: the usual one for the task.</source>
        <translation>Die Verlustfunktion, die XGBoost minimiert. Leer: die übliche für die Aufgabe.</translation>
    </message>
</context>
<context>
    <name>grove::NewSweepDialog</name>
    <message>
        <source>New Sweep</source>
        <translation>Neuer Sweep</translation>
    </message>
    <message>
        <source>Start Sweep</source>
        <translation>Sweep starten</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden …</translation>
    </message>
    <message>
        <source>Fill the dialog from a sweep definition (JSON), as grove-cli sweep --config reads it</source>
        <translation>Den Dialog aus einer Sweep-Definition (JSON) füllen, wie grove-cli sweep --config sie liest</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Write this sweep&apos;s definition to a JSON file for grove-cli sweep --config</source>
        <translation>Die Definition dieses Sweeps als JSON-Datei für grove-cli sweep --config schreiben</translation>
    </message>
    <message>
        <source>A sweep&apos;s runs go to an experiment named after the sweep.</source>
        <translation>Die Läufe eines Sweeps kommen in ein Experiment mit dem Namen des Sweeps.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Values, or from</source>
        <translation>Werte, oder von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Gleichverteilt</translation>
    </message>
    <message>
        <source>Log-uniform</source>
        <translation>Log-gleichverteilt</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Ganzzahlig</translation>
    </message>
    <message>
        <source>The sweep&apos;s name; its runs go to an experiment of that name.</source>
        <translation>Der Name des Sweeps; seine Läufe kommen in ein Experiment dieses Namens.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>TPE (Bayesian)</source>
        <translation>TPE (bayessch)</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Gitter</translation>
    </message>
    <message>
        <source>Successive halving</source>
        <translation>Successive Halving</translation>
    </message>
    <message>
        <source>Grid: every combination. Random: seeded draws. Successive halving: every configuration for a few rounds, the best 1/η continue. TPE: random startup trials, then draws where good trials were.</source>
        <translation>Gitter: jede Kombination. Zufällig: Ziehungen mit Seed. Successive Halving: jede Konfiguration für wenige Runden, die besten 1/η machen weiter. TPE: zufällige Startversuche, dann Ziehungen dort, wo gute Versuche lagen.</translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation>S&amp;trategie:</translation>
    </message>
    <message>
        <source>T&amp;rials:</source>
        <translation>Ve&amp;rsuche:</translation>
    </message>
    <message>
        <source>Each configuration is trained with this many seeds.</source>
        <translation>Jede Konfiguration wird mit so vielen Seeds trainiert.</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>Wieder&amp;holungen:</translation>
    </message>
    <message>
        <source>Fit the cores</source>
        <translation>Passend zu den Kernen</translation>
    </message>
    <message>
        <source>Trials trained at once; the cores are split between them.</source>
        <translation>Gleichzeitig trainierte Versuche; die Kerne werden zwischen ihnen aufgeteilt.</translation>
    </message>
    <message>
        <source>Para&amp;llel trials:</source>
        <translation>Para&amp;llele Versuche:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <source>The same seed gives the same trial configurations.</source>
        <translation>Derselbe Seed ergibt dieselben Versuchskonfigurationen.</translation>
    </message>
    <message>
        <source>Sweep s&amp;eed:</source>
        <translation>Sweep-S&amp;eed:</translation>
    </message>
    <message>
        <source>The last validation metric</source>
        <translation>Die letzte Validierungsmetrik</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>By the metric</source>
        <translation>Nach der Metrik</translation>
    </message>
    <message>
        <source>Maximize</source>
        <translation>Maximieren</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>Minimieren</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>TPE start&amp;up trials:</source>
        <translation>TPE-Start&amp;versuche:</translation>
    </message>
    <message>
        <source>keep 1/</source>
        <translation>behalte 1/</translation>
    </message>
    <message>
        <source>&amp;Halving:</source>
        <translation>&amp;Halving:</translation>
    </message>
    <message>
        <source>as set above</source>
        <translation>wie oben eingestellt</translation>
    </message>
    <message>
        <source>e.g. 2, 4, 6</source>
        <translation>z. B. 2, 4, 6</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>A grid needs lists or integer ranges: %1 is a continuous range.</source>
        <translation>Ein Gitter braucht Listen oder ganzzahlige Bereiche: %1 ist ein stetiger Bereich.</translation>
    </message>
    <message>
        <source>The grid has %1 combinations.</source>
        <translation>Das Gitter hat %1 Kombinationen.</translation>
    </message>
    <message>
        <source>Objective: choose the metric the sweep optimises, such as valid.auc.</source>
        <translation>Ziel: Wählen Sie die Metrik, die der Sweep optimiert, etwa valid.auc.</translation>
    </message>
    <message>
        <source>%1: give the values to try, separated by commas.</source>
        <translation>%1: Geben Sie die zu probierenden Werte an, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>%1: the range needs a number in &quot;from&quot; and in &quot;to&quot;.</source>
        <translation>%1: Der Bereich braucht eine Zahl in „von“ und in „bis“.</translation>
    </message>
    <message>
        <source>Cannot read the sweep definition %1: %2.</source>
        <translation>Die Sweep-Definition %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save Sweep Definition</source>
        <translation>Sweep-Definition speichern</translation>
    </message>
    <message>
        <source>Sweep definitions (*.json)</source>
        <translation>Sweep-Definitionen (*.json)</translation>
    </message>
    <message>
        <source>Load Sweep Definition</source>
        <translation>Sweep-Definition laden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No trial starts after this many seconds of the sweep&apos;s runs (over resumes too).</source>
        <translation>Nach so vielen Sekunden Laufzeit der Läufe des Sweeps (auch über Fortsetzungen hinweg) beginnt kein Versuch mehr.</translation>
    </message>
</context>
<context>
    <name>grove::ParallelPlot</name>
    <message>
        <source>These runs share all their settings: there is no setting to lay out against the metric.</source>
        <translation>Diese Läufe haben alle Einstellungen gemeinsam: Es gibt keine Einstellung, die sich gegen die Metrik auftragen ließe.</translation>
    </message>
    <message>
        <source>Yellow: highest %1 (best)</source>
        <translation>Gelb: höchster Wert von %1 (am besten)</translation>
    </message>
    <message>
        <source>Yellow: lowest %1 (best)</source>
        <translation>Gelb: niedrigster Wert von %1 (am besten)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Select runs to compare.</source>
        <translation>Wählen Sie Läufe zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>grove::Parameters</name>
    <message>
        <source>Learning rate: how much each new tree corrects the previous ones.</source>
        <translation>Lernrate: wie stark jeder neue Baum die vorherigen korrigiert.</translation>
    </message>
    <message>
        <source>Maximum depth of a tree; deeper trees fit finer patterns and overfit sooner.</source>
        <translation>Maximale Tiefe eines Baums; tiefere Bäume erfassen feinere Muster und neigen früher zur Überanpassung.</translation>
    </message>
    <message>
        <source>Minimum sum of instance weight (hessian) in a leaf; larger is more conservative.</source>
        <translation>Minimale Summe der Instanzgewichte (Hessian) in einem Blatt; größere Werte sind konservativer.</translation>
    </message>
    <message>
        <source>Share of rows sampled for each tree.</source>
        <translation>Anteil der Zeilen, der für jeden Baum gezogen wird.</translation>
    </message>
    <message>
        <source>Share of features sampled for each tree.</source>
        <translation>Anteil der Merkmale, der für jeden Baum gezogen wird.</translation>
    </message>
    <message>
        <source>L2 regularization on leaf weights.</source>
        <translation>L2-Regularisierung der Blattgewichte.</translation>
    </message>
    <message>
        <source>L1 regularization on leaf weights.</source>
        <translation>L1-Regularisierung der Blattgewichte.</translation>
    </message>
    <message>
        <source>Minimum loss reduction required to split a leaf.</source>
        <translation>Minimale Verlustreduktion, die zum Teilen eines Blatts nötig ist.</translation>
    </message>
    <message>
        <source>Number of histogram bins per feature (hist and approx).</source>
        <translation>Anzahl der Histogramm-Bins pro Merkmal (hist und approx).</translation>
    </message>
    <message>
        <source>Weight of the positive class, for unbalanced binary targets (negatives / positives is a common choice).</source>
        <translation>Gewicht der positiven Klasse bei unausgewogenen binären Zielspalten (Negative / Positive ist eine übliche Wahl).</translation>
    </message>
</context>
<context>
    <name>grove::PlotWidget</name>
    <message>
        <source>Exported from Grove</source>
        <translation>Aus Grove exportiert</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>grove::Prediction</name>
    <message>
        <source>The model&apos;s description of its input is missing or damaged.</source>
        <translation>Die Beschreibung der Modelleingabe fehlt oder ist beschädigt.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>%1 lacks columns the model needs: %2. The input must have every feature column, named as in the training data.</source>
        <translation>In %1 fehlen Spalten, die das Modell braucht: %2. Die Eingabe muss jede Merkmalsspalte enthalten, benannt wie in den Trainingsdaten.</translation>
    </message>
    <message>
        <source>In %1 these columns hold text where the model expects numbers: %2.</source>
        <translation>In %1 enthalten diese Spalten Text, wo das Modell Zahlen erwartet: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Predicting</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Run %1 is %2; only a finished run has a model to predict with.</source>
        <translation>Lauf %1 hat den Status „%2“; nur ein abgeschlossener Lauf hat ein Modell für Vorhersagen.</translation>
    </message>
    <message>
        <source>The model of run %1 cannot be read: %2.</source>
        <translation>Das Modell von Lauf %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The decision threshold must be between 0 and 1; %1 is not.</source>
        <translation>Der Entscheidungsschwellenwert muss zwischen 0 und 1 liegen; %1 tut das nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>No output file was given. Give the name of a file for the predictions.</source>
        <translation>Es wurde keine Ausgabedatei angegeben. Geben Sie den Namen einer Datei für die Vorhersagen an.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of a file for the predictions.</source>
        <translation>%1 ist ein Ordner. Geben Sie den Namen einer Datei für die Vorhersagen an.</translation>
    </message>
    <message>
        <source>The output %1 is the file being scored: writing the predictions there would destroy its data. Choose another output file.</source>
        <translation>Die Ausgabe %1 ist die Datei, die bewertet wird: Die Vorhersagen dort zu schreiben, würde ihre Daten zerstören. Wählen Sie eine andere Ausgabedatei.</translation>
    </message>
    <message>
        <source>%1 does not exist. Give a file name for the predictions, or a device such as /dev/stdout.</source>
        <translation>%1 existiert nicht. Geben Sie einen Dateinamen für die Vorhersagen an oder ein Gerät wie /dev/stdout.</translation>
    </message>
</context>
<context>
    <name>grove::Registry</name>
    <message>
        <source>A model needs a name; the name given is empty.</source>
        <translation>Ein Modell braucht einen Namen; der angegebene Name ist leer.</translation>
    </message>
    <message>
        <source>A file in a model version needs a name; the name given is empty.</source>
        <translation>Eine Datei in einer Modellversion braucht einen Namen; der angegebene Name ist leer.</translation>
    </message>
    <message>
        <source>The model name &quot;%1&quot;</source>
        <translation>Der Modellname „%1“</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot;</source>
        <translation>Der Dateiname „%1“</translation>
    </message>
    <message>
        <source>%1 has %2 characters; a name can have at most %3. Choose a shorter name.</source>
        <translation>%1 hat %2 Zeichen; ein Name darf höchstens %3 haben. Wählen Sie einen kürzeren Namen.</translation>
    </message>
    <message>
        <source>%1 takes %2 bytes once encoded, and file systems allow %3. Choose a shorter name.</source>
        <translation>%1 belegt kodiert %2 Bytes, Dateisysteme erlauben %3. Wählen Sie einen kürzeren Namen.</translation>
    </message>
    <message>
        <source>%1 stands for a folder, not a name. Choose a name made of letters or digits.</source>
        <translation>%1 steht für einen Ordner, nicht für einen Namen. Wählen Sie einen Namen aus Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2), such as a tab or a line break. Use a name on one line without tabs.</source>
        <translation>%1 enthält ein Steuerzeichen (U+%2), etwa einen Tabulator oder Zeilenumbruch. Verwenden Sie einen einzeiligen Namen ohne Tabulatoren.</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which separates folders in a path. Use &apos;-&apos; or &apos;_&apos; instead.</source>
        <translation>%1 enthält „%2“, das in einem Pfad Ordner trennt. Verwenden Sie stattdessen &apos;-&apos; oder &apos;_&apos;.</translation>
    </message>
    <message>
        <source>%1 starts with &apos;.&apos;, which hides it and marks the temporary files of the registry. Start the name with a letter or a digit.</source>
        <translation>%1 beginnt mit &apos;.&apos;, was ihn verbirgt und die temporären Dateien der Registry kennzeichnet. Lassen Sie den Namen mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which Windows does not allow in names on shared folders. Use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and spaces.</source>
        <translation>%1 enthält „%2“, was Windows in Namen auf freigegebenen Ordnern nicht erlaubt. Verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; und Leerzeichen.</translation>
    </message>
    <message>
        <source>%1 starts with a space. Remove it.</source>
        <translation>%1 beginnt mit einem Leerzeichen. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 starts with &apos;-&apos;, which command lines read as an option. Start the name with a letter, a digit or &apos;_&apos;.</source>
        <translation>%1 beginnt mit &apos;-&apos;, was Kommandozeilen als Option lesen. Lassen Sie den Namen mit einem Buchstaben, einer Ziffer oder &apos;_&apos; beginnen.</translation>
    </message>
    <message>
        <source>%1 ends with a space or a &apos;.&apos;, which Windows removes from names on shared folders. Remove it.</source>
        <translation>%1 endet mit einem Leerzeichen oder einem &apos;.&apos;, das Windows bei Namen auf freigegebenen Ordnern entfernt. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot; (U+%3), which is not allowed. Use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and spaces.</source>
        <translation>%1 enthält „%2“ (U+%3), was nicht erlaubt ist. Verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; und Leerzeichen.</translation>
    </message>
    <message>
        <source>%1 is the name of a device on Windows (%2), which cannot name a folder or a file on a shared folder. Choose another name.</source>
        <translation>%1 ist unter Windows der Name eines Geräts (%2) und kann auf einem freigegebenen Ordner weder einen Ordner noch eine Datei benennen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1, line %2: not a &quot;&lt;SHA-256&gt;  &lt;file name&gt;&quot; line.</source>
        <translation>%1, Zeile %2: keine Zeile der Form „&lt;SHA-256&gt;  &lt;Dateiname&gt;“.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not the name of a file in the version folder.</source>
        <translation>%1, Zeile %2: „%3“ ist nicht der Name einer Datei im Versionsordner.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is listed twice.</source>
        <translation>%1, Zeile %2: „%3“ ist zweimal aufgeführt.</translation>
    </message>
    <message>
        <source>%1 lists no files.</source>
        <translation>%1 führt keine Dateien auf.</translation>
    </message>
    <message>
        <source>%1 is missing or unreadable (%2).</source>
        <translation>%1 fehlt oder ist nicht lesbar (%2).</translation>
    </message>
    <message>
        <source>%1: listed in %2 but missing.</source>
        <translation>%1: in %2 aufgeführt, aber nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1: a symbolic link, not the published file.</source>
        <translation>%1: ein symbolischer Link, nicht die veröffentlichte Datei.</translation>
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation>%1: keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: its SHA-256 differs from %2 (the file was changed after publishing).</source>
        <translation>%1: Der SHA-256 weicht von %2 ab (die Datei wurde nach der Veröffentlichung verändert).</translation>
    </message>
    <message>
        <source>The version folder cannot be listed (%1).</source>
        <translation>Der Inhalt des Versionsordners kann nicht aufgelistet werden (%1).</translation>
    </message>
    <message>
        <source>%1: not listed in %2 (it was added after publishing).</source>
        <translation>%1: nicht in %2 aufgeführt (wurde nach der Veröffentlichung hinzugefügt).</translation>
    </message>
    <message>
        <source>The registry folder %1 does not exist. Check that the shared folder is mounted and that the path is right; publishing a model creates the folder.</source>
        <translation>Der Registry-Ordner %1 existiert nicht. Prüfen Sie, ob der freigegebene Ordner eingebunden und der Pfad richtig ist; beim Veröffentlichen eines Modells wird der Ordner angelegt.</translation>
    </message>
    <message>
        <source>Publish the model again as a new version, or restore the folder from a backup.</source>
        <translation>Veröffentlichen Sie das Modell erneut als neue Version oder stellen Sie den Ordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a history entry of a format this version of Grove reads</source>
        <translation>kein Verlaufseintrag in einem Format, das diese Grove-Version lesen kann</translation>
    </message>
    <message>
        <source>its sequence number is not %1, the number in its name</source>
        <translation>die laufende Nummer ist nicht %1, die Nummer im Dateinamen</translation>
    </message>
    <message>
        <source>a change has no valid version, stages or time</source>
        <translation>ein Wechsel ohne gültige Version, Stufen oder Zeitangabe</translation>
    </message>
    <message>
        <source>The model folder %1 cannot be read (%2). Check your permission to read the registry folder.</source>
        <translation>Der Modellordner %1 kann nicht gelesen werden (%2). Prüfen Sie Ihre Leseberechtigung für den Registry-Ordner.</translation>
    </message>
    <message>
        <source>There is no model named &quot;%1&quot; in the registry %2. Check the name against the models listed there; names are case-sensitive.</source>
        <translation>In der Registry %2 gibt es kein Modell namens „%1“. Vergleichen Sie den Namen mit den dort aufgeführten Modellen; bei Namen wird zwischen Groß- und Kleinschreibung unterschieden.</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; has no version %2 in the registry %3; its latest version is %4.</source>
        <translation>Das Modell „%1“ hat in der Registry %3 keine Version %2; seine neueste Version ist %4.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; was not published: there are no files to publish.</source>
        <translation>Das Modell „%1“ wurde nicht veröffentlicht: Es gibt keine Dateien zum Veröffentlichen.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; was not published. %2</source>
        <translation>Das Modell „%1“ wurde nicht veröffentlicht. %2</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; was not published: the registry writes %2 itself, so no file given can have that name. Rename that file.</source>
        <translation>Das Modell „%1“ wurde nicht veröffentlicht: Die Registry schreibt %2 selbst, daher darf keine angegebene Datei so heißen. Benennen Sie diese Datei um.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; was not published: &quot;%2&quot; and another file differ only by case, which makes them one file on Windows and macOS shares. Rename one of them.</source>
        <translation>Das Modell „%1“ wurde nicht veröffentlicht: „%2“ und eine andere Datei unterscheiden sich nur in der Groß-/Kleinschreibung und sind daher auf Windows- und macOS-Freigaben dieselbe Datei. Benennen Sie eine davon um.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; was not published: the registry folder %2 cannot be read (%3).</source>
        <translation>Das Modell „%1“ wurde nicht veröffentlicht: Der Registry-Ordner %2 kann nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; was not published: the registry %2 has a model &quot;%3&quot;, and names that differ only by case are one folder on Windows and macOS shares. Publish it as &quot;%3&quot;, or choose another name.</source>
        <translation>Das Modell „%1“ wurde nicht veröffentlicht: Die Registry %2 enthält ein Modell „%3“, und Namen, die sich nur in der Groß-/Kleinschreibung unterscheiden, ergeben auf Windows- und macOS-Freigaben denselben Ordner. Veröffentlichen Sie es als „%3“ oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; was not published: writing %2 failed (%3). Nothing was published; check the free space and your permission to write to the registry folder, then try again.</source>
        <translation>Das Modell „%1“ wurde nicht veröffentlicht: Das Schreiben von %2 ist fehlgeschlagen (%3). Nichts wurde veröffentlicht; prüfen Sie den freien Speicherplatz und Ihre Schreibberechtigung für den Registry-Ordner und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; was not published: moving %2 to %3 failed (%4). Nothing was published; check your permission to write to the registry folder, then try again.</source>
        <translation>Das Modell „%1“ wurde nicht veröffentlicht: Das Verschieben von %2 nach %3 ist fehlgeschlagen (%4). Nichts wurde veröffentlicht; prüfen Sie Ihre Schreibberechtigung für den Registry-Ordner und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; was not published: other publishers took %2 version numbers in a row. Try again.</source>
        <translation>Das Modell „%1“ wurde nicht veröffentlicht: Andere Veröffentlichungen haben %2 Versionsnummern nacheinander belegt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The registry folder %1 cannot be read (%2). Check your permission to read it.</source>
        <translation>Der Registry-Ordner %1 kann nicht gelesen werden (%2). Prüfen Sie Ihre Leseberechtigung dafür.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a file in version %2 of model &quot;%3&quot;; a version holds files without folders.</source>
        <translation>„%1“ ist nicht der Name einer Datei in Version %2 des Modells „%3“; eine Version enthält Dateien ohne Ordner.</translation>
    </message>
    <message>
        <source>Version %1 of model &quot;%2&quot; in %3 fails its checksum check, so none of its files is read:</source>
        <translation>Version %1 des Modells „%2“ in %3 besteht die Prüfsummenprüfung nicht, daher wird keine ihrer Dateien gelesen:</translation>
    </message>
    <message>
        <source>Version %1 of model &quot;%2&quot; has no file &quot;%3&quot;; its files are listed in %4.</source>
        <translation>Version %1 des Modells „%2“ hat keine Datei „%3“; ihre Dateien sind in %4 aufgeführt.</translation>
    </message>
    <message>
        <source>Version %1 of model &quot;%2&quot; in %3 was not moved to %4: it fails its checksum check.</source>
        <translation>Version %1 des Modells „%2“ in %3 wurde nicht in die Stufe %4 verschoben: Sie besteht die Prüfsummenprüfung nicht.</translation>
    </message>
    <message>
        <source>Version %1 of model &quot;%2&quot; is already in %3; nothing was changed.</source>
        <translation>Version %1 des Modells „%2“ ist bereits in der Stufe %3; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; was not published: the folder %2, which should hold the registry folder, does not exist. Check that the shared folder is mounted and that the registry path is right.</source>
        <translation>Das Modell „%1“ wurde nicht veröffentlicht: Der Ordner %2, der den Registry-Ordner enthalten sollte, existiert nicht. Prüfen Sie, ob der freigegebene Ordner eingebunden und der Registry-Pfad richtig ist.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; was not published: the registry folder %2 cannot be created. Check that you may write to %3.</source>
        <translation>Das Modell „%1“ wurde nicht veröffentlicht: Der Registry-Ordner %2 kann nicht angelegt werden. Prüfen Sie, ob Sie in %3 schreiben dürfen.</translation>
    </message>
    <message>
        <source>The registry folder %1 is %2, not a folder. Give the path of the registry folder itself.</source>
        <translation>Der Registry-Ordner %1 ist %2 und kein Ordner. Geben Sie den Pfad des Registry-Ordners selbst an.</translation>
    </message>
    <message>
        <source>%1 is %2, not %3: Grove never reads or writes through links or anything else than plain folders in a registry. Remove it, or replace it by the folder itself.</source>
        <translation>%1 ist %2 und nicht %3: Grove liest und schreibt in einer Registry nie über Links oder etwas anderes als gewöhnliche Ordner. Entfernen Sie den Eintrag oder ersetzen Sie ihn durch den Ordner selbst.</translation>
    </message>
    <message>
        <source>a model folder</source>
        <translation>ein Modellordner</translation>
    </message>
    <message>
        <source>a version folder</source>
        <translation>ein Versionsordner</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; was not published: the registry folder %2 is %3, not a folder. Give the path of the registry folder itself.</source>
        <translation>Das Modell „%1“ wurde nicht veröffentlicht: Der Registry-Ordner %2 ist %3 und kein Ordner. Geben Sie den Pfad des Registry-Ordners selbst an.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; was not published: %2</source>
        <translation>Das Modell „%1“ wurde nicht veröffentlicht: %2</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>a special file (a pipe, socket or device)</source>
        <translation>eine Spezialdatei (eine Pipe, ein Socket oder ein Gerät)</translation>
    </message>
    <message>
        <source>%1 is %2, not a version folder: Grove never reads through links or anything else than plain folders in a registry.</source>
        <translation>%1 ist %2 und kein Versionsordner: Grove liest in einer Registry nie über Links oder etwas anderes als gewöhnliche Ordner.</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>The version folder %1 cannot be opened (%2).</source>
        <translation>Der Versionsordner %1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1 is larger than %2, far more than a manifest holds; it is not read.</source>
        <translation>%1 ist größer als %2, weit mehr, als ein Manifest enthält; die Datei wird nicht gelesen.</translation>
    </message>
    <message>
        <source>%1: truncated to %2 of its %3 bytes (its SHA-256 cannot match %4).</source>
        <translation>%1: auf %2 von %3 Bytes gekürzt (ihr SHA-256 kann nicht mit %4 übereinstimmen).</translation>
    </message>
    <message>
        <source>%1: %2 bytes instead of the %3 published (the file was changed after publishing).</source>
        <translation>%1: %2 Bytes statt der veröffentlichten %3 (die Datei wurde nach der Veröffentlichung geändert).</translation>
    </message>
    <message>
        <source>%1: %2, more than the %3 Grove reads from such a file; it is not read (the file was changed after publishing).</source>
        <translation>%1: %2, mehr als die %3, die Grove aus einer solchen Datei liest; sie wird nicht gelesen (die Datei wurde nach der Veröffentlichung geändert).</translation>
    </message>
    <message>
        <source>%1: grew past %2 while it was read; it is not used.</source>
        <translation>%1: ist während des Lesens über %2 hinaus gewachsen; die Datei wird nicht verwendet.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it moves version %1 from %2, but version %1 is in %3 at that point of the history</source>
        <translation>er verschiebt Version %1 aus %2, obwohl Version %1 an dieser Stelle des Verlaufs in %3 ist</translation>
    </message>
    <message>
        <source>it leaves versions %1 in Production, and a model has at most one Production version</source>
        <translation>er lässt die Versionen %1 in Production, ein Modell hat aber höchstens eine Production-Version</translation>
    </message>
    <message>
        <source>larger than %1 bytes, far more than a history entry holds</source>
        <translation>größer als %1 Bytes, weit mehr, als ein Verlaufseintrag enthält</translation>
    </message>
    <message>
        <source>a symbolic link, not a history entry</source>
        <translation>ein symbolischer Link, kein Verlaufseintrag</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Der Grund</translation>
    </message>
    <message>
        <source>%1: a symbolic link. Grove never reads or writes through links in a registry; remove it, or put the folder itself in its place.</source>
        <translation>%1: ein symbolischer Link. Grove liest und schreibt in einer Registry nie über Links; entfernen Sie ihn oder legen Sie den Ordner selbst an seine Stelle.</translation>
    </message>
    <message>
        <source>%1: %2 that is not part of the registry (Grove does not read it). Move it out of the registry folder.</source>
        <translation>%1: %2, gehört nicht zur Registry (Grove liest diesen Eintrag nicht). Verschieben Sie ihn aus dem Registry-Ordner.</translation>
    </message>
    <message>
        <source>%1: cannot be listed (%2).</source>
        <translation>%1: kann nicht aufgelistet werden (%2).</translation>
    </message>
    <message>
        <source>%1: %2, not a version folder; the version cannot be used.</source>
        <translation>%1: %2 und kein Versionsordner; die Version kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>%1: a folder whose name is not a version number (1, 2, 3...), so Grove does not check or use it. Move it out of the registry folder.</source>
        <translation>%1: ein Ordner, dessen Name keine Versionsnummer (1, 2, 3 …) ist, daher prüft und verwendet Grove ihn nicht. Verschieben Sie ihn aus dem Registry-Ordner.</translation>
    </message>
    <message>
        <source>%1: a model folder without any version. Remove it.</source>
        <translation>%1: ein Modellordner ohne jede Version. Entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>%1: a folder that is not a model (%2). Grove does not check or use it; move it out of the registry folder.</source>
        <translation>%1: ein Ordner, der kein Modell ist (%2). Grove prüft und verwendet ihn nicht; verschieben Sie ihn aus dem Registry-Ordner.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; has no alias &quot;%2&quot;; it has no aliases at all. Set one with: grove-cli registry alias set %1 ALIAS VERSION --reason TEXT</source>
        <translation>Das Modell „%1“ hat keinen Alias „%2“; es hat überhaupt keine Aliasse. Setzen Sie einen mit: grove-cli registry alias set %1 ALIAS VERSION --reason TEXT</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; has no alias &quot;%2&quot;; its aliases are: %3. Aliases are case-sensitive.</source>
        <translation>Das Modell „%1“ hat keinen Alias „%2“; seine Aliasse sind: %3. Bei Aliassen zählt die Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>an alias change has no valid alias name</source>
        <translation>ein Aliaswechsel hat keinen gültigen Aliasnamen</translation>
    </message>
    <message>
        <source>an alias change has no valid versions or time</source>
        <translation>ein Aliaswechsel hat keine gültigen Versionen oder Zeit</translation>
    </message>
    <message>
        <source>it moves alias &quot;%1&quot; from version %2, but the alias is not set at that point of the history</source>
        <translation>er verschiebt den Alias „%1“ von Version %2, obwohl der Alias an dieser Stelle des Verlaufs nicht gesetzt ist</translation>
    </message>
    <message>
        <source>it sets alias &quot;%1&quot; as new, but the alias points to version %2 at that point of the history</source>
        <translation>er setzt den Alias „%1“ neu, obwohl der Alias an dieser Stelle des Verlaufs auf Version %2 zeigt</translation>
    </message>
    <message>
        <source>it moves alias &quot;%1&quot; from version %2, but the alias points to version %3 at that point of the history</source>
        <translation>er verschiebt den Alias „%1“ von Version %2, obwohl der Alias an dieser Stelle des Verlaufs auf Version %3 zeigt</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; of model &quot;%2&quot; points to version %3, which is not in the registry %4: the history in %5 was forged, or the version was deleted. Restore it from a backup.</source>
        <translation>Der Alias „%1“ des Modells „%2“ zeigt auf Version %3, die es in der Registry %4 nicht gibt: Der Verlauf in %5 wurde gefälscht, oder die Version wurde gelöscht. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; of model &quot;%2&quot; was not set to version %3</source>
        <translation>Der Alias „%1“ des Modells „%2“ wurde nicht auf Version %3 gesetzt</translation>
    </message>
    <message>
        <source>%1: version %2 in %3 fails its checksum check.</source>
        <translation>%1: Version %2 in %3 besteht die Prüfsummenprüfung nicht.</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; of model &quot;%2&quot; points to version %3 already; nothing was changed.</source>
        <translation>Der Alias „%1“ des Modells „%2“ zeigt bereits auf Version %3; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1: the model has an alias &quot;%2&quot;, which differs only by case. Move that alias, or choose another name.</source>
        <translation>%1: Das Modell hat einen Alias „%2“, der sich nur in der Groß- und Kleinschreibung unterscheidet. Verschieben Sie diesen Alias, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; of model &quot;%2&quot; was not removed</source>
        <translation>Der Alias „%1“ des Modells „%2“ wurde nicht entfernt</translation>
    </message>
    <message>
        <source>%1: it points to version %2, not to version %3; nothing was changed.</source>
        <translation>%1: Er zeigt auf Version %2, nicht auf Version %3; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1/%2: alias &quot;%3&quot; points to version %4, which the model does not have (the history was forged, or the version was deleted).</source>
        <translation>%1/%2: Der Alias „%3“ zeigt auf Version %4, die das Modell nicht hat (der Verlauf wurde gefälscht, oder die Version wurde gelöscht).</translation>
    </message>
    <message>
        <source>it records no stage or alias change</source>
        <translation>er enthält keinen Stufen- oder Aliaswechsel</translation>
    </message>
    <message>
        <source>The history of model &quot;%1&quot; is damaged: %2 cannot be read (%3). Restore the file from a backup; Grove never changes a history file once written.</source>
        <translation>Der Verlauf des Modells „%1“ ist beschädigt: %2 kann nicht gelesen werden (%3). Stellen Sie die Datei aus einer Sicherung wieder her; Grove ändert eine einmal geschriebene Verlaufsdatei nie.</translation>
    </message>
    <message>
        <source>The history of model &quot;%1&quot; is damaged: %2 is %3, not a folder. Grove never reads through links in a registry; restore the history folder from a backup.</source>
        <translation>Der Verlauf des Modells „%1“ ist beschädigt: %2 ist %3 und kein Ordner. Grove liest in einer Registry nie über Links; stellen Sie den Verlaufsordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The history of model &quot;%1&quot; cannot be read: listing %2 failed (%3). Check your permission to read the registry folder.</source>
        <translation>Der Verlauf des Modells „%1“ kann nicht gelesen werden: Das Auflisten von %2 ist fehlgeschlagen (%3). Prüfen Sie Ihre Leseberechtigung für den Registry-Ordner.</translation>
    </message>
    <message>
        <source>The history of model &quot;%1&quot; is incomplete: %2 is missing while later entries exist. History entries are never deleted; restore the file from a backup.</source>
        <translation>Der Verlauf des Modells „%1“ ist unvollständig: %2 fehlt, obwohl spätere Einträge existieren. Verlaufseinträge werden nie gelöscht; stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The history of model &quot;%1&quot; is damaged: %2 contradicts the entries before it (%3). Grove writes every change against the history as it is, so this entry was changed or forged; restore the history from a backup.</source>
        <translation>Der Verlauf des Modells „%1“ ist beschädigt: %2 widerspricht den Einträgen davor (%3). Grove schreibt jede Änderung auf den Verlauf, wie er ist; dieser Eintrag wurde also geändert oder gefälscht. Stellen Sie den Verlauf aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1: a change to the history needs a reason, and none was given.</source>
        <translation>%1: Eine Änderung im Verlauf braucht einen Grund, und es wurde keiner angegeben.</translation>
    </message>
    <message>
        <source>%1: the reason has %2 characters, and at most %3 are kept. Shorten it.</source>
        <translation>%1: Der Grund hat %2 Zeichen, gespeichert werden höchstens %3. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1: the history folder %2 cannot be created (%3). Check your permission to write to the registry folder.</source>
        <translation>%1: Der Verlaufsordner %2 kann nicht angelegt werden (%3). Prüfen Sie Ihre Schreibberechtigung für den Registry-Ordner.</translation>
    </message>
    <message>
        <source>%1: %2 is %3, not a folder, and Grove never writes through links in a registry. Restore the history folder from a backup.</source>
        <translation>%1: %2 ist %3 und kein Ordner, und Grove schreibt in einer Registry nie über Links. Stellen Sie den Verlaufsordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1: writing %2 failed (%3). Check the free space and your permission to write to the registry folder, then try again.</source>
        <translation>%1: Das Schreiben von %2 ist fehlgeschlagen (%3). Prüfen Sie den freien Speicherplatz und Ihre Schreibberechtigung für den Registry-Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: others changed the history of this model %2 times while this change was being written. Try again.</source>
        <translation>%1: Andere haben den Verlauf dieses Modells %2-mal geändert, während diese Änderung geschrieben wurde. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Version %1 of model &quot;%2&quot; was not moved to %3</source>
        <translation>Version %1 des Modells „%2“ wurde nicht in die Stufe %3 verschoben</translation>
    </message>
    <message>
        <source>An alias needs a name; the name given is empty.</source>
        <translation>Ein Alias braucht einen Namen; der angegebene Name ist leer.</translation>
    </message>
    <message>
        <source>The alias &quot;%1&quot;</source>
        <translation>Der Alias „%1“</translation>
    </message>
    <message>
        <source>%1 is a number, which would read as a version number. Choose a name with a letter in it, such as &quot;champion&quot;.</source>
        <translation>%1 ist eine Zahl und würde als Versionsnummer gelesen. Wählen Sie einen Namen mit einem Buchstaben, etwa „champion“.</translation>
    </message>
    <message>
        <source>a version folder of a registry</source>
        <translation>ein Versionsordner einer Registry</translation>
    </message>
    <message>
        <source>a model folder of a registry</source>
        <translation>ein Modellordner einer Registry</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; was not published: %2 is %3, not a registry folder. Give the registry folder itself.</source>
        <translation>Das Modell „%1“ wurde nicht veröffentlicht: %2 ist %3, kein Registry-Ordner. Geben Sie den Registry-Ordner selbst an.</translation>
    </message>
    <message>
        <source>a registry folder</source>
        <translation>ein Registry-Ordner</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; was not published: %2 lies inside %3, which is %4; writing there would damage that registry. Give the registry folder itself.</source>
        <translation>Das Modell „%1“ wurde nicht veröffentlicht: %2 liegt in %3, und das ist %4; dort zu schreiben, würde diese Registry beschädigen. Geben Sie den Registry-Ordner selbst an.</translation>
    </message>
    <message>
        <source>%1: a name that is not valid UTF-8, so Grove cannot open or check it. Rename it, or move it out of the registry folder.</source>
        <translation>%1: ein Name, der kein gültiges UTF-8 ist; Grove kann ihn daher weder öffnen noch prüfen. Benennen Sie ihn um, oder verschieben Sie ihn aus dem Registry-Ordner.</translation>
    </message>
    <message>
        <source>%1 and %2: model folders whose names differ only by case, which makes them one folder on Windows and macOS shares. Rename or remove one of them.</source>
        <translation>%1 und %2: Modellordner, deren Namen sich nur in der Groß- und Kleinschreibung unterscheiden; auf Windows- und macOS-Freigaben sind sie ein Ordner. Benennen Sie einen um, oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>%1 has Windows line ends (CR LF): it was changed after publishing, by an editor or a copy in text mode. Restore it from a backup or from the source of the copy.</source>
        <translation>%1 hat Windows-Zeilenenden (CR LF): Die Datei wurde nach dem Veröffentlichen geändert, von einem Editor oder einer Kopie im Textmodus. Stellen Sie sie aus einer Sicherung oder aus der Quelle der Kopie wieder her.</translation>
    </message>
</context>
<context>
    <name>grove::RegistryController</name>
    <message>
        <source>Validating run %1</source>
        <translation>Lauf %1 wird validiert</translation>
    </message>
    <message>
        <source>Run %1 passed validation; it can be exported.</source>
        <translation>Lauf %1 hat die Validierung bestanden; er kann exportiert werden.</translation>
    </message>
    <message>
        <source>Run %1 failed validation: %2</source>
        <translation>Lauf %1 hat die Validierung nicht bestanden: %2</translation>
    </message>
    <message>
        <source>Exporting run %1</source>
        <translation>Lauf %1 wird exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported run %1 as %2 version %3 to %4.</source>
        <translation>Lauf %1 wurde als %2 Version %3 nach %4 exportiert.</translation>
    </message>
    <message>
        <source>version %1: %2 → %3</source>
        <translation>Version %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Scoring %1 with %2 version %3</source>
        <translation>%1 wird mit %2 Version %3 bewertet</translation>
    </message>
    <message>
        <source>Scoring cancelled; no predictions were written.</source>
        <translation>Bewertung abgebrochen; es wurden keine Vorhersagen geschrieben.</translation>
    </message>
    <message>
        <source>Could not score %1: %2</source>
        <translation>%1 konnte nicht bewertet werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 predictions to %2.</source>
        <translation>%1 Vorhersagen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>%1 cells had categories the model never saw; they were scored as missing.</source>
        <translation>%1 Zellen enthielten Kategorien, die das Modell nie gesehen hat; sie wurden als fehlend behandelt.</translation>
    </message>
    <message>
        <source>Promoting %1 version %2</source>
        <translation>%1 Version %2 wird hochgestuft</translation>
    </message>
    <message>
        <source>Setting alias %1 of %2</source>
        <translation>Alias %1 von %2 wird gesetzt</translation>
    </message>
    <message>
        <source>%1@%2 now points to version %3.</source>
        <translation>%1@%2 zeigt jetzt auf Version %3.</translation>
    </message>
    <message>
        <source>%1@%2 moved from version %3 to version %4.</source>
        <translation>%1@%2 von Version %3 auf Version %4 verschoben.</translation>
    </message>
    <message>
        <source>Removing alias %1 of %2</source>
        <translation>Alias %1 von %2 wird entfernt</translation>
    </message>
    <message>
        <source>%1@%2 removed; it pointed to version %3.</source>
        <translation>%1@%2 entfernt; er zeigte auf Version %3.</translation>
    </message>
    <message>
        <source>Copying %1 version %2</source>
        <translation>%1 Version %2 wird kopiert</translation>
    </message>
    <message>
        <source>Copy cancelled; nothing was written to the other registry.</source>
        <translation>Kopieren abgebrochen; in die andere Registry wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not copy the version: %1</source>
        <translation>Die Version konnte nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>Copied %1 version %2 to %3 as %4 version %5.</source>
        <translation>%1 Version %2 nach %3 als %4 Version %5 kopiert.</translation>
    </message>
</context>
<context>
    <name>grove::RegistryView</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Key metric</source>
        <translation>Hauptmetrik</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>&amp;Promote…</source>
        <translation>Hoch&amp;stufen …</translation>
    </message>
    <message>
        <source>&amp;Score a File…</source>
        <translation>Datei be&amp;werten …</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Change &amp;Folder…</source>
        <translation>&amp;Ordner wechseln …</translation>
    </message>
    <message>
        <source>Use another registry folder for this workspace, such as a shared network folder.</source>
        <translation>Einen anderen Registry-Ordner für diesen Arbeitsbereich verwenden, etwa einen freigegebenen Netzwerkordner.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Model Card</source>
        <translation>Modellkarte</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Checksums</source>
        <translation>Prüfsummen</translation>
    </message>
    <message>
        <source>Registry Folder</source>
        <translation>Registry-Ordner</translation>
    </message>
    <message>
        <source>Open a workspace to see its registry.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Registry zu sehen.</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Registry: %1</translation>
    </message>
    <message>
        <source>Registry: %1 — cannot be read: %2</source>
        <translation>Registry: %1 – kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s); version %1 is in Production</source>
        <translation>
            <numerusform>%n Version; Version %1 ist in Production</numerusform>
            <numerusform>%n Versionen; Version %1 ist in Production</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>No models in this registry yet.

Validate a finished run on its page, then click **Export to Registry…**, or run `grove-cli export RUN --model NAME`.</source>
        <translation>Noch keine Modelle in dieser Registry.

Validieren Sie einen abgeschlossenen Lauf auf seiner Seite und klicken Sie dann auf **In die Registry exportieren …**, oder führen Sie `grove-cli export LAUF --model NAME` aus.</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>This version failed verification and must not be used:

%1</source>
        <translation>Diese Version hat die Überprüfung nicht bestanden und darf nicht verwendet werden:

%1</translation>
    </message>
    <message>
        <source>Checksums (failed)</source>
        <translation>Prüfsummen (fehlerhaft)</translation>
    </message>
    <message>
        <source>Every file of %1 version %2 matches MANIFEST.sha256 (checked when the registry was read).
%3</source>
        <translation>Jede Datei von %1 Version %2 stimmt mit MANIFEST.sha256 überein (geprüft beim Lesen der Registry).
%3</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Run %1 (open it)</source>
        <translation>Lauf %1 (öffnen)</translation>
    </message>
    <message>
        <source>Run %1 in %2</source>
        <translation>Lauf %1 in %2</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>%1, content %2</source>
        <translation>%1, Inhalt %2</translation>
    </message>
    <message>
        <source>Validation dataset</source>
        <translation>Validierungsdatensatz</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <source>by %1 on %2, %3</source>
        <translation>von %1 auf %2, %3</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Model SHA-256</source>
        <translation>Modell-SHA-256</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Promote %1 Version %2</source>
        <translation>%1 Version %2 hochstufen</translation>
    </message>
    <message>
        <source>Why, for the history (required)</source>
        <translation>Begründung für den Verlauf (erforderlich)</translation>
    </message>
    <message>
        <source>Promoting to Production archives the version now in Production; both changes are recorded.</source>
        <translation>Das Hochstufen nach Production archiviert die Version, die jetzt in Production ist; beide Wechsel werden aufgezeichnet.</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Hochstufen</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>File to Score</source>
        <translation>Zu bewertende Datei</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.tab *.txt *.svm *.libsvm);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.tab *.txt *.svm *.libsvm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Predictions</source>
        <translation>Vorhersagen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>&amp;Aliases…</source>
        <translation>&amp;Aliasse …</translation>
    </message>
    <message>
        <source>Set, move or remove an alias of the model (a name that points to one version).</source>
        <translation>Einen Alias des Modells setzen, verschieben oder entfernen (einen Namen, der auf eine Version zeigt).</translation>
    </message>
    <message>
        <source>History of stages and aliases (newest first)</source>
        <translation>Verlauf der Stufen und Aliasse (neueste zuerst)</translation>
    </message>
    <message>
        <source>@%1: %2 → %3</source>
        <translation>@%1: %2 → %3</translation>
    </message>
    <message>
        <source>Copy to Registry…</source>
        <translation>In Registry kopieren…</translation>
    </message>
    <message>
        <source>Copy the version to another registry folder, as the next version of a model there.</source>
        <translation>Die Version in einen anderen Registry-Ordner kopieren, als nächste Version eines Modells dort.</translation>
    </message>
    <message>
        <source>Copy %1 Version %2 to Registry</source>
        <translation>%1 Version %2 in Registry kopieren</translation>
    </message>
    <message>
        <source>Copy to Registry</source>
        <translation>In Registry kopieren</translation>
    </message>
    <message>
        <source>The model&apos;s name in %1:</source>
        <translation>Name des Modells in %1:</translation>
    </message>
    <message>
        <source>Check &amp;Drift…</source>
        <translation>&amp;Drift prüfen …</translation>
    </message>
    <message>
        <source>Compare new data with the training data of the selected version (PSI, KS).</source>
        <translation>Neue Daten mit den Trainingsdaten der ausgewählten Version vergleichen (PSI, KS).</translation>
    </message>
    <message>
        <source>Compare new data with a registry version&apos;s training data</source>
        <translation>Neue Daten mit den Trainingsdaten einer Registry-Version vergleichen</translation>
    </message>
</context>
<context>
    <name>grove::RegressionPane</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Mean error (predicted − actual)</source>
        <translation>Mittlerer Fehler (vorhergesagt − tatsächlich)</translation>
    </message>
    <message>
        <source>Absolute error, median</source>
        <translation>Absoluter Fehler, Median</translation>
    </message>
    <message>
        <source>Absolute error, 90 %</source>
        <translation>Absoluter Fehler, 90 %</translation>
    </message>
    <message>
        <source>Absolute error, 95 %</source>
        <translation>Absoluter Fehler, 95 %</translation>
    </message>
    <message>
        <source>Absolute error, 99 %</source>
        <translation>Absoluter Fehler, 99 %</translation>
    </message>
    <message>
        <source>Absolute error, largest</source>
        <translation>Absoluter Fehler, größter</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Predicted against actual</source>
        <translation>Vorhergesagt gegen tatsächlich</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Residuals (predicted − actual)</source>
        <translation>Residuen (vorhergesagt − tatsächlich)</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residuum</translation>
    </message>
    <message>
        <source>Residuals against the prediction</source>
        <translation>Residuen gegen die Vorhersage</translation>
    </message>
    <message>
        <source>&lt;b&gt;Figures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kennzahlen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>held-out rows</source>
        <translation>zurückgehaltene Zeilen</translation>
    </message>
    <message>
        <source>Predicted against actual (density of %L1 rows)</source>
        <translation>Vorhergesagt gegen tatsächlich (Dichte von %L1 Zeilen)</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>grove::ReportTable</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
</context>
<context>
    <name>grove::RunComparison</name>
    <message>
        <source>There is no run %1.</source>
        <translation>Es gibt keinen Lauf %1.</translation>
    </message>
</context>
<context>
    <name>grove::RunConfig</name>
    <message>
        <source>Binary classification</source>
        <translation>Binäre Klassifikation</translation>
    </message>
    <message>
        <source>Multiclass classification</source>
        <translation>Mehrklassen-Klassifikation</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>A parameter needs a name: use KEY=VALUE.</source>
        <translation>Ein Parameter braucht einen Namen: Verwenden Sie SCHLÜSSEL=WERT.</translation>
    </message>
    <message>
        <source>%1 must be %2; got &quot;%3&quot;.</source>
        <translation>%1 muss %2 sein; erhalten: „%3“.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in the run configuration. Known fields: %2.</source>
        <translation>Unbekanntes Feld „%1“ in der Laufkonfiguration. Bekannte Felder: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>„%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;task&quot; must be binary, multiclass or regression.</source>
        <translation>„task“ muss binary, multiclass oder regression sein.</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number of 0 or more.</source>
        <translation>„seed“ muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>&quot;validation.kind&quot; must be holdout, kfold or dataset.</source>
        <translation>„validation.kind“ muss holdout, kfold oder dataset sein.</translation>
    </message>
    <message>
        <source>&quot;validation.seed&quot; must be a whole number of 0 or more.</source>
        <translation>„validation.seed“ muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>„%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a dataset name or id.</source>
        <translation>„%1“ muss ein Datensatzname oder eine ID sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of names.</source>
        <translation>„%1“ muss eine Liste von Namen sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>„%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Unknown field &quot;validation.%1&quot; in the run configuration. Known fields: %2.</source>
        <translation>Unbekanntes Feld „validation.%1“ in der Laufkonfiguration. Bekannte Felder: %2.</translation>
    </message>
    <message>
        <source>&quot;validation.fraction&quot; must be a number.</source>
        <translation>„validation.fraction“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;validation.folds&quot; must be a whole number.</source>
        <translation>„validation.folds“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;params.extra.%1&quot; must be text, a number or true/false.</source>
        <translation>„params.extra.%1“ muss Text, eine Zahl oder true/false sein.</translation>
    </message>
    <message>
        <source>&quot;params.%1&quot; must be text, a number or true/false.</source>
        <translation>„params.%1“ muss Text, eine Zahl oder true/false sein.</translation>
    </message>
    <message>
        <source>The name of the parameter &quot;%1&quot;</source>
        <translation>Der Name des Parameters „%1“</translation>
    </message>
    <message>
        <source>The value of %1</source>
        <translation>Der Wert von %1</translation>
    </message>
    <message>
        <source>%1 must be a finite number; got &quot;%2&quot; (NaN and infinities are refused).</source>
        <translation>%1 muss eine endliche Zahl sein; angegeben wurde „%2“ (NaN und Unendlich werden abgelehnt).</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; got %4.</source>
        <translation>%1 muss zwischen %2 und %3 liegen; angegeben wurde %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number between %2 and %3.</source>
        <translation>„%1“ muss eine ganze Zahl zwischen %2 und %3 sein.</translation>
    </message>
    <message>
        <source>The run configuration has %1 problems:
%2</source>
        <translation>Die Laufkonfiguration hat %1 Probleme:
%2</translation>
    </message>
    <message>
        <source>%1: must be a finite number; got %2 (NaN and infinities are refused).</source>
        <translation>%1: muss eine endliche Zahl sein; angegeben wurde %2 (NaN und Unendlich werden abgelehnt).</translation>
    </message>
    <message>
        <source>The experiment name</source>
        <translation>Der Experimentname</translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot;</source>
        <translation>Die Metrik „%1“</translation>
    </message>
    <message>
        <source>&quot;experiment&quot; is empty. Name an experiment, or leave the key out for &quot;Default&quot;.</source>
        <translation>„experiment“ ist leer. Geben Sie ein Experiment an, oder lassen Sie den Schlüssel weg: dann gilt „Default“.</translation>
    </message>
</context>
<context>
    <name>grove::RunEdits</name>
    <message>
        <source>Tags of Run %1</source>
        <translation>Tags von Lauf %1</translation>
    </message>
    <message>
        <source>Note of Run %1</source>
        <translation>Notiz zu Lauf %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Run(s) to the Trash</source>
        <translation>
            <numerusform>%n Lauf in den Papierkorb verschieben</numerusform>
            <numerusform>%n Läufe in den Papierkorb verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n Run(s) from the Trash</source>
        <translation>
            <numerusform>%n Lauf aus dem Papierkorb wiederherstellen</numerusform>
            <numerusform>%n Läufe aus dem Papierkorb wiederherstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::RunFile</name>
    <message>
        <source>not a Grove run record</source>
        <translation>keine Laufaufzeichnung von Grove</translation>
    </message>
    <message>
        <source>written by a newer version of Grove (record version %1)</source>
        <translation>von einer neueren Grove-Version geschrieben (Aufzeichnungsversion %1)</translation>
    </message>
    <message>
        <source>the id, status, dataset or configuration is missing</source>
        <translation>ID, Status, Datensatz oder Konfiguration fehlen</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>Es gibt keinen Lauf %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 of run %2.</source>
        <translation>Der Ordner %1 von Lauf %2 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>grove::RunFormat</name>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>grove::RunGroups</name>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Alle Läufe</translation>
    </message>
</context>
<context>
    <name>grove::RunListModel</name>
    <message>
        <source>%1 on the %2 data</source>
        <translation>%1 (Daten: %2)</translation>
    </message>
    <message>
        <source>%1 of %2 rounds</source>
        <translation>%1 von %2 Runden</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Key metric</source>
        <translation>Hauptmetrik</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>grove::RunQuery</name>
    <message>
        <source>unknown field &quot;%1&quot;: use valid.METRIC, train.METRIC, best.valid.METRIC, params.NAME, or one of %2.</source>
        <translation>unbekanntes Feld „%1“: verwenden Sie valid.METRIK, train.METRIK, best.valid.METRIK, params.NAME oder eines von %2.</translation>
    </message>
    <message>
        <source>&quot;)&quot; without a matching &quot;(&quot;.</source>
        <translation>„)“ ohne passende „(“.</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;.</source>
        <translation>unerwartetes „%1“.</translation>
    </message>
    <message>
        <source>&quot;!&quot; alone is not an operator; use != or not.</source>
        <translation>„!“ allein ist kein Operator; verwenden Sie != oder not.</translation>
    </message>
    <message>
        <source>the quoted text is not closed; add a &quot;.</source>
        <translation>der Text in Anführungszeichen ist nicht geschlossen; ergänzen Sie ein &quot;.</translation>
    </message>
    <message>
        <source>the expression ends too early.</source>
        <translation>der Ausdruck endet zu früh.</translation>
    </message>
    <message>
        <source>the filter is empty.</source>
        <translation>der Filter ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a field before it, as in valid.auc %1 0.9.</source>
        <translation>vor „%1“ muss ein Feld stehen, wie in valid.auc %1 0.9.</translation>
    </message>
    <message>
        <source>&quot;(&quot; is not closed; add a &quot;)&quot;.</source>
        <translation>„(“ ist nicht geschlossen; ergänzen Sie eine „)“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a condition before it.</source>
        <translation>vor „%1“ muss eine Bedingung stehen.</translation>
    </message>
    <message>
        <source>name the tag, as in tag:baseline.</source>
        <translation>nennen Sie das Tag, wie in tag:baseline.</translation>
    </message>
    <message>
        <source>a field name comes before &quot;%1&quot;, not quoted text.</source>
        <translation>vor „%1“ steht ein Feldname, kein Text in Anführungszeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value after it.</source>
        <translation>nach „%1“ muss ein Wert stehen.</translation>
    </message>
    <message>
        <source>Sort key: %1</source>
        <translation>Sortierschlüssel: %1</translation>
    </message>
    <message>
        <source>the filter is too long: it can have at most %1 words, operators and parentheses.</source>
        <translation>der Filter ist zu lang: Er darf höchstens %1 Wörter, Operatoren und Klammern enthalten.</translation>
    </message>
    <message>
        <source>the filter nests parentheses and &quot;not&quot; more than %1 levels deep.</source>
        <translation>der Filter verschachtelt Klammern und „not“ mehr als %1 Ebenen tief.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number; compare with a finite one, or quote it to compare it as text.</source>
        <translation>„%1“ ist keine endliche Zahl; vergleichen Sie mit einer endlichen Zahl oder setzen Sie den Wert in Anführungszeichen, um ihn als Text zu vergleichen.</translation>
    </message>
    <message>
        <source>Filter, character %1: %2</source>
        <translation>Filter, Zeichen %1: %2</translation>
    </message>
</context>
<context>
    <name>grove::RunStore</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>There is no run &quot;%1&quot; in this workspace. Use a run id as listed by &quot;grove-cli runs&quot;.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Lauf „%1“. Verwenden Sie eine Lauf-ID, wie sie „grove-cli runs“ auflistet.</translation>
    </message>
    <message>
        <source>The process that was running this run ended before the run did.</source>
        <translation>Der Prozess, der diesen Lauf ausführte, wurde vor dem Lauf beendet.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Ein Tag darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is longer than 64 characters.</source>
        <translation>Das Tag „%1“ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; contains &quot;%2&quot;; tags are single words (letters, digits, - _ . : are fine).</source>
        <translation>Das Tag „%1“ enthält „%2“; Tags sind einzelne Wörter (Buchstaben, Ziffern, - _ . : sind erlaubt).</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>Es gibt keinen Lauf %1.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot;</source>
        <translation>Das Tag „%1“</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <source>The decision threshold must be between 0 and 1; %1 is not.</source>
        <translation>Der Entscheidungsschwellenwert muss zwischen 0 und 1 liegen; %1 tut das nicht.</translation>
    </message>
    <message>
        <source>The costs of a false positive and of a false negative must be numbers of at least 0.</source>
        <translation>Die Kosten eines falsch Positiven und eines falsch Negativen müssen Zahlen von mindestens 0 sein.</translation>
    </message>
    <message>
        <source>Run %1 is still training; cancel it before moving it to the trash.</source>
        <translation>Lauf %1 wird noch trainiert; brechen Sie ihn ab, bevor Sie ihn in den Papierkorb verschieben.</translation>
    </message>
</context>
<context>
    <name>grove::RunTrash</name>
    <message>
        <source>There is no run %1.</source>
        <translation>Es gibt keinen Lauf %1.</translation>
    </message>
    <message>
        <source>Run %1 is still training; cancel it before moving it to the trash. Nothing was moved.</source>
        <translation>Lauf %1 wird noch trainiert; brechen Sie ihn ab, bevor Sie ihn in den Papierkorb verschieben. Es wurde nichts verschoben.</translation>
    </message>
    <message>
        <source>Runs moved before the failure: %1.</source>
        <translation>Vor dem Fehler verschobene Läufe: %1.</translation>
    </message>
</context>
<context>
    <name>grove::RunValidation</name>
    <message>
        <source>There is no run %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Lauf %1.</translation>
    </message>
    <message>
        <source>A rule compares with Production: name the registry model whose Production version it uses.</source>
        <translation>Eine Regel vergleicht mit Production: Nennen Sie das Registry-Modell, dessen Production-Version sie verwendet.</translation>
    </message>
    <message>
        <source>The Production version of %1 cannot be used: %2</source>
        <translation>Die Production-Version von %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>grove::RunView</name>
    <message>
        <source>Cancel Run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Reproduce</source>
        <translation>Reproduzieren</translation>
    </message>
    <message>
        <source>New Run from This…</source>
        <translation>Neuer Lauf daraus …</translation>
    </message>
    <message>
        <source>about 00 min 00 s left</source>
        <translation>noch etwa 00 min 00 s</translation>
    </message>
    <message>
        <source>Stop the training after the current round; the run is kept as cancelled.</source>
        <translation>Das Training nach der aktuellen Runde stoppen; der Lauf bleibt als abgebrochen erhalten.</translation>
    </message>
    <message>
        <source>Train this run&apos;s configuration again on the same data and thread count, and check that the model comes out bit-identical.</source>
        <translation>Die Konfiguration dieses Laufs erneut mit denselben Daten und derselben Thread-Zahl trainieren und prüfen, ob das Modell bitgenau gleich ist.</translation>
    </message>
    <message>
        <source>Open the New Run dialog with this run&apos;s configuration.</source>
        <translation>Den Dialog „Neuer Lauf“ mit der Konfiguration dieses Laufs öffnen.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Feature Importance</source>
        <translation>Merkmalswichtigkeit</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <source>Gain (average loss reduction of a feature&apos;s splits)</source>
        <translation>Gain (mittlere Verlustreduktion der Splits eines Merkmals)</translation>
    </message>
    <message>
        <source>Weight (number of splits on a feature)</source>
        <translation>Weight (Anzahl der Splits nach einem Merkmal)</translation>
    </message>
    <message>
        <source>Cover (average number of rows a feature&apos;s splits affect)</source>
        <translation>Cover (mittlere Zahl der Zeilen, die die Splits eines Merkmals betreffen)</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <source>Select a run in the Runs panel, or start one with Training ▸ New Run.</source>
        <translation>Wählen Sie einen Lauf in der Laufliste oder starten Sie einen mit Training ▸ Neuer Lauf.</translation>
    </message>
    <message>
        <source>Reproduction of run %1: the model is bit-identical (SHA-256 %2).</source>
        <translation>Reproduktion von Lauf %1: Das Modell ist bitgenau gleich (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Reproduction of run %1: the model differs (SHA-256 %2, the original has %3).</source>
        <translation>Reproduktion von Lauf %1: Das Modell weicht ab (SHA-256 %2, das Original hat %3).</translation>
    </message>
    <message>
        <source>Reproduction of run %1.</source>
        <translation>Reproduktion von Lauf %1.</translation>
    </message>
    <message>
        <source>Run %1 · %2 → %3</source>
        <translation>Lauf %1 · %2 → %3</translation>
    </message>
    <message>
        <source>experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>angelegt am %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>von %1 auf %2</translation>
    </message>
    <message>
        <source>Grove stopped while this run was training. Its curves up to the last saved round are kept; start it again with New Run from This.</source>
        <translation>Grove wurde beendet, während dieser Lauf trainierte. Seine Kurven bis zur letzten gespeicherten Runde bleiben erhalten; starten Sie ihn mit „Neuer Lauf daraus“ erneut.</translation>
    </message>
    <message>
        <source>Waiting for a free training slot (Training ▸ Concurrent Runs sets how many runs train at once).</source>
        <translation>Wartet auf einen freien Trainingsplatz (Training ▸ Gleichzeitige Läufe legt fest, wie viele Läufe gleichzeitig trainieren).</translation>
    </message>
    <message>
        <source>%1 of %2 rounds</source>
        <translation>%1 von %2 Runden</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet …</translation>
    </message>
    <message>
        <source>The curves appear with the first round.</source>
        <translation>Die Kurven erscheinen mit der ersten Runde.</translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation>Kein Lauf ausgewählt.</translation>
    </message>
    <message>
        <source>Validation, best (iteration %1)</source>
        <translation>Validierung, Bestwert (Iteration %1)</translation>
    </message>
    <message>
        <source>Validation, best</source>
        <translation>Validierung, Bestwert</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Training, final</source>
        <translation>Training, Endwert</translation>
    </message>
    <message>
        <source>Validation, final (mean ± std over folds)</source>
        <translation>Validierung, Endwert (Mittelwert ± Std.-abw. über Folds)</translation>
    </message>
    <message>
        <source>Validation, final</source>
        <translation>Validierung, Endwert</translation>
    </message>
    <message>
        <source>Grove</source>
        <translation>Grove</translation>
    </message>
    <message>
        <source>libxgboost</source>
        <translation>libxgboost</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <source>Logical cores</source>
        <translation>Logische Kerne</translation>
    </message>
    <message>
        <source>Training threads</source>
        <translation>Trainings-Threads</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Model SHA-256</source>
        <translation>Modell-SHA-256</translation>
    </message>
    <message>
        <source>Reproducing run %1 as run %2; its page says whether the model is identical.</source>
        <translation>Lauf %1 wird als Lauf %2 reproduziert; dessen Seite zeigt, ob das Modell identisch ist.</translation>
    </message>
    <message>
        <source>This run waits in the queue of another Grove process.</source>
        <translation>Dieser Lauf wartet in der Warteschlange eines anderen Grove-Prozesses.</translation>
    </message>
    <message>
        <source>Sweep Around This Run…</source>
        <translation>Sweep um diesen Lauf …</translation>
    </message>
    <message>
        <source>Open the New Sweep dialog with this run&apos;s settings and ranges around its parameter values.</source>
        <translation>Den Dialog „Neuer Sweep“ mit den Einstellungen dieses Laufs und Bereichen um seine Parameterwerte öffnen.</translation>
    </message>
    <message>
        <source>best iteration %1 (round %2)</source>
        <translation>beste Iteration %1 (Runde %2)</translation>
    </message>
    <message>
        <source>%1 of %2 rounds (%3 folds and the final model, up to %4 each)</source>
        <translation>%1 von %2 Runden (%3 Folds und das endgültige Modell, je bis zu %4)</translation>
    </message>
</context>
<context>
    <name>grove::RunsPanel</name>
    <message>
        <source>New Run…</source>
        <translation>Neuer Lauf …</translation>
    </message>
    <message>
        <source>Configure and start a training run</source>
        <translation>Einen Trainingslauf konfigurieren und starten</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Stop the selected run after its current round</source>
        <translation>Den ausgewählten Lauf nach seiner aktuellen Runde stoppen</translation>
    </message>
    <message>
        <source>Filter: text, or e.g. valid.auc &gt; 0.9 and params.max_depth &lt;= 6</source>
        <translation>Filter: Text oder z. B. valid.auc &gt; 0.9 and params.max_depth &lt;= 6</translation>
    </message>
    <message>
        <source>Free text matches the id, experiment, dataset, target, status, tags and note.
Expressions compare fields: valid.METRIC, train.METRIC, best.valid.METRIC, params.NAME,
status, dataset, target, experiment, duration, rounds … with = != &lt; &lt;= &gt; &gt;= and ~ (contains);
combine with and, or, not and parentheses; tag:NAME matches a tag.</source>
        <translation>Freier Text passt auf ID, Experiment, Datensatz, Zielspalte, Status, Tags und Notiz.
Ausdrücke vergleichen Felder: valid.METRIK, train.METRIK, best.valid.METRIK, params.NAME,
status, dataset, target, experiment, duration, rounds … mit = != &lt; &lt;= &gt; &gt;= und ~ (enthält);
verknüpft mit and, or, not und Klammern; tag:NAME passt auf ein Tag.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Move the selected runs to the trash; Edit ▸ Undo brings them back</source>
        <translation>Die ausgewählten Läufe in den Papierkorb verschieben; Bearbeiten ▸ Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the selected runs (two or more; Ctrl-click or Shift-click to select)</source>
        <translation>Die ausgewählten Läufe vergleichen (zwei oder mehr; Auswahl mit Strg- oder Umschalt-Klick)</translation>
    </message>
    <message>
        <source>Show the runs of one experiment, or of all</source>
        <translation>Die Läufe eines Experiments zeigen, oder die aller</translation>
    </message>
    <message numerus="yes">
        <source>All experiments (%n run(s))</source>
        <translation>
            <numerusform>Alle Experimente (%n Lauf)</numerusform>
            <numerusform>Alle Experimente (%n Läufe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n Lauf)</numerusform>
            <numerusform>%1 (%n Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n run(s) in the trash for good? Their models, predictions and curves are deleted; this cannot be undone.</source>
        <translation>
            <numerusform>Den %n Lauf im Papierkorb endgültig löschen? Modell, Vorhersagen und Kurven werden gelöscht; das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die %n Läufe im Papierkorb endgültig löschen? Ihre Modelle, Vorhersagen und Kurven werden gelöscht; das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) for good.</source>
        <translation>
            <numerusform>%n Lauf endgültig gelöscht.</numerusform>
            <numerusform>%n Läufe endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the columns, including any parameter or final metric; remembered per experiment</source>
        <translation>Spalten wählen, auch beliebige Parameter und endgültige Metriken; wird je Experiment gemerkt</translation>
    </message>
    <message>
        <source>Final Metrics</source>
        <translation>Endgültige Metriken</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Papierkorb wird geleert</translation>
    </message>
    <message>
        <source>Character %1: %2</source>
        <translation>Zeichen %1: %2</translation>
    </message>
    <message>
        <source>Show &amp;Trash…</source>
        <translation>&amp;Papierkorb anzeigen…</translation>
    </message>
    <message>
        <source>List the runs in the trash, to restore them or delete them for good</source>
        <translation>Die Läufe im Papierkorb auflisten, um sie wiederherzustellen oder endgültig zu löschen</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <source>Delete the runs in the trash for good</source>
        <translation>Die Läufe im Papierkorb endgültig löschen</translation>
    </message>
</context>
<context>
    <name>grove::SafeText</name>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>a carriage return</source>
        <translation>einen Wagenrücklauf</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>an escape character</source>
        <translation>ein Escape-Zeichen</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>%1 contains %2 at character %3. It must be a single line of printable text: remove line breaks, tabs and control characters.</source>
        <translation>%1 enthält %2 an Zeichenposition %3. Erlaubt ist nur eine einzelne Zeile druckbaren Texts: Entfernen Sie Zeilenumbrüche, Tabulatoren und Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 contains %2 at character %3. Line breaks and tabs are fine; remove the other control characters.</source>
        <translation>%1 enthält %2 an Zeichenposition %3. Zeilenumbrüche und Tabulatoren sind erlaubt; entfernen Sie die anderen Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>grove::SavedComparisons</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
</context>
<context>
    <name>grove::ScatterPlot</name>
    <message>
        <source>None of these runs has both a value of %1 and of %2.</source>
        <translation>Keiner dieser Läufe hat sowohl einen Wert für %1 als auch für %2.</translation>
    </message>
    <message>
        <source>Select runs to compare, then a setting and a metric.</source>
        <translation>Wählen Sie Läufe zum Vergleichen, dann eine Einstellung und eine Metrik.</translation>
    </message>
</context>
<context>
    <name>grove::Schema</name>
    <message>
        <source>The workspace schema is at version %1 but the next step expects version %2.</source>
        <translation>Das Schema des Arbeitsbereichs hat Version %1, der nächste Schritt erwartet aber Version %2.</translation>
    </message>
    <message>
        <source>This workspace was created by a newer version of Grove (schema %1; this version knows up to %2). Update Grove to open it.</source>
        <translation>Dieser Arbeitsbereich wurde mit einer neueren Grove-Version angelegt (Schema %1; diese Version kennt bis %2). Aktualisieren Sie Grove, um ihn zu öffnen.</translation>
    </message>
</context>
<context>
    <name>grove::ShapSummaryPlot</name>
    <message>
        <source>No SHAP values yet.</source>
        <translation>Noch keine SHAP-Werte.</translation>
    </message>
    <message>
        <source>SHAP value (effect on the model&apos;s margin)</source>
        <translation>SHAP-Wert (Wirkung auf die Margin des Modells)</translation>
    </message>
    <message>
        <source>Mean |SHAP value|</source>
        <translation>Mittlerer |SHAP-Wert|</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
</context>
<context>
    <name>grove::Significance</name>
    <message>
        <source>Run %1 was not cross-validated: it has no folds.</source>
        <translation>Lauf %1 wurde nicht kreuzvalidiert: Er hat keine Folds.</translation>
    </message>
    <message>
        <source>Run %1 has no curves for fold %2.</source>
        <translation>Lauf %1 hat keine Kurven für Fold %2.</translation>
    </message>
    <message>
        <source>runs %1 and %2 are not both cross-validated: the test compares their figures fold by fold</source>
        <translation>die Läufe %1 und %2 sind nicht beide kreuzvalidiert: Der Test vergleicht ihre Kennzahlen Fold für Fold</translation>
    </message>
    <message>
        <source>the dataset snapshot</source>
        <translation>der Datensatz-Snapshot</translation>
    </message>
    <message>
        <source>the split seed (%1 and %2)</source>
        <translation>der Aufteilungs-Seed (%1 und %2)</translation>
    </message>
    <message>
        <source>the number of folds (%1 and %2)</source>
        <translation>die Anzahl der Folds (%1 und %2)</translation>
    </message>
    <message>
        <source>runs %1 and %2 were not evaluated on the same folds: %3 differ</source>
        <translation>die Läufe %1 und %2 wurden nicht auf denselben Folds ausgewertet: %3 unterscheiden sich</translation>
    </message>
    <message>
        <source>--alpha must be between 0 and 1, such as 0.05.</source>
        <translation>--alpha muss zwischen 0 und 1 liegen, etwa 0.05.</translation>
    </message>
    <message>
        <source>No significance test against run %1: %2.</source>
        <translation>Kein Signifikanztest gegen Lauf %1: %2.</translation>
    </message>
    <message>
        <source>run %1 is validated on another dataset: one split, nothing to resample</source>
        <translation>Lauf %1 wird auf einem anderen Datensatz validiert: eine einzige Aufteilung, nichts neu zu ziehen</translation>
    </message>
    <message>
        <source>the validation (cross-validation and held-out rows)</source>
        <translation>die Validierung (Kreuzvalidierung und zurückgehaltene Zeilen)</translation>
    </message>
    <message>
        <source>%1 has two runs with split seed %2: each repeat needs a split seed of its own</source>
        <translation>%1 hat zwei Läufe mit Split-Seed %2: jede Wiederholung braucht einen eigenen Split-Seed</translation>
    </message>
    <message>
        <source>the held-out fraction (%1 and %2)</source>
        <translation>der zurückgehaltene Anteil (%1 und %2)</translation>
    </message>
    <message>
        <source>the split seeds (%1 and %2)</source>
        <translation>die Split-Seeds (%1 und %2)</translation>
    </message>
    <message>
        <source>No significance test against %1: %2.</source>
        <translation>Kein Signifikanztest gegen %1: %2.</translation>
    </message>
    <message>
        <source>No significance test against %1: a single held-out evaluation cannot be tested; repeat the run with other split seeds and group the repeats.</source>
        <translation>Kein Signifikanztest gegen %1: Eine einzelne Auswertung auf zurückgehaltenen Zeilen lässt sich nicht testen; wiederholen Sie den Lauf mit anderen Split-Seeds und gruppieren Sie die Wiederholungen.</translation>
    </message>
    <message>
        <source>%1 and %2 were not evaluated on the same resamples: %3 differ</source>
        <translation>%1 und %2 wurden nicht auf denselben Stichproben ausgewertet: %3 unterscheiden sich</translation>
    </message>
    <message>
        <source>No significance test of %1 against %2: %3.</source>
        <translation>Kein Signifikanztest von %1 gegen %2: %3.</translation>
    </message>
    <message>
        <source>Run %1 has no curves.</source>
        <translation>Lauf %1 hat keine Kurven.</translation>
    </message>
    <message>
        <source>Run %1 was not validated on held-out rows.</source>
        <translation>Lauf %1 wurde nicht auf zurückgehaltenen Zeilen validiert.</translation>
    </message>
    <message>
        <source>the runs of %1 are not repeats of one configuration: besides their seeds they differ in %2 (group by configuration to test repeats)</source>
        <translation>die Läufe von %1 sind keine Wiederholungen einer Konfiguration: außer in ihren Seeds unterscheiden sie sich in %2 (gruppieren Sie nach Konfiguration, um Wiederholungen zu testen)</translation>
    </message>
    <message>
        <source>repeated k-fold</source>
        <translation>wiederholte k-fache Kreuzvalidierung</translation>
    </message>
    <message>
        <source>repeated holdout</source>
        <translation>wiederholte zurückgehaltene Aufteilung</translation>
    </message>
    <message>
        <source>k-fold</source>
        <translation>k-fache Kreuzvalidierung</translation>
    </message>
    <message>
        <source>No significance test against %1: every run is in its group, no other group is left to test.</source>
        <translation>Kein Signifikanztest gegen %1: Alle Läufe sind in dieser Gruppe, es bleibt keine andere Gruppe zum Testen.</translation>
    </message>
</context>
<context>
    <name>grove::SignificanceModel</name>
    <message>
        <source>▲ better</source>
        <translation>▲ besser</translation>
    </message>
    <message>
        <source>▼ worse</source>
        <translation>▼ schlechter</translation>
    </message>
    <message>
        <source>= tie</source>
        <translation>= gleich</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n pair(s)</source>
        <translation>
            <numerusform>%1, %n Paar</numerusform>
            <numerusform>%1, %n Paare</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean difference %1 (%2 interval %3 to %4), t = %5, p = %6.</source>
        <translation>Mittlere Differenz %1 (%2-Intervall %3 bis %4), t = %5, p = %6.</translation>
    </message>
    <message>
        <source>%1 is significantly better than %2 on %3 (p &lt; %4).</source>
        <translation>%1 ist auf %3 signifikant besser als %2 (p &lt; %4).</translation>
    </message>
    <message>
        <source>%1 is significantly worse than %2 on %3 (p &lt; %4).</source>
        <translation>%1 ist auf %3 signifikant schlechter als %2 (p &lt; %4).</translation>
    </message>
    <message>
        <source>No significant difference between %1 and %2 on %3 at alpha %4.</source>
        <translation>Kein signifikanter Unterschied zwischen %1 und %2 auf %3 bei Alpha %4.</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Against baseline</source>
        <translation>Gegen die Basis</translation>
    </message>
</context>
<context>
    <name>grove::SignificancePanel</name>
    <message>
        <source>The run, or the group of runs, every other one is tested against.</source>
        <translation>Der Lauf oder die Gruppe von Läufen, gegen die jeder andere getestet wird.</translation>
    </message>
    <message>
        <source>The significance level: a difference counts when its p-value is below it.</source>
        <translation>Das Signifikanzniveau: Ein Unterschied zählt, wenn sein p-Wert darunter liegt.</translation>
    </message>
    <message>
        <source>Corrected resampled t-test on the folds or held-out splits the runs share: Nadeau and Bengio for one cross-validation or repeated held-out splits, Bouckaert and Frank for repeated cross-validation (group repeats with Group by: Configuration).</source>
        <translation>Korrigierter t-Test auf den Folds oder zurückgehaltenen Aufteilungen, die die Läufe teilen: Nadeau und Bengio für eine Kreuzvalidierung oder wiederholte Aufteilungen, Bouckaert und Frank für wiederholte Kreuzvalidierung (Wiederholungen gruppieren mit „Gruppieren nach: Konfiguration“).</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Alpha:</source>
        <translation>Alpha:</translation>
    </message>
    <message>
        <source>%1 (n=%2)</source>
        <translation>%1 (n=%2)</translation>
    </message>
    <message>
        <source>Compare two or more runs to test their differences.</source>
        <translation>Vergleichen Sie zwei oder mehr Läufe, um ihre Unterschiede zu testen.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) tested, metric by metric</source>
        <translation>
            <numerusform>%n Gruppe getestet, Metrik für Metrik</numerusform>
            <numerusform>%n Gruppen getestet, Metrik für Metrik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) tested, metric by metric</source>
        <translation>
            <numerusform>%n Lauf getestet, Metrik für Metrik</numerusform>
            <numerusform>%n Läufe getestet, Metrik für Metrik</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be tested against %1.</source>
        <translation>Gegen %1 ließ sich nichts testen.</translation>
    </message>
    <message>
        <source>Against %1, alpha %2: %3 better, %4 tied, %5 worse (%6).</source>
        <translation>Gegen %1, Alpha %2: %3 besser, %4 gleich, %5 schlechter (%6).</translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>▼ %1</source>
        <translation>▼ %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>grove::SlicesPanel</name>
    <message>
        <source>Any column of the data the run was scored on, a feature or not.</source>
        <translation>Jede Spalte der Daten, auf denen der Lauf bewertet wurde, ob Merkmal oder nicht.</translation>
    </message>
    <message>
        <source>A numeric column is cut into this many quantile bins.</source>
        <translation>Eine numerische Spalte wird in so viele Quantilklassen geteilt.</translation>
    </message>
    <message>
        <source>A slice is highlighted when its AUC or accuracy is lower than all rows&apos; by more than this, or its RMSE higher by more than this share.</source>
        <translation>Ein Segment wird hervorgehoben, wenn seine AUC oder Genauigkeit um mehr als diesen Wert unter der aller Zeilen liegt, oder sein RMSE um mehr als diesen Anteil darüber.</translation>
    </message>
    <message>
        <source>Slice by:</source>
        <translation>Segmentieren nach:</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <source>Flag when worse by:</source>
        <translation>Markieren, wenn schlechter um:</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <source>Choose a column to see how the model does on each of its slices.</source>
        <translation>Wählen Sie eine Spalte, um zu sehen, wie das Modell auf jedem ihrer Segmente abschneidet.</translation>
    </message>
    <message>
        <source>Computing the slices of %1…</source>
        <translation>Berechne die Segmente von %1…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Worse than all rows by more than the margin.</source>
        <translation>Um mehr als die Toleranz schlechter als alle Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n slice(s) of %1; 95 % intervals in brackets (Wilson for rates, bootstrap for AUC and RMSE).</source>
        <translation>
            <numerusform>%n Segment von %1; 95-%-Intervalle in Klammern (Wilson für Raten, Bootstrap für AUC und RMSE).</numerusform>
            <numerusform>%n Segmente von %1; 95-%-Intervalle in Klammern (Wilson für Raten, Bootstrap für AUC und RMSE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slice(s) worse than all rows by more than %1 are highlighted.</source>
        <translation>
            <numerusform>%n Segment, um mehr als %1 schlechter als alle Zeilen, ist hervorgehoben.</numerusform>
            <numerusform>%n Segmente, um mehr als %1 schlechter als alle Zeilen, sind hervorgehoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The column has %1 categories here; the rarest are together as &quot;other&quot;.</source>
        <translation>Die Spalte hat hier %1 Kategorien; die seltensten sind als „other“ zusammengefasst.</translation>
    </message>
</context>
<context>
    <name>grove::Snapshot</name>
    <message>
        <source>Cannot open the dataset snapshot %1: %2.</source>
        <translation>Der Datensatz-Snapshot %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>shorter than its header</source>
        <translation>kürzer als sein Kopf</translation>
    </message>
    <message>
        <source>Cannot map the dataset snapshot %1: %2.</source>
        <translation>Der Datensatz-Snapshot %1 kann nicht in den Speicher abgebildet werden: %2.</translation>
    </message>
    <message>
        <source>not a Grove snapshot</source>
        <translation>kein Grove-Snapshot</translation>
    </message>
    <message>
        <source>This snapshot was written by a newer version of Grove (format %1). Update Grove to read it.</source>
        <translation>Dieser Snapshot wurde von einer neueren Grove-Version geschrieben (Format %1). Aktualisieren Sie Grove, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>unreadable directory</source>
        <translation>unlesbares Verzeichnis</translation>
    </message>
    <message>
        <source>inconsistent directory</source>
        <translation>widersprüchliches Verzeichnis</translation>
    </message>
    <message>
        <source>unreadable profile</source>
        <translation>unlesbares Profil</translation>
    </message>
    <message>
        <source>the data of column &quot;%1&quot; has changed</source>
        <translation>die Daten der Spalte „%1“ haben sich geändert</translation>
    </message>
    <message>
        <source>the content hash does not match</source>
        <translation>der Inhalts-Hash stimmt nicht überein</translation>
    </message>
    <message>
        <source>Writing the dataset snapshot %1 failed: %2. Nothing was stored; check the free disk space and try again.</source>
        <translation>Das Schreiben des Datensatz-Snapshots %1 ist fehlgeschlagen: %2. Nichts wurde gespeichert; prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2. Check the permissions of the workspace folder.</source>
        <translation>In %1 kann keine Datei angelegt werden: %2. Prüfen Sie die Zugriffsrechte des Arbeitsbereichsordners.</translation>
    </message>
    <message>
        <source>Cannot move the new snapshot to %1: %2.</source>
        <translation>Der neue Snapshot kann nicht nach %1 verschoben werden: %2.</translation>
    </message>
    <message>
        <source>The dataset snapshot %1 is damaged (%2). Import the dataset again from its source file to repair it.</source>
        <translation>Der Datensatz-Snapshot %1 ist beschädigt (%2). Importieren Sie den Datensatz erneut aus seiner Quelldatei, um ihn zu reparieren.</translation>
    </message>
    <message>
        <source>Cannot lock a new file in %1.</source>
        <translation>In %1 kann keine neue Datei gesperrt werden.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; %2</source>
        <translation>Spalte „%1“ %2</translation>
    </message>
    <message>
        <source>a column has no name</source>
        <translation>eine Spalte hat keinen Namen</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>hat einen unbekannten Typ</translation>
    </message>
    <message>
        <source>has an unknown storage</source>
        <translation>hat eine unbekannte Speicherart</translation>
    </message>
    <message>
        <source>has a type that does not match its storage</source>
        <translation>hat einen Typ, der nicht zu ihrer Speicherart passt</translation>
    </message>
    <message>
        <source>lies outside the file (truncated)</source>
        <translation>liegt außerhalb der Datei (abgeschnitten)</translation>
    </message>
    <message>
        <source>has no valid digest</source>
        <translation>hat keine gültige Prüfsumme</translation>
    </message>
    <message>
        <source>has an impossible number of categories</source>
        <translation>hat eine unmögliche Anzahl von Kategorien</translation>
    </message>
    <message>
        <source>has its categories outside the file (truncated)</source>
        <translation>hat ihre Kategorien außerhalb der Datei (abgeschnitten)</translation>
    </message>
    <message>
        <source>has an inconsistent category list</source>
        <translation>hat eine widersprüchliche Kategorienliste</translation>
    </message>
    <message>
        <source>refers to category %1 in row %2, but has only %3 categories</source>
        <translation>verweist in Zeile %2 auf Kategorie %1, hat aber nur %3 Kategorien</translation>
    </message>
    <message>
        <source>invalid header</source>
        <translation>ungültiger Dateikopf</translation>
    </message>
    <message>
        <source>it claims %1 rows, more than a snapshot can hold (%2)</source>
        <translation>er gibt %1 Zeilen an, mehr als ein Snapshot fassen kann (%2)</translation>
    </message>
    <message>
        <source>no valid content hash</source>
        <translation>kein gültiger Inhalts-Hash</translation>
    </message>
    <message>
        <source>its profile does not match its columns</source>
        <translation>sein Profil passt nicht zu seinen Spalten</translation>
    </message>
</context>
<context>
    <name>grove::SweepCharts</name>
    <message>
        <source>Trial value</source>
        <translation>Wert des Versuchs</translation>
    </message>
    <message>
        <source>Best so far</source>
        <translation>Bester bisher</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Trial %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Trial %1 (run %2), rung %3</source>
        <translation>Versuch %1 (Lauf %2), Stufe %3</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
</context>
<context>
    <name>grove::SweepController</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>This workspace is read-only: a sweep cannot be recorded in it.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt: Ein Sweep kann darin nicht aufgezeichnet werden.</translation>
    </message>
    <message>
        <source>%1 of %2 trials</source>
        <translation>%1 von %2 Versuchen</translation>
    </message>
    <message>
        <source>Sweep %1</source>
        <translation>Sweep %1</translation>
    </message>
</context>
<context>
    <name>grove::SweepDefinition</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: Grove does not search the parameter &quot;%2&quot;. It searches: %3.</source>
        <translation>%1: Grove durchsucht den Parameter „%2“ nicht. Es durchsucht: %3.</translation>
    </message>
    <message>
        <source>%1 is an empty list: give at least one value.</source>
        <translation>%1 ist eine leere Liste: Geben Sie mindestens einen Wert an.</translation>
    </message>
    <message>
        <source>%1: each choice must be a number or a text.</source>
        <translation>%1: Jede Auswahl muss eine Zahl oder ein Text sein.</translation>
    </message>
    <message>
        <source>%1 lists %2 twice.</source>
        <translation>%1 nennt %2 zweimal.</translation>
    </message>
    <message>
        <source>%1 must be a list of values, or one of {&quot;uniform&quot;: [low, high]}, {&quot;log_uniform&quot;: [low, high]} and {&quot;int&quot;: [low, high]}.</source>
        <translation>%1 muss eine Liste von Werten sein oder eines von {&quot;uniform&quot;: [low, high]}, {&quot;log_uniform&quot;: [low, high]} und {&quot;int&quot;: [low, high]}.</translation>
    </message>
    <message>
        <source>%1.%2 must be two numbers: [low, high].</source>
        <translation>%1.%2 müssen zwei Zahlen sein: [low, high].</translation>
    </message>
    <message>
        <source>%1.int takes whole numbers up to a billion.</source>
        <translation>%1.int nimmt ganze Zahlen bis zu einer Milliarde.</translation>
    </message>
    <message>
        <source>%1.%2: the low bound %3 must be below the high bound %4.</source>
        <translation>%1.%2: Die untere Grenze %3 muss unter der oberen Grenze %4 liegen.</translation>
    </message>
    <message>
        <source>%1.log_uniform: both bounds must be above 0 (got %2); a log scale has no 0.</source>
        <translation>%1.log_uniform: Beide Grenzen müssen über 0 liegen (erhalten: %2); eine logarithmische Skala hat keine 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least %2.</source>
        <translation>„%1“ muss eine ganze Zahl von mindestens %2 sein.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in the sweep definition. Known fields: %2.</source>
        <translation>Unbekanntes Feld „%1“ in der Sweep-Definition. Bekannte Felder: %2.</translation>
    </message>
    <message>
        <source>&quot;name&quot;: a sweep needs a name.</source>
        <translation>„name“: Ein Sweep braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;name&quot;</source>
        <translation>„name“</translation>
    </message>
    <message>
        <source>&quot;dataset&quot; and &quot;target&quot;: a sweep needs the dataset and the column to predict.</source>
        <translation>„dataset“ und „target“: Ein Sweep braucht den Datensatz und die vorherzusagende Spalte.</translation>
    </message>
    <message>
        <source>&quot;validation&quot; must be {&quot;fraction&quot;, &quot;seed&quot;}, {&quot;folds&quot;, &quot;seed&quot;} or {&quot;dataset&quot;}.</source>
        <translation>„validation“ muss {&quot;fraction&quot;, &quot;seed&quot;}, {&quot;folds&quot;, &quot;seed&quot;} oder {&quot;dataset&quot;} sein.</translation>
    </message>
    <message>
        <source>&quot;validation&quot; takes folds or a dataset, not both.</source>
        <translation>„validation“ nimmt Folds oder einen Datensatz, nicht beides.</translation>
    </message>
    <message>
        <source>&quot;objective_metric&quot; must name a split and a metric, such as &quot;valid.auc&quot; or &quot;valid.logloss&quot;.</source>
        <translation>„objective_metric“ muss einen Teil und eine Metrik nennen, etwa „valid.auc“ oder „valid.logloss“.</translation>
    </message>
    <message>
        <source>&quot;direction&quot; must be &quot;maximize&quot; or &quot;minimize&quot;.</source>
        <translation>„direction“ muss „maximize“ oder „minimize“ sein.</translation>
    </message>
    <message>
        <source>&quot;strategy&quot; must be grid, random, halving or tpe.</source>
        <translation>„strategy“ muss grid, random, halving oder tpe sein.</translation>
    </message>
    <message>
        <source>&quot;parallel&quot;: %1 trials at once is more than 4 per core (this machine has %2 cores, so at most %3).</source>
        <translation>„parallel“: %1 gleichzeitige Versuche sind mehr als 4 je Kern (dieser Rechner hat %2 Kerne, also höchstens %3).</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number from 0.</source>
        <translation>„seed“ muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>&quot;time_limit&quot; must be a number of seconds above 0.</source>
        <translation>„time_limit“ muss eine Anzahl Sekunden über 0 sein.</translation>
    </message>
    <message>
        <source>In &quot;halving&quot;: %1</source>
        <translation>In „halving“: %1</translation>
    </message>
    <message>
        <source>&quot;space&quot; is empty: give at least one parameter to search, e.g. &quot;space&quot;: {&quot;max_depth&quot;: [2, 4, 6]}.</source>
        <translation>„space“ ist leer: Geben Sie mindestens einen zu durchsuchenden Parameter an, z. B. &quot;space&quot;: {&quot;max_depth&quot;: [2, 4, 6]}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both fixed and searched: keep it in one of &quot;fixed&quot; and &quot;space&quot;.</source>
        <translation>„%1“ ist zugleich fest und durchsucht: Führen Sie ihn nur in „fixed“ oder in „space“.</translation>
    </message>
    <message>
        <source>&quot;strategy&quot;: a grid needs every parameter as a list or an int range; use random or tpe for continuous ranges.</source>
        <translation>„strategy“: Ein Gitter braucht jeden Parameter als Liste oder ganzzahligen Bereich; verwenden Sie random oder tpe für stetige Bereiche.</translation>
    </message>
    <message>
        <source>&quot;space&quot;: the grid has %1 combinations, more than %2. Search fewer values, or use random or tpe with a number of trials.</source>
        <translation>„space“: Das Gitter hat %1 Kombinationen, mehr als %2. Durchsuchen Sie weniger Werte, oder verwenden Sie random oder tpe mit einer Anzahl von Versuchen.</translation>
    </message>
    <message>
        <source>&quot;trials&quot;: %1 needs a number of trials.</source>
        <translation>„trials“: %1 braucht eine Anzahl von Versuchen.</translation>
    </message>
    <message>
        <source>&quot;trials&quot; is 0: a sweep needs a budget of at least one trial.</source>
        <translation>„trials“ ist 0: Ein Sweep braucht ein Budget von mindestens einem Versuch.</translation>
    </message>
    <message>
        <source>%1: %2 is outside what %3 takes (above %4, up to %5).</source>
        <translation>%1: %2 liegt außerhalb dessen, was %3 annimmt (über %4, bis %5).</translation>
    </message>
    <message>
        <source>%1: %2 is outside what %3 takes (from %4 to %5).</source>
        <translation>%1: %2 liegt außerhalb dessen, was %3 annimmt (von %4 bis %5).</translation>
    </message>
</context>
<context>
    <name>grove::SweepFile</name>
    <message>
        <source>%1 is larger than Grove reads</source>
        <translation>%1 ist größer, als Grove liest</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not a sweep record (its &quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>keine Sweep-Aufzeichnung (ihr „format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>a sweep record of version %1, which this Grove does not read</source>
        <translation>eine Sweep-Aufzeichnung der Version %1, die diese Grove-Version nicht liest</translation>
    </message>
    <message>
        <source>its &quot;id&quot; is not a sweep id</source>
        <translation>ihre „id“ ist keine Sweep-ID</translation>
    </message>
    <message>
        <source>it has no name or no definition</source>
        <translation>sie hat keinen Namen oder keine Definition</translation>
    </message>
    <message>
        <source>its status &quot;%1&quot; is not one of %2</source>
        <translation>ihr Status „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>it has no valid &quot;created_at&quot; time</source>
        <translation>sie hat keine gültige Zeit „created_at“</translation>
    </message>
    <message>
        <source>its &quot;trial&quot;, &quot;repeat&quot; or &quot;rung&quot; is not a small whole number</source>
        <translation>ihr „trial“, „repeat“ oder „rung“ ist keine kleine ganze Zahl</translation>
    </message>
    <message>
        <source>its &quot;point&quot; holds something other than a number</source>
        <translation>ihr „point“ enthält etwas anderes als eine Zahl</translation>
    </message>
    <message>
        <source>its &quot;run_id&quot; is not a run id</source>
        <translation>ihre „run_id“ ist keine Lauf-ID</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; is not a number</source>
        <translation>ihr „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>line %1 of its trials was skipped: %2</source>
        <translation>Zeile %1 seiner Trials wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot add to %1: %2</source>
        <translation>An %1 kann nicht angefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1 for a new sweep: %2. Check that the workspace folder is writable.</source>
        <translation>%1 kann für einen neuen Sweep nicht angelegt werden: %2. Prüfen Sie, ob der Ordner des Arbeitsbereichs beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot find a free sweep id in %1.</source>
        <translation>In %1 ist keine freie Sweep-ID zu finden.</translation>
    </message>
</context>
<context>
    <name>grove::SweepImportance</name>
    <message>
        <source>Parameter importance needs at least 3 finished configurations; sweep %1 has %2.</source>
        <translation>Die Wichtigkeit der Parameter braucht mindestens 3 abgeschlossene Konfigurationen; Sweep %1 hat %2.</translation>
    </message>
    <message>
        <source>Only %1 finished configurations: the importance is a rough guide until there are %2 or more.</source>
        <translation>Nur %1 abgeschlossene Konfigurationen: Die Wichtigkeit ist ein grober Anhaltspunkt, bis es %2 oder mehr sind.</translation>
    </message>
</context>
<context>
    <name>grove::SweepRunner</name>
    <message>
        <source>The stored definition of sweep %1 cannot be read: %2</source>
        <translation>Die gespeicherte Definition von Sweep %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Sweep %1 is being run already (by grove-cli or a Grove window): let it end, or stop it there, before resuming it.</source>
        <translation>Sweep %1 läuft bereits (in grove-cli oder einem Grove-Fenster): Lassen Sie ihn enden oder halten Sie ihn dort an, bevor Sie ihn fortsetzen.</translation>
    </message>
    <message>
        <source>Cannot lock sweep %1 (%2): the workspace folder cannot be written.</source>
        <translation>Sweep %1 kann nicht gesperrt werden (%2): In den Arbeitsbereichsordner kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>grove::SweepStore</name>
    <message>
        <source>A sweep named &quot;%1&quot; exists already (sweep %2). Choose another name.</source>
        <translation>Ein Sweep namens „%1“ existiert bereits (Sweep %2). Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no sweep &quot;%1&quot; in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Sweep „%1“.</translation>
    </message>
</context>
<context>
    <name>grove::SweepTrialsModel</name>
    <message>
        <source>Trial</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Rung</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Training (s)</source>
        <translation>Training (s)</translation>
    </message>
</context>
<context>
    <name>grove::SweepView</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Save Definition…</source>
        <translation>Definition speichern …</translation>
    </message>
    <message>
        <source>Stop the sweep: finished trials are kept, the trials in training end as stopped</source>
        <translation>Den Sweep anhalten: Beendete Versuche bleiben, die laufenden enden als angehalten</translation>
    </message>
    <message>
        <source>Train the trials that are left; a trial that was stopped is trained again</source>
        <translation>Die übrigen Versuche trainieren; ein angehaltener Versuch wird erneut trainiert</translation>
    </message>
    <message>
        <source>Write this sweep&apos;s definition to a JSON file for grove-cli sweep --config</source>
        <translation>Die Definition dieses Sweeps als JSON-Datei für grove-cli sweep --config schreiben</translation>
    </message>
    <message>
        <source>New Sweep…</source>
        <translation>Neuer Sweep …</translation>
    </message>
    <message>
        <source>S&amp;weep:</source>
        <translation>S&amp;weep:</translation>
    </message>
    <message>
        <source>%v of %m trial runs</source>
        <translation>%v von %m Versuchsläufen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No sweeps yet&lt;/h3&gt;&lt;p&gt;A sweep searches XGBoost configurations for you: choose Training ▸ New Sweep…, or &quot;Sweep Around This Run&quot; on a run&apos;s page, or run grove-cli sweep --config FILE.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Sweeps&lt;/h3&gt;&lt;p&gt;Ein Sweep durchsucht XGBoost-Konfigurationen für Sie: Wählen Sie Training ▸ Neuer Sweep …, oder „Sweep um diesen Lauf“ auf der Seite eines Laufs, oder rufen Sie grove-cli sweep --config DATEI auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Configurations by their objective</source>
        <translation>Konfigurationen nach ihrem Zielwert</translation>
    </message>
    <message>
        <source>Parallel Coordinates</source>
        <translation>Parallele Koordinaten</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Heat Map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Each configuration&apos;s validation curve at the last rung it reached. Dashed lines ending in × were cut short: their configurations were not among the best 1/η of their rung.</source>
        <translation>Die Validierungskurve jeder Konfiguration auf der letzten Stufe, die sie erreichte. Gestrichelte Linien, die mit × enden, wurden abgebrochen: Ihre Konfigurationen gehörten nicht zu den besten 1/η ihrer Stufe.</translation>
    </message>
    <message>
        <source>Halving</source>
        <translation>Halving</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Sweep %1 stopped: %2</source>
        <translation>Sweep %1 angehalten: %2</translation>
    </message>
    <message>
        <source>Double-click a trial to open its run</source>
        <translation>Doppelklicken Sie auf einen Versuch, um seinen Lauf zu öffnen</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Mean |SHAP|</source>
        <translation>Mittleres |SHAP|</translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <source>A heat map needs two searched parameters.</source>
        <translation>Eine Heatmap braucht zwei durchsuchte Parameter.</translation>
    </message>
    <message>
        <source>%1 and %2, the two parameters that mattered most (see Importance); each cell is the mean %3 of the configurations in it, with their count.</source>
        <translation>%1 und %2, die beiden Parameter, die am meisten zählten (siehe Wichtigkeit); jede Zelle ist der mittlere Wert von %3 der Konfigurationen darin, mit ihrer Anzahl.</translation>
    </message>
    <message>
        <source>%1 and %2; each cell is the mean %3 of the configurations in it, with their count (importance is not known yet).</source>
        <translation>%1 und %2; jede Zelle ist der mittlere Wert von %3 der Konfigurationen darin, mit ihrer Anzahl (die Wichtigkeit ist noch nicht bekannt).</translation>
    </message>
    <message>
        <source>%1 (sweep %2, %3)</source>
        <translation>%1 (Sweep %2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>From a small XGBoost model fitted to %n finished configuration(s): each parameter&apos;s mean |SHAP| on the objective, and its Spearman rank correlation with it.</source>
        <translation>
            <numerusform>Aus einem kleinen XGBoost-Modell, angepasst an %n beendete Konfiguration: das mittlere |SHAP| jedes Parameters auf dem Ziel und seine Spearman-Rangkorrelation damit.</numerusform>
            <numerusform>Aus einem kleinen XGBoost-Modell, angepasst an %n beendete Konfigurationen: das mittlere |SHAP| jedes Parameters auf dem Ziel und seine Spearman-Rangkorrelation damit.</numerusform>
        </translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>no finished trial yet</source>
        <translation>noch kein beendeter Versuch</translation>
    </message>
    <message>
        <source>best %1 %2 (trial %3)</source>
        <translation>bester %1 %2 (Versuch %3)</translation>
    </message>
    <message>
        <source>running in this window</source>
        <translation>läuft in diesem Fenster</translation>
    </message>
    <message>
        <source>running in another process</source>
        <translation>läuft in einem anderen Prozess</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 trial runs ended · %4</source>
        <translation>%1 · %2 von %3 Versuchsläufen beendet · %4</translation>
    </message>
    <message>
        <source>Save Sweep Definition</source>
        <translation>Sweep-Definition speichern</translation>
    </message>
    <message>
        <source>Sweep definitions (*.json)</source>
        <translation>Sweep-Definitionen (*.json)</translation>
    </message>
    <message>
        <source>Saved the definition of sweep %1 to %2.</source>
        <translation>Die Definition des Sweeps %1 wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>Gitter</translation>
    </message>
    <message>
        <source>random search</source>
        <translation>Zufallssuche</translation>
    </message>
    <message>
        <source>successive halving</source>
        <translation>Successive Halving</translation>
    </message>
    <message>
        <source>TPE</source>
        <translation>TPE</translation>
    </message>
    <message>
        <source>interrupted (Resume continues it)</source>
        <translation>unterbrochen (Fortsetzen setzt ihn fort)</translation>
    </message>
</context>
<context>
    <name>grove::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1: wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>grove::TextChecks</name>
    <message>
        <source>%1 is %2 MB: a settings file of more than 16 MB is not read.</source>
        <translation>%1 ist %2 MB groß: Eine Einstellungsdatei von mehr als 16 MB wird nicht gelesen.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>%1: %2 in the value of &quot;%3&quot;.</source>
        <translation>%1: %2 im Wert von „%3“.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>grove::Trainer</name>
    <message>
        <source>XGBoost predicted %1 values for %2 rows.</source>
        <translation>XGBoost hat %1 Werte für %2 Zeilen vorhergesagt.</translation>
    </message>
    <message>
        <source>XGBoost rejects these parameters or metrics: %1 Check the names and values of the parameters (and metrics) given.</source>
        <translation>XGBoost lehnt diese Parameter oder Metriken ab: %1 Prüfen Sie die Namen und Werte der angegebenen Parameter (und Metriken).</translation>
    </message>
</context>
<context>
    <name>grove::TrainingJob</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>dataset: choose the dataset to train on.</source>
        <translation>dataset: Wählen Sie den Datensatz, auf dem trainiert werden soll.</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>Es gibt keinen Lauf %1.</translation>
    </message>
    <message>
        <source>Run %1 is %2, not queued.</source>
        <translation>Lauf %1 hat den Status „%2“ und steht nicht in der Warteschlange.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n round(s).</source>
        <translation>
            <numerusform>Nach %n Runde abgebrochen.</numerusform>
            <numerusform>Nach %n Runden abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>XGBoost said: %1</source>
        <translation>Meldung von XGBoost: %1</translation>
    </message>
    <message>
        <source>Run %1 is %2; only a finished run can be reproduced.</source>
        <translation>Lauf %1 hat den Status „%2“; nur ein abgeschlossener Lauf kann reproduziert werden.</translation>
    </message>
    <message>
        <source>The dataset of run %1 is no longer in the workspace.</source>
        <translation>Der Datensatz von Lauf %1 ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The runs were deleted, but these folders could not be removed: %1. You can delete them by hand.</source>
        <translation>Die Läufe wurden gelöscht, aber diese Ordner ließen sich nicht entfernen: %1. Sie können sie von Hand löschen.</translation>
    </message>
    <message>
        <source>%1 The run could not be recorded as ended either (%2); it will show as interrupted.</source>
        <translation>%1 Der Lauf konnte auch nicht als beendet vermerkt werden (%2); er wird als unterbrochen angezeigt.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The configuration of run %1 cannot be read: %2</source>
        <translation>Die Konfiguration von Lauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The model of run %1 cannot be read: %2 (%3).</source>
        <translation>Das Modell von Lauf %1 kann nicht gelesen werden: %2 (%3).</translation>
    </message>
    <message>
        <source>The model of run %1 (%2) was changed after training: its SHA-256 is not the one the run recorded. Train the run again (grove-cli reproduce %1).</source>
        <translation>Das Modell von Lauf %1 (%2) wurde nach dem Training verändert: Sein SHA-256 ist nicht der, den der Lauf festgehalten hat. Trainieren Sie den Lauf erneut (grove-cli reproduce %1).</translation>
    </message>
    <message>
        <source>The model of run %1 (%2) is damaged: %3</source>
        <translation>Das Modell von Lauf %1 (%2) ist beschädigt: %3</translation>
    </message>
    <message>
        <source>Run %1 was cross-validated and its held-out predictions (%2) are gone; they came from fold models that are not kept. Train it again (grove-cli reproduce %1).</source>
        <translation>Lauf %1 wurde kreuzvalidiert und seine zurückgehaltenen Vorhersagen (%2) fehlen; sie stammten von Fold-Modellen, die nicht aufbewahrt werden. Trainieren Sie ihn erneut (grove-cli reproduce %1).</translation>
    </message>
    <message>
        <source>The data run %1 was trained on is no longer in the workspace as it was, so its held-out rows cannot be scored again.</source>
        <translation>Die Daten, auf denen Lauf %1 trainiert wurde, sind nicht mehr unverändert im Arbeitsbereich, daher können seine zurückgehaltenen Zeilen nicht erneut bewertet werden.</translation>
    </message>
</context>
<context>
    <name>grove::TrainingPlan</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>choose the column to predict.</source>
        <translation>Wählen Sie die Spalte, die vorhergesagt werden soll.</translation>
    </message>
    <message>
        <source>there is no column &quot;%1&quot; in the dataset &quot;%2&quot;.</source>
        <translation>Im Datensatz „%2“ gibt es keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a text column (an identifier or free text) and cannot be predicted. Choose another target, or import it again as categorical.</source>
        <translation>„%1“ ist eine Textspalte (ein Bezeichner oder Freitext) und kann nicht vorhergesagt werden. Wählen Sie eine andere Zielspalte oder importieren Sie die Spalte erneut als kategorial.</translation>
    </message>
    <message>
        <source>every value of &quot;%1&quot; is missing.</source>
        <translation>Jeder Wert von „%1“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the same value in every row; there is nothing to learn.</source>
        <translation>„%1“ hat in jeder Zeile denselben Wert; es gibt nichts zu lernen.</translation>
    </message>
    <message>
        <source>regression needs a numeric target, and &quot;%1&quot; is categorical.</source>
        <translation>Regression braucht eine numerische Zielspalte, aber „%1“ ist kategorial.</translation>
    </message>
    <message>
        <source>binary classification needs exactly two target values; &quot;%1&quot; has %2. Choose multiclass or regression.</source>
        <translation>Binäre Klassifikation braucht genau zwei Zielwerte; „%1“ hat %2. Wählen Sie Mehrklassen-Klassifikation oder Regression.</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 distinct values in %3 rows: too many classes for classification. Use regression for a continuous target.</source>
        <translation>„%1“ hat %2 verschiedene Werte in %3 Zeilen: zu viele Klassen für eine Klassifikation. Verwenden Sie Regression für eine stetige Zielspalte.</translation>
    </message>
    <message>
        <source>the target is not numeric in the validation dataset.</source>
        <translation>Die Zielspalte ist im Validierungsdatensatz nicht numerisch.</translation>
    </message>
    <message>
        <source>the validation data has the target value %1, which the training data does not have.</source>
        <translation>Die Validierungsdaten enthalten den Zielwert %1, den die Trainingsdaten nicht enthalten.</translation>
    </message>
    <message>
        <source>the validation data has the target value &quot;%1&quot;, which the training data does not have.</source>
        <translation>Die Validierungsdaten enthalten den Zielwert „%1“, den die Trainingsdaten nicht enthalten.</translation>
    </message>
    <message>
        <source>the target has a different type in the validation dataset.</source>
        <translation>Die Zielspalte hat im Validierungsdatensatz einen anderen Typ.</translation>
    </message>
    <message>
        <source>there is no column &quot;%1&quot; to exclude.</source>
        <translation>Es gibt keine Spalte „%1“, die ausgeschlossen werden könnte.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is categorical but stored as numbers.</source>
        <translation>Die Spalte „%1“ ist kategorial, aber als Zahlen gespeichert.</translation>
    </message>
    <message>
        <source>no feature is left to learn from; keep at least one numeric or categorical column.</source>
        <translation>Es bleibt kein Merkmal zum Lernen übrig; behalten Sie mindestens eine numerische oder kategoriale Spalte.</translation>
    </message>
    <message>
        <source>must be greater than 0 (and at most 10); got %1.</source>
        <translation>muss größer als 0 sein (und höchstens 10); erhalten: %1.</translation>
    </message>
    <message>
        <source>must be between 0 and 64; got %1.</source>
        <translation>muss zwischen 0 und 64 liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>0 (no limit) does not work with tree_method exact.</source>
        <translation>0 (keine Begrenzung) funktioniert nicht mit tree_method exact.</translation>
    </message>
    <message>
        <source>must be in (0, 1]; got %1.</source>
        <translation>muss in (0, 1] liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>must not be negative; got %1.</source>
        <translation>darf nicht negativ sein; erhalten: %1.</translation>
    </message>
    <message>
        <source>must be between 2 and 65536; got %1.</source>
        <translation>muss zwischen 2 und 65536 liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>must be greater than 0; got %1.</source>
        <translation>muss größer als 0 sein; erhalten: %1.</translation>
    </message>
    <message>
        <source>must be hist, approx or exact; got &quot;%1&quot;.</source>
        <translation>muss hist, approx oder exact sein; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>exact does not support categorical features; use hist or approx, or exclude the categorical columns.</source>
        <translation>exact unterstützt keine kategorialen Merkmale; verwenden Sie hist oder approx oder schließen Sie die kategorialen Spalten aus.</translation>
    </message>
    <message>
        <source>must be between 1 and 100,000; got %1.</source>
        <translation>muss zwischen 1 und 100.000 liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>must be between 0 (one per core) and 256; got %1.</source>
        <translation>muss zwischen 0 (einer pro Kern) und 256 liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>must be in (0, 0.9]; got %1.</source>
        <translation>muss in (0, 0.9] liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>holding out %1 of %2 rows leaves %3 for validation and %4 for training; both need at least one.</source>
        <translation>Werden %1 von %2 Zeilen zurückgehalten, bleiben %3 für die Validierung und %4 für das Training; beide brauchen mindestens eine.</translation>
    </message>
    <message>
        <source>must be between 2 and 50; got %1.</source>
        <translation>muss zwischen 2 und 50 liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>%1 folds need at least %2 rows with a target; there are %3.</source>
        <translation>%1 Folds brauchen mindestens %2 Zeilen mit Zielwert; vorhanden sind %3.</translation>
    </message>
    <message>
        <source>name the dataset to validate on.</source>
        <translation>Geben Sie den Datensatz an, auf dem validiert werden soll.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lacks the feature columns %2.</source>
        <translation>In „%1“ fehlen die Merkmalsspalten %2.</translation>
    </message>
    <message>
        <source>in &quot;%1&quot; these columns have another type than in &quot;%2&quot;: %3.</source>
        <translation>In „%1“ haben diese Spalten einen anderen Typ als in „%2“: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no target column &quot;%2&quot;.</source>
        <translation>„%1“ hat keine Zielspalte „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no rows with a target value.</source>
        <translation>„%1“ hat keine Zeilen mit Zielwert.</translation>
    </message>
</context>
<context>
    <name>grove::TrainingQueue</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
</context>
<context>
    <name>grove::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <source>Key metric</source>
        <translation>Hauptmetrik</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>In den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Bring the selected runs back to the runs list; Edit ▸ Undo moves them to the trash again</source>
        <translation>Die ausgewählten Läufe in die Liste zurückholen; Bearbeiten ▸ Rückgängig verschiebt sie wieder in den Papierkorb</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <source>Delete every run in the trash for good, after asking</source>
        <translation>Jeden Lauf im Papierkorb nach Rückfrage endgültig löschen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the trash. They keep their models and predictions until the trash is emptied.</source>
        <translation>
            <numerusform>%n Lauf im Papierkorb. Er behält Modell und Vorhersagen, bis der Papierkorb geleert wird.</numerusform>
            <numerusform>%n Läufe im Papierkorb. Sie behalten ihre Modelle und Vorhersagen, bis der Papierkorb geleert wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>grove::TypeInference</name>
    <message>
        <source>likely target</source>
        <translation>wahrscheinliche Zielgröße</translation>
    </message>
    <message>
        <source>few distinct whole numbers: could be categorical</source>
        <translation>wenige verschiedene ganze Zahlen: könnte kategorial sein</translation>
    </message>
    <message>
        <source>looks like an identifier: not used for training</source>
        <translation>sieht wie ein Bezeichner aus: nicht fürs Training verwendet</translation>
    </message>
    <message>
        <source>free text: not used for training</source>
        <translation>Freitext: nicht fürs Training verwendet</translation>
    </message>
    <message>
        <source>constant: carries no information</source>
        <translation>konstant: trägt keine Information</translation>
    </message>
    <message>
        <source>every value is missing</source>
        <translation>jeder Wert fehlt</translation>
    </message>
    <message>
        <source>more than half missing</source>
        <translation>mehr als die Hälfte fehlt</translation>
    </message>
    <message>
        <source>numbers with leading zeros: read as codes</source>
        <translation>Zahlen mit führenden Nullen: als Codes gelesen</translation>
    </message>
</context>
<context>
    <name>grove::Validation</name>
    <message>
        <source>it is a %1 model and this run is %2</source>
        <translation>es ist ein %1-Modell, dieser Lauf aber %2</translation>
    </message>
    <message>
        <source>its classes differ from this run&apos;s</source>
        <translation>seine Klassen unterscheiden sich von denen dieses Laufs</translation>
    </message>
    <message>
        <source>it has %1 features and this run %2</source>
        <translation>es hat %1 Merkmale, dieser Lauf %2</translation>
    </message>
    <message>
        <source>XGBoost did not report %1 for the Production version.</source>
        <translation>XGBoost hat %1 für die Production-Version nicht gemeldet.</translation>
    </message>
    <message>
        <source>There is no run %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Lauf %1.</translation>
    </message>
    <message>
        <source>Run %1 is %2; only a finished run can be validated.</source>
        <translation>Lauf %1 hat den Status „%2“; nur ein abgeschlossener Lauf kann validiert werden.</translation>
    </message>
    <message>
        <source>Validating run %1</source>
        <translation>Lauf %1 wird validiert</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 has SHA-256 %2, but the run recorded %3: the file was changed after training.</source>
        <translation>%1 hat den SHA-256 %2, der Lauf hat aber %3 aufgezeichnet: Die Datei wurde nach dem Training verändert.</translation>
    </message>
    <message>
        <source>%1 loads, with the recorded SHA-256 %2.</source>
        <translation>%1 lässt sich laden, mit dem aufgezeichneten SHA-256 %2.</translation>
    </message>
    <message>
        <source>The dataset &quot;%1&quot; now has content %2, but the run was trained on %3.</source>
        <translation>Der Datensatz „%1“ hat jetzt den Inhalt %2, der Lauf wurde aber auf %3 trainiert.</translation>
    </message>
    <message>
        <source>The columns of &quot;%1&quot; no longer give the features, types and categories the model was trained with.</source>
        <translation>Die Spalten von „%1“ ergeben nicht mehr die Merkmale, Typen und Kategorien, mit denen das Modell trainiert wurde.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; (content %2) gives the %n feature(s) the model was trained with.</source>
        <translation>
            <numerusform>„%1“ (Inhalt %2) liefert das %n Merkmal, mit dem das Modell trainiert wurde.</numerusform>
            <numerusform>„%1“ (Inhalt %2) liefert die %n Merkmale, mit denen das Modell trainiert wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: the model or its data did not pass the checks above.</source>
        <translation>Nicht geprüft: Das Modell oder seine Daten haben die obigen Prüfungen nicht bestanden.</translation>
    </message>
    <message>
        <source>Not applicable: the held-out predictions of a cross-validated run come from its fold models; the model kept was trained on all rows.</source>
        <translation>Nicht anwendbar: Bei einem kreuzvalidierten Lauf stammen die Vorhersagen für zurückgehaltene Daten von seinen Fold-Modellen; das behaltene Modell wurde auf allen Zeilen trainiert.</translation>
    </message>
    <message numerus="yes">
        <source>The %n held-out prediction(s) in %1 are reproduced exactly.</source>
        <translation>
            <numerusform>Die %n Vorhersage für zurückgehaltene Daten in %1 wird exakt reproduziert.</numerusform>
            <numerusform>Die %n Vorhersagen für zurückgehaltene Daten in %1 werden exakt reproduziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 differs from the reloaded model&apos;s predictions from line %2 on.</source>
        <translation>%1 weicht ab Zeile %2 von den Vorhersagen des neu geladenen Modells ab.</translation>
    </message>
    <message>
        <source>Not checked: the model could not predict.</source>
        <translation>Nicht geprüft: Das Modell konnte keine Vorhersagen berechnen.</translation>
    </message>
    <message numerus="yes">
        <source>All %n prediction value(s) are finite.</source>
        <translation>
            <numerusform>Der %n Vorhersagewert ist endlich.</numerusform>
            <numerusform>Alle %n Vorhersagewerte sind endlich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prediction value(s) are NaN or infinite.</source>
        <translation>
            <numerusform>%n Vorhersagewert ist NaN oder unendlich.</numerusform>
            <numerusform>%n Vorhersagewerte sind NaN oder unendlich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 has no %2 on its %3 data (it has: %4). Add the metric to the run, or change the rule.</source>
        <translation>Lauf %1 hat keine Metrik %2 für die Daten %3 (vorhanden: %4). Fügen Sie die Metrik dem Lauf hinzu oder ändern Sie die Regel.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
    <message>
        <source>%1 is %2, which does not meet %3.</source>
        <translation>%1 ist %2 und erfüllt %3 nicht.</translation>
    </message>
    <message>
        <source>There is no Production version to compare with yet; the rule holds.</source>
        <translation>Es gibt noch keine Production-Version zum Vergleich; die Regel gilt als erfüllt.</translation>
    </message>
    <message>
        <source>A comparison with Production is made on the validation data: write valid.%1.</source>
        <translation>Ein Vergleich mit Production erfolgt auf den Validierungsdaten: Schreiben Sie valid.%1.</translation>
    </message>
    <message>
        <source>This run has no held-out rows to score %1 on (it is cross-validated, or its data did not pass the checks).</source>
        <translation>Dieser Lauf hat keine zurückgehaltenen Zeilen, die %1 bewerten könnte (er ist kreuzvalidiert, oder seine Daten haben die Prüfungen nicht bestanden).</translation>
    </message>
    <message>
        <source>%1 cannot score this run&apos;s rows: %2.</source>
        <translation>%1 kann die Zeilen dieses Laufs nicht bewerten: %2.</translation>
    </message>
    <message>
        <source>%1 could not be scored: %2</source>
        <translation>Die Bewertung mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2; %3 scores %4 on the same %n row(s).</source>
        <translation>
            <numerusform>%1 ist %2; %3 erreicht %4 auf derselben %n Zeile.</numerusform>
            <numerusform>%1 ist %2; %3 erreicht %4 auf denselben %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>it predicts &quot;%1&quot; and this run &quot;%2&quot;</source>
        <translation>es sagt „%1“ vorher und dieser Lauf „%2“</translation>
    </message>
    <message>
        <source>its feature %1 is &quot;%2&quot; where this run has &quot;%3&quot;</source>
        <translation>sein Merkmal %1 ist „%2“, wo dieser Lauf „%3“ hat</translation>
    </message>
    <message>
        <source>its feature &quot;%1&quot; is %2 where this run&apos;s is %3</source>
        <translation>sein Merkmal „%1“ ist %2, das dieses Laufs %3</translation>
    </message>
    <message>
        <source>the categories of its feature &quot;%1&quot; differ from this run&apos;s (%2 and %3 categories)</source>
        <translation>die Kategorien seines Merkmals „%1“ unterscheiden sich von denen dieses Laufs (%2 und %3 Kategorien)</translation>
    </message>
    <message>
        <source>%1 holds no predictions to check.</source>
        <translation>%1 enthält keine Vorhersagen zum Prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>All %n out-of-fold prediction value(s) are finite.</source>
        <translation>
            <numerusform>Der %n Out-of-Fold-Vorhersagewert ist endlich.</numerusform>
            <numerusform>Alle %n Out-of-Fold-Vorhersagewerte sind endlich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out-of-fold prediction value(s) are missing, NaN or infinite.</source>
        <translation>
            <numerusform>%n Out-of-Fold-Vorhersagewert fehlt oder ist NaN oder unendlich.</numerusform>
            <numerusform>%n Out-of-Fold-Vorhersagewerte fehlen oder sind NaN oder unendlich.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is measured on the held-out predictions, which this validation does not read.</source>
        <translation>%1 wird auf den zurückgehaltenen Vorhersagen gemessen, die diese Validierung nicht liest.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1, which does not meet %2.</source>
        <translation>%1, was %2 nicht erfüllt.</translation>
    </message>
</context>
<context>
    <name>grove::ValidationPanel</name>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <source>E&amp;xport to Registry…</source>
        <translation>In die Registry e&amp;xportieren …</translation>
    </message>
    <message>
        <source>A metric on the held-out data compared with a number, or with the Production version of the model below scored on the same rows (production - MARGIN).</source>
        <translation>Eine Metrik auf den zurückgehaltenen Daten, verglichen mit einer Zahl oder mit der Production-Version des unten angegebenen Modells, bewertet auf denselben Zeilen (production - ABSTAND).</translation>
    </message>
    <message>
        <source>The registry model whose Production version &quot;production&quot; rules compare with; also the name Export proposes.</source>
        <translation>Das Registry-Modell, mit dessen Production-Version „production“-Regeln vergleichen; auch der Name, den der Export vorschlägt.</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Regeln:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Export to Registry</source>
        <translation>In die Registry exportieren</translation>
    </message>
    <message>
        <source>Remember these rules for the experiment &quot;%1&quot;</source>
        <translation>Diese Regeln für das Experiment „%1“ merken</translation>
    </message>
    <message>
        <source>Choose a run to validate it.</source>
        <translation>Wählen Sie einen Lauf, um ihn zu validieren.</translation>
    </message>
    <message>
        <source>Only a finished run can be validated and exported.</source>
        <translation>Nur ein abgeschlossener Lauf kann validiert und exportiert werden.</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Wird validiert …</translation>
    </message>
    <message>
        <source>Not validated yet. Export is available once a validation passes: click Validate.</source>
        <translation>Noch nicht validiert. Der Export ist möglich, sobald eine Validierung bestanden ist: Klicken Sie auf „Validieren“.</translation>
    </message>
    <message>
        <source>Validate the run first.</source>
        <translation>Validieren Sie den Lauf zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>Passed all %n check(s) on %1 (by %2). The run can be exported.</source>
        <translation>
            <numerusform>Die %n Prüfung am %1 bestanden (von %2). Der Lauf kann exportiert werden.</numerusform>
            <numerusform>Alle %n Prüfungen am %1 bestanden (von %2). Der Lauf kann exportiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish this run&apos;s model as the next version of a model in the registry.</source>
        <translation>Das Modell dieses Laufs als nächste Version eines Modells in der Registry veröffentlichen.</translation>
    </message>
    <message>
        <source>Failed on %1: %2. Export is unavailable until a validation passes.</source>
        <translation>Nicht bestanden am %1: %2. Der Export ist erst möglich, wenn eine Validierung bestanden ist.</translation>
    </message>
    <message>
        <source>The latest validation failed; see the report below.</source>
        <translation>Die letzte Validierung wurde nicht bestanden; siehe den Bericht unten.</translation>
    </message>
    <message>
        <source>A rule compares with Production: name the model in &quot;Model&quot; first.</source>
        <translation>Eine Regel vergleicht mit Production: Geben Sie zuerst unter „Modell“ das Modell an.</translation>
    </message>
    <message>
        <source>for rules against production</source>
        <translation>für Regeln gegen Production</translation>
    </message>
    <message>
        <source>One rule per line, for example:
valid.auc &gt;= 0.9
valid.auc &gt;= production - 0.01
threshold.precision &gt;= 0.8 (at the saved threshold)
eval.brier &lt;= 0.2
min(slices(region).auc) &gt;= 0.7</source>
        <translation>Eine Regel pro Zeile, zum Beispiel:
valid.auc &gt;= 0.9
valid.auc &gt;= production - 0.01
threshold.precision &gt;= 0.8 (beim gespeicherten Schwellenwert)
eval.brier &lt;= 0.2
min(slices(region).auc) &gt;= 0.7</translation>
    </message>
    <message numerus="yes">
        <source>Passed %n check(s) on %1 (by %2); %3 did not apply to this run. The run can be exported.</source>
        <translation>
            <numerusform>%n Prüfung am %1 bestanden (von %2); für diesen Lauf nicht anwendbar: %3. Der Lauf kann exportiert werden.</numerusform>
            <numerusform>%n Prüfungen am %1 bestanden (von %2); für diesen Lauf nicht anwendbar: %3. Der Lauf kann exportiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Model in %1 (a new name starts a new model):</source>
        <translation>Modell in %1 (ein neuer Name beginnt ein neues Modell):</translation>
    </message>
</context>
<context>
    <name>grove::ValidationRules</name>
    <message>
        <source>A validation rule is empty. %1</source>
        <translation>Eine Validierungsregel ist leer. %1</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; does not start with a metric such as valid.auc (the data, a dot, the metric).</source>
        <translation>Die Regel „%1“ beginnt nicht mit einer Metrik wie valid.auc (die Daten, ein Punkt, die Metrik).</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has no comparison (&gt;=, &gt;, &lt;= or &lt;).</source>
        <translation>Die Regel „%1“ enthält keinen Vergleich (&gt;=, &gt;, &lt;= oder &lt;).</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; ends after &quot;%2&quot;: a number or &quot;production&quot; must follow. %3</source>
        <translation>Die Regel „%1“ endet nach „%2“: Es muss eine Zahl oder „production“ folgen. %3</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; compares with %2; use a finite number. %3</source>
        <translation>Die Regel „%1“ vergleicht mit %2; verwenden Sie eine endliche Zahl. %3</translation>
    </message>
    <message>
        <source>In the rule &quot;%1&quot;, &quot;%2&quot; is neither a number nor &quot;production&quot; with an optional + or - margin. %3</source>
        <translation>In der Regel „%1“ ist „%2“ weder eine Zahl noch „production“ mit optionalem Abstand + oder -. %3</translation>
    </message>
    <message>
        <source>In the rule &quot;%1&quot;, the margin &quot;%2&quot; is not a number of zero or more. %3</source>
        <translation>In der Regel „%1“ ist der Abstand „%2“ keine Zahl ab 0. %3</translation>
    </message>
    <message>
        <source>A stored validation report of run %1 is damaged.</source>
        <translation>Ein gespeicherter Validierungsbericht von Lauf %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The model reloads from its file</source>
        <translation>Das Modell lässt sich aus seiner Datei neu laden</translation>
    </message>
    <message>
        <source>The input schema matches the training dataset</source>
        <translation>Das Eingabeschema passt zum Trainingsdatensatz</translation>
    </message>
    <message>
        <source>The reloaded model reproduces the held-out predictions</source>
        <translation>Das neu geladene Modell reproduziert die Vorhersagen für die zurückgehaltenen Daten</translation>
    </message>
    <message>
        <source>No prediction is NaN or infinite</source>
        <translation>Keine Vorhersage ist NaN oder unendlich</translation>
    </message>
    <message>
        <source>Write a rule as METRIC OPERATOR VALUE, for example valid.auc &gt;= 0.9, valid.rmse &lt;= 12, or valid.auc &gt;= production - 0.01 (not worse than the Production version by more than 0.01); figures of the held-out predictions read threshold.precision &gt;= 0.8, eval.brier &lt;= 0.2 or min(slices(region).auc) &gt;= 0.7.</source>
        <translation>Schreiben Sie eine Regel als METRIK OPERATOR WERT, zum Beispiel valid.auc &gt;= 0.9, valid.rmse &lt;= 12 oder valid.auc &gt;= production - 0.01 (nicht um mehr als 0,01 schlechter als die Production-Version); Kennzahlen der zurückgehaltenen Vorhersagen lauten threshold.precision &gt;= 0.8, eval.brier &lt;= 0.2 oder min(slices(region).auc) &gt;= 0.7.</translation>
    </message>
    <message>
        <source>Rules on the held-out predictions compare a figure with a number: threshold.FIGURE for a binary run at its saved decision threshold (threshold.precision &gt;= 0.8, threshold.cost &lt;= 0.2), eval.FIGURE (eval.brier &lt;= 0.2, eval.rmse &lt;= 12), or the worst slice by a column of the data: min(slices(region).auc) &gt;= 0.7, max(slices(region).rmse) &lt;= 12.</source>
        <translation>Regeln auf den zurückgehaltenen Vorhersagen vergleichen eine Kennzahl mit einer Zahl: threshold.KENNZAHL für einen binären Lauf bei seinem gespeicherten Entscheidungsschwellenwert (threshold.precision &gt;= 0.8, threshold.cost &lt;= 0.2), eval.KENNZAHL (eval.brier &lt;= 0.2, eval.rmse &lt;= 12) oder das schlechteste Segment nach einer Spalte der Daten: min(slices(region).auc) &gt;= 0.7, max(slices(region).rmse) &lt;= 12.</translation>
    </message>
    <message>
        <source>In the rule &quot;%1&quot;, &quot;%2&quot; is not a figure at the decision threshold; write one of: %3. %4</source>
        <translation>In der Regel „%1“ ist „%2“ keine Kennzahl beim Entscheidungsschwellenwert; schreiben Sie eine von: %3. %4</translation>
    </message>
    <message>
        <source>In the rule &quot;%1&quot;, &quot;%2&quot; is not a figure of the evaluation; write one of: %3. %4</source>
        <translation>In der Regel „%1“ ist „%2“ keine Kennzahl der Auswertung; schreiben Sie eine von: %3. %4</translation>
    </message>
    <message>
        <source>In the rule &quot;%1&quot;, slices() names no column: write the column of the data to slice by. %2</source>
        <translation>In der Regel „%1“ nennt slices() keine Spalte: Schreiben Sie die Spalte der Daten, nach der segmentiert wird. %2</translation>
    </message>
    <message>
        <source>In the rule &quot;%1&quot;, &quot;%2&quot; is not a figure of slices; write one of: %3. %4</source>
        <translation>In der Regel „%1“ ist „%2“ keine Kennzahl von Segmenten; schreiben Sie eine von: %3. %4</translation>
    </message>
    <message>
        <source>In the rule &quot;%1&quot;, min(…) would take the best slice: the worst slice&apos;s %2 is the largest. Write %3.</source>
        <translation>In der Regel „%1“ würde min(…) das beste Segment nehmen: Beim schlechtesten Segment ist %2 am größten. Schreiben Sie %3.</translation>
    </message>
    <message>
        <source>In the rule &quot;%1&quot;, max(…) would take the best slice: the worst slice&apos;s %2 is the smallest. Write %3.</source>
        <translation>In der Regel „%1“ würde max(…) das beste Segment nehmen: Beim schlechtesten Segment ist %2 am kleinsten. Schreiben Sie %3.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; does not read as min(slices(COLUMN).FIGURE) or max(slices(COLUMN).FIGURE). %2</source>
        <translation>Die Regel „%1“ hat nicht die Form min(slices(SPALTE).KENNZAHL) oder max(slices(SPALTE).KENNZAHL). %2</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has no comparison (&gt;=, &gt;, &lt;= or &lt;) after %2. %3</source>
        <translation>Die Regel „%1“ hat nach %2 keinen Vergleich (&gt;=, &gt;, &lt;= oder &lt;). %3</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; ends after &quot;%2&quot;: a number must follow. %3</source>
        <translation>Die Regel „%1“ endet nach „%2“: Es muss eine Zahl folgen. %3</translation>
    </message>
    <message>
        <source>In the rule &quot;%1&quot;, %2 is compared with production: only a metric the run recorded (such as valid.auc) can be compared with the Production version. Compare %2 with a number. %3</source>
        <translation>In der Regel „%1“ wird %2 mit production verglichen: Nur eine vom Lauf festgehaltene Metrik (etwa valid.auc) kann mit der Production-Version verglichen werden. Vergleichen Sie %2 mit einer Zahl. %3</translation>
    </message>
    <message>
        <source>In the rule &quot;%1&quot;, &quot;%2&quot; is not a number. %3</source>
        <translation>In der Regel „%1“ ist „%2“ keine Zahl. %3</translation>
    </message>
</context>
<context>
    <name>grove::VersionCopy</name>
    <message>
        <source>The destination registry %1 is a file, not a folder. Give the path of a registry folder.</source>
        <translation>Die Ziel-Registry %1 ist eine Datei, kein Ordner. Geben Sie den Pfad eines Registry-Ordners an.</translation>
    </message>
    <message>
        <source>The destination registry %1 does not exist. Check the path, and that the shared folder is mounted; to start a new registry there, create the folder first.</source>
        <translation>Die Ziel-Registry %1 existiert nicht. Prüfen Sie den Pfad und ob der freigegebene Ordner eingebunden ist; um dort eine neue Registry zu beginnen, legen Sie den Ordner zuerst an.</translation>
    </message>
    <message>
        <source>The registry %1 does not exist. Check the path, and that the shared folder is mounted.</source>
        <translation>Die Registry %1 existiert nicht. Prüfen Sie den Pfad und ob der freigegebene Ordner eingebunden ist.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is in the registry %3 already. To keep a copy in the same registry, give it another name (--model NAME).</source>
        <translation>Version %1 von „%2“ ist bereits in der Registry %3. Um eine Kopie in derselben Registry zu behalten, geben Sie ihr einen anderen Namen (--model NAME).</translation>
    </message>
    <message>
        <source>There is no version %1 of model &quot;%2&quot; in the registry %3.</source>
        <translation>In der Registry %3 gibt es keine Version %1 des Modells „%2“.</translation>
    </message>
    <message>
        <source>Version %1 of model &quot;%2&quot; in %3 fails its checksum check, so it was not copied:</source>
        <translation>Version %1 des Modells „%2“ in %3 besteht die Prüfsummenprüfung nicht, daher wurde sie nicht kopiert:</translation>
    </message>
    <message>
        <source>Version %1 of model &quot;%2&quot; in %3 has no metadata.json, so it is not a model version Grove can copy.</source>
        <translation>Version %1 des Modells „%2“ in %3 hat keine metadata.json und ist daher keine Modellversion, die Grove kopieren kann.</translation>
    </message>
    <message>
        <source>metadata.json of version %1 of model &quot;%2&quot; is not a JSON object (%3), so the copy&apos;s lineage cannot be recorded in it.</source>
        <translation>metadata.json der Version %1 des Modells „%2“ ist kein JSON-Objekt (%3), daher kann die Herkunft der Kopie darin nicht festgehalten werden.</translation>
    </message>
</context>
<context>
    <name>grove::WaterfallPlot</name>
    <message>
        <source>Choose a row in the table to see how each feature moved its prediction.</source>
        <translation>Wählen Sie eine Zeile in der Tabelle, um zu sehen, wie jedes Merkmal ihre Vorhersage verschoben hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n other feature(s)</source>
        <translation>
            <numerusform>%n weiteres Merkmal</numerusform>
            <numerusform>%n weitere Merkmale</numerusform>
        </translation>
    </message>
    <message>
        <source>Model margin (log-odds for a binary model)</source>
        <translation>Margin des Modells (Log-Odds bei einem binären Modell)</translation>
    </message>
    <message>
        <source>base %1</source>
        <translation>Basis %1</translation>
    </message>
    <message>
        <source>margin %1 %2</source>
        <translation>Margin %1 %2</translation>
    </message>
</context>
<context>
    <name>grove::Workspace</name>
    <message>
        <source>No workspace folder was given.</source>
        <translation>Es wurde kein Arbeitsbereichsordner angegeben.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. A workspace is a folder; choose another path.</source>
        <translation>%1 ist eine Datei, kein Ordner. Ein Arbeitsbereich ist ein Ordner; wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>Cannot create the workspace folder %1. Check that its parent exists and is writable.</source>
        <translation>Der Arbeitsbereichsordner %1 kann nicht angelegt werden. Prüfen Sie, ob der übergeordnete Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 is not a Grove workspace (it has no grove.db) and is not empty. Choose an empty folder or a new path for a new workspace.</source>
        <translation>%1 ist kein Grove-Arbeitsbereich (es gibt keine grove.db) und ist nicht leer. Wählen Sie für einen neuen Arbeitsbereich einen leeren Ordner oder einen neuen Pfad.</translation>
    </message>
    <message>
        <source>its database grove.db is missing</source>
        <translation>seine Datenbank grove.db fehlt</translation>
    </message>
    <message>
        <source>its database grove.db is empty</source>
        <translation>seine Datenbank grove.db ist leer</translation>
    </message>
    <message>
        <source>its grove.db is not a database</source>
        <translation>seine grove.db ist keine Datenbank</translation>
    </message>
    <message>
        <source>The workspace %1 has datasets or runs, but %2. Grove does not start a new workspace over them. Rebuild the database from the datasets and runs folders with: %3</source>
        <translation>Der Arbeitsbereich %1 enthält Datensätze oder Läufe, aber %2. Grove legt darüber keinen neuen Arbeitsbereich an. Bauen Sie die Datenbank aus den Ordnern datasets und runs neu auf mit: %3</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2. Move grove.db away to start an empty workspace there, or rebuild it with: %3</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2. Verschieben Sie grove.db, um dort einen leeren Arbeitsbereich anzulegen, oder bauen Sie die Datenbank neu auf mit: %3</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be changed: %2. Commands that only read it (datasets, profile, runs, show, compare, predict --run) work; to change it, make it writable or copy it to a writable folder.</source>
        <translation>Der Arbeitsbereich %1 kann nicht geändert werden: %2. Befehle, die ihn nur lesen (datasets, profile, runs, show, compare, predict --run), funktionieren; um ihn zu ändern, machen Sie ihn beschreibbar oder kopieren Sie ihn in einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>er liegt auf einem schreibgeschützten Dateisystem</translation>
    </message>
    <message>
        <source>you have no write permission for it</source>
        <translation>Sie haben keine Schreibberechtigung dafür</translation>
    </message>
    <message>
        <source>%1 is a file, but the workspace keeps its %2 in a folder of that name. Move or rename the file, then open the workspace again.</source>
        <translation>%1 ist eine Datei, aber der Arbeitsbereich speichert seine Daten (%2) in einem Ordner dieses Namens. Verschieben oder benennen Sie die Datei um und öffnen Sie den Arbeitsbereich dann erneut.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2. Check that the workspace folder is writable.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2. Prüfen Sie, ob der Ordner des Arbeitsbereichs beschreibbar ist.</translation>
    </message>
    <message>
        <source>The workspace %1 was made by another version of Grove (schema %2; this one uses %3), and it cannot be upgraded while it is read-only. Open it once where it is writable.</source>
        <translation>Der Arbeitsbereich %1 wurde mit einer anderen Grove-Version angelegt (Schema %2; diese Version verwendet %3) und kann nicht aktualisiert werden, solange er schreibgeschützt ist. Öffnen Sie ihn einmal an einem Ort, an dem er beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for a new run: %2. Check that the workspace folder is writable.</source>
        <translation>Der Ordner %1 für einen neuen Lauf kann nicht angelegt werden: %2. Prüfen Sie, ob der Ordner des Arbeitsbereichs beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot find a free run folder in %1.</source>
        <translation>In %1 lässt sich kein freier Laufordner finden.</translation>
    </message>
    <message>
        <source>The workspace %1 is gone, or its grove.db is (moved or deleted while Grove was working with it). Open the workspace again; if its database was lost, rebuild it with: %2</source>
        <translation>Der Arbeitsbereich %1 oder seine grove.db ist nicht mehr da (verschoben oder gelöscht, während Grove damit arbeitete). Öffnen Sie den Arbeitsbereich erneut; ist seine Datenbank verloren, bauen Sie sie neu auf mit: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is at schema %2, but this version of Grove uses %3: another version of Grove changed it meanwhile. Open it again.</source>
        <translation>Der Arbeitsbereich %1 hat Schema %2, diese Grove-Version verwendet aber %3: Eine andere Grove-Version hat ihn inzwischen geändert. Öffnen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Another Grove process is setting up the workspace %1 and has not finished in %2 seconds. Try again once it has; if it was stopped, end it first.</source>
        <translation>Ein anderer Grove-Prozess richtet den Arbeitsbereich %1 ein und ist nach %2 Sekunden nicht fertig. Versuchen Sie es erneut, wenn er fertig ist; wurde er angehalten, beenden Sie ihn zuerst.</translation>
    </message>
</context>
<context>
    <name>grove::WorkspaceRecovery</name>
    <message>
        <source>datasets/%1 was not recovered: %2</source>
        <translation>datasets/%1 wurde nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>datasets/%1 was not recovered: its content has the hash %2, not the one its name says.</source>
        <translation>datasets/%1 wurde nicht wiederhergestellt: Sein Inhalt hat den Hash %2, nicht den, den sein Name angibt.</translation>
    </message>
    <message>
        <source>runs/%1 was not recovered: it has no run.json (it was made by an older Grove, or its run was never recorded).</source>
        <translation>runs/%1 wurde nicht wiederhergestellt: Es gibt keine run.json (der Ordner stammt von einer älteren Grove-Version, oder sein Lauf wurde nie aufgezeichnet).</translation>
    </message>
    <message>
        <source>runs/%1 was not recovered: its run.json is %2.</source>
        <translation>runs/%1 wurde nicht wiederhergestellt: Seine run.json ist unbrauchbar (%2).</translation>
    </message>
    <message>
        <source>runs/%1 was not recovered: its run.json is the record of run %2.</source>
        <translation>runs/%1 wurde nicht wiederhergestellt: Seine run.json ist die Aufzeichnung von Lauf %2.</translation>
    </message>
    <message>
        <source>Recovered from run.json: the run had not ended when its record was last saved.</source>
        <translation>Aus run.json wiederhergestellt: Der Lauf war noch nicht beendet, als seine Aufzeichnung zuletzt gespeichert wurde.</translation>
    </message>
    <message>
        <source>Recovered without its model: model.ubj is missing or is not the file this run trained.</source>
        <translation>Ohne sein Modell wiederhergestellt: model.ubj fehlt oder ist nicht die Datei, die dieser Lauf trainiert hat.</translation>
    </message>
    <message>
        <source>Run %1 was recovered as failed: its model.ubj is missing or differs from the one it trained.</source>
        <translation>Lauf %1 wurde als fehlgeschlagen wiederhergestellt: Seine model.ubj fehlt oder weicht von der ab, die er trainiert hat.</translation>
    </message>
    <message>
        <source>Run %1 was not recovered: a dataset it used has no usable snapshot in datasets/.</source>
        <translation>Lauf %1 wurde nicht wiederhergestellt: Ein von ihm verwendeter Datensatz hat keinen brauchbaren Snapshot in datasets/.</translation>
    </message>
    <message>
        <source>The tags of run %1 were not recovered: %2</source>
        <translation>Die Tags von Lauf %1 wurden nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>%1 has no datasets or runs folder: there is nothing to recover a workspace from.</source>
        <translation>%1 hat keinen Ordner datasets oder runs: Es gibt nichts, woraus sich ein Arbeitsbereich wiederherstellen ließe.</translation>
    </message>
    <message>
        <source>Cannot recover the workspace %1: the folder cannot be written.</source>
        <translation>Der Arbeitsbereich %1 kann nicht wiederhergestellt werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The database of %1 is usable, so there is nothing to recover. To rebuild it from the folders anyway, add --force (the current grove.db is kept as grove.db.damaged-&lt;time&gt;).</source>
        <translation>Die Datenbank von %1 ist verwendbar, es gibt also nichts wiederherzustellen. Um sie trotzdem aus den Ordnern neu aufzubauen, fügen Sie --force hinzu (die aktuelle grove.db wird als grove.db.damaged-&lt;time&gt; aufbewahrt).</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to %2; the workspace was not changed.</source>
        <translation>%1 kann nicht nach %2 beiseitegelegt werden; der Arbeitsbereich wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot put the rebuilt database %1 in place of %2.</source>
        <translation>Die neu aufgebaute Datenbank %1 kann nicht an die Stelle von %2 gesetzt werden.</translation>
    </message>
    <message>
        <source>Run %1 was not recovered: its configuration cannot be read (%2).</source>
        <translation>Lauf %1 wurde nicht wiederhergestellt: Seine Konfiguration kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>sweeps/%1 was not recovered: %2.</source>
        <translation>sweeps/%1 wurde nicht wiederhergestellt: %2.</translation>
    </message>
    <message>
        <source>it is the record of sweep %1</source>
        <translation>sie ist die Aufzeichnung von Sweep %1</translation>
    </message>
    <message>
        <source>its definition cannot be read (%1)</source>
        <translation>seine Definition kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>its name &quot;%1&quot; is not its definition&apos;s, or another sweep has it</source>
        <translation>sein Name „%1“ ist nicht der seiner Definition, oder ein anderer Sweep trägt ihn</translation>
    </message>
    <message>
        <source>sweeps/%1: %2</source>
        <translation>sweeps/%1: %2</translation>
    </message>
    <message>
        <source>sweeps/%1: a line of trial %2 (repeat %3) was left out: it does not fit the sweep&apos;s definition.</source>
        <translation>sweeps/%1: Eine Zeile von Trial %2 (Wiederholung %3) wurde ausgelassen: Sie passt nicht zur Definition des Sweeps.</translation>
    </message>
</context>
<context>
    <name>grove::Xgboost</name>
    <message>
        <source>XGBoost could not %1: %2</source>
        <translation>XGBoost scheiterte beim %1: %2</translation>
    </message>
    <message>
        <source>prepare the data</source>
        <translation>Vorbereiten der Daten</translation>
    </message>
    <message>
        <source>XGBoost could not read the data: %1</source>
        <translation>XGBoost konnte die Daten nicht lesen: %1</translation>
    </message>
    <message>
        <source>name the features</source>
        <translation>Benennen der Merkmale</translation>
    </message>
    <message>
        <source>create a model</source>
        <translation>Anlegen eines Modells</translation>
    </message>
    <message>
        <source>load the model</source>
        <translation>Laden des Modells</translation>
    </message>
    <message>
        <source>use the parameter %1=%2</source>
        <translation>Setzen des Parameters %1=%2</translation>
    </message>
    <message>
        <source>train round %1</source>
        <translation>Trainieren von Runde %1</translation>
    </message>
    <message>
        <source>evaluate round %1</source>
        <translation>Auswerten von Runde %1</translation>
    </message>
    <message>
        <source>save the model</source>
        <translation>Speichern des Modells</translation>
    </message>
    <message>
        <source>predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>compute feature importance</source>
        <translation>Berechnen der Merkmalswichtigkeit</translation>
    </message>
    <message>
        <source>read the model</source>
        <translation>Lesen des Modells</translation>
    </message>
    <message>
        <source>keep the first %1 rounds of the model</source>
        <translation>Behalten der ersten %1 Runden des Modells</translation>
    </message>
    <message>
        <source>compute feature contributions</source>
        <translation>Merkmalsbeiträge berechnen</translation>
    </message>
</context>
<context>
    <name>grove::cli</name>
    <message>
        <source>Use the workspace in DIR (default: $GROVE_WORKSPACE, or the default workspace in your data folder).</source>
        <translation>Den Arbeitsbereich in DIR verwenden (Vorgabe: $GROVE_WORKSPACE oder der Standard-Arbeitsbereich in Ihrem Datenordner).</translation>
    </message>
    <message>
        <source>Usage: %1 [--workspace DIR] COMMAND [OPTIONS] [ARGUMENTS]

Grove&apos;s command line: everything the Grove window does, headless.

Commands:
</source>
        <translation>Aufruf: %1 [--workspace DIR] BEFEHL [OPTIONEN] [ARGUMENTE]

Groves Kommandozeile: alles, was das Grove-Fenster kann, ohne Bildschirm.

Befehle:
</translation>
    </message>
    <message>
        <source>
Global options:
  -w, --workspace DIR  Use the workspace in DIR.
  -h, --help           Show this help, or a command&apos;s help after its name.
  -v, --version        Show the versions of Grove and its libraries.

Exit status: 0 success, 2 bad input or usage, 1 any other failure.
Run &quot;%1 COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>
Allgemeine Optionen:
  -w, --workspace DIR  Den Arbeitsbereich in DIR verwenden.
  -h, --help           Diese Hilfe zeigen, oder nach einem Befehl dessen Hilfe.
  -v, --version        Die Versionen von Grove und seinen Bibliotheken zeigen.

Exit-Status: 0 Erfolg, 2 fehlerhafte Eingabe oder Bedienung, 1 jeder andere Fehler.
Mit „%1 BEFEHL --help“ sehen Sie die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>%1 %2
libxgboost %3, Qt %4, SQLite %5
</source>
        <translation>%1 %2
libxgboost %3, Qt %4, SQLite %5
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the list of commands.</source>
        <translation>Unbekannter Befehl „%1“. „%2 --help“ zeigt die Liste der Befehle.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe zeigen.</translation>
    </message>
    <message>
        <source>Show version information.</source>
        <translation>Versionsinformationen zeigen.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>import needs exactly one FILE. Example: grove-cli import data.csv</source>
        <translation>import braucht genau eine DATEI. Beispiel: grove-cli import daten.csv</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use csv, tsv or libsvm.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie csv, tsv oder libsvm.</translation>
    </message>
    <message>
        <source>The delimiter must be one character, or tab, comma, semicolon, pipe or space; got &quot;%1&quot;.</source>
        <translation>Das Trennzeichen muss ein einzelnes Zeichen sein oder tab, comma, semicolon, pipe bzw. space; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--type takes COLUMN=TYPE with TYPE numeric, categorical or text; got &quot;%1&quot;.</source>
        <translation>--type erwartet SPALTE=TYP mit TYP numeric, categorical oder text; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--threads takes a whole number from 1 to 256.</source>
        <translation>--threads erwartet eine ganze Zahl von 1 bis 256.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Import abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>This content is already in the workspace as &quot;%1&quot; (id %2, sha256 %3); nothing new was stored.</source>
        <translation>Dieser Inhalt liegt bereits als „%1“ im Arbeitsbereich (ID %2, sha256 %3); nichts Neues wurde gespeichert.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (id %2): %3 rows, %4 columns, sha256 %5, in %6 s.</source>
        <translation>„%1“ importiert (ID %2): %3 Zeilen, %4 Spalten, sha256 %5, in %6 s.</translation>
    </message>
    <message>
        <source>No datasets in %1 yet. Import one with: grove-cli import FILE</source>
        <translation>Noch keine Datensätze in %1. Importieren Sie einen mit: grove-cli import DATEI</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <source>COLUMNS</source>
        <translation>SPALTEN</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>IMPORTED</source>
        <translation>IMPORTIERT</translation>
    </message>
    <message>
        <source>profile needs one DATASET (an id, a name or a hash prefix).</source>
        <translation>profile braucht einen DATENSATZ (eine ID, einen Namen oder einen Hash-Anfang).</translation>
    </message>
    <message>
        <source>%1 (id %2): %3 rows, %4 columns, sha256 %5</source>
        <translation>%1 (ID %2): %3 Zeilen, %4 Spalten, sha256 %5</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FEHLEND</translation>
    </message>
    <message>
        <source>DISTINCT</source>
        <translation>VERSCHIEDEN</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>MEDIAN</source>
        <translation>MEDIAN</translation>
    </message>
    <message>
        <source>MAX</source>
        <translation>MAX</translation>
    </message>
    <message>
        <source>MEAN</source>
        <translation>MITTEL</translation>
    </message>
    <message>
        <source>STD</source>
        <translation>STD</translation>
    </message>
    <message>
        <source>TOP VALUES / NOTES</source>
        <translation>HÄUFIGSTE WERTE / HINWEISE</translation>
    </message>
    <message>
        <source>rename needs a DATASET and a NEW_NAME.</source>
        <translation>rename braucht einen DATENSATZ und einen NEUEN_NAMEN.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>delete needs one DATASET.</source>
        <translation>delete braucht einen DATENSATZ.</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot; needs confirmation: add --yes.</source>
        <translation>Das Löschen von „%1“ muss bestätigt werden: Fügen Sie --yes hinzu.</translation>
    </message>
    <message>
        <source>Delete dataset &quot;%1&quot; (id %2, %3 rows) and its snapshot? [y/N] </source>
        <translation>Datensatz „%1“ (ID %2, %3 Zeilen) und seinen Snapshot löschen? [j/N] </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Print exactly one JSON document on stdout.</source>
        <translation>Genau ein JSON-Dokument auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>Import a CSV, TSV or LIBSVM file as a dataset snapshot.</source>
        <translation>Eine CSV-, TSV- oder LIBSVM-Datei als Datensatz-Snapshot importieren.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Name of the dataset (default: the file name).</source>
        <translation>Name des Datensatzes (Vorgabe: der Dateiname).</translation>
    </message>
    <message>
        <source>csv, tsv or libsvm (default: from the extension and content).</source>
        <translation>csv, tsv oder libsvm (Vorgabe: nach Endung und Inhalt).</translation>
    </message>
    <message>
        <source>Field delimiter: one character, or tab (default: detected).</source>
        <translation>Feldtrennzeichen: ein Zeichen oder tab (Vorgabe: erkannt).</translation>
    </message>
    <message>
        <source>The first line is data; columns are named column_1, column_2, ...</source>
        <translation>Die erste Zeile sind Daten; die Spalten heißen column_1, column_2, …</translation>
    </message>
    <message>
        <source>Set a column&apos;s type: COLUMN=numeric|categorical|text. Repeatable.</source>
        <translation>Den Typ einer Spalte festlegen: SPALTE=numeric|categorical|text. Wiederholbar.</translation>
    </message>
    <message>
        <source>Threads for parsing (default: one per core).</source>
        <translation>Threads zum Einlesen (Vorgabe: einer pro Kern).</translation>
    </message>
    <message>
        <source>List the datasets in the workspace.</source>
        <translation>Die Datensätze im Arbeitsbereich auflisten.</translation>
    </message>
    <message>
        <source>Show a dataset&apos;s columns, types and statistics.</source>
        <translation>Spalten, Typen und Statistiken eines Datensatzes zeigen.</translation>
    </message>
    <message>
        <source>An id, a name or a hash prefix.</source>
        <translation>Eine ID, ein Name oder ein Hash-Anfang.</translation>
    </message>
    <message>
        <source>Rename a dataset.</source>
        <translation>Einen Datensatz umbenennen.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>Delete a dataset and its snapshot.</source>
        <translation>Einen Datensatz und seinen Snapshot löschen.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht um Bestätigung bitten.</translation>
    </message>
    <message>
        <source>fold %1/%2 round %3/%4</source>
        <translation>Fold %1/%2 Runde %3/%4</translation>
    </message>
    <message>
        <source>final model round %1/%2</source>
        <translation>Endmodell Runde %1/%2</translation>
    </message>
    <message>
        <source>round %1/%2</source>
        <translation>Runde %1/%2</translation>
    </message>
    <message>
        <source>  (about %1 left)</source>
        <translation>  (noch etwa %1)</translation>
    </message>
    <message>
        <source>The run disappeared.</source>
        <translation>Der Lauf ist verschwunden.</translation>
    </message>
    <message>
        <source>Run %1 finished: %2 rounds in %3</source>
        <translation>Lauf %1 abgeschlossen: %2 Runden in %3</translation>
    </message>
    <message>
        <source>, valid %1 %2</source>
        <translation>, Validierung %1 %2</translation>
    </message>
    <message>
        <source>XGBoost: %1</source>
        <translation>XGBoost: %1</translation>
    </message>
    <message>
        <source>Run %1 was cancelled; it is recorded as cancelled.</source>
        <translation>Lauf %1 wurde abgebrochen und ist als abgebrochen gespeichert.</translation>
    </message>
    <message>
        <source>Run %1 failed: %2</source>
        <translation>Lauf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>train takes options only; see grove-cli train --help.</source>
        <translation>train erwartet nur Optionen; siehe grove-cli train --help.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--task takes binary, multiclass or regression.</source>
        <translation>--task erwartet binary, multiclass oder regression.</translation>
    </message>
    <message>
        <source>Choose one validation: --valid-fraction, --folds or --valid-dataset.</source>
        <translation>Wählen Sie nur eine Validierung: --valid-fraction, --folds oder --valid-dataset.</translation>
    </message>
    <message>
        <source>--folds takes a whole number of 2 or more.</source>
        <translation>--folds erwartet eine ganze Zahl ab 2.</translation>
    </message>
    <message>
        <source>--split-seed takes a whole number of 0 or more.</source>
        <translation>--split-seed erwartet eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>--param takes KEY=VALUE; got &quot;%1&quot;.</source>
        <translation>--param erwartet SCHLÜSSEL=WERT; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--rounds takes a whole number of 1 or more.</source>
        <translation>--rounds erwartet eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>--early-stopping takes a whole number of 0 or more.</source>
        <translation>--early-stopping erwartet eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>--threads takes a whole number of 0 (one per core) or more.</source>
        <translation>--threads erwartet eine ganze Zahl ab 0 (0: einer pro Kern).</translation>
    </message>
    <message>
        <source>--seed takes a whole number of 0 or more.</source>
        <translation>--seed erwartet eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>train needs --dataset and --target (or a --config file that has them).</source>
        <translation>train braucht --dataset und --target (oder eine --config-Datei, die beides enthält).</translation>
    </message>
    <message>
        <source>Run %1 started.</source>
        <translation>Lauf %1 gestartet.</translation>
    </message>
    <message>
        <source>No runs yet. Start one with: grove-cli train --dataset NAME --target COLUMN</source>
        <translation>Noch keine Läufe. Starten Sie einen mit: grove-cli train --dataset NAME --target SPALTE</translation>
    </message>
    <message>
        <source>EXPERIMENT</source>
        <translation>EXPERIMENT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>DATENSATZ</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIELSPALTE</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>ROUNDS</source>
        <translation>RUNDEN</translation>
    </message>
    <message>
        <source>VALID METRIC</source>
        <translation>VALID.-METRIK</translation>
    </message>
    <message>
        <source>show needs one RUN id.</source>
        <translation>show braucht eine LAUF-ID.</translation>
    </message>
    <message>
        <source>Run %1 (%2), %3</source>
        <translation>Lauf %1 (%2), %3</translation>
    </message>
    <message>
        <source>  dataset %1, target %2, task %3</source>
        <translation>  Datensatz %1, Zielspalte %2, Aufgabe %3</translation>
    </message>
    <message>
        <source>  %1 of %2 rounds in %3, by %4 on %5</source>
        <translation>  %1 von %2 Runden in %3, von %4 auf %5</translation>
    </message>
    <message>
        <source>  model sha256 %1</source>
        <translation>  Modell sha256 %1</translation>
    </message>
    <message>
        <source>Final metrics</source>
        <translation>Endgültige Metriken</translation>
    </message>
    <message>
        <source>SPLIT</source>
        <translation>DATENTEIL</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>METRIK</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>ENDWERT</translation>
    </message>
    <message>
        <source>BEST</source>
        <translation>BESTWERT</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>History (every round: grove-cli show %1 --json)</source>
        <translation>Verlauf (jede Runde: grove-cli show %1 --json)</translation>
    </message>
    <message>
        <source>fold %1 </source>
        <translation>Fold %1 </translation>
    </message>
    <message>
        <source>reproduce needs one RUN id.</source>
        <translation>reproduce braucht eine LAUF-ID.</translation>
    </message>
    <message>
        <source>Run %1 reproduces run %2: the model bytes are identical (sha256 %3).</source>
        <translation>Lauf %1 reproduziert Lauf %2: Die Modell-Bytes sind identisch (sha256 %3).</translation>
    </message>
    <message>
        <source>Run %1 does not reproduce run %2: the models differ (sha256 %3, originally %4).</source>
        <translation>Lauf %1 reproduziert Lauf %2 nicht: Die Modelle unterscheiden sich (sha256 %3, ursprünglich %4).</translation>
    </message>
    <message>
        <source>Wrote %1 predictions of run %2 to %3.</source>
        <translation>%1 Vorhersagen von Lauf %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>Note: %1 cells had categories the training data did not have; they were scored as missing.</source>
        <translation>Hinweis: %1 Zellen enthielten Kategorien, die in den Trainingsdaten nicht vorkommen; sie wurden als fehlend behandelt.</translation>
    </message>
    <message>
        <source>Train an XGBoost model on a dataset and record the run.</source>
        <translation>Ein XGBoost-Modell auf einem Datensatz trainieren und den Lauf aufzeichnen.</translation>
    </message>
    <message>
        <source>The dataset to train on (id or name).</source>
        <translation>Der Datensatz für das Training (ID oder Name).</translation>
    </message>
    <message>
        <source>The column to predict.</source>
        <translation>Die vorherzusagende Spalte.</translation>
    </message>
    <message>
        <source>binary, multiclass or regression (default: guessed from the target).</source>
        <translation>binary, multiclass oder regression (Vorgabe: aus der Zielspalte geschätzt).</translation>
    </message>
    <message>
        <source>Hold out this share of the rows for validation (default 0.2, stratified for classification).</source>
        <translation>Diesen Anteil der Zeilen für die Validierung zurückhalten (Vorgabe 0.2, bei Klassifikation geschichtet).</translation>
    </message>
    <message>
        <source>Seed of the holdout or fold split (default 42).</source>
        <translation>Seed der Holdout- oder Fold-Aufteilung (Vorgabe 42).</translation>
    </message>
    <message>
        <source>Cross-validate with K folds instead of a holdout.</source>
        <translation>Kreuzvalidierung mit K Folds statt eines Holdouts.</translation>
    </message>
    <message>
        <source>Validate on another dataset with the same columns.</source>
        <translation>Auf einem anderen Datensatz mit denselben Spalten validieren.</translation>
    </message>
    <message>
        <source>An XGBoost parameter, such as eta=0.1 or max_depth=4. Repeatable; unknown names go to XGBoost as they are.</source>
        <translation>Ein XGBoost-Parameter, etwa eta=0.1 oder max_depth=4. Wiederholbar; unbekannte Namen gehen unverändert an XGBoost.</translation>
    </message>
    <message>
        <source>Boosting rounds (default 100).</source>
        <translation>Boosting-Runden (Vorgabe 100).</translation>
    </message>
    <message>
        <source>Stop after N rounds without improvement of the last metric on validation (default: off).</source>
        <translation>Nach N Runden ohne Verbesserung der letzten Metrik auf der Validierung stoppen (Vorgabe: aus).</translation>
    </message>
    <message>
        <source>An evaluation metric (default: per task). Repeatable; the last one decides early stopping.</source>
        <translation>Eine Bewertungsmetrik (Vorgabe: je nach Aufgabe). Wiederholbar; die letzte entscheidet über das frühe Stoppen.</translation>
    </message>
    <message>
        <source>Leave this column out of the features. Repeatable.</source>
        <translation>Diese Spalte von den Merkmalen ausschließen. Wiederholbar.</translation>
    </message>
    <message>
        <source>Group the run under this experiment (default &quot;Default&quot;).</source>
        <translation>Den Lauf diesem Experiment zuordnen (Vorgabe „Default“).</translation>
    </message>
    <message>
        <source>Threads for XGBoost (default: one per core).</source>
        <translation>Threads für XGBoost (Vorgabe: einer pro Kern).</translation>
    </message>
    <message>
        <source>XGBoost&apos;s random seed (default 0).</source>
        <translation>Zufalls-Seed von XGBoost (Vorgabe 0).</translation>
    </message>
    <message>
        <source>Read the configuration from a JSON file (as in &quot;grove-cli show RUN --json&quot; under &quot;config&quot;); other options override it.</source>
        <translation>Die Konfiguration aus einer JSON-Datei lesen (wie in „grove-cli show LAUF --json“ unter „config“); andere Optionen überschreiben sie.</translation>
    </message>
    <message>
        <source>List the runs in the workspace.</source>
        <translation>Die Läufe im Arbeitsbereich auflisten.</translation>
    </message>
    <message>
        <source>Only the runs of this experiment.</source>
        <translation>Nur die Läufe dieses Experiments.</translation>
    </message>
    <message>
        <source>Show a run: configuration, status, metrics, history and environment.</source>
        <translation>Einen Lauf zeigen: Konfiguration, Status, Metriken, Verlauf und Umgebung.</translation>
    </message>
    <message>
        <source>A run id.</source>
        <translation>Eine Lauf-ID.</translation>
    </message>
    <message>
        <source>Train a finished run again and check that the model is identical.</source>
        <translation>Einen abgeschlossenen Lauf erneut trainieren und prüfen, ob das Modell identisch ist.</translation>
    </message>
    <message>
        <source>The run whose model predicts.</source>
        <translation>Der Lauf, dessen Modell die Vorhersagen berechnet.</translation>
    </message>
    <message>
        <source>The file to score (CSV, TSV or LIBSVM); columns are matched by name.</source>
        <translation>Die Datei für die Vorhersagen (CSV, TSV oder LIBSVM); Spalten werden über ihren Namen zugeordnet.</translation>
    </message>
    <message>
        <source>Where to write the predictions (CSV).</source>
        <translation>Wohin die Vorhersagen geschrieben werden (CSV).</translation>
    </message>
    <message>
        <source>Only the runs matching EXPR, e.g. &quot;valid.auc &gt; 0.9 and params.max_depth &lt;= 6&quot;, &quot;status = finished&quot;, &quot;tag:baseline&quot; or free text.</source>
        <translation>Nur die Läufe, auf die AUSDRUCK passt, z. B. „valid.auc &gt; 0.9 and params.max_depth &lt;= 6“, „status = finished“, „tag:baseline“ oder freier Text.</translation>
    </message>
    <message>
        <source>Sort by KEY (valid.auc, params.eta, duration, ...); -KEY sorts descending.</source>
        <translation>Nach SCHLÜSSEL sortieren (valid.auc, params.eta, duration, …); -SCHLÜSSEL sortiert absteigend.</translation>
    </message>
    <message>
        <source>SETTING</source>
        <translation>EINSTELLUNG</translation>
    </message>
    <message>
        <source>RUN %1</source>
        <translation>LAUF %1</translation>
    </message>
    <message>
        <source>The runs have the same configuration.</source>
        <translation>Die Läufe haben dieselbe Konfiguration.</translation>
    </message>
    <message>
        <source>Settings that differ (%1 of %2):</source>
        <translation>Einstellungen, die sich unterscheiden (%1 von %2):</translation>
    </message>
    <message>
        <source>FINAL METRIC</source>
        <translation>ENDGÜLTIGE METRIK</translation>
    </message>
    <message>
        <source>Compare runs: the settings that differ and the final metrics of each.</source>
        <translation>Läufe vergleichen: die Einstellungen, die sich unterscheiden, und die endgültigen Metriken jedes Laufs.</translation>
    </message>
    <message>
        <source>Two or more run ids, from any experiments.</source>
        <translation>Zwei oder mehr Lauf-IDs, aus beliebigen Experimenten.</translation>
    </message>
    <message>
        <source>None of the runs of the saved comparison &quot;%1&quot; exist any more (%2 were deleted for good), so there is nothing to compare. Delete it with: %3</source>
        <translation>Keiner der Läufe des gespeicherten Vergleichs „%1“ existiert noch (%2 wurden endgültig gelöscht), es gibt also nichts zu vergleichen. Löschen Sie ihn mit: %3</translation>
    </message>
    <message>
        <source>Only run %1 of the saved comparison &quot;%2&quot; still exists; the others (%3) were deleted for good, and a comparison needs two runs. Delete it with: %4</source>
        <translation>Nur Lauf %1 des gespeicherten Vergleichs „%2“ existiert noch; die anderen (%3) wurden endgültig gelöscht, und ein Vergleich braucht zwei Läufe. Löschen Sie ihn mit: %4</translation>
    </message>
    <message>
        <source>Warning: run %1 of the saved comparison &quot;%2&quot; was deleted for good; comparing the other runs.</source>
        <translation>Warnung: Lauf %1 des gespeicherten Vergleichs „%2“ wurde endgültig gelöscht; die übrigen Läufe werden verglichen.</translation>
    </message>
    <message>
        <source>Warning: runs %1 of the saved comparison &quot;%2&quot; were deleted for good; comparing the other runs.</source>
        <translation>Warnung: Die Läufe %1 des gespeicherten Vergleichs „%2“ wurden endgültig gelöscht; die übrigen Läufe werden verglichen.</translation>
    </message>
    <message>
        <source>Note: run %1 is in the trash; it is compared all the same.</source>
        <translation>Hinweis: Lauf %1 liegt im Papierkorb; er wird trotzdem verglichen.</translation>
    </message>
    <message>
        <source>Note: runs %1 are in the trash; they are compared all the same.</source>
        <translation>Hinweis: Die Läufe %1 liegen im Papierkorb; sie werden trotzdem verglichen.</translation>
    </message>
    <message>
        <source>Use --saved NAME to open a saved comparison or --save NAME to save one, not both. To rename a saved comparison, use: grove-cli comparisons --rename OLD NEW</source>
        <translation>Verwenden Sie --saved NAME zum Öffnen eines gespeicherten Vergleichs oder --save NAME zum Speichern, nicht beides. Zum Umbenennen eines gespeicherten Vergleichs: grove-cli comparisons --rename ALT NEU</translation>
    </message>
    <message>
        <source>compare takes RUN ids or --saved NAME, not both.</source>
        <translation>compare nimmt LAUF-IDs oder --saved NAME, nicht beides.</translation>
    </message>
    <message>
        <source>compare needs at least two RUN ids, or --saved NAME.</source>
        <translation>compare braucht mindestens zwei LAUF-IDs oder --saved NAME.</translation>
    </message>
    <message>
        <source>Replaced the saved comparison &quot;%1&quot; with these runs.</source>
        <translation>Der gespeicherte Vergleich „%1“ wurde durch diese Läufe ersetzt.</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;.</source>
        <translation>Als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>No saved comparisons yet. Save one with: grove-cli compare RUN RUN... --save NAME</source>
        <translation>Noch keine gespeicherten Vergleiche. Speichern Sie einen mit: grove-cli compare LAUF LAUF... --save NAME</translation>
    </message>
    <message>
        <source>RUNS</source>
        <translation>LÄUFE</translation>
    </message>
    <message>
        <source>RUN IDS</source>
        <translation>LAUF-IDS</translation>
    </message>
    <message>
        <source>DELETED RUNS</source>
        <translation>GELÖSCHTE LÄUFE</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>Use --delete NAME or --rename OLD NEW, not both.</source>
        <translation>Verwenden Sie --delete NAME oder --rename ALT NEU, nicht beides.</translation>
    </message>
    <message>
        <source>--rename needs the old name and the new one: grove-cli comparisons --rename OLD NEW</source>
        <translation>--rename braucht den alten und den neuen Namen: grove-cli comparisons --rename ALT NEU</translation>
    </message>
    <message>
        <source>comparisons takes no arguments (got &quot;%1&quot;); to rename a saved comparison, use --rename OLD NEW.</source>
        <translation>comparisons nimmt keine Argumente (erhalten: „%1“); zum Umbenennen eines gespeicherten Vergleichs verwenden Sie --rename ALT NEU.</translation>
    </message>
    <message>
        <source>Deleted the saved comparison &quot;%1&quot;; its runs are kept.</source>
        <translation>Der gespeicherte Vergleich „%1“ wurde gelöscht; seine Läufe bleiben erhalten.</translation>
    </message>
    <message>
        <source>Renamed the saved comparison &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Der gespeicherte Vergleich „%1“ wurde in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Also save the comparison under NAME (replacing one of that name), to open it again with --saved.</source>
        <translation>Den Vergleich außerdem unter NAME speichern (ein gleichnamiger wird ersetzt), um ihn mit --saved wieder zu öffnen.</translation>
    </message>
    <message>
        <source>Compare the runs of the comparison saved as NAME, instead of RUN ids.</source>
        <translation>Die Läufe des unter NAME gespeicherten Vergleichs vergleichen, statt LAUF-IDs.</translation>
    </message>
    <message>
        <source>List, rename or delete saved comparisons.</source>
        <translation>Gespeicherte Vergleiche auflisten, umbenennen oder löschen.</translation>
    </message>
    <message>
        <source>With --rename: the new name.</source>
        <translation>Mit --rename: der neue Name.</translation>
    </message>
    <message>
        <source>Delete the saved comparison NAME (not its runs).</source>
        <translation>Den gespeicherten Vergleich NAME löschen (nicht seine Läufe).</translation>
    </message>
    <message>
        <source>Rename the saved comparison OLD to the name that follows: --rename OLD NEW.</source>
        <translation>Den gespeicherten Vergleich ALT in den folgenden Namen umbenennen: --rename ALT NEU.</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>SCHWELLENWERT</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Run %1 passed validation; it can be exported.</source>
        <translation>Lauf %1 hat die Validierung bestanden; er kann exportiert werden.</translation>
    </message>
    <message>
        <source>Run %1 failed validation; it cannot be exported.</source>
        <translation>Lauf %1 hat die Validierung nicht bestanden; er kann nicht exportiert werden.</translation>
    </message>
    <message>
        <source>validate needs one RUN id.</source>
        <translation>validate braucht eine LAUF-ID.</translation>
    </message>
    <message>
        <source>export needs one RUN id and --model NAME.</source>
        <translation>export braucht eine LAUF-ID und --model NAME.</translation>
    </message>
    <message>
        <source>Exported run %1 as %2 version %3: %4</source>
        <translation>Lauf %1 als %2 Version %3 exportiert: %4</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>VERSIONS</source>
        <translation>VERSIONEN</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>NEUESTE</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>STAGING</source>
        <translation>STAGING</translation>
    </message>
    <message>
        <source>No models in %1 yet. Export one with: grove-cli export RUN --model NAME</source>
        <translation>Noch keine Modelle in %1. Exportieren Sie eines mit: grove-cli export LAUF --model NAME</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>KEY METRIC</source>
        <translation>HAUPTMETRIK</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation>VERÖFFENTLICHT</translation>
    </message>
    <message>
        <source>(damaged)</source>
        <translation>(beschädigt)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version number.</source>
        <translation>„%1“ ist keine Versionsnummer.</translation>
    </message>
    <message>
        <source>%1 version %2 (%3), %4</source>
        <translation>%1 Version %2 (%3), %4</translation>
    </message>
    <message>
        <source>Checksums: FAILED. Do not use this version.</source>
        <translation>Prüfsummen: FEHLERHAFT. Verwenden Sie diese Version nicht.</translation>
    </message>
    <message>
        <source>Checksums: every file matches MANIFEST.sha256.</source>
        <translation>Prüfsummen: Jede Datei stimmt mit MANIFEST.sha256 überein.</translation>
    </message>
    <message>
        <source>Run %1 of experiment &quot;%2&quot; in %3, trained by %4</source>
        <translation>Lauf %1 des Experiments „%2“ in %3, trainiert von %4</translation>
    </message>
    <message>
        <source>Dataset &quot;%1&quot; (content %2)</source>
        <translation>Datensatz „%1“ (Inhalt %2)</translation>
    </message>
    <message>
        <source>Exported by %1 on %2</source>
        <translation>Exportiert von %1 am %2</translation>
    </message>
    <message>
        <source>Validated by %1 on %2:</source>
        <translation>Validiert von %1 am %2:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 of %2 versions verified; %3 failed.</source>
        <translation>%1 von %2 Versionen erfolgreich überprüft; %3 fehlerhaft.</translation>
    </message>
    <message>
        <source>registry promote needs MODEL VERSION --stage STAGE --reason TEXT.</source>
        <translation>registry promote braucht MODELL VERSION --stage STAGE --reason TEXT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage: use None, Staging, Production or Archived.</source>
        <translation>„%1“ ist keine Stufe: Verwenden Sie None, Staging, Production oder Archived.</translation>
    </message>
    <message>
        <source>%1 version %2: %3 → %4</source>
        <translation>%1 Version %2: %3 → %4</translation>
    </message>
    <message>
        <source>registry history needs a MODEL.</source>
        <translation>registry history braucht ein MODELL.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WER</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>No stage changes yet: every version of %1 is at stage None.</source>
        <translation>Noch keine Stufenwechsel: Jede Version von %1 ist in der Stufe None.</translation>
    </message>
    <message>
        <source>Check a finished run before export: the model, its data and predictions, and rules.</source>
        <translation>Einen abgeschlossenen Lauf vor dem Export prüfen: das Modell, seine Daten und Vorhersagen sowie Regeln.</translation>
    </message>
    <message>
        <source>Remember these rules for the run&apos;s experiment.</source>
        <translation>Diese Regeln für das Experiment des Laufs merken.</translation>
    </message>
    <message>
        <source>The model whose Production version rules compare with.</source>
        <translation>Das Modell, mit dessen Production-Version Regeln vergleichen.</translation>
    </message>
    <message>
        <source>Export a validated run to the registry as the next version of a model.</source>
        <translation>Einen validierten Lauf als nächste Version eines Modells in die Registry exportieren.</translation>
    </message>
    <message>
        <source>The model&apos;s name in the registry.</source>
        <translation>Der Name des Modells in der Registry.</translation>
    </message>
    <message>
        <source>With promote: None, Staging, Production or Archived.</source>
        <translation>Mit promote: None, Staging, Production oder Archived.</translation>
    </message>
    <message>
        <source>Score a data file (CSV, TSV or LIBSVM) with the model of a run or a registry version.</source>
        <translation>Eine Datendatei (CSV, TSV oder LIBSVM) mit dem Modell eines Laufs oder einer Registry-Version bewerten.</translation>
    </message>
    <message>
        <source>The registry folder (default: the one chosen for the workspace, or its registry folder).</source>
        <translation>Der Registry-Ordner (Vorgabe: der für den Arbeitsbereich gewählte oder dessen Registry-Ordner).</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. a.</translation>
    </message>
    <message>
        <source>Note: --model is used only by rules against production; none of these rules is one.</source>
        <translation>Hinweis: --model wird nur von Regeln gegen Production verwendet; keine dieser Regeln ist eine solche.</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unlesbar)</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLERHAFT: %1</translation>
    </message>
    <message>
        <source>This content is already in the workspace as &quot;%1&quot; (id %2, sha256 %3); its damaged snapshot was written again from this file.</source>
        <translation>Dieser Inhalt ist bereits als „%1“ im Arbeitsbereich (ID %2, sha256 %3); sein beschädigter Snapshot wurde aus dieser Datei neu geschrieben.</translation>
    </message>
    <message>
        <source>recover takes no arguments; name the workspace with --workspace DIR.</source>
        <translation>recover nimmt keine Argumente; geben Sie den Arbeitsbereich mit --workspace DIR an.</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n dataset(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>Die bisherige Datenbank wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Dataset %1 (sha256 %2) had no recorded name; it is now &quot;%3&quot; (rename it with grove-cli rename).</source>
        <translation>Datensatz %1 (sha256 %2) hatte keinen gespeicherten Namen; er heißt jetzt „%3“ (umbenennen mit grove-cli rename).</translation>
    </message>
    <message>
        <source>Runs that had not ended are recorded as interrupted: %1.</source>
        <translation>Nicht beendete Läufe wurden als unterbrochen vermerkt: %1.</translation>
    </message>
    <message>
        <source>Not recovered: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Rebuild a lost, empty or damaged grove.db from the workspace&apos;s datasets and runs folders.</source>
        <translation>Eine verlorene, leere oder beschädigte grove.db aus den Ordnern datasets und runs des Arbeitsbereichs neu aufbauen.</translation>
    </message>
    <message>
        <source>Rebuild even when grove.db still works (it is kept as grove.db.damaged-&lt;time&gt;).</source>
        <translation>Auch dann neu aufbauen, wenn grove.db noch funktioniert (sie wird als grove.db.damaged-&lt;time&gt; aufbewahrt).</translation>
    </message>
    <message>
        <source>UNEXPECTED: %1</source>
        <translation>UNERWARTET: %1</translation>
    </message>
    <message>
        <source>Models that cannot be read: %1.</source>
        <translation>Modelle, die nicht gelesen werden können: %1.</translation>
    </message>
    <message>
        <source>Unexpected entries in the registry folder: %1 (listed above).</source>
        <translation>Unerwartete Einträge im Registry-Ordner: %1 (oben aufgeführt).</translation>
    </message>
    <message>
        <source>--valid-fraction takes a finite number such as 0.2; got &quot;%1&quot;.</source>
        <translation>--valid-fraction erwartet eine endliche Zahl wie 0.2; angegeben wurde „%1“.</translation>
    </message>
    <message>
        <source>  tags: %1</source>
        <translation>  Tags: %1</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  Notiz: %1</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>--%1 must be a number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 muss eine Zahl von mindestens %2 sein, nicht „%3“.</translation>
    </message>
    <message numerus="yes">
        <source>%n held-out row(s)</source>
        <translation>
            <numerusform>%n zurückgehaltene Zeile</numerusform>
            <numerusform>%n zurückgehaltene Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of class &quot;%2&quot; (positive)</source>
        <translation>, %1 der Klasse „%2“ (positiv)</translation>
    </message>
    <message>
        <source>, each scored by the fold&apos;s model that did not train on it</source>
        <translation>, jede vom Modell des Folds bewertet, das nicht mit ihr trainiert wurde</translation>
    </message>
    <message>
        <source>AUC %1   average precision %2   Brier %3   log loss %4   calibration error %5</source>
        <translation>AUC %1   Average Precision %2   Brier %3   Log-Loss %4   Kalibrierungsfehler %5</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>vorhergesagt %1</translation>
    </message>
    <message>
        <source>true %1</source>
        <translation>wahr %1</translation>
    </message>
    <message>
        <source>precision %1   recall %2   F1 %3   accuracy %4   specificity %5   MCC %6   cost per row %7</source>
        <translation>Präzision %1   Recall %2   F1 %3   Genauigkeit %4   Spezifität %5   MCC %6   Kosten je Zeile %7</translation>
    </message>
    <message>
        <source>At threshold %1 (a row is &quot;%2&quot; when its score is at least this):</source>
        <translation>Bei Schwelle %1 (eine Zeile ist „%2“, wenn ihr Score mindestens so hoch ist):</translation>
    </message>
    <message>
        <source>Cost-optimal threshold %1, for a false positive costing %2 and a false negative %3:</source>
        <translation>Kostenoptimale Schwelle %1, wenn ein falsch Positives %2 und ein falsch Negatives %3 kostet:</translation>
    </message>
    <message>
        <source>Cumulative gain, share of positives in the top 10 %, 20 %, … 100 % of rows by score: %1</source>
        <translation>Kumulativer Gain, Anteil der Positiven in den besten 10 %, 20 %, … 100 % der Zeilen nach Score: %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n classes</source>
        <translation>
            <numerusform>, %n Klasse</numerusform>
            <numerusform>, %n Klassen</numerusform>
        </translation>
    </message>
    <message>
        <source>accuracy %1   log loss %2</source>
        <translation>Genauigkeit %1   Log-Loss %2</translation>
    </message>
    <message>
        <source>Confusion matrix (rows: true class, columns: predicted class):</source>
        <translation>Konfusionsmatrix (Zeilen: wahre Klasse, Spalten: vorhergesagte Klasse):</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>support</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>AUC (one vs rest)</source>
        <translation>AUC (eine gegen alle)</translation>
    </message>
    <message>
        <source>macro average</source>
        <translation>Makro-Mittel</translation>
    </message>
    <message>
        <source>weighted average</source>
        <translation>gewichtetes Mittel</translation>
    </message>
    <message>
        <source>RMSE %1   MAE %2   R² %3   mean error %4</source>
        <translation>RMSE %1   MAE %2   R² %3   mittlerer Fehler %4</translation>
    </message>
    <message>
        <source>absolute error: median %1, 90 % %2, 95 % %3, 99 % %4, largest %5</source>
        <translation>absoluter Fehler: Median %1, 90 % %2, 95 % %3, 99 % %4, größter %5</translation>
    </message>
    <message>
        <source>evaluate takes one run: grove-cli evaluate RUN.</source>
        <translation>evaluate nimmt einen Lauf: grove-cli evaluate LAUF.</translation>
    </message>
    <message>
        <source>--threshold, --cost-fp and --cost-fn apply to binary runs; run %1 is %2.</source>
        <translation>--threshold, --cost-fp und --cost-fn gelten für binäre Läufe; Lauf %1 ist %2.</translation>
    </message>
    <message>
        <source>Run %1 · %2 · target %3</source>
        <translation>Lauf %1 · %2 · Ziel %3</translation>
    </message>
    <message>
        <source>Evaluate a finished run on the rows it held out: curves&apos; areas, confusion at a threshold, cost, calibration, per-class figures or errors.</source>
        <translation>Einen abgeschlossenen Lauf auf seinen zurückgehaltenen Zeilen auswerten: Flächen unter den Kurven, Konfusion bei einer Schwelle, Kosten, Kalibrierung, Kennzahlen je Klasse oder Fehler.</translation>
    </message>
    <message>
        <source>Binary: the cost of a false positive (default 1).</source>
        <translation>Binär: die Kosten eines falsch Positiven (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Binary: the cost of a false negative (default 1).</source>
        <translation>Binär: die Kosten eines falsch Negativen (Vorgabe 1).</translation>
    </message>
    <message>
        <source>By %1 (95 % intervals; &quot;!&quot; marks a slice whose %2 is worse than all rows&apos; by more than %3):</source>
        <translation>Nach %1 (95-%-Intervalle; „!“ markiert ein Segment, dessen %2 um mehr als %3 schlechter ist als das aller Zeilen):</translation>
    </message>
    <message>
        <source>slice</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>%1 has %2 categories among these rows; the rarest are together as &quot;other&quot; (--max-slices).</source>
        <translation>%1 hat %2 Kategorien in diesen Zeilen; die seltensten sind als „andere“ zusammengefasst (--max-slices).</translation>
    </message>
    <message>
        <source>--bins and --max-slices take whole numbers.</source>
        <translation>--bins und --max-slices erwarten ganze Zahlen.</translation>
    </message>
    <message>
        <source>--bins, --max-slices and --margin go with --slice-by COLUMN.</source>
        <translation>--bins, --max-slices und --margin gehören zu --slice-by SPALTE.</translation>
    </message>
    <message>
        <source>The figures for each slice of a column of the scored data (any column, feature or not), with 95 % intervals.</source>
        <translation>Die Kennzahlen je Segment einer Spalte der bewerteten Daten (jede Spalte, Merkmal oder nicht), mit 95-%-Intervallen.</translation>
    </message>
    <message>
        <source>With --slice-by: quantile bins of a numeric column (default 5).</source>
        <translation>Mit --slice-by: Quantil-Klassen einer numerischen Spalte (Vorgabe 5).</translation>
    </message>
    <message>
        <source>With --slice-by: categories beyond this many are shown together as &quot;other&quot; (default 20).</source>
        <translation>Mit --slice-by: Kategorien über diese Zahl hinaus werden als „andere“ zusammengefasst (Vorgabe 20).</translation>
    </message>
    <message>
        <source>With --slice-by: flag slices whose AUC or accuracy is lower than all rows&apos; by more than M, or whose RMSE is higher by more than M × 100 % (default 0.05).</source>
        <translation>Mit --slice-by: Segmente markieren, deren AUC oder Genauigkeit um mehr als M unter der aller Zeilen liegt oder deren RMSE um mehr als M × 100 % darüber liegt (Vorgabe 0.05).</translation>
    </message>
    <message>
        <source>explain takes one run: grove-cli explain RUN.</source>
        <translation>explain nimmt einen Lauf: grove-cli explain LAUF.</translation>
    </message>
    <message>
        <source>--rows and --row take whole numbers.</source>
        <translation>--rows und --row erwarten ganze Zahlen.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 · SHAP values of %2 of its %n held-out row(s)</source>
        <translation>
            <numerusform>Lauf %1 · SHAP-Werte von %2 seiner %n zurückgehaltenen Zeile</numerusform>
            <numerusform>Lauf %1 · SHAP-Werte von %2 seiner %n zurückgehaltenen Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source> · class &quot;%1&quot;</source>
        <translation> · Klasse „%1“</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>mean |SHAP|</source>
        <translation>mittleres |SHAP|</translation>
    </message>
    <message>
        <source>interacts most with</source>
        <translation>wirkt am stärksten zusammen mit</translation>
    </message>
    <message>
        <source>Held-out row %1 (row %2 of the data): prediction %3, margin %4 = base value %5 + contributions:</source>
        <translation>Zurückgehaltene Zeile %1 (Zeile %2 der Daten): Vorhersage %3, Margin %4 = Basiswert %5 + Beiträge:</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>running margin</source>
        <translation>laufende Margin</translation>
    </message>
    <message>
        <source>Explain a finished run&apos;s model with XGBoost&apos;s exact TreeSHAP on the rows it held out: each feature&apos;s mean |SHAP|, one row&apos;s contributions, interactions.</source>
        <translation>Das Modell eines abgeschlossenen Laufs mit dem exakten TreeSHAP von XGBoost auf seinen zurückgehaltenen Zeilen erklären: mittleres |SHAP| je Merkmal, die Beiträge einer Zeile, Wechselwirkungen.</translation>
    </message>
    <message>
        <source>Held-out rows explained for the global view; a seeded sample beyond (default 1000).</source>
        <translation>Zurückgehaltene Zeilen für die Gesamtsicht; darüber hinaus eine Stichprobe mit festem Startwert (Vorgabe 1000).</translation>
    </message>
    <message>
        <source>Also explain this held-out row alone: its position in the run&apos;s predictions.csv, from 0.</source>
        <translation>Zusätzlich diese zurückgehaltene Zeile einzeln erklären: ihre Position in der predictions.csv des Laufs, ab 0.</translation>
    </message>
    <message>
        <source>Also find, for each feature, the feature it interacts with most (SHAP interactions on up to 200 of the rows).</source>
        <translation>Zusätzlich für jedes Merkmal das Merkmal finden, mit dem es am stärksten zusammenwirkt (SHAP-Wechselwirkungen auf bis zu 200 der Zeilen).</translation>
    </message>
    <message>
        <source>Multiclass: the class to explain (default: the first).</source>
        <translation>Mehrklassen: die zu erklärende Klasse (Vorgabe: die erste).</translation>
    </message>
    <message>
        <source>Also write each feature&apos;s SHAP contribution and the bias (margin scale), one column each.</source>
        <translation>Zusätzlich den SHAP-Beitrag jedes Merkmals und den Bias (Margin-Skala) schreiben, je eine Spalte.</translation>
    </message>
    <message>
        <source>--save keeps the --threshold (and --cost-fp, --cost-fn) given with it; give at least one.</source>
        <translation>--save speichert den damit angegebenen --threshold (und --cost-fp, --cost-fn); geben Sie mindestens einen an.</translation>
    </message>
    <message>
        <source>The workspace is busy; --save needs to write to it. Try again when the other process is done.</source>
        <translation>Der Arbeitsbereich ist belegt; --save muss in ihn schreiben. Versuchen Sie es erneut, wenn der andere Prozess fertig ist.</translation>
    </message>
    <message>
        <source>Saved threshold %1 with run %2: predict and export use it.</source>
        <translation>Schwellenwert %1 bei Lauf %2 gespeichert: predict und export verwenden ihn.</translation>
    </message>
    <message>
        <source>Binary: a row is positive when its score is at least T (0 to 1; default: the run&apos;s saved threshold, else 0.5).</source>
        <translation>Binär: Eine Zeile ist positiv, wenn ihr Score mindestens T beträgt (0 bis 1; Standard: der gespeicherte Schwellenwert des Laufs, sonst 0,5).</translation>
    </message>
    <message>
        <source>Binary: save --threshold (and the costs) with the run; predict decides the class with it and an export records it.</source>
        <translation>Binär: --threshold (und die Kosten) beim Lauf speichern; predict entscheidet damit über die Klasse und ein Export hält ihn fest.</translation>
    </message>
    <message>
        <source>A row is predicted positive when its probability is at least %1, the version&apos;s decision threshold.</source>
        <translation>Eine Zeile wird positiv vorhergesagt, wenn ihre Wahrscheinlichkeit mindestens %1 beträgt, der Entscheidungsschwellenwert der Version.</translation>
    </message>
    <message>
        <source>A rule, e.g. &quot;valid.auc &gt;= 0.9&quot;, &quot;valid.auc &gt;= production - 0.01&quot;, &quot;threshold.precision &gt;= 0.8&quot;, &quot;eval.brier &lt;= 0.2&quot; or &quot;min(slices(region).auc) &gt;= 0.7&quot;. Repeatable; without any, the experiment&apos;s remembered rules apply.</source>
        <translation>Eine Regel, z. B. „valid.auc &gt;= 0.9“, „valid.auc &gt;= production - 0.01“, „threshold.precision &gt;= 0.8“, „eval.brier &lt;= 0.2“ oder „min(slices(region).auc) &gt;= 0.7“. Wiederholbar; ohne Regel gelten die gemerkten Regeln des Experiments.</translation>
    </message>
    <message>
        <source>A row is predicted positive when its probability is at least %1 (%2).</source>
        <translation>Eine Zeile wird positiv vorhergesagt, wenn ihre Wahrscheinlichkeit mindestens %1 beträgt (%2).</translation>
    </message>
    <message>
        <source>the run&apos;s saved threshold</source>
        <translation>der gespeicherte Schwellenwert des Laufs</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>der Standard</translation>
    </message>
    <message>
        <source>On the model&apos;s margin scale (log-odds); base value %1.</source>
        <translation>Auf der Margin-Skala des Modells (Log-Odds); Basiswert %1.</translation>
    </message>
    <message>
        <source>On the model&apos;s margin scale (the class&apos;s score before softmax); base value %1.</source>
        <translation>Auf der Margin-Skala des Modells (der Score der Klasse vor Softmax); Basiswert %1.</translation>
    </message>
    <message>
        <source>On the model&apos;s margin scale; base value %1.</source>
        <translation>Auf der Margin-Skala des Modells; Basiswert %1.</translation>
    </message>
    <message>
        <source>Sweep %1 &quot;%2&quot; is %3: %4 of %5 trial run(s) ended.</source>
        <translation>Sweep %1 „%2“ ist %3: %4 von %5 Versuchsläufen beendet.</translation>
    </message>
    <message>
        <source>Best: trial %1, %2 %3 (%4).</source>
        <translation>Bester: Versuch %1, %2 %3 (%4).</translation>
    </message>
    <message>
        <source>sweep takes options only: --config FILE or --resume SWEEP.</source>
        <translation>sweep nimmt nur Optionen: --config DATEI oder --resume SWEEP.</translation>
    </message>
    <message>
        <source>sweep needs either --config FILE (a new sweep) or --resume SWEEP.</source>
        <translation>sweep braucht entweder --config DATEI (ein neuer Sweep) oder --resume SWEEP.</translation>
    </message>
    <message>
        <source>sweeps takes no arguments.</source>
        <translation>sweeps nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>STRATEGY</source>
        <translation>STRATEGIE</translation>
    </message>
    <message>
        <source>TRIALS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <source>No sweeps yet. Start one with: grove-cli sweep --config SWEEP.json</source>
        <translation>Noch keine Sweeps. Starten Sie einen mit: grove-cli sweep --config SWEEP.json</translation>
    </message>
    <message>
        <source>sweep-show takes one sweep: grove-cli sweep-show SWEEP (its name or id).</source>
        <translation>sweep-show nimmt einen Sweep: grove-cli sweep-show SWEEP (sein Name oder seine ID).</translation>
    </message>
    <message>
        <source>TRIAL</source>
        <translation>VERSUCH</translation>
    </message>
    <message>
        <source>REPEAT</source>
        <translation>WIEDERHOLUNG</translation>
    </message>
    <message>
        <source>PARAMETERS</source>
        <translation>PARAMETER</translation>
    </message>
    <message>
        <source>Search XGBoost configurations: a grid, random search or TPE, each trial a run. Ctrl-C stops; --resume continues.</source>
        <translation>XGBoost-Konfigurationen durchsuchen: Gitter, Zufallssuche oder TPE, jeder Versuch ein Lauf. Strg+C hält an; --resume setzt fort.</translation>
    </message>
    <message>
        <source>The sweep definition (JSON; see the README).</source>
        <translation>Die Sweep-Definition (JSON; siehe README).</translation>
    </message>
    <message>
        <source>Continue a stopped or interrupted sweep, by name or id.</source>
        <translation>Einen angehaltenen oder unterbrochenen Sweep fortsetzen, nach Name oder ID.</translation>
    </message>
    <message>
        <source>List the sweeps of the workspace.</source>
        <translation>Die Sweeps des Arbeitsbereichs auflisten.</translation>
    </message>
    <message>
        <source>A sweep&apos;s trials and its best configuration.</source>
        <translation>Die Versuche eines Sweeps und seine beste Konfiguration.</translation>
    </message>
    <message>
        <source>Cannot read the configuration %1: %2.</source>
        <translation>Die Konfiguration %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read the sweep definition %1: %2.</source>
        <translation>Die Sweep-Definition %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Sweep %1 started; Ctrl-C stops it, and grove-cli sweep --resume %1 continues it (the trial it stopped in is trained again).</source>
        <translation>Sweep %1 gestartet; Strg+C hält ihn an, und grove-cli sweep --resume %1 setzt ihn fort (der unterbrochene Versuch wird erneut trainiert).</translation>
    </message>
    <message>
        <source>RUNG (ROUNDS)</source>
        <translation>STUFE (RUNDEN)</translation>
    </message>
    <message>
        <source>%1 %2 (Spearman %3)</source>
        <translation>%1 %2 (Spearman %3)</translation>
    </message>
    <message>
        <source>Parameter importance (mean |SHAP| on %1): %2.</source>
        <translation>Wichtigkeit der Parameter (mittleres |SHAP| auf %1): %2.</translation>
    </message>
    <message>
        <source>Against run %1 (corrected resampled t-test of Nadeau and Bengio on the folds, alpha %2):</source>
        <translation>Gegen Lauf %1 (korrigierter t-Test nach Nadeau und Bengio auf den Folds, Alpha %2):</translation>
    </message>
    <message>
        <source>DIFFERENCE</source>
        <translation>DIFFERENZ</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALL</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>URTEIL</translation>
    </message>
    <message>
        <source>better %1, tied %2, worse %3</source>
        <translation>besser %1, gleich %2, schlechter %3</translation>
    </message>
    <message>
        <source>--alpha takes a number between 0 and 1, such as 0.05.</source>
        <translation>--alpha erwartet eine Zahl zwischen 0 und 1, etwa 0.05.</translation>
    </message>
    <message>
        <source>Test every other run against this cross-validated run, fold by fold (the corrected resampled t-test).</source>
        <translation>Jeden anderen Lauf Fold für Fold gegen diesen kreuzvalidierten Lauf testen (der korrigierte t-Test).</translation>
    </message>
    <message>
        <source>With --baseline: the significance level (default 0.05).</source>
        <translation>Mit --baseline: das Signifikanzniveau (Vorgabe 0.05).</translation>
    </message>
    <message>
        <source>Against the group %1 (runs %2; corrected resampled t-test on the shared resamples, alpha %3):</source>
        <translation>Gegen die Gruppe %1 (Läufe %2; korrigierter t-Test auf den gemeinsamen Stichproben, Alpha %3):</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>--group-by takes &quot;configuration&quot; or a setting of the runs, such as %1; &quot;%2&quot; is none of them.</source>
        <translation>--group-by nimmt „configuration“ oder eine Einstellung der Läufe, etwa %1; „%2“ ist keine davon.</translation>
    </message>
    <message>
        <source>With --group-by, --baseline names one of the compared runs: its group is the baseline.</source>
        <translation>Mit --group-by nennt --baseline einen der verglichenen Läufe: Seine Gruppe ist die Basis.</translation>
    </message>
    <message>
        <source>--alpha must be between 0 and 1, such as 0.05.</source>
        <translation>--alpha muss zwischen 0 und 1 liegen, etwa 0.05.</translation>
    </message>
    <message>
        <source>--group-by needs --baseline RUN: the group of that run is the baseline.</source>
        <translation>--group-by braucht --baseline LAUF: Die Gruppe dieses Laufs ist die Basis.</translation>
    </message>
    <message>
        <source>With --baseline: test groups of runs instead of single runs, grouped by &quot;configuration&quot; (all settings but the seeds: repeats with other split seeds) or by one setting, such as params.max_depth. The baseline is the group of the --baseline run.</source>
        <translation>Mit --baseline: Gruppen von Läufen statt einzelner Läufe testen, gruppiert nach „configuration“ (alle Einstellungen außer den Seeds: Wiederholungen mit anderen Split-Seeds) oder nach einer Einstellung, etwa params.max_depth. Die Basis ist die Gruppe des --baseline-Laufs.</translation>
    </message>
    <message>
        <source>Not tested:</source>
        <translation>Nicht getestet:</translation>
    </message>
    <message>
        <source>ALIASES</source>
        <translation>ALIASSE</translation>
    </message>
    <message>
        <source>Aliases: %1</source>
        <translation>Aliasse: %1</translation>
    </message>
    <message>
        <source>Aliases that point to no version: %1.</source>
        <translation>Aliasse, die auf keine Version zeigen: %1.</translation>
    </message>
    <message>
        <source>With promote and alias: why (kept in the history).</source>
        <translation>Mit promote und alias: warum (wird im Verlauf festgehalten).</translation>
    </message>
    <message>
        <source>registry alias needs set MODEL ALIAS VERSION --reason TEXT, or remove MODEL ALIAS [VERSION] --reason TEXT (with VERSION, only while the alias points to it).</source>
        <translation>registry alias braucht set MODEL ALIAS VERSION --reason TEXT oder remove MODEL ALIAS [VERSION] --reason TEXT (mit VERSION nur, solange der Alias darauf zeigt).</translation>
    </message>
    <message>
        <source>%1@%2 removed (it pointed to version %3).</source>
        <translation>%1@%2 entfernt (er zeigte auf Version %3).</translation>
    </message>
    <message>
        <source>%1@%2 set to version %3.</source>
        <translation>%1@%2 auf Version %3 gesetzt.</translation>
    </message>
    <message>
        <source>%1@%2 moved from version %3 to version %4.</source>
        <translation>%1@%2 von Version %3 auf Version %4 verschoben.</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 Version %2</translation>
    </message>
    <message>
        <source>%1@%2 (version %3)</source>
        <translation>%1@%2 (Version %3)</translation>
    </message>
    <message>
        <source>Wrote %1 predictions of %2 to %3.</source>
        <translation>%1 Vorhersagen von %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>predict needs --run RUN or --model REGISTRY/MODEL/VERSION (or REGISTRY/MODEL@ALIAS), and --input FILE --output FILE.</source>
        <translation>predict braucht --run RUN oder --model REGISTRY/MODEL/VERSION (oder REGISTRY/MODEL@ALIAS) sowie --input FILE --output FILE.</translation>
    </message>
    <message>
        <source>Or a registry version: REGISTRY/MODEL/VERSION, or REGISTRY/MODEL@ALIAS for the version an alias points to (checked before use).</source>
        <translation>Oder eine Registry-Version: REGISTRY/MODEL/VERSION, oder REGISTRY/MODEL@ALIAS für die Version, auf die ein Alias zeigt (vor der Verwendung geprüft).</translation>
    </message>
    <message>
        <source>%1 rows: %2</source>
        <translation>%1 Zeilen: %2</translation>
    </message>
    <message>
        <source>Drift of %1 (%2 rows) against the training data of %3.</source>
        <translation>Drift von %1 (%2 Zeilen) gegenüber den Trainingsdaten von %3.</translation>
    </message>
    <message>
        <source>FEATURE</source>
        <translation>MERKMAL</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>KS</source>
        <translation>KS</translation>
    </message>
    <message>
        <source>KS P-VALUE</source>
        <translation>KS-P-WERT</translation>
    </message>
    <message>
        <source>MISSING RATE CHANGE</source>
        <translation>ÄNDERUNG FEHLQUOTE</translation>
    </message>
    <message>
        <source>UNSEEN CATEGORIES</source>
        <translation>UNBEKANNTE KATEGORIEN</translation>
    </message>
    <message>
        <source>DRIFT</source>
        <translation>DRIFT</translation>
    </message>
    <message>
        <source>Scores: PSI %1, KS %2 (p-value %3)</source>
        <translation>Scores: PSI %1, KS %2 (p-Wert %3)</translation>
    </message>
    <message>
        <source>Scores: not compared (the reference has no scores).</source>
        <translation>Scores: nicht verglichen (die Referenz hat keine Scores).</translation>
    </message>
    <message>
        <source>the scores</source>
        <translation>die Scores</translation>
    </message>
    <message>
        <source>ALERT: PSI above %1 for %2.</source>
        <translation>ALARM: PSI über %1 bei %2.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>drift needs --model REGISTRY/MODEL/VERSION (or REGISTRY/MODEL@ALIAS) and --input FILE.</source>
        <translation>drift braucht --model REGISTRY/MODEL/VERSION (oder REGISTRY/MODEL@ALIAS) und --input FILE.</translation>
    </message>
    <message>
        <source>--psi-threshold must be a number above 0, such as 0.2; &quot;%1&quot; is not.</source>
        <translation>--psi-threshold muss eine Zahl über 0 sein, etwa 0.2; &quot;%1&quot; ist es nicht.</translation>
    </message>
    <message>
        <source>Warning: no report was kept: %1</source>
        <translation>Warnung: Es wurde kein Bericht abgelegt: %1</translation>
    </message>
    <message>
        <source>Compare new data with a registry version&apos;s training data (PSI, KS) and keep a report.</source>
        <translation>Neue Daten mit den Trainingsdaten einer Registry-Version vergleichen (PSI, KS) und einen Bericht ablegen.</translation>
    </message>
    <message>
        <source>The version: REGISTRY/MODEL/VERSION or REGISTRY/MODEL@ALIAS.</source>
        <translation>Die Version: REGISTRY/MODEL/VERSION oder REGISTRY/MODEL@ALIAS.</translation>
    </message>
    <message>
        <source>The new data (CSV, TSV or LIBSVM), read as predict reads it.</source>
        <translation>Die neuen Daten (CSV, TSV oder LIBSVM), gelesen wie bei predict.</translation>
    </message>
    <message>
        <source>Alert when a PSI exceeds this (default 0.2).</source>
        <translation>Alarm, wenn ein PSI diesen Wert überschreitet (Standard 0.2).</translation>
    </message>
    <message>
        <source>registry takes one of: list; show MODEL [VERSION]; verify [MODEL [VERSION]]; promote MODEL VERSION --stage STAGE --reason TEXT; history MODEL; alias set MODEL ALIAS VERSION --reason TEXT; alias remove MODEL ALIAS [VERSION] --reason TEXT; copy SRC_REGISTRY/MODEL/VERSION DEST_REGISTRY [--model NAME].</source>
        <translation>registry nimmt eines von: list; show MODEL [VERSION]; verify [MODEL [VERSION]]; promote MODEL VERSION --stage STAGE --reason TEXT; history MODEL; alias set MODEL ALIAS VERSION --reason TEXT; alias remove MODEL ALIAS [VERSION] --reason TEXT; copy SRC_REGISTRY/MODEL/VERSION DEST_REGISTRY [--model NAME].</translation>
    </message>
    <message>
        <source>Browse and manage the registry: list, show, verify, promote, history, alias, copy.</source>
        <translation>Die Registry durchsuchen und verwalten: list, show, verify, promote, history, alias, copy.</translation>
    </message>
    <message>
        <source>list, show, verify, promote, history, alias set|remove MODEL ALIAS [VERSION], or copy SRC_REGISTRY/MODEL/VERSION DEST_REGISTRY.</source>
        <translation>list, show, verify, promote, history, alias set|remove MODEL ALIAS [VERSION] oder copy SRC_REGISTRY/MODEL/VERSION DEST_REGISTRY.</translation>
    </message>
    <message>
        <source>With copy: the model&apos;s name in the destination (default: the source&apos;s).</source>
        <translation>Mit copy: der Name des Modells im Ziel (Standard: der der Quelle).</translation>
    </message>
    <message>
        <source>registry copy needs SRC_REGISTRY/MODEL/VERSION (or SRC_REGISTRY/MODEL@ALIAS) and DEST_REGISTRY, and takes --model NAME for another name in the destination.</source>
        <translation>registry copy braucht SRC_REGISTRY/MODEL/VERSION (oder SRC_REGISTRY/MODEL@ALIAS) und DEST_REGISTRY und nimmt --model NAME für einen anderen Namen im Ziel.</translation>
    </message>
    <message>
        <source>Copied %1 version %2 from %3 as %4 version %5: %6</source>
        <translation>%1 Version %2 aus %3 als %4 Version %5 kopiert: %6</translation>
    </message>
    <message>
        <source>log takes no arguments; name a registry with --registry DIR.</source>
        <translation>log nimmt keine Argumente; nennen Sie eine Registry mit --registry DIR.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: give one as 2026-12-01 or 2026-12-01T09:30.</source>
        <translation>„%1“ ist kein Datum: Geben Sie eines als 2026-12-01 oder 2026-12-01T09:30 an.</translation>
    </message>
    <message>
        <source>%1 is not a Grove workspace (it has no grove.db), so it has no audit log. Name the workspace with --workspace DIR.</source>
        <translation>%1 ist kein Grove-Arbeitsbereich (er hat keine grove.db) und hat daher kein Prüfprotokoll. Nennen Sie den Arbeitsbereich mit --workspace DIR.</translation>
    </message>
    <message>
        <source>the workspace&apos;s audit log</source>
        <translation>Prüfprotokoll des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1: %2 of %3 entries shown.</source>
        <translation>%1: %2 von %3 Einträgen angezeigt.</translation>
    </message>
    <message>
        <source>The chain is intact; the newest entry&apos;s hash is %1.</source>
        <translation>Die Kette ist intakt; der Hash des neuesten Eintrags ist %1.</translation>
    </message>
    <message>
        <source>DAMAGED: %1</source>
        <translation>BESCHÄDIGT: %1</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s or a registry&apos;s audit log, checking its hash chain.</source>
        <translation>Das Prüfprotokoll des Arbeitsbereichs oder einer Registry zeigen und seine Hash-Kette prüfen.</translation>
    </message>
    <message>
        <source>Show this registry&apos;s log instead of the workspace&apos;s.</source>
        <translation>Das Protokoll dieser Registry statt des Protokolls des Arbeitsbereichs zeigen.</translation>
    </message>
    <message>
        <source>Only entries from this date or time on (2026-12-01, or 2026-12-01T09:30).</source>
        <translation>Nur Einträge ab diesem Datum oder Zeitpunkt (2026-12-01 oder 2026-12-01T09:30).</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries, chain intact.</source>
        <translation>
            <numerusform>Prüfprotokoll: %n Eintrag, Kette intakt.</numerusform>
            <numerusform>Prüfprotokoll: %n Einträge, Kette intakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>FAILED: audit log: %1</source>
        <translation>FEHLERHAFT: Prüfprotokoll: %1</translation>
    </message>
    <message>
        <source>Breaks in the audit log&apos;s chain: %1 (listed above).</source>
        <translation>Brüche in der Kette des Prüfprotokolls: %1 (oben aufgeführt).</translation>
    </message>
    <message numerus="yes">
        <source>, %n run(s)</source>
        <translation>
            <numerusform>, %n Lauf</numerusform>
            <numerusform>, %n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n sweep(s) into a new grove.db in %1.</source>
        <translation>
            <numerusform> und %n Sweep in eine neue grove.db in %1 wiederhergestellt.</numerusform>
            <numerusform> und %n Sweeps in eine neue grove.db in %1 wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation reports, saved comparisons, remembered rules and workspace settings are kept only in the database and were not recovered, nor was any sweep made by an earlier Grove without a sweeps/&lt;id&gt;.json (its runs are recovered as runs).</source>
        <translation>Validierungsberichte, gespeicherte Vergleiche, gemerkte Regeln und Einstellungen des Arbeitsbereichs stehen nur in der Datenbank und wurden nicht wiederhergestellt, ebenso wenig Sweeps einer früheren Grove-Version ohne sweeps/&lt;id&gt;.json (ihre Läufe werden als Läufe wiederhergestellt).</translation>
    </message>
    <message>
        <source>ALERT: the missing rate changed by more than %1 for %2.</source>
        <translation>ALARM: Der Anteil fehlender Werte hat sich bei %2 um mehr als %1 verändert.</translation>
    </message>
    <message>
        <source>OK: no PSI above %1, and no missing rate changed by more than %2.</source>
        <translation>OK: Kein PSI über %1, und kein Anteil fehlender Werte hat sich um mehr als %2 verändert.</translation>
    </message>
    <message>
        <source>--missing-threshold must be a number from 0 to below 1, such as 0.1; &quot;%1&quot; is not.</source>
        <translation>--missing-threshold muss eine Zahl von 0 bis unter 1 sein, etwa 0.1; „%1“ ist es nicht.</translation>
    </message>
    <message>
        <source>Alert when a feature&apos;s missing rate rises or falls by more than this (default 0.1, ten percentage points).</source>
        <translation>Alarm, wenn der Anteil fehlender Werte eines Merkmals um mehr als diesen Wert steigt oder fällt (Standard 0.1, zehn Prozentpunkte).</translation>
    </message>
    <message>
        <source> (best at round %1, iteration %2 as XGBoost counts from 0)</source>
        <translation> (am besten in Runde %1, Iteration %2, wie XGBoost ab 0 zählt)</translation>
    </message>
    <message>
        <source>  best round %1 (iteration %2 as XGBoost counts from 0)</source>
        <translation>  beste Runde %1 (Iteration %2, wie XGBoost ab 0 zählt)</translation>
    </message>
    <message>
        <source>  (%1 folds and the final model on all rows, up to %2 rounds each)</source>
        <translation>  (%1 Folds und das endgültige Modell auf allen Zeilen, je bis zu %2 Runden)</translation>
    </message>
    <message>
        <source>--experiment was given an empty name. Name an experiment, or leave the option out for &quot;Default&quot; (train) or for every experiment (runs).</source>
        <translation>--experiment wurde ein leerer Name übergeben. Geben Sie ein Experiment an, oder lassen Sie die Option weg: dann gilt „Default“ (train) bzw. jedes Experiment (runs).</translation>
    </message>
    <message>
        <source>trial %1 repeat %2</source>
        <translation>Versuch %1 Wiederholung %2</translation>
    </message>
    <message>
        <source>trial %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>%1 (%2/%3)  run %4  %5  %6 %7  (best %8)</source>
        <translation>%1 (%2/%3)  Lauf %4  %5  %6 %7  (bester %8)</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>The runs in the trash instead of the others.</source>
        <translation>Die Läufe im Papierkorb statt der übrigen.</translation>
    </message>
    <message>
        <source>trash needs at least one RUN id.</source>
        <translation>trash braucht mindestens eine RUN-ID.</translation>
    </message>
    <message>
        <source>restore needs at least one RUN id.</source>
        <translation>restore braucht mindestens eine RUN-ID.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n run(s) to the trash: %1. grove-cli restore brings them back; grove-cli empty-trash --yes deletes them for good.</source>
        <translation>
            <numerusform>%n Lauf in den Papierkorb verschoben: %1. grove-cli restore holt ihn zurück; grove-cli empty-trash --yes löscht ihn endgültig.</numerusform>
            <numerusform>%n Läufe in den Papierkorb verschoben: %1. grove-cli restore holt sie zurück; grove-cli empty-trash --yes löscht sie endgültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n run(s) from the trash: %1.</source>
        <translation>
            <numerusform>%n Lauf aus dem Papierkorb wiederhergestellt: %1.</numerusform>
            <numerusform>%n Läufe aus dem Papierkorb wiederhergestellt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the trash: %1.</source>
        <translation>Schon im Papierkorb: %1.</translation>
    </message>
    <message>
        <source>Not in the trash: %1.</source>
        <translation>Nicht im Papierkorb: %1.</translation>
    </message>
    <message>
        <source>empty-trash takes no arguments.</source>
        <translation>empty-trash nimmt keine Argumente.</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n run(s) for good, with their models and predictions: %1. Add --yes to do it.</source>
        <translation>
            <numerusform>Dies löscht %n Lauf endgültig, mit Modell und Vorhersagen: %1. Fügen Sie --yes hinzu, um es zu tun.</numerusform>
            <numerusform>Dies löscht %n Läufe endgültig, mit ihren Modellen und Vorhersagen: %1. Fügen Sie --yes hinzu, um es zu tun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) for good.</source>
        <translation>
            <numerusform>%n Lauf endgültig gelöscht.</numerusform>
            <numerusform>%n Läufe endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move runs to the trash (restore brings them back).</source>
        <translation>Läufe in den Papierkorb verschieben (restore holt sie zurück).</translation>
    </message>
    <message>
        <source>Run ids.</source>
        <translation>Lauf-IDs.</translation>
    </message>
    <message>
        <source>Bring runs back from the trash.</source>
        <translation>Läufe aus dem Papierkorb zurückholen.</translation>
    </message>
    <message>
        <source>Delete the runs in the trash for good, with their files.</source>
        <translation>Die Läufe im Papierkorb endgültig löschen, mit ihren Dateien.</translation>
    </message>
    <message>
        <source>Do it: without --yes nothing is deleted, and the runs that would be are listed.</source>
        <translation>Ausführen: ohne --yes wird nichts gelöscht, und die Läufe, die es würden, werden aufgeführt.</translation>
    </message>
    <message>
        <source>  in the trash since %1; grove-cli restore %2 brings it back</source>
        <translation>  im Papierkorb seit %1; grove-cli restore %2 holt ihn zurück</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with &quot;-&quot; and is read as an option. If it is meant as a value, put &quot;--&quot; before it (as in &quot;-- %1&quot;).</source>
        <translation>„%1“ beginnt mit „-“ und wird als Option gelesen. Ist es als Wert gemeint, setzen Sie „--“ davor (wie in „-- %1“).</translation>
    </message>
    <message>
        <source>No run in the trash matches.</source>
        <translation>Kein Lauf im Papierkorb passt.</translation>
    </message>
    <message>
        <source>No run matches.</source>
        <translation>Kein Lauf passt.</translation>
    </message>
    <message>
        <source>rung %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>TRASHED</source>
        <translation>IM PAPIERKORB SEIT</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Grove: a workbench for gradient-boosted-tree experiments.</source>
        <translation>Grove: eine Werkbank für Experimente mit Gradient-Boosted Trees.</translation>
    </message>
    <message>
        <source>Open the workspace in DIR.</source>
        <translation>Den Arbeitsbereich in DIR öffnen.</translation>
    </message>
    <message>
        <source>Data files to import.</source>
        <translation>Zu importierende Datendateien.</translation>
    </message>
</context>
</TS>
