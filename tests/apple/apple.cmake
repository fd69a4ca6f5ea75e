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
# `mailsetup export --format mobileconfig` signing and --open options, run as the real
# program (signatures checked with openssl cms -verify).
mailsetup_add_test(test_mobileconfigexport
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_mobileconfigexport.cpp
    LIBRARIES mailsetup_core)
target_include_directories(test_mobileconfigexport PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
add_dependencies(test_mobileconfigexport mailsetup)
# A Mac home with Thunderbird, Mac OS X Mail and Entourage, detected together.
mailsetup_add_test(test_macoshome
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_macoshome.cpp
    LIBRARIES mailsetup_cli)
target_include_directories(test_macoshome PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
