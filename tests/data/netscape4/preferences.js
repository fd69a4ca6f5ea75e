// Netscape User Preferences
// This is a generated file!  Do not edit.

user_pref("browser.cache.disk_cache_size", 7680);
user_pref("browser.startup.homepage", "http://www.pcug.org.au/");
user_pref("browser.startup.license_accepted", true);
user_pref("mail.check_time", 15);
user_pref("mail.directory", "/home/alice/nsmail");
user_pref("mail.identity.organization", "PC Users Group (ACT)");
user_pref("mail.identity.useremail", "alice@pcug.org.au");
user_pref("mail.identity.username", "Alice Ng");
user_pref("mail.leave_on_server", true);
user_pref("mail.pop_name", "alice");
user_pref("mail.pop_password", "");
user_pref("mail.remember_password", false);
user_pref("mail.signature_file", "/home/alice/.signature");
user_pref("mail.smtp_name", "alice");
user_pref("network.hosts.nntp_server", "news.pcug.org.au");
user_pref("network.hosts.pop_server", "mailhost.pcug.org.au");
user_pref("network.hosts.smtp_server", "mail.pcug.org.au");
user_pref("news.default_fcc", "/home/alice/nsmail/Sent");
