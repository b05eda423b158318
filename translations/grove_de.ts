<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>grove::ColumnGuessModel</name>
    <message>
        <source>your choice (Grove guessed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to choose how this column is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::ColumnProfileModel</name>
    <message>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1 by choice; Grove guessed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartiles: %1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 infinite values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distinct count is estimated (more than 65,536 values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top values / notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::ColumnType</name>
    <message>
        <source>Numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::CsvFormat</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::CsvReader</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has %1 fields but the header has %2. Every line needs the same number of fields: look for a missing delimiter, or a value that should be quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has %1 fields but the header has %2. Every line needs the same number of fields: look for an extra delimiter, or a value containing the delimiter that should be quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted value starts here but its closing quote is missing. Close the quote, or double any quote that belongs to the value (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote. A quoted value must be followed by the delimiter or the end of the line; double any quote that belongs to the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose a data file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. There is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first lines of this file are longer than 256 MB. Is it really a delimited text file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is encoded as UTF-16. Grove reads UTF-8: save the file as UTF-8 (for example &quot;CSV UTF-8&quot; in a spreadsheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a binary file, not text (it contains NUL bytes). Choose a CSV, TSV or LIBSVM text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid UTF-8 text here. Save the file as UTF-8, or fix the damaged characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file contains binary data (a NUL byte). Choose a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no lines with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named &quot;%3&quot;. Column names must be unique: rename one of them in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has a header but no data rows. Add rows below the header, or check that this is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column named &quot;%1&quot; in %2, so its type cannot be set. Columns: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is set to numeric, but &quot;%2&quot; is not a number. Choose another type for this column, or fix the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading text columns again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::Database</name>
    <message>
        <source>The workspace is busy: another Grove process is writing to it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; the workspace could not be updated. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database cannot be written (%1). Check the permissions of the workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database is damaged or is not a Grove database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1 (while running: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::DatasetImport</name>
    <message>
        <source>A dataset named &quot;%1&quot; already exists. Choose another name, or rename the existing dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset was removed, but its snapshot file %1 could not be deleted. You can delete it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::DatasetListModel</name>
    <message>
        <source>%1
%2 rows × %3 columns
SHA-256 %4
Imported %5 by %6 from %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::DatasetProfile</name>
    <message>
        <source>The stored dataset profile is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::DatasetProfileView</name>
    <message>
        <source>%1 rows × %2 columns · SHA-256 %3 · imported %4 by %5 from %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::DatasetStore</name>
    <message>
        <source>A dataset name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset name cannot consist of digits only, because it would be confused with a dataset id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches the hashes of several datasets; give more characters, the id or the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dataset &quot;%1&quot; in this workspace. Use the id, the name or the start of the hash shown by &quot;grove-cli datasets&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset named &quot;%1&quot; already exists. Choose another name, or rename the existing dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::DatasetsPanel</name>
    <message>
        <source>Filter datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the dataset &quot;%1&quot; (%2 rows) and its snapshot from this workspace? The source file is not touched, but this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the dataset &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::Error</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::HistogramChart</name>
    <message>
        <source>%1: every value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%1, %2): %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Most frequent values of %1 (%2 other rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::ImportController</name>
    <message>
        <source>Import Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.tab *.txt *.svm *.libsvm *.svmlight);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the same data as the dataset &quot;%2&quot;, which is already in the workspace; nothing new was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2 rows, %3 columns in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::ImportDialog</name>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIBSVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; — click a type to change how the column is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;First rows&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV, TSV or LIBSVM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.tab *.txt *.svm *.libsvm *.svmlight);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the start of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-delimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows line endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix line endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Types are guessed from all %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Types are guessed from the first %n row(s); the import checks every row.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Detected: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::LibsvmReader</name>
    <message>
        <source>The label &quot;%1&quot; is not a number. Each LIBSVM line starts with a numeric label, followed by index:value pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected index:value here but found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query id &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature index &quot;%1&quot; is not a whole number between 0 and 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature indices must increase along a line; %1 follows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file contains binary data (a NUL byte). Choose a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid UTF-8 text here. Save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column types cannot be changed for LIBSVM files: every column is numeric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no lines with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This LIBSVM file has %1 rows and %2 distinct feature indices; stored densely that is more than Grove can hold. Reduce the number of features first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::MainWindow</name>
    <message>
        <source>Grove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV, TSV or LIBSVM file as a new dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace folder, or choose an empty folder to create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Grove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datasets Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Bring in a dataset to begin&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a CSV, TSV or LIBSVM file on this window, or import one. Grove shows the first rows and the type it guesses for each column before anything is stored. Select a dataset on the left to see its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer_churn (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Grove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Grove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Grove %1&lt;/h3&gt;&lt;p&gt;A workbench for gradient-boosted-tree experiments: import datasets, train and compare XGBoost runs, validate models and hand them to your team through a shared folder.&lt;/p&gt;&lt;p&gt;libxgboost %2 · Qt %3 · SQLite %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::Schema</name>
    <message>
        <source>The workspace schema is at version %1 but the next step expects version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was created by a newer version of Grove (schema %1; this version knows up to %2). Update Grove to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::Snapshot</name>
    <message>
        <source>Cannot open the dataset snapshot %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorter than its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot map the dataset snapshot %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Grove snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot was written by a newer version of Grove (format %1). Update Grove to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconsistent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconsistent dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; refers to unknown values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data of column &quot;%1&quot; has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content hash does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset snapshot is damaged (%1). Import the dataset again from its source file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the dataset snapshot %1 failed: %2. Nothing was stored; check the free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2. Check the permissions of the workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new snapshot to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::TypeInference</name>
    <message>
        <source>likely target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>few distinct whole numbers: could be categorical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like an identifier: not used for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free text: not used for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant: carries no information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than half missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers with leading zeros: read as codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::Workspace</name>
    <message>
        <source>No workspace folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. A workspace is a folder; choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace folder %1. Check that its parent exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Grove workspace (it has no grove.db) and is not empty. Choose an empty folder or a new path for a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1 in the workspace. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grove::cli</name>
    <message>
        <source>Use the workspace in DIR (default: $GROVE_WORKSPACE, or the default workspace in your data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--workspace DIR] COMMAND [OPTIONS] [ARGUMENTS]

Grove&apos;s command line: everything the Grove window does, headless.

Commands:
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
libxgboost %3, Qt %4, SQLite %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs exactly one FILE. Example: grove-cli import data.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use csv, tsv or libsvm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter must be one character, or tab, comma, semicolon, pipe or space; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type takes COLUMN=TYPE with TYPE numeric, categorical or text; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads takes a whole number from 1 to 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This content is already in the workspace as &quot;%1&quot; (id %2, sha256 %3); nothing new was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (id %2): %3 rows, %4 columns, sha256 %5, in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datasets in %1 yet. Import one with: grove-cli import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMPORTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile needs one DATASET (an id, a name or a hash prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2): %3 rows, %4 columns, sha256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISTINCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEDIAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP VALUES / NOTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename needs a DATASET and a NEW_NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete needs one DATASET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot; needs confirmation: add --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete dataset &quot;%1&quot; (id %2, %3 rows) and its snapshot? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print exactly one JSON document on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV, TSV or LIBSVM file as a dataset snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the dataset (default: the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, tsv or libsvm (default: from the extension and content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field delimiter: one character, or tab (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line is data; columns are named column_1, column_2, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a column&apos;s type: COLUMN=numeric|categorical|text. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads for parsing (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the datasets in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a dataset&apos;s columns, types and statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id, a name or a hash prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a dataset and its snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Grove: a workbench for gradient-boosted-tree experiments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
