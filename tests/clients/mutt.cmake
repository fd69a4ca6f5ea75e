# Mutt / NeoMutt: muttrc reading and editing, detection, planning, and a real NeoMutt
# sending and reading through the local mail service (tests/support) with what we wrote.
mailsetup_add_test(test_mutt
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/../test_mutt.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../support/mailservice.cpp ${CMAKE_CURRENT_LIST_DIR}/../support/mailservice.h
            ${CMAKE_CURRENT_LIST_DIR}/../support/runmailsetup.cpp ${CMAKE_CURRENT_LIST_DIR}/../support/runmailsetup.h
    LIBRARIES mailsetup_core TIMEOUT 300 LABELS mailservice)
set_tests_properties(test_mutt PROPERTIES RESOURCE_LOCK mailservice)
