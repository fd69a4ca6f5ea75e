// Netscape User Preferences
// This is a generated file!  Do not edit.

user_pref("browser.startup.homepage", "http://home.netscape.com/");
user_pref("mail.auth_login", false);
user_pref("mail.identity.useremail", "someone@fnal.gov");
user_pref("mail.identity.username", "Some One");
user_pref("mail.imap.server.imapserver.fnal.gov.isSecure", true);
user_pref("mail.imap.server.imapserver.fnal.gov.userName", "someone");
user_pref("mail.server_type", 1);
user_pref("mail.smtp.ssl", 1);
user_pref("network.hosts.imap_servers", "imapserver.fnal.gov");
user_pref("network.hosts.smtp_server", "smtp.fnal.gov");
