# KMail (KDE PIM): mailtransports and emailidentities, KConfig files.
target_sources(mailsetup_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/kconfigfile.cpp ${CMAKE_CURRENT_LIST_DIR}/kconfigfile.h
    ${CMAKE_CURRENT_LIST_DIR}/kmailadapter.cpp ${CMAKE_CURRENT_LIST_DIR}/kmailadapter.h
    ${CMAKE_CURRENT_LIST_DIR}/kmailplanner.cpp ${CMAKE_CURRENT_LIST_DIR}/kmailplanner.h
    ${CMAKE_CURRENT_LIST_DIR}/kmailreceiving.cpp ${CMAKE_CURRENT_LIST_DIR}/kmailreceiving.h
    ${CMAKE_CURRENT_LIST_DIR}/kmailsettings.cpp ${CMAKE_CURRENT_LIST_DIR}/kmailsettings.h
)
