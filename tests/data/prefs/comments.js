# Hand-written after lib.rs's grammar: the three comment styles.
// user_pref("commented.out.slash", 1);
# user_pref("commented.out.hash", 1);
/* user_pref("commented.out.block", 1);
   still inside the block */
user_pref("c.afterBlock", 1); // trailing comment; with a semicolon
user_pref("c.hashInString", "# not a comment"); # but this is
user_pref("c.slashesInString", "http://example.org/*x*/"); /* block */ user_pref("c.sameLine", true);
user_pref /* between */ ( /* tokens */ "c.between" /* everywhere */ , /* even */ - /* here */ 7 ) /* ! */ ;
/* a * star ** and / slash inside */ user_pref("c.stars", 'a*/b');
user_pref("c.last", false); // comment at the end of the file without a newline