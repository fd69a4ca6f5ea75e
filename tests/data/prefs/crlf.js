// Hand-written after lib.rs's grammar: CRLF line endings.
user_pref("crlf.a", "one");

/* block
   comment */
user_pref("crlf.b", 2); // trailing
user_pref("crlf.c", "multi
line");
user_pref("crlf.d", true);
