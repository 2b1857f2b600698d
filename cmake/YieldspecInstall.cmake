# cmake --install: public headers, the core and stacks libraries, the CMake
# package (find_package(yieldspec), with yieldspec_add_backend) and a
# pkg-config file, so that a coroutine library's own build can add its
# backend to a runtime without this source tree.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(_ys_package_dir "${CMAKE_INSTALL_LIBDIR}/cmake/yieldspec")
set_target_properties(ys_stacks PROPERTIES OUTPUT_NAME yieldspec_stacks)
install(TARGETS yieldspec_core ys_stacks EXPORT yieldspecTargets ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/impls/core/include/" "${PROJECT_SOURCE_DIR}/impls/stacks/include/"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(EXPORT yieldspecTargets NAMESPACE yieldspec:: DESTINATION "${_ys_package_dir}")

configure_package_config_file(cmake/yieldspecConfig.cmake.in "${CMAKE_BINARY_DIR}/yieldspecConfig.cmake"
                              INSTALL_DESTINATION "${_ys_package_dir}")
write_basic_package_version_file("${CMAKE_BINARY_DIR}/yieldspecConfigVersion.cmake"
                                 VERSION "${PROJECT_VERSION}" COMPATIBILITY SameMinorVersion)
install(FILES "${CMAKE_BINARY_DIR}/yieldspecConfig.cmake" "${CMAKE_BINARY_DIR}/yieldspecConfigVersion.cmake"
              cmake/YieldspecBackends.cmake cmake/registry.c.in cmake/FindGMP.cmake
        DESTINATION "${_ys_package_dir}")

# The .pc file finds its prefix from its own location, so that
# `cmake --install --prefix DIR` needs no reconfiguration.
file(RELATIVE_PATH YS_PC_PREFIX_FROM_PCDIR "/root/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/root")
configure_file(cmake/yieldspec.pc.in "${CMAKE_BINARY_DIR}/yieldspec.pc" @ONLY)
install(FILES "${CMAKE_BINARY_DIR}/yieldspec.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
