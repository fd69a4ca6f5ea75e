# An example brand (used by the branding test): a provider that ships Mail Setup
# under its own name with only its own profile. Paths are relative to this folder.
set(BRAND_NAME "Example Mail Setup")
set(BRAND_ID "example-mailsetup")
set(BRAND_PROFILES example.xml)
set(BRAND_CERTIFICATES)
set(BRAND_LOGO logo.png)
