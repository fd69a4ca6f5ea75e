# Windows registry (issue 4, registry half): the .reg reader/writer, registry changes in
# plans, apply and byte-identical undo, the Outlook Express and Outlook adapters on
# fixture homes; and the Win32 backend built with mingw-w64 and run under wine, checked
# with wine's own reg.exe (cmake/MingwWine.cmake, included by the top-level CMakeLists).
mailsetup_add_test(test_regfile SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_regfile.cpp LIBRARIES mailsetup_core)
mailsetup_add_test(test_windowsregistry
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_windowsregistry.cpp LIBRARIES mailsetup_core)
if(COMMAND mailsetup_add_wine_test)
    get_filename_component(_win32_dir "${CMAKE_CURRENT_LIST_DIR}/../../platform/win32" ABSOLUTE)
    mailsetup_add_wine_test(NAME test_win32_registry
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/win32_registry_test.cpp
                ${_win32_dir}/win32registry.cpp ${_win32_dir}/processlist.cpp
        INCLUDES ${_win32_dir}
        LIBS advapi32
        DRIVER ${CMAKE_CURRENT_LIST_DIR}/run-under-wine.sh
        ARGS ${CMAKE_CURRENT_LIST_DIR}/../data/windows/roundtrip.reg)
else()
    message(STATUS "test_win32_registry left out: include cmake/MingwWine.cmake from the top-level CMakeLists.txt")
endif()
# A real apply read back by Windows' own tools: the plan is applied to a fixture home's
# registry/HKEY_CURRENT_USER.reg, wine's reg.exe imports that file into a private prefix
# (made by cmake/run-wine-test.sh) and `reg query` must show the planned values and types.
if(MAILSETUP_WINE)
    mailsetup_add_test(test_wine_apply
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_wine_apply.cpp LIBRARIES mailsetup_core TIMEOUT 300 LABELS wine)
    target_compile_definitions(test_wine_apply PRIVATE
        MAILSETUP_RUN_WINE_TEST="${PROJECT_SOURCE_DIR}/cmake/run-wine-test.sh"
        MAILSETUP_REG_IMPORT_QUERY="${CMAKE_CURRENT_LIST_DIR}/reg-import-query.sh"
        MAILSETUP_APPLY_WINEPREFIX="${CMAKE_BINARY_DIR}/wineprefix-apply")
    set_tests_properties(test_wine_apply PROPERTIES RESOURCE_LOCK wine)
else()
    message(STATUS "test_wine_apply left out: needs wine (apt-get install wine wine64)")
endif()
