# The Debian package (`scripts/package`, or `cpack -G DEB` in a build folder): what
# `cmake --install` places, under /usr, with its dependencies read from the shared libraries
# the executable really links (dpkg-shlibdeps, from dpkg-dev) plus the Qt plugins it loads at
# run time, which no linker records.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME paydesk)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR Paydesk)
set(CPACK_PACKAGE_CONTACT "Paydesk maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Dashboard for Orqex and Chargily Pay checkouts")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # paydesk_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PAYDESK_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Paydesk looks up checkouts of the Orqex (XOF) and Chargily Pay (DZD) payment\n\
providers by id or by pasted checkout URL, and shows their status, exact\n\
amounts, customer, payment attempt, discount and fees. Secret keys stay in the\n\
system keychain. A command line with JSON output serves scripts. In English,\n\
French and Arabic.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see them: the SQLite driver of the history.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own translations, raster formats of remote images, and a Secret Service keychain.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, qt6-image-formats-plugins, gnome-keyring | kwalletmanager")
include(CPack)
