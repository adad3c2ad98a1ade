# CPack pre-build script: strips the staged binary as dh_strip does (symbols, and the .comment and .note
# sections that lintian reports as binary-has-unneeded-section).
file(GLOB_RECURSE relaydesk_binaries "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/usr/bin/*")
foreach(binary ${relaydesk_binaries})
  execute_process(COMMAND strip --remove-section=.comment --remove-section=.note ${binary}
                  RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "strip ${binary} failed")
  endif()
endforeach()
