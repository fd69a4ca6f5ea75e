# Apple: property lists (Debian's libplist), configuration profiles (.mobileconfig,
# optionally signed with OpenSSL CMS), and Mac OS X Mail's own preferences.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBPLIST REQUIRED IMPORTED_TARGET libplist-2.0)
target_sources(mailsetup_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/plistdocument.cpp ${CMAKE_CURRENT_LIST_DIR}/plistdocument.h
    ${CMAKE_CURRENT_LIST_DIR}/mobileconfig.cpp ${CMAKE_CURRENT_LIST_DIR}/mobileconfig.h
    ${CMAKE_CURRENT_LIST_DIR}/mobileconfigexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/mobileconfigexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/mobileconfiginstall.cpp ${CMAKE_CURRENT_LIST_DIR}/mobileconfiginstall.h
    ${CMAKE_CURRENT_LIST_DIR}/mobileconfigsigner.cpp ${CMAKE_CURRENT_LIST_DIR}/mobileconfigsigner.h
    ${CMAKE_CURRENT_LIST_DIR}/applemailadapter.cpp ${CMAKE_CURRENT_LIST_DIR}/applemailadapter.h
    ${CMAKE_CURRENT_LIST_DIR}/applemailstore.cpp ${CMAKE_CURRENT_LIST_DIR}/applemailstore.h
    ${CMAKE_CURRENT_LIST_DIR}/entourageadapter.cpp ${CMAKE_CURRENT_LIST_DIR}/entourageadapter.h
)
target_link_libraries(mailsetup_core PRIVATE PkgConfig::LIBPLIST OpenSSL::Crypto)
