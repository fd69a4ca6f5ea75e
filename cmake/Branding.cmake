# Rebranding: a provider builds its own Mail Setup with one option,
#   cmake -DMAILSETUP_BRANDING=/path/to/brand ...
# where the folder holds brand.cmake (see installer/branding/example/) naming the
# product, the provider profiles to bundle, the root certificates they pin and a
# logo. Nothing in the code changes; the resources and a generated header do.
set(MAILSETUP_BRANDING "" CACHE PATH "Folder with brand.cmake, profiles and logo that rebrand this build")

# The defaults: our name, the seeds' two providers, our icon.
set(MAILSETUP_PRODUCT_NAME "Mail Setup")
set(MAILSETUP_PRODUCT_ID "mailsetup")
set(MAILSETUP_BRAND_PROFILES
    ${PROJECT_SOURCE_DIR}/resources/profiles/pcug.xml
    ${PROJECT_SOURCE_DIR}/resources/profiles/fnal.xml)
set(MAILSETUP_BRAND_CERTIFICATES ${PROJECT_SOURCE_DIR}/resources/certs/cacert-class1-root.pem)
set(MAILSETUP_BRAND_LOGO ${PROJECT_SOURCE_DIR}/installer/icons/mailsetup-64.png)

if(MAILSETUP_BRANDING)
    get_filename_component(_brand_dir "${MAILSETUP_BRANDING}" ABSOLUTE)
    if(NOT EXISTS "${_brand_dir}/brand.cmake")
        message(FATAL_ERROR "MAILSETUP_BRANDING: ${_brand_dir}/brand.cmake does not exist")
    endif()
    # brand.cmake sets BRAND_NAME, BRAND_ID, BRAND_PROFILES, BRAND_CERTIFICATES and
    # BRAND_LOGO, with file names relative to its folder.
    include("${_brand_dir}/brand.cmake")
    foreach(_var BRAND_NAME BRAND_PROFILES BRAND_LOGO)
        if(NOT ${_var})
            message(FATAL_ERROR "MAILSETUP_BRANDING: ${_brand_dir}/brand.cmake does not set ${_var}")
        endif()
    endforeach()
    set(MAILSETUP_PRODUCT_NAME "${BRAND_NAME}")
    if(BRAND_ID)
        set(MAILSETUP_PRODUCT_ID "${BRAND_ID}")
    endif()
    list(TRANSFORM BRAND_PROFILES PREPEND "${_brand_dir}/" OUTPUT_VARIABLE MAILSETUP_BRAND_PROFILES)
    list(TRANSFORM BRAND_CERTIFICATES PREPEND "${_brand_dir}/" OUTPUT_VARIABLE MAILSETUP_BRAND_CERTIFICATES)
    set(MAILSETUP_BRAND_LOGO "${_brand_dir}/${BRAND_LOGO}")
    foreach(_file IN LISTS MAILSETUP_BRAND_PROFILES MAILSETUP_BRAND_CERTIFICATES MAILSETUP_BRAND_LOGO)
        if(NOT EXISTS "${_file}")
            message(FATAL_ERROR "MAILSETUP_BRANDING: ${_file} does not exist")
        endif()
    endforeach()
    message(STATUS "Branded build: ${MAILSETUP_PRODUCT_NAME} (${_brand_dir})")
endif()
