# One interface target carries the project's strictness; every Khana target links it.
add_library(khana_strict INTERFACE)

if(MSVC)
    target_compile_options(khana_strict INTERFACE /W4 /permissive- /utf-8)
    if(KHANA_WERROR)
        target_compile_options(khana_strict INTERFACE /WX)
    endif()
else()
    target_compile_options(khana_strict INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wimplicit-fallthrough)
    # A local shadowing a local; clang's nearest is -Wshadow-uncaptured-local.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(khana_strict INTERFACE -Wshadow=local)
    else()
        target_compile_options(khana_strict INTERFACE -Wshadow-uncaptured-local)
    endif()
    if(KHANA_WERROR)
        target_compile_options(khana_strict INTERFACE -Werror)
    endif()
endif()

target_compile_definitions(khana_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_NO_CONTEXTLESS_CONNECT)

# Sanitizers as a switch (CI builds once with address,undefined): the flags reach every Khana
# target's compile and link line through khana_strict.
set(KHANA_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined (GCC or Clang)")
if(KHANA_SANITIZE AND NOT MSVC)
    target_compile_options(khana_strict INTERFACE -fsanitize=${KHANA_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(khana_strict INTERFACE -fsanitize=${KHANA_SANITIZE})
endif()
