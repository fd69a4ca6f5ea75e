# Claws Mail: accountrc reading, the config_version trap, planning, refusals, apply/undo,
# and the real Claws Mail (under Xvfb) saving back what the adapter wrote (skips without it).
mailsetup_add_test(test_claws SOURCES ${CMAKE_CURRENT_LIST_DIR}/../test_claws.cpp
    LIBRARIES mailsetup_core TIMEOUT 180)
