# Proofs that the program holds (issue 11): crash consistency under SIGKILL and no
# password in anything written. Benchmarks are in bench/, fuzzers in fuzz/.

# Kills the program before its Nth file-system step (LD_PRELOAD; no sanitizer in it:
# it only forwards to glibc and is loaded before the sanitizer runtime).
add_library(mailsetup_killpoint MODULE ${CMAKE_CURRENT_LIST_DIR}/killpoint.cpp)
target_link_libraries(mailsetup_killpoint PRIVATE ${CMAKE_DL_LIBS})
target_compile_options(mailsetup_killpoint PRIVATE -fno-sanitize=all)

qt_add_library(mailsetup_proof_support STATIC
    ${CMAKE_CURRENT_LIST_DIR}/fixturehome.cpp ${CMAKE_CURRENT_LIST_DIR}/fixturehome.h
    ${CMAKE_CURRENT_LIST_DIR}/parsecheck.cpp ${CMAKE_CURRENT_LIST_DIR}/parsecheck.h
    ${CMAKE_CURRENT_SOURCE_DIR}/support/runmailsetup.cpp ${CMAKE_CURRENT_SOURCE_DIR}/support/runmailsetup.h)
target_include_directories(mailsetup_proof_support PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_compile_definitions(mailsetup_proof_support PRIVATE MAILSETUP_BINARY_DIR="${CMAKE_BINARY_DIR}")
target_link_libraries(mailsetup_proof_support PUBLIC mailsetup_core)

mailsetup_add_test(test_crashconsistency
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_crashconsistency.cpp
    LIBRARIES mailsetup_proof_support TIMEOUT 900 LABELS proof)
# 200 runs of the real program take 1-2 minutes on an idle machine, more under a sanitizer
# or a loaded CI runner: past Qt Test's 5-minute limit per test function.
set_property(TEST test_crashconsistency APPEND PROPERTY ENVIRONMENT "QTEST_FUNCTION_TIMEOUT=840000")
target_compile_definitions(test_crashconsistency PRIVATE
    MAILSETUP_KILLPOINT_LIB="$<TARGET_FILE:mailsetup_killpoint>")
add_dependencies(test_crashconsistency mailsetup mailsetup_killpoint)

mailsetup_add_test(test_secrets
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_secrets.cpp
            ${CMAKE_CURRENT_LIST_DIR}/secretscan.cpp ${CMAKE_CURRENT_LIST_DIR}/secretscan.h
    LIBRARIES mailsetup_proof_support LABELS proof)
add_dependencies(test_secrets mailsetup)
