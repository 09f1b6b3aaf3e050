# Install rules and the Debian package (cpack -G DEB). Included from the top
# CMakeLists.txt; translations are compiled into the binary's resources, so
# the binary plus the desktop integration files are the whole installation.
include(GNUInstallDirs)

set(BLAUWDRUK_APP_ID nl.blauwdruk.Blauwdruk)
set(BLAUWDRUK_DESKTOP_DIR ${PROJECT_SOURCE_DIR}/resources/desktop)

install(TARGETS blauwdruk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${BLAUWDRUK_DESKTOP_DIR}/${BLAUWDRUK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${BLAUWDRUK_DESKTOP_DIR}/${BLAUWDRUK_APP_ID}.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
install(FILES ${BLAUWDRUK_DESKTOP_DIR}/${BLAUWDRUK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${BLAUWDRUK_DESKTOP_DIR}/icons/${BLAUWDRUK_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The PNGs are rendered once from the SVG with rsvg-convert and committed:
# no build dependency, and small sizes can be checked by eye.
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${BLAUWDRUK_DESKTOP_DIR}/icons/png/${BLAUWDRUK_APP_ID}-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${BLAUWDRUK_APP_ID}.png)
endforeach()
# Debian wants the licence as the package's copyright file.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/blauwdruk
        RENAME copyright)

set(CPACK_GENERATOR DEB)
# A packaged binary carries no debug information (lintian's
# unstripped-binary-or-object); the build tree keeps it.
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_NAME blauwdruk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Blauwdruk")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY blauwdruk)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Blauwdruk maintainers <blauwdruk@example.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Blauwdruk maps personas, customer journeys and service blueprints in work\nsessions, and exports them to PDF, SVG and CSV.")
# dpkg-shlibdeps (dpkg-dev) computes the library dependencies; the actions'
# icons come from Adwaita, the exports embed DejaVu, and Qt's own dialogs
# (Cancel, Open, …) speak Dutch with Qt's translations; the SVG icons need
# Qt SVG's icon engine, a plugin dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "adwaita-icon-theme, fonts-dejavu-core, qt6-translations-l10n, libqt6svg6")
# No maintainer scripts: shared-mime-info, desktop-file-utils and the hicolor
# icon theme refresh their caches through dpkg file triggers.
include(CPack)
