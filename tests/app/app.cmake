# The program as it starts (issue 11, app/engine.h): the wizard's first page without
# the engine module, the module loaded when the wizard goes on, the command line
# through it, a clear message when it is missing. Linked as the program is and built
# beside it, where the program looks for the module. Included from tests/CMakeLists.txt.
if(MAILSETUP_ENGINE_MODULE)
    mailsetup_add_test(test_enginemodule SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_enginemodule.cpp
        LIBRARIES mailsetup_launcher)
    set_target_properties(test_enginemodule PROPERTIES ENABLE_EXPORTS ON
        RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/app)
    target_link_options(test_enginemodule PRIVATE LINKER:--as-needed)
    add_dependencies(test_enginemodule mailsetup mailsetup-engine)
endif()
