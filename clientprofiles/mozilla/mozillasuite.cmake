# SeaMonkey 2.x, Mozilla Suite 1.x / Netscape 6-7 / SeaMonkey 1.x, and Netscape Communicator 4.x.
target_sources(mailsetup_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mozillasuiteprofiles.cpp ${CMAKE_CURRENT_LIST_DIR}/mozillasuiteprofiles.h
    ${CMAKE_CURRENT_LIST_DIR}/seamonkeyadapter.cpp ${CMAKE_CURRENT_LIST_DIR}/seamonkeyadapter.h
    ${CMAKE_CURRENT_LIST_DIR}/netscape4adapter.cpp ${CMAKE_CURRENT_LIST_DIR}/netscape4adapter.h
)
