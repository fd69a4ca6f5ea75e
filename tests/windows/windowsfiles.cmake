# Windows mail programs kept in files: Eudora.ini and usercerts.p7b, Windows Mail /
# Windows Live Mail .oeaccount files, and the Outlook profile file (PRF). The generated
# PRF is read back with Python's configparser, the .oeaccount with xmllint and Python's
# XML parser, usercerts.p7b with openssl.
mailsetup_add_test(test_eudora SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_eudora.cpp LIBRARIES mailsetup_core)
mailsetup_add_test(test_oeaccount SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_oeaccount.cpp LIBRARIES mailsetup_core)
mailsetup_add_test(test_outlookprf SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_outlookprf.cpp LIBRARIES mailsetup_core)
# Windows Live Mail / Windows Mail store folder and default account from the registry.
mailsetup_add_test(test_windowsmailstore
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_windowsmailstore.cpp LIBRARIES mailsetup_core)
