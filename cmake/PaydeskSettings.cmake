# One INTERFACE target carries the warnings and strict Qt defines; every target links it.
add_library(paydesk_settings INTERFACE)
target_compile_options(paydesk_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wshadow -Wnon-virtual-dtor
    -Wcast-align -Woverloaded-virtual -Werror)
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
