# Certificate checks and trust stores (certs/): real openssl, update-ca-certificates,
# certutil, the shared mail service, and the Win32 store code under wine.
set(_certs_test_dir ${CMAKE_CURRENT_LIST_DIR})

mailsetup_add_test(test_truststore_debian
    SOURCES ${_certs_test_dir}/test_truststore_debian.cpp ${_certs_test_dir}/pki.h
    LIBRARIES mailsetup_certs)
target_include_directories(test_truststore_debian PRIVATE ${PROJECT_SOURCE_DIR}/tests ${_certs_test_dir})
target_compile_definitions(test_truststore_debian PRIVATE MAILSETUP_CERTS_TEST_DIR="${_certs_test_dir}")

mailsetup_add_test(test_truststore_nss
    SOURCES ${_certs_test_dir}/test_truststore_nss.cpp ${_certs_test_dir}/pki.h
            ${PROJECT_SOURCE_DIR}/tests/support/mailservice.cpp ${PROJECT_SOURCE_DIR}/tests/support/mailservice.h
            ${PROJECT_SOURCE_DIR}/tests/support/runmailsetup.cpp ${PROJECT_SOURCE_DIR}/tests/support/runmailsetup.h
    LIBRARIES mailsetup_certs TIMEOUT 300 LABELS mailservice)
target_include_directories(test_truststore_nss PRIVATE ${PROJECT_SOURCE_DIR}/tests ${_certs_test_dir})
target_compile_definitions(test_truststore_nss PRIVATE MAILSETUP_CERTS_TEST_DIR="${_certs_test_dir}")
set_tests_properties(test_truststore_nss PROPERTIES RESOURCE_LOCK mailservice)

mailsetup_add_test(test_truststore_commands
    SOURCES ${_certs_test_dir}/test_truststore_commands.cpp ${_certs_test_dir}/pki.h
    LIBRARIES mailsetup_certs)
target_include_directories(test_truststore_commands PRIVATE ${PROJECT_SOURCE_DIR}/tests ${_certs_test_dir})
target_compile_definitions(test_truststore_commands PRIVATE MAILSETUP_CERTS_TEST_DIR="${_certs_test_dir}")
if(TARGET mailsetup-trust-helper)
    add_dependencies(test_truststore_commands mailsetup-trust-helper)
endif()

mailsetup_add_test(test_certificatecommand
    SOURCES ${_certs_test_dir}/test_certificatecommand.cpp ${_certs_test_dir}/pki.h
    LIBRARIES mailsetup_cli)
target_include_directories(test_certificatecommand PRIVATE ${PROJECT_SOURCE_DIR}/tests ${_certs_test_dir})
target_compile_definitions(test_certificatecommand PRIVATE MAILSETUP_CERTS_TEST_DIR="${_certs_test_dir}")

# The Win32 store code (platform/win32/certstore) and the Windows helper, built with
# mingw-w64 and run under wine; the helper's writes are checked with wine's reg.exe.
if(COMMAND mailsetup_add_wine_test)
    get_filename_component(_win32_dir "${_certs_test_dir}/../../platform/win32" ABSOLUTE)
    set(_cacert_fixtures
        ${PROJECT_SOURCE_DIR}/resources/certs/cacert-class1-root.pem
        ${PROJECT_SOURCE_DIR}/resources/certs/cacert-class3-root.pem
        ${MAILSETUP_SHARED_DIR}/certs/cacert-class1-root-2003-original.pem)
    mailsetup_add_wine_test(NAME test_win32_certstore
        SOURCES ${_certs_test_dir}/win32_certstore_test.cpp ${_win32_dir}/certstore.cpp
        INCLUDES ${_win32_dir}
        LIBS crypt32 bcrypt shell32
        ARGS ${_cacert_fixtures})
    mailsetup_add_wine_test(NAME test_win32_trusthelper
        SOURCES ${_win32_dir}/trusthelper_win.cpp ${_win32_dir}/certstore.cpp
        INCLUDES ${_win32_dir}
        LIBS crypt32 bcrypt shell32
        DRIVER ${_certs_test_dir}/run-trusthelper-under-wine.sh
        ARGS ${_cacert_fixtures})
endif()
