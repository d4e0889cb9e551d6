# ctest fixture (peers_npm_ci): installs the discord.js peer's locked dependencies with `npm ci` in the BUILD
# directory, never in the source tree. Skips the install when node_modules already matches package-lock.json.
#   cmake -DSOURCE_DIR=<tests/peers/discordjs> -DBINARY_DIR=<build/tests/peers/discordjs> -P npm-ci.cmake
foreach(var SOURCE_DIR BINARY_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "npm-ci.cmake: ${var} is not set")
    endif()
endforeach()

find_program(NPM npm)
if(NOT NPM)
    message(FATAL_ERROR "npm is not installed: run packaging/install-deps.sh --test")
endif()

file(MAKE_DIRECTORY "${BINARY_DIR}")
file(COPY_FILE "${SOURCE_DIR}/package.json" "${BINARY_DIR}/package.json" ONLY_IF_DIFFERENT)
file(COPY_FILE "${SOURCE_DIR}/package-lock.json" "${BINARY_DIR}/package-lock.json" ONLY_IF_DIFFERENT)

file(SHA256 "${BINARY_DIR}/package-lock.json" lock_hash)
set(stamp "${BINARY_DIR}/node_modules/.botwright-npm-ci-stamp")
if(EXISTS "${stamp}" AND EXISTS "${BINARY_DIR}/node_modules/discord.js/package.json")
    file(READ "${stamp}" old_hash)
    if(old_hash STREQUAL lock_hash)
        message(STATUS "npm ci: node_modules matches package-lock.json, nothing to do")
        return()
    endif()
endif()

execute_process(
    COMMAND "${NPM}" ci --no-audit --no-fund --ignore-scripts --omit=dev
    WORKING_DIRECTORY "${BINARY_DIR}"
    RESULT_VARIABLE result
    TIMEOUT 280)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "npm ci failed in ${BINARY_DIR} (${result})")
endif()
file(WRITE "${stamp}" "${lock_hash}")
