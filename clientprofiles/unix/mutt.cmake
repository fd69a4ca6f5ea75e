# Mutt and NeoMutt (clientprofiles/unix): muttrc reader/editor, planner and adapter.
target_sources(mailsetup_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/muttrcfile.cpp ${CMAKE_CURRENT_LIST_DIR}/muttrcfile.h
    ${CMAKE_CURRENT_LIST_DIR}/mutturl.cpp ${CMAKE_CURRENT_LIST_DIR}/mutturl.h
    ${CMAKE_CURRENT_LIST_DIR}/muttconfig.cpp ${CMAKE_CURRENT_LIST_DIR}/muttconfig.h
    ${CMAKE_CURRENT_LIST_DIR}/muttplanner.cpp ${CMAKE_CURRENT_LIST_DIR}/muttplanner.h
    ${CMAKE_CURRENT_LIST_DIR}/muttadapter.cpp ${CMAKE_CURRENT_LIST_DIR}/muttadapter.h
)
target_include_directories(mailsetup_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
