// Hand-written after lib.rs's grammar: errors and how Gecko recovers from them.
user_pref("e.ok1", 1);
pref("e.defaultOnly", 1);
sticky_pref("e.sticky", 1);
user_pref("e.noComma" 1);
user_pref("e.ok2", 2);
user_pref(e.unquoted, 1);
user_pref("e.float", 1.5);
user_pref("e.ok3", 3);
user_pref("e.noSemicolon", 4)
user_pref("e.swallowed", 5);
user_pref("e.ok4", "four");
user_pref("e.badEscape", "tab\there");
user_pref("e.big", 2147483648);
user_pref("e.small", -2147483649);
user_pref("e.word", 12px);
garbage here ; user_pref("e.afterGarbage", 6);
user_pref("e.recoverySkipsStrings" 1, "x;y"); user_pref("e.ok5", 5);
user_pref("e.last", true);
