# Discovery tests (the lead includes every tests/<area>/<area>.cmake).
# test_discovery_network starts a real HTTPS server (Python http.server + ssl, test CA
# from openssl) and dnsmasq (dnsmasq-base) on loopback; test_discovery_guess probes the
# shared mail service through the diagnostics' probe (mailsetup_diagnostics), as
# `mailsetup discover` does.
set(_discovery_test_dir ${CMAKE_CURRENT_LIST_DIR})
mailsetup_add_test(test_discovery_ranking
    SOURCES ${_discovery_test_dir}/test_discovery_ranking.cpp
    LIBRARIES mailsetup_discovery)
mailsetup_add_test(test_discovery_network
    SOURCES ${_discovery_test_dir}/test_discovery_network.cpp
            ${_discovery_test_dir}/testservers.cpp ${_discovery_test_dir}/testservers.h
            ${PROJECT_SOURCE_DIR}/app/commands/discovercommand.cpp
    LIBRARIES mailsetup_discovery mailsetup_diagnostics Qt6::Network
    TIMEOUT 180)
target_compile_definitions(test_discovery_network PRIVATE
    MAILSETUP_DISCOVERY_TEST_DIR="${_discovery_test_dir}")
target_include_directories(test_discovery_network PRIVATE ${PROJECT_SOURCE_DIR}/app/commands)
mailsetup_add_test(test_discovery_guess
    SOURCES ${_discovery_test_dir}/test_discovery_guess.cpp
            ${PROJECT_SOURCE_DIR}/tests/support/mailservice.cpp ${PROJECT_SOURCE_DIR}/tests/support/mailservice.h
            ${PROJECT_SOURCE_DIR}/tests/support/runmailsetup.cpp ${PROJECT_SOURCE_DIR}/tests/support/runmailsetup.h
            ${PROJECT_SOURCE_DIR}/app/commands/discovercommand.cpp
    LIBRARIES mailsetup_discovery mailsetup_diagnostics Qt6::Network
    TIMEOUT 180 LABELS mailservice)
target_include_directories(test_discovery_guess PRIVATE ${PROJECT_SOURCE_DIR}/app/commands)
set_tests_properties(test_discovery_guess PROPERTIES RESOURCE_LOCK mailservice)
# DNS answers (real dnsmasq messages in tests/data/discovery/dns/) parsed as bytes.
mailsetup_add_test(test_dnsanswers
    SOURCES ${_discovery_test_dir}/test_dnsanswers.cpp
    LIBRARIES mailsetup_discovery)
