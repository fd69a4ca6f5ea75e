# SeaMonkey / Mozilla Suite and Netscape Communicator 4 adapters.
# test_seamonkey also starts the real (Debian) Thunderbird, when installed, on a
# profile planned in the SeaMonkey 2.0 dialect; that takes up to a minute.
mailsetup_add_test(test_seamonkey SOURCES ${CMAKE_CURRENT_LIST_DIR}/../test_seamonkey.cpp
    LIBRARIES mailsetup_core TIMEOUT 180)
mailsetup_add_test(test_netscape4 SOURCES ${CMAKE_CURRENT_LIST_DIR}/../test_netscape4.cpp
    LIBRARIES mailsetup_core)
