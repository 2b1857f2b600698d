# Find libgmp (Debian: libgmp-dev), which does the core's arithmetic on ints
# beyond 64 bits. Defines the imported target GMP::GMP; GMP_INCLUDE_DIR and
# GMP_LIBRARY may be given (the aarch64 cross build points them at arm64's).
find_path(GMP_INCLUDE_DIR gmp.h)
find_library(GMP_LIBRARY gmp)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(GMP
  REQUIRED_VARS GMP_LIBRARY GMP_INCLUDE_DIR
  FAIL_MESSAGE "libgmp not found: the core needs it for Python ints beyond 64 bits (Debian: apt-get install libgmp-dev, as scripts/setup-debian does, or set GMP_INCLUDE_DIR and GMP_LIBRARY)")
if(GMP_FOUND AND NOT TARGET GMP::GMP)
  add_library(GMP::GMP UNKNOWN IMPORTED)
  set_target_properties(GMP::GMP PROPERTIES
    IMPORTED_LOCATION "${GMP_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${GMP_INCLUDE_DIR}")
endif()
mark_as_advanced(GMP_INCLUDE_DIR GMP_LIBRARY)
