<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>%1 is empty. There is nothing to import.</source>
        <translation>%1 ist leer. Es gibt nichts zu importieren.</translation>
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
        <source>The disk is full; the workspace could not be updated. Free some space and try again.</source>
        <translation>Der Datenträger ist voll; der Arbeitsbereich konnte nicht aktualisiert werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace database cannot be written (%1). Check the permissions of the workspace folder.</source>
        <translation>Die Datenbank des Arbeitsbereichs kann nicht geschrieben werden (%1). Prüfen Sie die Zugriffsrechte des Arbeitsbereichsordners.</translation>
    </message>
    <message>
        <source>The workspace database is damaged or is not a Grove database (%1).</source>
        <translation>Die Datenbank des Arbeitsbereichs ist beschädigt oder keine Grove-Datenbank (%1).</translation>
    </message>
    <message>
        <source>Database error: %1 (while running: %2).</source>
        <translation>Datenbankfehler: %1 (bei der Ausführung von: %2).</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>Die Transaktion war bereits abgeschlossen.</translation>
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
        <source>A dataset name cannot contain control characters.</source>
        <translation>Ein Datensatzname darf keine Steuerzeichen enthalten.</translation>
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
    <name>grove::Error</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
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
</context>
<context>
    <name>grove::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
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
        <source>unknown column type</source>
        <translation>unbekannter Spaltentyp</translation>
    </message>
    <message>
        <source>inconsistent dictionary</source>
        <translation>widersprüchliches Wörterbuch</translation>
    </message>
    <message>
        <source>unreadable profile</source>
        <translation>unlesbares Profil</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; refers to unknown values</source>
        <translation>Spalte „%1“ verweist auf unbekannte Werte</translation>
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
        <source>The dataset snapshot is damaged (%1). Import the dataset again from its source file.</source>
        <translation>Der Datensatz-Snapshot ist beschädigt (%1). Importieren Sie den Datensatz erneut aus seiner Quelldatei.</translation>
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
        <source>Cannot create %1 in the workspace. Check the folder&apos;s permissions.</source>
        <translation>%1 kann im Arbeitsbereich nicht angelegt werden. Prüfen Sie die Zugriffsrechte des Ordners.</translation>
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
