# Alpine / Pine: .pinerc reading and editing, c-client server names, detection and
# planning; the real Alpine (in tmux) showing what we wrote, and, as root, sending and
# reading through the local mail service (tests/support) with it.
mailsetup_add_test(test_pine
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/../test_pine.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../support/mailservice.cpp ${CMAKE_CURRENT_LIST_DIR}/../support/mailservice.h
            ${CMAKE_CURRENT_LIST_DIR}/../support/runmailsetup.cpp ${CMAKE_CURRENT_LIST_DIR}/../support/runmailsetup.h
    LIBRARIES mailsetup_core TIMEOUT 300 LABELS mailservice)
set_tests_properties(test_pine PROPERTIES RESOURCE_LOCK mailservice)
