# Step-by-step instructions for mail programs Mail Setup does not write, and the
# one-page settings sheet (text and HTML; documents/ turns HTML into PDF).
target_sources(mailsetup_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/instructions.cpp ${CMAKE_CURRENT_LIST_DIR}/instructions.h
    ${CMAKE_CURRENT_LIST_DIR}/instructionwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/instructionrender.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mozillaclients.cpp
    ${CMAKE_CURRENT_LIST_DIR}/windowsclients.cpp
    ${CMAKE_CURRENT_LIST_DIR}/macclients.cpp
    ${CMAKE_CURRENT_LIST_DIR}/unixclients.cpp
    ${CMAKE_CURRENT_LIST_DIR}/settingssheet.cpp ${CMAKE_CURRENT_LIST_DIR}/settingssheet.h
)
target_include_directories(mailsetup_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
