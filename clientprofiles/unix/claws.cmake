# Claws Mail (accountrc blocks).
target_sources(mailsetup_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/clawsaccountrc.cpp ${CMAKE_CURRENT_LIST_DIR}/clawsaccountrc.h
    ${CMAKE_CURRENT_LIST_DIR}/clawsadapter.cpp ${CMAKE_CURRENT_LIST_DIR}/clawsadapter.h
    ${CMAKE_CURRENT_LIST_DIR}/clawsplanner.cpp ${CMAKE_CURRENT_LIST_DIR}/clawsplanner.h
)
target_include_directories(mailsetup_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
