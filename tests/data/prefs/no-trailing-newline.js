// Hand-written after lib.rs's grammar: no newline at the end.
user_pref("nonl.a", 1);
user_pref("nonl.b", "last");