# The polkit action pkexec checks before it runs mailsetup-trust-helper as root
# (certs/helper). Included from installer/CMakeLists.txt on Linux.
# The policy names the helper by absolute path, so it is written at install time,
# when the real prefix is known (/usr in the .deb, /usr/local for `cmake --install`).
include(GNUInstallDirs)
set(_policy_in ${CMAKE_CURRENT_LIST_DIR}/org.mailsetup.trust-helper.policy.in)
set(_policy_out ${CMAKE_CURRENT_BINARY_DIR}/org.mailsetup.trust-helper.policy)
install(CODE "
    set(MAILSETUP_TRUST_HELPER_PATH \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBEXECDIR}/mailsetup-trust-helper\")
    configure_file(\"${_policy_in}\" \"${_policy_out}\" @ONLY)
    file(INSTALL \"${_policy_out}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/polkit-1/actions\")
")
