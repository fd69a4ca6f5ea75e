// Hand-written after lib.rs's grammar: integer limits.
user_pref("i.max", 2147483647);
user_pref("i.min", -2147483648);
user_pref("i.plusMax", +2147483647);
user_pref("i.zero", 0);
user_pref("i.negZero", -0);
user_pref("i.leadingZeros", 007);
user_pref("i.spacedSign", - 12);
user_pref("i.overMax", 2147483648);
user_pref("i.underMin", -2147483649);
user_pref("i.plusOver", +2147483648);
user_pref("i.u32", 4294967296);
user_pref("i.huge", 123456789012345678901234567890);
user_pref("i.after", 1);
