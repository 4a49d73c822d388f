# One INTERFACE target carries the warnings and strict Qt defines; every target links it.
add_library(paydesk_settings INTERFACE)
target_compile_options(paydesk_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wshadow -Wnon-virtual-dtor
    -Wcast-align -Woverloaded-virtual -Werror)
# Qt's qCWarning(category) << ... leaves its variadic macro argument empty, which clang's
# -Wpedantic reports.
target_compile_options(paydesk_settings INTERFACE
    $<$<CXX_COMPILER_ID:Clang>:-Wno-gnu-zero-variadic-macro-arguments>)
target_compile_definitions(paydesk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PAYDESK_VERSION="${PROJECT_VERSION}")

# AddressSanitizer and UndefinedBehaviorSanitizer on every target (scripts/test --sanitize):
# a memory error or undefined behaviour stops the test that met it.
option(PAYDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
# The libFuzzer targets in fuzz/ (scripts/fuzz, clang only); every library is then built with
# the fuzzer's coverage and the same sanitizers.
option(PAYDESK_BUILD_FUZZERS "Build the libFuzzer targets (clang)" OFF)
if(PAYDESK_BUILD_FUZZERS AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PAYDESK_BUILD_FUZZERS needs clang (CXX=clang++)")
endif()
if(PAYDESK_SANITIZE OR PAYDESK_BUILD_FUZZERS)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
if(PAYDESK_BUILD_FUZZERS)
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
