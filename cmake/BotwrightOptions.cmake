# One INTERFACE target carries the language standard, warnings and Qt's safety macros.
# Every target of the project links it; nothing is set directory-wide.
add_library(botwright_options INTERFACE)
add_library(Botwright::options ALIAS botwright_options)

target_compile_features(botwright_options INTERFACE cxx_std_20)
target_compile_definitions(botwright_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    BOTWRIGHT_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(botwright_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Woverloaded-virtual)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # QCoro needs coroutines; GCC 12 wants the flag even in C++20 mode.
        target_compile_options(botwright_options INTERFACE -fcoroutines)
    endif()
    if(BOTWRIGHT_WERROR)
        target_compile_options(botwright_options INTERFACE -Werror)
    endif()
    if(BOTWRIGHT_SANITIZE)
        target_compile_options(botwright_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(botwright_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()

# Adds a GUI-free library of one layer. Usage:
#   botwright_add_library(NAME botwright_store SOURCES ... LINK ...)
function(botwright_add_library)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LINK" ${ARGN})
    add_library(${ARG_NAME} STATIC ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PUBLIC botwright_options ${ARG_LINK})
    target_include_directories(${ARG_NAME} PUBLIC ${PROJECT_SOURCE_DIR}/src)
endfunction()
