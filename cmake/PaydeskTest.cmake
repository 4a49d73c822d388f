# paydesk_add_test(NAME <name> SOURCES <files...> LIBRARIES <targets...> [LABELS <labels...>])
#
# One Qt Test executable per class or feature, run by CTest offscreen, with asserts on, a
# fixed locale, and its own throwaway configuration folder and keychain service, so no test
# touches a user's data.
function(paydesk_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    set_target_properties(${ARG_NAME} PROPERTIES AUTORCC ON)
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test paydesk_settings ${ARG_LIBRARIES})
    target_compile_definitions(${ARG_NAME} PRIVATE
        PAYDESK_FIXTURES_DIR="${PAYDESK_FIXTURES_DIR}"
        PAYDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        PAYDESK_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_ASSERTS=1;LANG=en_US.UTF-8;LC_ALL=C.UTF-8;PAYDESK_CONFIG_DIR=${CMAKE_CURRENT_BINARY_DIR}/config-${ARG_NAME};PAYDESK_KEYCHAIN_SERVICE=PaydeskTest-${ARG_NAME};QT_LOGGING_RULES=paydesk.*.debug=false")
    # tests_<label> builds every test of a label and what it runs, and nothing else, for a
    # run of some labels only (CI's sanitizer run: PAYDESK_BUILD_TARGET, scripts/build).
    foreach(label IN LISTS ARG_LABELS)
        if(NOT TARGET tests_${label})
            add_custom_target(tests_${label})
        endif()
        add_dependencies(tests_${label} ${ARG_NAME})
    endforeach()
endfunction()
