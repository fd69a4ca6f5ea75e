// Hand-written after lib.rs's grammar: every escape, both quote styles.
user_pref("esc.dquote", "say \"hi\"");
user_pref("esc.squote", 'it\'s');
user_pref("esc.backslash", "C:\\Users\\zoe");
user_pref("esc.newline", "one\ntwo");
user_pref("esc.return", "one\rtwo");
user_pref("esc.hex", "\x41\x62\x63");
user_pref("esc.hexUtf8", "caf\xC3\xA9");
user_pref("esc.bmp", "caf\u00e9 \u20AC");
user_pref("esc.surrogates", "mail \uD83D\uDCE7!");
user_pref("esc.mixedCase", "\u00C9\u00e9\xc3\xa9");
user_pref('esc.singleName', 'double " inside single');
user_pref("esc.singleInDouble", "single ' inside double");
user_pref("esc.escapedOtherQuote", 'a \" b');
user_pref("esc.rawUtf8", "Zoë Müller");
user_pref("esc.multiLine", "line one
line two");
