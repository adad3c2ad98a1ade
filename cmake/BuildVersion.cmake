# The build's version (docs/operations.md, "Versions"): the release in project(), and from a git checkout the
# number of commits and the commit, "0.1.0+git523.5716c48", so that every package that changes the binary has a
# version of its own that dpkg orders after the one before (an outside tester's upgrade read "0.1.0 over 0.1.0").
# Sets RELAYDESK_BUILD_VERSION, and RELAYDESK_BUILD_COMMIT and RELAYDESK_BUILD_DATE (RFC 5322, the commit's) for
# the package's changelog; a commit makes CMake run again.
set(RELAYDESK_BUILD_VERSION ${PROJECT_VERSION})
set(RELAYDESK_BUILD_COMMIT "")
set(RELAYDESK_BUILD_DATE "Mon, 30 Nov 2026 00:00:00 +0000")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS ${CMAKE_SOURCE_DIR}/.git)
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-list --count HEAD WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
                  OUTPUT_VARIABLE relaydesk_commits OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE relaydesk_git_count
                  ERROR_QUIET)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C ${GIT_EXECUTABLE} log -1 "--date=format:%a, %d %b %Y %H:%M:%S %z" --format=%h%n%cd WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
                  OUTPUT_VARIABLE relaydesk_head OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE relaydesk_git_log
                  ERROR_QUIET)
  if(relaydesk_git_count EQUAL 0 AND relaydesk_git_log EQUAL 0 AND relaydesk_commits MATCHES "^[0-9]+$")
    string(REPLACE "\n" ";" relaydesk_head "${relaydesk_head}")
    list(GET relaydesk_head 0 RELAYDESK_BUILD_COMMIT)
    list(GET relaydesk_head 1 RELAYDESK_BUILD_DATE)
    set(RELAYDESK_BUILD_VERSION "${PROJECT_VERSION}+git${relaydesk_commits}.${RELAYDESK_BUILD_COMMIT}")
  endif()
  if(EXISTS ${CMAKE_SOURCE_DIR}/.git/logs/HEAD)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/.git/logs/HEAD)
  endif()
endif()
