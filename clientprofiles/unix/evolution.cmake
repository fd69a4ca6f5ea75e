# GNOME Evolution (evolution-data-server .source files).
target_sources(mailsetup_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/evolutionadapter.cpp ${CMAKE_CURRENT_LIST_DIR}/evolutionadapter.h
    ${CMAKE_CURRENT_LIST_DIR}/evolutionplanner.cpp ${CMAKE_CURRENT_LIST_DIR}/evolutionplanner.h
    ${CMAKE_CURRENT_LIST_DIR}/evolutionsources.cpp ${CMAKE_CURRENT_LIST_DIR}/evolutionsources.h
)
target_include_directories(mailsetup_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
