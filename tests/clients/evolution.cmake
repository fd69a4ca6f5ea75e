# GNOME Evolution: key-file escapes, .source reading and planning, refusals, apply/undo,
# and the real evolution-source-registry reading what the adapter wrote (skips without it).
mailsetup_add_test(test_evolution SOURCES ${CMAKE_CURRENT_LIST_DIR}/../test_evolution.cpp
    LIBRARIES mailsetup_core TIMEOUT 180)
