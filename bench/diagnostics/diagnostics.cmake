# Connection diagnostics (issue 7): a full diagnosis with two tarpit endpoints as a ratio
# to one probe timeout (goal under 1.1), and a clean diagnosis as a ratio to one
# `openssl s_client` handshake to the same mail service, measured in the same run.
get_filename_component(_diag_bench_support ${CMAKE_CURRENT_LIST_DIR}/../../tests/support ABSOLUTE)
get_filename_component(_diag_bench_shared ${CMAKE_CURRENT_LIST_DIR}/../../../shared ABSOLUTE)
mailsetup_add_bench(bench_diagnostics
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_diagnostics.cpp
            ${_diag_bench_support}/mailservice.cpp ${_diag_bench_support}/mailservice.h
            ${_diag_bench_support}/runmailsetup.cpp ${_diag_bench_support}/runmailsetup.h
    LIBRARIES mailsetup_diagnostics)
target_include_directories(bench_diagnostics PRIVATE ${_diag_bench_support})
target_compile_definitions(bench_diagnostics PRIVATE
    MAILSETUP_SHARED_DIR="${_diag_bench_shared}" MAILSETUP_BINARY_DIR="${CMAKE_BINARY_DIR}")
