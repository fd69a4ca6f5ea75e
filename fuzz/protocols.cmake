# Parsers added after the first round: server replies, DNS answers, .reg files, plists.
mailsetup_add_fuzzer(fuzz_mailreplies SOURCES ${CMAKE_CURRENT_LIST_DIR}/mailreplies_fuzzer.cpp
    LIBRARIES mailsetup_diagnostics CORPUS ${CMAKE_CURRENT_LIST_DIR}/corpus/mailreplies)
mailsetup_add_fuzzer(fuzz_dnsanswers SOURCES ${CMAKE_CURRENT_LIST_DIR}/dnsanswers_fuzzer.cpp
    LIBRARIES mailsetup_discovery CORPUS ${PROJECT_SOURCE_DIR}/tests/data/discovery/dns)
mailsetup_add_fuzzer(fuzz_regfile SOURCES ${CMAKE_CURRENT_LIST_DIR}/regfile_fuzzer.cpp
    LIBRARIES mailsetup_core CORPUS ${PROJECT_SOURCE_DIR}/tests/data/windows/roundtrip.reg
    ${PROJECT_SOURCE_DIR}/tests/data/windows/oe6-hkcu.reg ${PROJECT_SOURCE_DIR}/tests/data/windows/hklm.reg)
mailsetup_add_fuzzer(fuzz_plist SOURCES ${CMAKE_CURRENT_LIST_DIR}/plist_fuzzer.cpp
    LIBRARIES mailsetup_core CORPUS ${PROJECT_SOURCE_DIR}/tests/data/apple/tiger
    ${PROJECT_SOURCE_DIR}/tests/data/apple/pcug-alice.mobileconfig ${CMAKE_CURRENT_LIST_DIR}/corpus/plist)
