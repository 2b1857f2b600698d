# yieldspec_add_backend and yieldspec_add_runtime: the one way a backend gets
# into yieldspec, used by the built-in backends (impls/<name>/), by folders
# given in -DYIELDSPEC_EXTRA_BACKENDS, and by projects that find_package(yieldspec).
#
#   yieldspec_add_backend(NAME <name> SOURCES <file>... [LIBRARIES <lib>...]
#                         [INCLUDE_DIRECTORIES <dir>...])
#     Builds the static library ys_backend_<name> from SOURCES. One of them
#     defines `const ys_backend ys_backend_<name>` (yieldspec/backend.h) whose
#     .name is "<name>". It links yieldspec::core and LIBRARIES (a stackful
#     backend adds yieldspec::stacks: guarded stacks, overflow diagnostic,
#     fiber annotations). The name must be a lowercase C identifier, unique,
#     and not a benchmark namespace ("peer", "peers"); anything else stops the
#     configure step with a one-line error.
#
#   yieldspec_add_runtime(<target> BACKENDS <name>...)
#     Builds <target>, the registry of those backends (ys_backends[], in that
#     order; the first is the default), linking each backend and the core.
#     In this repository it is yieldspec_runtime with every registered backend.
#
#   yieldspec_add_registry(<target> BACKENDS <name>...)
#     An object library holding only a registry of those backends. Linked into
#     an executable (before any runtime) it is the registry that executable
#     sees: the runtime's own registry, an archive member, is then never
#     pulled in. The CLI transcript tests use it to see the four built-in
#     backends whatever else the build has.
include_guard(GLOBAL)

set(_YIELDSPEC_CMAKE_DIR "${CMAKE_CURRENT_LIST_DIR}")

# Benchmark names read "<operation>/<implementation>"; the C peers live under
# "peer/..." and run in a process group called "peers".
set(_YIELDSPEC_RESERVED_BACKEND_NAMES peer peers)

# A configure error on one line: CMake re-wraps a message's text at 80
# columns unless the text starts with a space.
function(yieldspec_fatal_error text)
  message(FATAL_ERROR " ${text}")
endfunction()

function(_yieldspec_real_target out name)
  get_target_property(aliased ${name} ALIASED_TARGET)
  if(aliased)
    set(${out} ${aliased} PARENT_SCOPE)
  else()
    set(${out} ${name} PARENT_SCOPE)
  endif()
endfunction()

function(yieldspec_add_backend)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME" "SOURCES;LIBRARIES;INCLUDE_DIRECTORIES")
  set(where "${CMAKE_CURRENT_LIST_FILE}")
  if(arg_UNPARSED_ARGUMENTS)
    yieldspec_fatal_error("${where}: yieldspec_add_backend: unknown arguments '${arg_UNPARSED_ARGUMENTS}' (expected NAME, SOURCES, LIBRARIES, INCLUDE_DIRECTORIES)")
  endif()
  if(NOT arg_NAME OR NOT arg_SOURCES)
    yieldspec_fatal_error("${where}: yieldspec_add_backend needs NAME <name> and SOURCES <file>...")
  endif()
  if(NOT arg_NAME MATCHES "^[a-z][a-z0-9_]*$")
    yieldspec_fatal_error("${where}: backend name '${arg_NAME}' is not a lowercase C identifier ([a-z][a-z0-9_]*): it names ys_backend_${arg_NAME} and benchmarks")
  endif()
  if(arg_NAME IN_LIST _YIELDSPEC_RESERVED_BACKEND_NAMES)
    yieldspec_fatal_error("${where}: backend name '${arg_NAME}' is reserved for the benchmark peers (peer/<operation>/<peer>)")
  endif()
  get_property(registered GLOBAL PROPERTY YIELDSPEC_REGISTERED_BACKENDS)
  if(arg_NAME IN_LIST registered)
    get_property(first GLOBAL PROPERTY YIELDSPEC_BACKEND_${arg_NAME}_DEFINED_IN)
    yieldspec_fatal_error("${where}: backend name '${arg_NAME}' is already registered by ${first}")
  endif()

  add_library(ys_backend_${arg_NAME} STATIC ${arg_SOURCES})
  target_include_directories(ys_backend_${arg_NAME} PRIVATE ${arg_INCLUDE_DIRECTORIES})
  target_link_libraries(ys_backend_${arg_NAME} PUBLIC ${arg_LIBRARIES} yieldspec::core)
  set_property(GLOBAL APPEND PROPERTY YIELDSPEC_REGISTERED_BACKENDS ${arg_NAME})
  set_property(GLOBAL PROPERTY YIELDSPEC_BACKEND_${arg_NAME}_DEFINED_IN "${where}")
endfunction()

# <target>: a library of kind <kind> holding the registry of these backends
# (cmake/registry.c.in), linking them.
function(_yieldspec_registry_library target kind)
  if(NOT ARGN)
    yieldspec_fatal_error("${target}: no backends (every backend was left out or not found)")
  endif()
  set(_decls "")
  set(_entries "")
  foreach(backend IN LISTS ARGN)
    if(NOT TARGET ys_backend_${backend})
      yieldspec_fatal_error("${target}: backend '${backend}' was never added with yieldspec_add_backend")
    endif()
    string(APPEND _decls "extern const ys_backend ys_backend_${backend};\n")
    string(APPEND _entries "    &ys_backend_${backend},\n")
  endforeach()
  set(source "${CMAKE_CURRENT_BINARY_DIR}/${target}_registry.c")
  configure_file("${_YIELDSPEC_CMAKE_DIR}/registry.c.in" "${source}" @ONLY)
  add_library(${target} ${kind} "${source}")
  target_link_libraries(${target} PUBLIC yieldspec::core)
  foreach(backend IN LISTS ARGN)
    target_link_libraries(${target} PUBLIC ys_backend_${backend})
  endforeach()
endfunction()

function(yieldspec_add_registry target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "BACKENDS")
  _yieldspec_registry_library(${target} OBJECT ${arg_BACKENDS})
endfunction()

function(yieldspec_add_runtime target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "BACKENDS")
  _yieldspec_registry_library(${target} STATIC ${arg_BACKENDS})
  # The core falls back to the first registered backend (ys_backends): a cycle
  # of static libraries, which CMake resolves by repeating them on the link line.
  _yieldspec_real_target(core yieldspec::core)
  get_target_property(imported ${core} IMPORTED)
  if(imported)
    target_link_libraries(${core} INTERFACE ${target})
  else()
    target_link_libraries(${core} INTERFACE $<BUILD_INTERFACE:${target}>)
  endif()
endfunction()
