// Hand-written after lib.rs's grammar: a string left open until the end of the file.
user_pref("u.ok", 1);
user_pref("u.open", 'never closed);
user_pref("u.swallowed", 2);
