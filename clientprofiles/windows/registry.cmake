# The Windows registry (issue 4, registry half): value types, the .reg file format,
# the registry stores behind plans / apply / undo, and the Outlook Express and Outlook
# adapters. The Win32 backend (platform/win32, Qt-free) is compiled in on Windows only;
# elsewhere it is built with mingw-w64 and tested under wine (tests/windows).
target_sources(mailsetup_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/registryvalue.cpp ${CMAKE_CURRENT_LIST_DIR}/registryvalue.h
    ${CMAKE_CURRENT_LIST_DIR}/regfile.cpp ${CMAKE_CURRENT_LIST_DIR}/regfile.h
    ${CMAKE_CURRENT_LIST_DIR}/registry.cpp ${CMAKE_CURRENT_LIST_DIR}/registry.h
    ${CMAKE_CURRENT_LIST_DIR}/registrytransaction.cpp ${CMAKE_CURRENT_LIST_DIR}/registrytransaction.h
    ${CMAKE_CURRENT_LIST_DIR}/windowsregistryhome.cpp ${CMAKE_CURRENT_LIST_DIR}/windowsregistryhome.h
    ${CMAKE_CURRENT_LIST_DIR}/iamaccounts.cpp ${CMAKE_CURRENT_LIST_DIR}/iamaccounts.h
    ${CMAKE_CURRENT_LIST_DIR}/outlookexpressadapter.cpp ${CMAKE_CURRENT_LIST_DIR}/outlookexpressadapter.h
    ${CMAKE_CURRENT_LIST_DIR}/outlookprofiles.cpp ${CMAKE_CURRENT_LIST_DIR}/outlookprofiles.h
    ${CMAKE_CURRENT_LIST_DIR}/outlookadapter.cpp ${CMAKE_CURRENT_LIST_DIR}/outlookadapter.h)
if(WIN32)
    get_filename_component(_mailsetup_win32_dir "${CMAKE_CURRENT_LIST_DIR}/../../platform/win32" ABSOLUTE)
    target_sources(mailsetup_core PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/registrywin32.cpp
        ${_mailsetup_win32_dir}/win32registry.cpp ${_mailsetup_win32_dir}/win32registry.h
        ${_mailsetup_win32_dir}/processlist.cpp ${_mailsetup_win32_dir}/processlist.h)
    target_include_directories(mailsetup_core PRIVATE ${_mailsetup_win32_dir})
    target_link_libraries(mailsetup_core PRIVATE advapi32)
endif()
