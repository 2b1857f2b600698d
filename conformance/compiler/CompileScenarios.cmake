# ys_compile_scenarios(<library> <tree>): compile <tree>/spec/scenarios/**/*.py into the
# static library <library>, which defines ys_all_scenarios[] and links
# ys_compiled_scenario_support.
#
# One compiler process per build compiles every scenario (starting one interpreter per
# scenario cost ~40x the CPU of the compilation itself). It rewrites only the C files
# whose text changed, and ninja restats the outputs of a custom command, so an edit to
# one scenario recompiles one C file; it touches the stamp only when every scenario
# compiled, so an unchanged tree runs no command at all, and a failed one runs again.
#
# The glob is re-checked at every build (CONFIGURE_DEPENDS): a new scenario file is
# compiled by the next build with no other change.

set(YS_COMPILER "${CMAKE_CURRENT_LIST_DIR}/ys_compile.py")
# A change to the compiler or to the subset's parser recompiles every scenario.
file(GLOB YS_COMPILER_SOURCES CONFIGURE_DEPENDS
  "${CMAKE_CURRENT_LIST_DIR}/*.py"
  "${CMAKE_CURRENT_LIST_DIR}/yscompiler/*.py")
list(APPEND YS_COMPILER_SOURCES "${CMAKE_CURRENT_LIST_DIR}/../../spec/tools/subset.py")

function(ys_compile_scenarios library tree)
  file(GLOB_RECURSE scenarios CONFIGURE_DEPENDS RELATIVE "${tree}" "${tree}/spec/scenarios/*.py")
  list(SORT scenarios)
  set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/${library}")
  set(generated "")
  set(inputs "")
  foreach(scenario IN LISTS scenarios)
    string(REGEX REPLACE "^spec/scenarios/(.*)\\.py$" "\\1" name "${scenario}")
    list(APPEND generated "${out_dir}/${name}.c")
    list(APPEND inputs "${tree}/${scenario}")
  endforeach()
  set(index "${out_dir}/scenario_index.c")

  # The list is rewritten only when it changes (a scenario added or removed).
  set(list_file "${out_dir}/scenario_list.txt")
  list(JOIN scenarios "\n" list_text)
  file(CONFIGURE OUTPUT "${list_file}" CONTENT "${list_text}\n")
  set(stamp "${out_dir}/compiled.stamp")
  # Run from the tree's root with relative paths, so errors read
  # spec/scenarios/<category>/<name>.py:LINE: reason.
  add_custom_command(
    OUTPUT "${stamp}"
    BYPRODUCTS ${generated} "${index}"
    COMMAND Python3::Interpreter "${YS_COMPILER}" corpus --repo "${tree}" --list "${list_file}"
            --out-dir "${out_dir}" --stamp "${stamp}"
    DEPENDS ${inputs} "${list_file}" ${YS_COMPILER_SOURCES}
    WORKING_DIRECTORY "${tree}"
    COMMENT "Compiling the scenarios of ${library}"
    VERBATIM)
  add_custom_target(${library}_sources DEPENDS "${stamp}")

  add_library(${library} STATIC ${generated} "${index}")
  add_dependencies(${library} ${library}_sources)
  target_link_libraries(${library} PUBLIC ys_compiled_scenario_support)
endfunction()
