# The .deb as a subscriber gets it: built with CPack, checked by lintian, installed
# with dpkg and started (offscreen) to its first page; then removed again.
# Installing needs root (CI has it); otherwise the test checks the package only.
add_test(NAME test_package
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_package.sh ${CMAKE_BINARY_DIR} ${MAILSETUP_PRODUCT_ID})
set_tests_properties(test_package PROPERTIES TIMEOUT 600 LABELS package RUN_SERIAL ON)

# Branding: a build configured with installer/branding/example bundles that
# provider's profile, name and logo (only the resources library is built).
add_test(NAME test_branding
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_branding.sh ${PROJECT_SOURCE_DIR} ${CMAKE_BINARY_DIR}/branding-check)
set_tests_properties(test_branding PROPERTIES TIMEOUT 600 LABELS package)
