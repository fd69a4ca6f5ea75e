# Apple: configuration profiles (generation against Apple's schema, plistutil, OpenSSL
# signing) and Mac OS X Mail's own preferences (detection, plan, apply, undo).
mailsetup_add_test(test_mobileconfig
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_mobileconfig.cpp
    LIBRARIES mailsetup_core)
target_include_directories(test_mobileconfig PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
mailsetup_add_test(test_applemail
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_applemail.cpp
    LIBRARIES mailsetup_core)
target_include_directories(test_applemail PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
