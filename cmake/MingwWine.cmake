# Windows code tested on Linux: Qt-free C++17 sources built with mingw-w64 into a
# static .exe, run by CTest under wine in a private prefix of this build folder.
#
#   mailsetup_add_wine_test(NAME <name> SOURCES <files...> [LIBS advapi32 crypt32 ...]
#                           [INCLUDES <dirs...>] [ARGS <args...>] [DRIVER <script>] [TIMEOUT <s>])
#
# Without DRIVER the test runs `wine <name>.exe ARGS`; with DRIVER it runs
# `bash DRIVER <path of the .exe> ARGS` with WINEPREFIX set, so the script can run the
# program and then check with Windows' own tools (`wine reg query`, `wine reg export`).
# The prefix is made once per build folder (wineboot takes a while the first time);
# the tests share the RESOURCE_LOCK "wine". Without mingw-w64 or wine (Debian packages
# mingw-w64, wine, wine64: scripts/install-deps.sh) the tests are left out, with a message.

set(_mailsetup_wine_dir "${CMAKE_CURRENT_LIST_DIR}")
find_program(MAILSETUP_MINGW_CXX NAMES x86_64-w64-mingw32-g++ x86_64-w64-mingw32-g++-posix
                                       x86_64-w64-mingw32-g++-win32)
find_program(MAILSETUP_WINE NAMES wine wine64)
set(MAILSETUP_WINEPREFIX "${CMAKE_BINARY_DIR}/wineprefix" CACHE PATH "The wine prefix the Windows tests run in")

function(mailsetup_add_wine_test)
    cmake_parse_arguments(ARG "" "NAME;DRIVER;TIMEOUT" "SOURCES;LIBS;INCLUDES;ARGS" ${ARGN})
    if(NOT ARG_NAME OR NOT ARG_SOURCES)
        message(FATAL_ERROR "mailsetup_add_wine_test needs NAME and SOURCES")
    endif()
    if(NOT MAILSETUP_MINGW_CXX OR NOT MAILSETUP_WINE)
        message(STATUS "${ARG_NAME} left out: needs x86_64-w64-mingw32-g++ and wine "
                       "(apt-get install mingw-w64 wine wine64)")
        return()
    endif()
    set(_exe "${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}.exe")
    set(_includes)
    foreach(_dir IN LISTS ARG_INCLUDES)
        list(APPEND _includes "-I${_dir}")
    endforeach()
    set(_libs)
    foreach(_lib IN LISTS ARG_LIBS)
        list(APPEND _libs "-l${_lib}")
    endforeach()
    add_custom_command(OUTPUT "${_exe}"
        COMMAND "${MAILSETUP_MINGW_CXX}" -std=c++17 -O1 -Wall -Wextra -Wpedantic -Werror=return-type
                -DUNICODE -D_UNICODE -static -static-libgcc -static-libstdc++
                ${_includes} -o "${_exe}" ${ARG_SOURCES} ${_libs}
        DEPENDS ${ARG_SOURCES}
        COMMENT "Building ${ARG_NAME}.exe with mingw-w64"
        VERBATIM)
    add_custom_target(${ARG_NAME} ALL DEPENDS "${_exe}")
    if(ARG_DRIVER)
        set(_driver "${ARG_DRIVER}")
    else()
        set(_driver "-")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    add_test(NAME ${ARG_NAME}
        COMMAND bash "${_mailsetup_wine_dir}/run-wine-test.sh" "${MAILSETUP_WINEPREFIX}" "${_exe}" "${_driver}"
                ${ARG_ARGS})
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        RESOURCE_LOCK wine
        LABELS wine)
endfunction()
