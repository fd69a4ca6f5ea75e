# CPack: one configuration per platform's native package.
set(CPACK_PACKAGE_NAME "${MAILSETUP_PRODUCT_ID}")
set(CPACK_PACKAGE_VENDOR "The Mail Setup developers")
set(CPACK_PACKAGE_CONTACT "Mail Setup developers <mailsetup@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "set up email programs for a provider's secure mail servers")
# Debian shows the description as is: lines of at most 80 characters.
set(CPACK_PACKAGE_DESCRIPTION
    "Mail Setup finds the email programs on this computer and their accounts,
and sets them up for a provider's mail servers: server names, ports,
encryption and log-in name. It shows every change first, keeps a copy of
every file it touches, and can take it all back. It installs the
provider's root certificate after the fingerprint was compared, checks
which connections work from this network, and prints settings sheets for
helpdesks.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${MAILSETUP_PRODUCT_NAME}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_EXECUTABLES "mailsetup" "${MAILSETUP_PRODUCT_NAME}")

# Debian / Ubuntu
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ca-certificates, libnss3-tools, pkexec | policykit-1")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "thunderbird")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/mailsetup/mailsetup")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Windows: NSIS, Start-menu entry and uninstaller; the program runs as the user
# (app manifest asInvoker), only the trust-store helper asks for elevation.
set(CPACK_NSIS_DISPLAY_NAME "${MAILSETUP_PRODUCT_NAME}")
set(CPACK_NSIS_PACKAGE_NAME "${MAILSETUP_PRODUCT_NAME}")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/installer/windows/mailsetup.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\mailsetup.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\${MAILSETUP_PRODUCT_NAME}.lnk' '$INSTDIR\\\\bin\\\\mailsetup.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA
    "Delete '$SMPROGRAMS\\\\$START_MENU\\\\${MAILSETUP_PRODUCT_NAME}.lnk'")

# macOS: an app bundle (MACOSX_BUNDLE, installer/macos/Info.plist.in) in a DMG.
set(CPACK_DMG_VOLUME_NAME "${MAILSETUP_PRODUCT_NAME}")
set(CPACK_DMG_FORMAT "UDZO")

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
