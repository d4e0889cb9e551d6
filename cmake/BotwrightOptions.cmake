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

# The GUI-free layers are private shared libraries, so that GUI-free modes (botwright --headless, the
# one-shot commands, botwright-sandbox) load no Qt Widgets: the executable links only these, and the
# widgets live in a module that is loaded when the GUI starts. They are installed in a private
# directory and found through the executables' RPATH.
include(GNUInstallDirs)
set(BOTWRIGHT_PRIVATE_LIBDIR "${CMAKE_INSTALL_LIBDIR}/botwright")
set(CMAKE_INSTALL_RPATH "$ORIGIN/../${BOTWRIGHT_PRIVATE_LIBDIR};$ORIGIN")

# Adds a library of one layer. Usage:
#   botwright_add_library(NAME botwright_store SOURCES ... LINK ...)           (shared, GUI-free)
#   botwright_add_library(NAME botwright_gui STATIC SOURCES ... LINK ...)      (linked into one module)
function(botwright_add_library)
    cmake_parse_arguments(ARG "STATIC" "NAME" "SOURCES;LINK" ${ARGN})
    if(ARG_STATIC)
        add_library(${ARG_NAME} STATIC ${ARG_SOURCES})
    else()
        add_library(${ARG_NAME} SHARED ${ARG_SOURCES})
        set_target_properties(${ARG_NAME} PROPERTIES VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR})
        install(TARGETS ${ARG_NAME} LIBRARY DESTINATION ${BOTWRIGHT_PRIVATE_LIBDIR} NAMELINK_SKIP)
    endif()
    target_link_libraries(${ARG_NAME} PUBLIC botwright_options ${ARG_LINK})
    target_include_directories(${ARG_NAME} PUBLIC ${PROJECT_SOURCE_DIR}/src)
endfunction()
