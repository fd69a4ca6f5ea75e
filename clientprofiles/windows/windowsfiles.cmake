# Windows mail programs kept in files: Eudora (Eudora.ini, usercerts.p7b), Windows Mail
# and Windows Live Mail (.oeaccount), and the Outlook profile file (.prf) exporter.
target_sources(mailsetup_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/eudoraadapter.cpp ${CMAKE_CURRENT_LIST_DIR}/eudoraadapter.h
    ${CMAKE_CURRENT_LIST_DIR}/eudoracertstore.cpp ${CMAKE_CURRENT_LIST_DIR}/eudoracertstore.h
    ${CMAKE_CURRENT_LIST_DIR}/eudoraini.cpp ${CMAKE_CURRENT_LIST_DIR}/eudoraini.h
    ${CMAKE_CURRENT_LIST_DIR}/eudoraplanner.cpp ${CMAKE_CURRENT_LIST_DIR}/eudoraplanner.h
    ${CMAKE_CURRENT_LIST_DIR}/oeaccountadapter.cpp ${CMAKE_CURRENT_LIST_DIR}/oeaccountadapter.h
    ${CMAKE_CURRENT_LIST_DIR}/oeaccountexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/oeaccountexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/oeaccountfile.cpp ${CMAKE_CURRENT_LIST_DIR}/oeaccountfile.h
    ${CMAKE_CURRENT_LIST_DIR}/outlookprf.cpp ${CMAKE_CURRENT_LIST_DIR}/outlookprf.h
    ${CMAKE_CURRENT_LIST_DIR}/windowsmailstore.cpp ${CMAKE_CURRENT_LIST_DIR}/windowsmailstore.h
)
target_include_directories(mailsetup_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
# usercerts.p7b is PKCS#7, read and written with OpenSSL.
target_link_libraries(mailsetup_core PRIVATE OpenSSL::Crypto)
