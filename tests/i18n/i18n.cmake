# Translations: the catalogues in translations/ are complete and current for the
# shipped languages, and the built program speaks them (see test_translations.cpp).
mailsetup_add_test(test_translations
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_translations.cpp
        ${CMAKE_CURRENT_LIST_DIR}/../support/runmailsetup.cpp ${CMAKE_CURRENT_LIST_DIR}/../support/runmailsetup.h
    LIBRARIES Qt6::Core TIMEOUT 300 LABELS i18n)
target_include_directories(test_translations PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../support)
target_compile_definitions(test_translations PRIVATE
    MAILSETUP_TRANSLATIONS_DIR="${PROJECT_SOURCE_DIR}/translations"
    MAILSETUP_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    MAILSETUP_LUPDATE_PROJECT="${CMAKE_BINARY_DIR}/app/.lupdate/mailsetup_project.cmake"
    MAILSETUP_LUPDATE_PROJECT_SCRIPT="${_Qt6_LINGUIST_TOOLS_DIR}/GenerateLUpdateProject.cmake"
    MAILSETUP_CMAKE_COMMAND="${CMAKE_COMMAND}")
# It runs the mailsetup program, not just a library.
add_dependencies(test_translations mailsetup)
