# GUI tests: the real main window, offscreen.
grove_add_test(tst_gui_import SOURCES tst_gui_import.cpp
    LIBRARIES grove_ui grove_resources LABELS gui TIMEOUT 180)
grove_add_test(tst_ui_models SOURCES tst_ui_models.cpp
    LIBRARIES grove_ui LABELS gui)
grove_add_test(tst_gui_training SOURCES tst_gui_training.cpp
    LIBRARIES grove_ui LABELS gui TIMEOUT 300)
grove_add_test(tst_plots SOURCES tst_plots.cpp
    LIBRARIES grove_ui LABELS gui)
grove_add_test(tst_gui_registry SOURCES tst_gui_registry.cpp TrainingData.h
    LIBRARIES grove_ui LABELS gui TIMEOUT 300)
grove_add_test(tst_translations SOURCES tst_translations.cpp
    LIBRARIES grove_translations Qt6::Widgets LABELS gui)
grove_add_test(tst_task_runner SOURCES tst_task_runner.cpp
    LIBRARIES grove_ui LABELS gui)
grove_add_test(tst_gui_evaluation SOURCES tst_gui_evaluation.cpp TrainingData.h
    LIBRARIES grove_ui LABELS gui TIMEOUT 300)
grove_add_test(tst_gui_sweep SOURCES tst_gui_sweep.cpp TrainingData.h
    LIBRARIES grove_ui LABELS gui TIMEOUT 300)
grove_add_test(tst_gui_compare SOURCES tst_gui_compare.cpp TrainingData.h
    LIBRARIES grove_ui LABELS gui TIMEOUT 300)
grove_add_test(tst_gui_drift SOURCES tst_gui_drift.cpp TrainingData.h
    LIBRARIES grove_ui grove_translations LABELS gui TIMEOUT 300)
grove_add_test(tst_gui_history SOURCES tst_gui_history.cpp TrainingData.h
    LIBRARIES grove_ui grove_translations LABELS gui TIMEOUT 300)
