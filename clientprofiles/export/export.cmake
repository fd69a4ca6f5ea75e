target_sources(mailsetup_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/settingsexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/exporterregistry.cpp)
target_include_directories(mailsetup_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
