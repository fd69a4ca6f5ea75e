// Hand-written after lib.rs's grammar: a comment left open until the end of the file.
user_pref("uc.ok", 1);
/* never closed
user_pref("uc.swallowed", 2);
