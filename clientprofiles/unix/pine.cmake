# Alpine and Pine: ~/.pinerc reader/writer, c-client server names, the adapter.
target_sources(mailsetup_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cclientserver.cpp ${CMAKE_CURRENT_LIST_DIR}/cclientserver.h
    ${CMAKE_CURRENT_LIST_DIR}/pineadapter.cpp ${CMAKE_CURRENT_LIST_DIR}/pineadapter.h
    ${CMAKE_CURRENT_LIST_DIR}/pineidentity.cpp ${CMAKE_CURRENT_LIST_DIR}/pineidentity.h
    ${CMAKE_CURRENT_LIST_DIR}/pineplanner.cpp ${CMAKE_CURRENT_LIST_DIR}/pineplanner.h
    ${CMAKE_CURRENT_LIST_DIR}/pinercfile.cpp ${CMAKE_CURRENT_LIST_DIR}/pinercfile.h
)
