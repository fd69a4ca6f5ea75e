# Connection diagnostics (issue 7). Included from tests/CMakeLists.txt.
mailsetup_add_test(test_replyparsers
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_replyparsers.cpp
    LIBRARIES mailsetup_diagnostics)
mailsetup_add_test(test_chainverifier
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_chainverifier.cpp
            ${CMAKE_CURRENT_LIST_DIR}/testcertificates.cpp ${CMAKE_CURRENT_LIST_DIR}/testcertificates.h
    LIBRARIES mailsetup_diagnostics)
# What the check recommends when several variants work: the chosen port and the
# provider's receiving protocol are kept where they work.
mailsetup_add_test(test_recommendation
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_recommendation.cpp
    LIBRARIES mailsetup_diagnostics)
# Hostile servers the test runs itself on 127.0.0.1 (tarpit, drip, flood, garbage,
# STARTTLS strippers, TLS failures): verdicts and deadlines.
mailsetup_add_test(test_diagnosis_hostile
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_diagnosis_hostile.cpp
            ${CMAKE_CURRENT_LIST_DIR}/hostileserver.cpp ${CMAKE_CURRENT_LIST_DIR}/hostileserver.h
            ${CMAKE_CURRENT_LIST_DIR}/testcertificates.cpp ${CMAKE_CURRENT_LIST_DIR}/testcertificates.h
    LIBRARIES mailsetup_diagnostics TIMEOUT 180)
# The real Postfix/Dovecot of shared/mailservice on all 7 ports, right and wrong CA,
# good and bad password, through the library and through `mailsetup diagnose`.
get_filename_component(_diag_support ${CMAKE_CURRENT_LIST_DIR}/../support ABSOLUTE)
mailsetup_add_test(test_diagnosis_mailservice
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_diagnosis_mailservice.cpp
            ${_diag_support}/mailservice.cpp ${_diag_support}/mailservice.h
            ${_diag_support}/runmailsetup.cpp ${_diag_support}/runmailsetup.h
            ${CMAKE_CURRENT_LIST_DIR}/testcertificates.cpp ${CMAKE_CURRENT_LIST_DIR}/testcertificates.h
    LIBRARIES mailsetup_diagnostics TIMEOUT 300 LABELS mailservice)
target_include_directories(test_diagnosis_mailservice PRIVATE ${_diag_support})
set_tests_properties(test_diagnosis_mailservice PROPERTIES RESOURCE_LOCK mailservice)
add_dependencies(test_diagnosis_mailservice mailsetup)
# The report as a page (HTML for the PDF) and the fix wording; QTextDocument lays it out.
mailsetup_add_test(test_diagnosisreport
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_diagnosisreport.cpp
    LIBRARIES mailsetup_diagnostics Qt6::Gui)
# Discovery's guessing through the diagnostics' probe (DiagnosticsServerProber), against
# servers on 127.0.0.1 reached through DiscoveryNetwork's host and port maps.
mailsetup_add_test(test_diagnosticsprober
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_diagnosticsprober.cpp
            ${CMAKE_CURRENT_LIST_DIR}/hostileserver.cpp ${CMAKE_CURRENT_LIST_DIR}/hostileserver.h
            ${CMAKE_CURRENT_LIST_DIR}/testcertificates.cpp ${CMAKE_CURRENT_LIST_DIR}/testcertificates.h
    LIBRARIES mailsetup_diagnostics TIMEOUT 120)
