# KMail adapter; reads what it wrote back with KDE's own kreadconfig5 when installed.
mailsetup_add_test(test_kmail SOURCES ${CMAKE_CURRENT_LIST_DIR}/../test_kmail.cpp LIBRARIES mailsetup_core)
