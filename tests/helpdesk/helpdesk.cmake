# Helpdesk: instructions per mail program, the settings sheet (text, HTML, PDF), the
# instructions/sheet commands and the man page. Included from tests/CMakeLists.txt.
mailsetup_add_test(test_instructions
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_instructions.cpp LIBRARIES mailsetup_core)
mailsetup_add_test(test_settingssheet
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_settingssheet.cpp
    LIBRARIES mailsetup_core mailsetup_documents Qt6::Gui)
mailsetup_add_test(test_helpdeskcommands
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_helpdeskcommands.cpp LIBRARIES mailsetup_cli Qt6::Gui)
mailsetup_add_test(test_manpage
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_manpage.cpp LIBRARIES mailsetup_cli)
target_compile_definitions(test_manpage PRIVATE MAILSETUP_SOURCE_DIR="${CMAKE_CURRENT_LIST_DIR}/../..")
