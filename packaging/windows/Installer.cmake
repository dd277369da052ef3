# The Windows installer: `cpack -G WIX` in the build folder (WiX Toolset 3) makes
# khana-<version>-win64.msi. Included from packaging/CMakeLists.txt on Windows only; not built or
# run on this project's Linux machines (see README, "Building on Windows").
#
# What goes into it, all by the recipe, nothing copied by hand:
# - khana.exe (app/CMakeLists.txt installs it with its runtime dependency set);
# - Qt's DLLs and plugins (platforms, styles, imageformats, sqldrivers, printsupport) through
#   Qt's deploy script, which runs windeployqt;
# - the other DLLs khana.exe imports (QtKeychain, ICU, libphonenumber, libqrencode, libxlsxwriter, libsodium, zlib, SQLite),
#   found by CMake from the executable's import table in the folders of the packages it was
#   built against (KHANA_RUNTIME_DLL_DIRS below).

# Qt 6.4 names the generated script's variable FILENAME_VARIABLE; 6.5 and later OUTPUT_SCRIPT.
if(Qt6_VERSION VERSION_LESS 6.5)
    qt_generate_deploy_app_script(TARGET khana FILENAME_VARIABLE khana_deploy_script)
else()
    qt_generate_deploy_app_script(TARGET khana OUTPUT_SCRIPT khana_deploy_script)
endif()
install(SCRIPT ${khana_deploy_script})

# Where the non-Qt DLLs are: beside QtKeychain's import library's DLL, and in the bin folders of
# the pkg-config packages and SQLite (vcpkg puts DLLs in <prefix>/bin).
set(KHANA_RUNTIME_DLL_DIRS "")
foreach(config RELEASE RELWITHDEBINFO NOCONFIG)
    get_target_property(keychain_dll Qt6Keychain::Qt6Keychain IMPORTED_LOCATION_${config})
    if(keychain_dll)
        get_filename_component(keychain_dir "${keychain_dll}" DIRECTORY)
        list(APPEND KHANA_RUNTIME_DLL_DIRS "${keychain_dir}")
        break()
    endif()
endforeach()
foreach(prefix ${QRENCODE_PREFIX} ${XLSXWRITER_PREFIX})
    list(APPEND KHANA_RUNTIME_DLL_DIRS "${prefix}/bin")
endforeach()
foreach(dir ${SQLite3_INCLUDE_DIRS})
    list(APPEND KHANA_RUNTIME_DLL_DIRS "${dir}/../bin")
endforeach()
list(REMOVE_DUPLICATES KHANA_RUNTIME_DLL_DIRS)
install(RUNTIME_DEPENDENCY_SET khana_runtime_dlls
        DESTINATION ${CMAKE_INSTALL_BINDIR}
        DIRECTORIES ${KHANA_RUNTIME_DLL_DIRS}
        # Qt's own DLLs come through windeployqt; Windows' own stay Windows'.
        PRE_EXCLUDE_REGEXES [[^[Aa][Pp][Ii]-[Mm][Ss]-]] [[^[Ee][Xx][Tt]-[Mm][Ss]-]] [[^[Qq][Tt]6]]
        POST_EXCLUDE_REGEXES [[.*[/\\][Ss][Yy][Ss][Tt][Ee][Mm]32[/\\].*]])

set(CPACK_GENERATOR WIX)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Khana")
set(CPACK_PACKAGE_EXECUTABLES "khana" "Khana")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_LIST_DIR}/License.txt")
# Fixed for ever: Windows recognises a newer Khana as an upgrade of the installed one by it.
set(CPACK_WIX_UPGRADE_GUID "42A3D614-B86F-40A5-917D-20FAF15E34A3")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_LIST_DIR}/khana.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Khana")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${KHANA_BUG_TRACKER}")
