# The wizard driven through every page (issue 8): the real shared mail service for
# the connection check, real NSS databases (certutil) for the certificate, fixture
# homes for the mail programs. Included from tests/CMakeLists.txt.
set(_wizard_test_dir ${CMAKE_CURRENT_LIST_DIR})
mailsetup_add_test(test_wizard_flow
    SOURCES ${_wizard_test_dir}/test_wizard_flow.cpp
            ${PROJECT_SOURCE_DIR}/tests/support/mailservice.cpp ${PROJECT_SOURCE_DIR}/tests/support/mailservice.h
            ${PROJECT_SOURCE_DIR}/tests/support/runmailsetup.cpp ${PROJECT_SOURCE_DIR}/tests/support/runmailsetup.h
    LIBRARIES mailsetup_wizard TIMEOUT 300 LABELS mailservice)
target_include_directories(test_wizard_flow PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
set_tests_properties(test_wizard_flow PROPERTIES RESOURCE_LOCK mailservice)
