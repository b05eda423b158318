<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DriftCharts</name>
    <message numerus="yes">
        <source>%1PSI %2
check %3 of %4, %5
version %6, %7 (%n row(s))</source>
        <translation>
            <numerusform>%1PSI %2
check %3 of %4, %5
version %6, %7 (%n row)</numerusform>
            <numerusform>%1PSI %2
check %3 of %4, %5
version %6, %7 (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SealedFile</name>
    <message numerus="yes">
        <source>the file is too short (%n byte(s))</source>
        <translation>
            <numerusform>the file is too short (%n byte)</numerusform>
            <numerusform>the file is too short (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slices</name>
    <message numerus="yes">
        <source>other (%n categories)</source>
        <translation>
            <numerusform>other (%n category)</numerusform>
            <numerusform>other (%n categories)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::CompareEvaluation</name>
    <message numerus="yes">
        <source>Evaluating %n run(s)…</source>
        <translation>
            <numerusform>Evaluating %n run…</numerusform>
            <numerusform>Evaluating %n runs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n evaluated run(s) were scored on the same held-out rows of the same data.</source>
        <translation>
            <numerusform>The %n evaluated run was scored on held-out rows of the data.</numerusform>
            <numerusform>All %n evaluated runs were scored on the same held-out rows of the same data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::CompareView</name>
    <message numerus="yes">
        <source>Comparing %n run(s)</source>
        <translation>
            <numerusform>Comparing %n run</numerusform>
            <numerusform>Comparing %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n run(s)</source>
        <translation>
            <numerusform>Comparison of %n run</numerusform>
            <numerusform>Comparison of %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n run(s)</source>
        <translation>
            <numerusform>%1 · %n run</numerusform>
            <numerusform>%1 · %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” showed %n run(s) that were deleted for good since: %2.</source>
        <translation>
            <numerusform>“%1” showed %n run that was deleted for good since: %2.</numerusform>
            <numerusform>“%1” showed %n runs that were deleted for good since: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::ComparisonMetricsModel</name>
    <message numerus="yes">
        <source>Mean of %n run(s), with their standard deviation</source>
        <translation>
            <numerusform>Mean of %n run, with their standard deviation</numerusform>
            <numerusform>Mean of %n runs, with their standard deviation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::CurvePlot</name>
    <message numerus="yes">
        <source>%n value(s) ≤ 0 cannot be shown on the log scale</source>
        <translation>
            <numerusform>%n value ≤ 0 cannot be shown on the log scale</numerusform>
            <numerusform>%n values ≤ 0 cannot be shown on the log scale</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::DatasetImport</name>
    <message numerus="yes">
        <source>The dataset &quot;%1&quot; cannot be deleted: %n run(s) were trained or validated on it and must stay reproducible.</source>
        <translation>
            <numerusform>The dataset &quot;%1&quot; cannot be deleted: %n run was trained or validated on it and must stay reproducible.</numerusform>
            <numerusform>The dataset &quot;%1&quot; cannot be deleted: %n runs were trained or validated on it and must stay reproducible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::DriftFeatureModel</name>
    <message numerus="yes">
        <source>Alert: %n feature(s) over PSI %1</source>
        <translation>
            <numerusform>Alert: %n feature over PSI %1</numerusform>
            <numerusform>Alert: %n features over PSI %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n row: %1</numerusform>
            <numerusform>%n rows: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alert: the missing rate of %n feature(s) moved by more than %1</source>
        <translation>
            <numerusform>Alert: the missing rate of %n feature moved by more than %1</numerusform>
            <numerusform>Alert: the missing rate of %n features moved by more than %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::DriftWindow</name>
    <message numerus="yes">
        <source>%n row(s) of %1 against the training data of %2.</source>
        <translation>
            <numerusform>%n row of %1 against the training data of %2.</numerusform>
            <numerusform>%n rows of %1 against the training data of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n oldest check(s) are left out.</source>
        <translation>
            <numerusform>The oldest check is left out.</numerusform>
            <numerusform>The %n oldest checks are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) could not be read: %1</source>
        <translation>
            <numerusform>%n report could not be read: %1</numerusform>
            <numerusform>%n reports could not be read: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::HeatMapPlot</name>
    <message numerus="yes">
        <source>%1 %2, %3 %4
mean %5 = %6, best %7
%n trial(s)</source>
        <translation>
            <numerusform>%1 %2, %3 %4
mean %5 = %6, best %7
%n trial</numerusform>
            <numerusform>%1 %2, %3 %4
mean %5 = %6, best %7
%n trials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::HeldOutFigures</name>
    <message numerus="yes">
        <source>%Ln out-of-fold row(s)</source>
        <translation>
            <numerusform>%Ln out-of-fold row</numerusform>
            <numerusform>%Ln out-of-fold rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held-out row(s)</source>
        <translation>
            <numerusform>%Ln held-out row</numerusform>
            <numerusform>%Ln held-out rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is undefined on each of the %n slice(s) of %2: too few rows for it (a single class has no AUC; no row predicted positive, no precision).</source>
        <translation>
            <numerusform>%1 is undefined on the %n slice of %2: too few rows for it (a single class has no AUC; no row predicted positive, no precision).</numerusform>
            <numerusform>%1 is undefined on each of the %n slices of %2: too few rows for it (a single class has no AUC; no row predicted positive, no precision).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worst slice of %1: &quot;%2&quot; (%3 %4, %Ln row(s))</source>
        <translation>
            <numerusform>worst slice of %1: &quot;%2&quot; (%3 %4, %Ln row)</numerusform>
            <numerusform>worst slice of %1: &quot;%2&quot; (%3 %4, %Ln rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n slice(s) left out, where %2 is undefined</source>
        <translation>
            <numerusform>%1; %n slice left out, where %2 is undefined</numerusform>
            <numerusform>%1; %n slices left out, where %2 is undefined</numerusform>
        </translation>
    </message>
</context>
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
    <name>grove::HistoryWindow</name>
    <message numerus="yes">
        <source>Chain broken — %n problem(s), listed below. Entries named by a problem are marked.</source>
        <translation>
            <numerusform>Chain broken — %n problem, listed below. Entries named by a problem are marked.</numerusform>
            <numerusform>Chain broken — %n problems, listed below. Entries named by a problem are marked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain intact — %n entry(s), newest hash %1…</source>
        <translation>
            <numerusform>Chain intact — %n entry, newest hash %1…</numerusform>
            <numerusform>Chain intact — %n entries, newest hash %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s) shown</source>
        <translation>
            <numerusform>%1 of %n entry shown</numerusform>
            <numerusform>%1 of %n entries shown</numerusform>
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
<context>
    <name>grove::MainWindow</name>
    <message numerus="yes">
        <source>%n run(s) at a time</source>
        <translation>
            <numerusform>%n run at a time</numerusform>
            <numerusform>%n runs at a time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training: %n run(s)</source>
        <translation>
            <numerusform>Training: %n run</numerusform>
            <numerusform>Training: %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n run(s) to the trash. Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Moved %n run to the trash. Edit ▸ Undo brings it back.</numerusform>
            <numerusform>Moved %n runs to the trash. Edit ▸ Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::MetricChart</name>
    <message numerus="yes">
        <source>mean ± std of %n folds · %1</source>
        <translation>
            <numerusform>mean ± std of %n folds · %1</numerusform>
            <numerusform>mean ± std of %n folds · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::NewRunDialog</name>
    <message numerus="yes">
        <source>%n feature(s) selected</source>
        <translation>
            <numerusform>%n feature selected</numerusform>
            <numerusform>%n features selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::RegistryView</name>
    <message numerus="yes">
        <source>%n version(s); version %1 is in Production</source>
        <translation>
            <numerusform>%n version; version %1 is in Production</numerusform>
            <numerusform>%n versions; version %1 is in Production</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::RunEdits</name>
    <message numerus="yes">
        <source>Move %n Run(s) to the Trash</source>
        <translation>
            <numerusform>Move %n Run to the Trash</numerusform>
            <numerusform>Move %n Runs to the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n Run(s) from the Trash</source>
        <translation>
            <numerusform>Restore %n Run from the Trash</numerusform>
            <numerusform>Restore %n Runs from the Trash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::RunsPanel</name>
    <message numerus="yes">
        <source>All experiments (%n run(s))</source>
        <translation>
            <numerusform>All experiments (%n run)</numerusform>
            <numerusform>All experiments (%n runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n run)</numerusform>
            <numerusform>%1 (%n runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n run(s) in the trash for good? Their models, predictions and curves are deleted; this cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n run in the trash for good? Its model, predictions and curves are deleted; this cannot be undone.</numerusform>
            <numerusform>Delete the %n runs in the trash for good? Their models, predictions and curves are deleted; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) for good.</source>
        <translation>
            <numerusform>Deleted %n run for good.</numerusform>
            <numerusform>Deleted %n runs for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::SignificanceModel</name>
    <message numerus="yes">
        <source>%1, %n pair(s)</source>
        <translation>
            <numerusform>%1, %n pair</numerusform>
            <numerusform>%1, %n pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::SignificancePanel</name>
    <message numerus="yes">
        <source>%n group(s) tested, metric by metric</source>
        <translation>
            <numerusform>%n group tested, metric by metric</numerusform>
            <numerusform>%n groups tested, metric by metric</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) tested, metric by metric</source>
        <translation>
            <numerusform>%n run tested, metric by metric</numerusform>
            <numerusform>%n runs tested, metric by metric</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::SlicesPanel</name>
    <message numerus="yes">
        <source>%n slice(s) of %1; 95 % intervals in brackets (Wilson for rates, bootstrap for AUC and RMSE).</source>
        <translation>
            <numerusform>%n slice of %1; 95 % intervals in brackets (Wilson for rates, bootstrap for AUC and RMSE).</numerusform>
            <numerusform>%n slices of %1; 95 % intervals in brackets (Wilson for rates, bootstrap for AUC and RMSE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slice(s) worse than all rows by more than %1 are highlighted.</source>
        <translation>
            <numerusform>%n slice worse than all rows by more than %1 is highlighted.</numerusform>
            <numerusform>%n slices worse than all rows by more than %1 are highlighted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::SweepView</name>
    <message numerus="yes">
        <source>From a small XGBoost model fitted to %n finished configuration(s): each parameter&apos;s mean |SHAP| on the objective, and its Spearman rank correlation with it.</source>
        <translation>
            <numerusform>From a small XGBoost model fitted to %n finished configuration: each parameter&apos;s mean |SHAP| on the objective, and its Spearman rank correlation with it.</numerusform>
            <numerusform>From a small XGBoost model fitted to %n finished configurations: each parameter&apos;s mean |SHAP| on the objective, and its Spearman rank correlation with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::TrainingJob</name>
    <message numerus="yes">
        <source>Cancelled after %n round(s).</source>
        <translation>
            <numerusform>Cancelled after %n round.</numerusform>
            <numerusform>Cancelled after %n rounds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::TrashDialog</name>
    <message numerus="yes">
        <source>%n run(s) in the trash. They keep their models and predictions until the trash is emptied.</source>
        <translation>
            <numerusform>%n run in the trash. It keeps its model and predictions until the trash is emptied.</numerusform>
            <numerusform>%n runs in the trash. They keep their models and predictions until the trash is emptied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::Validation</name>
    <message numerus="yes">
        <source>&quot;%1&quot; (content %2) gives the %n feature(s) the model was trained with.</source>
        <translation>
            <numerusform>&quot;%1&quot; (content %2) gives the %n feature the model was trained with.</numerusform>
            <numerusform>&quot;%1&quot; (content %2) gives the %n features the model was trained with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n held-out prediction(s) in %1 are reproduced exactly.</source>
        <translation>
            <numerusform>The %n held-out prediction in %1 is reproduced exactly.</numerusform>
            <numerusform>The %n held-out predictions in %1 are reproduced exactly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n prediction value(s) are finite.</source>
        <translation>
            <numerusform>The %n prediction value is finite.</numerusform>
            <numerusform>All %n prediction values are finite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prediction value(s) are NaN or infinite.</source>
        <translation>
            <numerusform>%n prediction value is NaN or infinite.</numerusform>
            <numerusform>%n prediction values are NaN or infinite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2; %3 scores %4 on the same %n row(s).</source>
        <translation>
            <numerusform>%1 is %2; %3 scores %4 on the same %n row.</numerusform>
            <numerusform>%1 is %2; %3 scores %4 on the same %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n out-of-fold prediction value(s) are finite.</source>
        <translation>
            <numerusform>The %n out-of-fold prediction value is finite.</numerusform>
            <numerusform>All %n out-of-fold prediction values are finite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out-of-fold prediction value(s) are missing, NaN or infinite.</source>
        <translation>
            <numerusform>%n out-of-fold prediction value is missing, NaN or infinite.</numerusform>
            <numerusform>%n out-of-fold prediction values are missing, NaN or infinite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::ValidationPanel</name>
    <message numerus="yes">
        <source>Passed all %n check(s) on %1 (by %2). The run can be exported.</source>
        <translation>
            <numerusform>Passed the %n check on %1 (by %2). The run can be exported.</numerusform>
            <numerusform>Passed all %n checks on %1 (by %2). The run can be exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Passed %n check(s) on %1 (by %2); %3 did not apply to this run. The run can be exported.</source>
        <translation>
            <numerusform>Passed %n check on %1 (by %2); %3 did not apply to this run. The run can be exported.</numerusform>
            <numerusform>Passed %n checks on %1 (by %2); %3 did not apply to this run. The run can be exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::WaterfallPlot</name>
    <message numerus="yes">
        <source>%n other feature(s)</source>
        <translation>
            <numerusform>%n other feature</numerusform>
            <numerusform>%n other features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grove::cli</name>
    <message numerus="yes">
        <source>Recovered %n dataset(s)</source>
        <translation>
            <numerusform>Recovered %n dataset</numerusform>
            <numerusform>Recovered %n datasets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held-out row(s)</source>
        <translation>
            <numerusform>%n held-out row</numerusform>
            <numerusform>%n held-out rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n classes</source>
        <translation>
            <numerusform>, %n class</numerusform>
            <numerusform>, %n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 · SHAP values of %2 of its %n held-out row(s)</source>
        <translation>
            <numerusform>Run %1 · SHAP values of %2 of its %n held-out row</numerusform>
            <numerusform>Run %1 · SHAP values of %2 of its %n held-out rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries, chain intact.</source>
        <translation>
            <numerusform>Audit log: %n entry, chain intact.</numerusform>
            <numerusform>Audit log: %n entries, chain intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n run(s)</source>
        <translation>
            <numerusform>, %n run</numerusform>
            <numerusform>, %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n sweep(s) into a new grove.db in %1.</source>
        <translation>
            <numerusform> and %n sweep into a new grove.db in %1.</numerusform>
            <numerusform> and %n sweeps into a new grove.db in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n run(s) to the trash: %1. grove-cli restore brings them back; grove-cli empty-trash --yes deletes them for good.</source>
        <translation>
            <numerusform>Moved %n run to the trash: %1. grove-cli restore brings it back; grove-cli empty-trash --yes deletes it for good.</numerusform>
            <numerusform>Moved %n runs to the trash: %1. grove-cli restore brings them back; grove-cli empty-trash --yes deletes them for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n run(s) from the trash: %1.</source>
        <translation>
            <numerusform>Restored %n run from the trash: %1.</numerusform>
            <numerusform>Restored %n runs from the trash: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n run(s) for good, with their models and predictions: %1. Add --yes to do it.</source>
        <translation>
            <numerusform>This deletes %n run for good, with its model and predictions: %1. Add --yes to do it.</numerusform>
            <numerusform>This deletes %n runs for good, with their models and predictions: %1. Add --yes to do it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) for good.</source>
        <translation>
            <numerusform>Deleted %n run for good.</numerusform>
            <numerusform>Deleted %n runs for good.</numerusform>
        </translation>
    </message>
</context>
</TS>
