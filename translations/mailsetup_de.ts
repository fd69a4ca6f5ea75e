<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>mailsetup</name>
    <message>
        <source>Run &apos;mailsetup --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supported mail program with settings was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [default]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running now: changes are refused until it is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mail accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown client &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no supported mail program with settings was found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mail program&apos;s settings folder that Mail Setup found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a port number (1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply needs --profile and --email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider profile cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up %1 with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needed to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done. Changed %n file(s); the previous versions are kept in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>To take the change back: mailsetup undo --id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change to undo in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of %1 stopped; nothing was restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Setup configures your email programs for your provider&apos;s secure mail servers.

Commands:
  profiles   list the provider profiles built into Mail Setup
  clients    list the mail programs and accounts found on this computer
  apply      set up an account: --profile P --email E [--client C] [--dry-run]
  undo       take back the last change (or --id ID; --list shows them)

Without a command, the wizard opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles, clients, apply or undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for mail programs in &lt;dir&gt; instead of your home folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the folder layout of &lt;os&gt; (linux, windows, macos) under --home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>os</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider profile: a built-in id (see &apos;profiles&apos;) or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address to set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as recipients see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-in name, when it is not the one the profile derives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this mail program (e.g. thunderbird).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this profile folder of the mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile&apos;s outgoing server on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile&apos;s incoming server on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the planned changes and write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With undo: list the recorded changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With undo: the change to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With undo: restore files even if they changed since (their current versions are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--os must be linux, windows or macos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile offers no encrypted %1 on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile offers only unencrypted %1; Mail Setup never sets up a connection that sends your password in the clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile %1 has no outgoing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile %1 offers no such incoming server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outgoing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely; starting and quitting %2 once usually repairs prefs.js.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user.js in this profile also sets some of these settings; it is changed too, because %1 applies user.js at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netscape Communicator 4 can send mail only to port 25 with STARTTLS: it has no setting for another port, nor for SSL/TLS from the first byte, so it cannot use %1 port %2 (%3). Choose outgoing port 25 (STARTTLS) instead if %4 offers it, or use a newer mail program such as SeaMonkey or Thunderbird.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netscape Communicator 4 can log in to the outgoing server only with a normal password (AUTH LOGIN), but %1 asks for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; the incoming server stays as it is (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netscape Communicator 4 keeps its IMAP servers in a list that Mail Setup does not edit, so the incoming server stays as it is (%1). To read mail from %2 over SSL, add it in Edit &gt; Preferences &gt; Mail &amp; Newsgroups &gt; Mail Servers with &quot;Use secure connection (SSL)&quot; checked and port %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netscape Communicator 4 cannot protect incoming mail from %1: it has no SSL/TLS or STARTTLS setting for %2, so it would send your password unencrypted. Mail Setup therefore leaves the incoming server as it is (%3). To receive mail securely, use a newer program such as SeaMonkey or Thunderbird.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note that Netscape now collects mail from %1 without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mozilla Suite, Netscape 6-7 or SeaMonkey 1 profile &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaMonkey profile &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS if available (not enforced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted from the first byte (SSL/TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption switched on before logging in (STARTTLS, required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted only if the server offers it, which an attacker can prevent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup copy %1 is missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup copy %1 is damaged (its checksum does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after the plan was made (was %2 started?). Nothing was written; review the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Every file was put back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Putting the other files back also failed: %2. The copies are in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no change with the id %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change %1 was already undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these files were changed after Mail Setup wrote them (a mail program rewrites its settings when it starts or closes): %1. Undoing would also take back those later changes. Run the undo again with --force to restore them anyway; their current versions will be kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claws Mail would have to connect to %1 without encryption, which Mail Setup never sets up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claws Mail cannot log in to the POP3 server %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claws Mail cannot log in to the IMAP server %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claws Mail cannot log in to the outgoing server %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; KMail&apos;s receiving accounts stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail (%1): KMail&apos;s receiving account &quot;%2&quot; already uses %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail receives mail for this address by %1 (account &quot;%2&quot;), but %3 sets up %4. That account was left as it is; to switch, add a %4 account in KMail with: server %5, port %6, encryption %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail (%1) is set up in KMail itself: the steps are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail keeps its receiving accounts in Akonadi, which Mail Setup cannot change safely. To receive mail from %1, do this in KMail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings &gt; Configure KMail... &gt; Accounts, tab Receiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Select the account &quot;%1&quot; and click Modify...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Click Add... and choose the %1 entry (its name differs a little between versions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. On the General tab: %1 %2, Username %3, and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. On the Advanced tab: Encryption %1, Port %2, Authentication %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Also on the Advanced tab, tick &quot;Leave fetched messages on the server&quot; while you try it out, so no mail is lost. Then click OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Click OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutt logs in with OAuth2 only through a helper program that fetches the tokens (the *_oauth_refresh_command settings), which Mail Setup cannot set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutt cannot log in with NTLM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutt would need the client certificate file (ssl_client_cert), which Mail Setup does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with a space, which continues a setting, but no setting comes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a setting (name=value) nor a comment (a line starting with #)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::BackupStore</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::ChangePlan</name>
    <message>
        <source>Nothing will be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already set up as asked; nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::ClawsAdapter</name>
    <message>
        <source>Claws Mail is running (%1). Quit Claws Mail (File &gt; Exit), then try again; it saves its accounts when it quits and would overwrite the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claws Mail has not finished setting itself up in %1 yet. Start Claws Mail once, complete its setup (it creates the mailbox folder), quit it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::ClientsPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the mail programs Mail Setup should set up. Nothing is changed until you have seen the changes and clicked Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for mail programs again, for example after closing Thunderbird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program that Mail Setup can set up was found on this computer (it looked in %1).

Mail Setup sets up %2. Install Thunderbird, start it once and close it again, so that it creates its settings. Then click Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Setup cannot change any of these right now; the reason is given below. Fix it (usually: quit Thunderbird), then click Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is already set up for %1. You can close Mail Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Setup found these mail programs on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::DetailsPage</name>
    <message>
        <source>&amp;Outgoing server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name and the email address your provider gave you. Mail Setup never asks for your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the people you write to will see it, e.g. Alice Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name you log in to your provider&apos;s mail servers with. Filled in from your address; change it only if your provider told you a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from your address. Change it only if your provider gave you a different log-in name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log-in name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. alice@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. alice@%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not used by Mail Setup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your email address to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot go on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 addresses end in %2, but this one ends in @%3. Check it for typing mistakes; if your provider told you to use it, you can go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Setup will use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail: left as it is (%1 sets up outgoing mail only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::DonePage</name>
    <message>
        <source>&amp;Undo these changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start your mail program to use the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo these changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every changed file back as it was before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already set up for %2; nothing needed to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 is set up for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now: start %1. If it is open, quit it and start it again. The first time it fetches or sends mail it asks for your email password. Mail Setup never asks for your password and never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed files:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change number (for undoing later, or for your helpdesk): %1
The files as they were before are kept in %2
To undo later: mailsetup undo --id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: every file is as it was before.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were undone; nothing is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since Mail Setup wrote them:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::EvolutionAdapter</name>
    <message>
        <source>Flatpak (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolution is running (%1). Quit Evolution (File &gt; Quit), then try again; while it runs, its own copy of the account settings can be written back over the changes. If it does not close, run &quot;evolution --force-shutdown&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Mail Setup does not change Evolution&apos;s accounts while one of its files cannot be read completely; repair or remove that file first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::InstallationView</name>
    <message>
        <source> (the one %1 normally uses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail accounts in it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail accounts in it now:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be changed right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already set up like this; nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read everything:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::KConfigFile</name>
    <message>
        <source>the file starts with a byte-order mark, which KDE programs do not expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a carriage return in the middle of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group name has no closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group name is empty or has an invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value without a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key with an unclosed or misplaced &apos;[&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key with two languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [group] or key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid escape sequence (a backslash KDE programs do not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 locks the whole file against changes ([$i])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name [%1] %2 cannot be written safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 locks the group [%2] against changes ([$i])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group header on line %1 is written in a way Mail Setup cannot edit safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 locks %2 against changes ([$i])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 marks %2 as deleted ([$d])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 takes %2 from a shell expression ([$e])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has a translated %2 ([%3]), which KDE programs prefer in that language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 spells the key %2 in a way Mail Setup cannot edit safely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::KMailAdapter</name>
    <message>
        <source>settings in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settings in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail is running (%1). Quit KMail and Kontact (File &gt; Quit), then try again: they keep their identities and outgoing servers in memory and would not see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail&apos;s sending service is running (%1) and keeps the outgoing servers in memory. Quit KMail, stop the service with the command &quot;akonadictl stop&quot; (KMail starts it again when it opens), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely; KMail would drop that line the next time it saves. Correct or remove the line, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. KMail would not read the change as written, so nothing will be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::Lexer</name>
    <message>
        <source>the line ends with a single &apos;\&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ` is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::MuttAdapter</name>
    <message>
        <source>%1 settings (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not set up yet (new file %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running. Quit it (press q, in every terminal where it runs), then try again: it reads %2 only when it starts, and would go on using the old servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to %2; that file is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::MuttrcFile</name>
    <message>
        <source>the last line ends with &apos;\&apos;, which joins it to a line that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::Netscape4Adapter</name>
    <message>
        <source>Netscape Communicator 4 settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netscape is running (%1). Quit Netscape (File &gt; Exit) and wait until all its windows have closed, then try again: Netscape reads its settings when it starts and writes them all back when it quits, which would undo the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Netscape preferences file (preferences.js or prefs.js); start and quit Netscape once, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netscape Communicator 4 has a single mail account, and it is set up for %1. Mail Setup cannot set up receiving mail for %2 in Netscape 4, so changing only the sending part would mix two accounts. If %2 should replace %1, change the address in Edit &gt; Preferences &gt; Mail &amp; Newsgroups &gt; Identity first, then run Mail Setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netscape Communicator 4 has no mail account for %1, and %2 sets up outgoing mail only. Set up the account in Netscape first, then run Mail Setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending from %1 is already set up as %2 describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Netscape&apos;s mail account for %1 (sending only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Netscape&apos;s mail account for %1 (sending only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1, &quot;Use SSL or TLS: Always&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netscape 4 always sends to port 25, which some internet providers block; if sending fails, ask your internet provider or use a newer mail program. It speaks only SSL 3 and TLS 1.0: a server that no longer accepts these refuses the connection, and Netscape then reports an error rather than sending unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::PineAdapter</name>
    <message>
        <source>~/.pinerc (not created yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpine is running (%1). Quit Alpine (press Q, then Y) in every window, then try again: Alpine rewrites %2 from its own copy of the settings and would undo the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Alpine skips such a line, so a setting meant there has no effect; Mail Setup does not rewrite a file it cannot read completely. Correct or delete the line (a setting is name=value), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1; Alpine adds its other settings the next time it saves it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::Planner</name>
    <message>
        <source>This version of %1 cannot require STARTTLS for incoming mail: it knows only SSL/TLS on or off, and would connect to %2 port %3 without encryption. Choose the SSL/TLS port (995 for POP3, 993 for IMAP) if %4 offers it, or use a newer mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of %1 can log in to %2 only with a normal or an encrypted password, but %3 asks for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the outgoing server %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the existing outgoing server %1, set to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing server %1 is shared with other accounts, so it stays as it is; this account gets its own (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the outgoing server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the existing account %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account receives mail by %1, but %2 sets up %3. The kind of an existing account cannot be changed without moving its folders, so its incoming server was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; the incoming server stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no account for %2, and %3 sets up outgoing mail only. Add the account in %1 first, then run Mail Setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new account for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New POP3 accounts keep a copy of each message on the server, so trying Mail Setup cannot lose mail. You can change this in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also appears in account %2, which was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already set up as %2 describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claws Mail has no account for %1, and %2 sets up outgoing mail only. Add the account in Claws Mail first, then run Mail Setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] (new): incoming mail (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] (new): outgoing mail (SMTP) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new account for %1 ([%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the existing account %1 ([%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account does not receive mail by %1, which %2 sets up. The kind of an existing account cannot be changed without moving its folders, so its incoming server was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also appears in [%2], which was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claws Mail asks for the password the first time it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolution would have to connect to %1 without encryption, which Mail Setup never sets up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolution cannot log in to %1 with %2 from settings files alone; set this account up in Evolution itself (Edit &gt; Accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing server (SMTP): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolution has no account for %1, and %2 sets up outgoing mail only. Add the account in Evolution first, then run Mail Setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail account: incoming mail (%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Evolution account for %1 belongs to &quot;%2&quot; (an online account), which sets its servers itself. Change it where that account is managed (for example GNOME Settings &gt; Online Accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an outgoing server (SMTP) for this account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing server this account used is shared with other accounts, so it stays as it is; this account gets its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account sent mail through &quot;%1&quot;; it now gets its own outgoing server. &quot;%1&quot; stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also appears in the account &quot;%2&quot; (%3), which was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolution&apos;s background service picks up the changed files within a few seconds. Evolution asks for the password the first time it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If KMail has a password stored for the outgoing server &quot;%1&quot;, it keeps it. If sending then fails with a log-in error, enter your password again under Settings &gt; Configure KMail... &gt; Accounts &gt; Sending &gt; Modify...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing server &quot;%1&quot; runs a command before sending (%2); it was left as it is. Check that it still suits %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free number for a new outgoing server in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail asks for your password the first time it sends through &quot;%1&quot;; it can keep it in KWallet from then on. Mail Setup never writes passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the outgoing server &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the existing outgoing server &quot;%1&quot;, set to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing server &quot;%1&quot; is not an SMTP server (%2), so it stays as it is; this identity gets a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing server &quot;%1&quot; is shared with other identities, so it stays as it is; this identity gets its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the outgoing server &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the identity &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail has no identity for %1, and %2 sets up outgoing mail only. Add the account in KMail first (Settings &gt; Configure KMail &gt; Accounts), then run Mail Setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new identity for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outgoing server %1 would not be encrypted; Mail Setup does not set that up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail cannot log in to %1 with %2. Set up the outgoing server in KMail by hand (Settings &gt; Configure KMail &gt; Accounts &gt; Sending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity &quot;%1&quot; also has the address %2 and was left as it is; choose the outgoing server &quot;%3&quot; in its settings if it should send the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail already sends mail from %1 as %2 describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks Mutt to log in to %2 with %3. %4 Set up Mutt by hand following %1&apos;s instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets from (line %2) to a value that is only known when Mutt starts, so Mail Setup cannot tell whose account this file holds. Write the address into from directly, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the account of %2 (from, line %3). Mutt has one account per settings file, and Mail Setup does not replace the account of another address. To use %4 with Mutt here, change from to %4 (or remove that line), then run Mail Setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutt reads mail here by %1, but %2 sets up %3. Mail Setup left the incoming side (spoolfile, folder) as it is; change it by hand if you want to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoolfile (line %1) is only known when Mutt starts, so Mail Setup left the incoming side as it is. Incoming mail at %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutt reads mail from %1 on this computer (spoolfile, line %2), which another program fills; Mail Setup left that as it is. Set that program to fetch mail from %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old %1 (line %2) held a password; the new one does not, so Mutt asks for the password when it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folders named with + or = on %1 were read against the folder set before them (%2), so they stay on that server. Change them if they should move to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2) also sets %3. Mail Setup leaves hooks and ifdef lines alone and changes only the settings Mutt starts with; while that %2 applies, its values are used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account-hook commands (%1) set connection details for some servers only. Mail Setup leaves hooks alone; what it sets is the default account Mutt starts with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other settings files are read on %1 (source); Mail Setup did not look into them. The settings it writes come after, so Mutt uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 can stop Mutt reading the rest of this file (finish); Mail Setup put its settings before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendmail is set (line %1); with smtp_url set, Mutt sends through %2 itself and no longer uses that program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is kept in this file (%1); Mail Setup left it as it is. If your password for %2 is different, change or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3. Mail Setup does not change a file it cannot read completely; correct that line in a text editor, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up %1 in a new settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up %1 in this file, whose account has no address (from) yet: Mutt has one account per settings file, so its servers are replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up %1 in this file (Mutt has one account per settings file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; Mutt goes on reading mail as it does now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse any connection without encryption (ssl_force_tls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutt will also insist on encryption when it reads mail from %1; if that server offers none, reading mail there stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this line starts with a space, which continues %2, but %2 takes a single value and Alpine ignores the line. Join it to the line before or delete it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this Alpine settings file sends mail as %2 (a From: header in customized-hdrs). Alpine keeps one identity per settings file, so Mail Setup does not turn it into %3. If this file should now be for %3, remove that header in Alpine (Setup &gt; Config &gt; Customized Headers), quit Alpine and run Mail Setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this Alpine settings file sends mail from the domain %2 (user-domain). Alpine keeps one identity per settings file, so Mail Setup does not turn it into %3. If this file should now be for %3, clear User Domain in Alpine (Setup &gt; Config), quit Alpine and run Mail Setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name on outgoing mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name stays &quot;%1&quot; as Alpine has it (personal-name), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as %1 (your login name at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as %1 (a From: header, because Alpine would otherwise use your login name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as %1 (a From: header, because Alpine would otherwise send as %2@%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1, replacing %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpine had several outgoing servers and tries them in turn when one fails. Only %1 is kept, so a failure cannot quietly send through a server without the protection set up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpine chooses the log-in method from those the server offers; it cannot be limited to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; Alpine&apos;s INBOX stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpine reads your INBOX by %1 (inbox-path), but %2 sets up %3; the INBOX was left as it is, because switching would show a different set of folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until now Alpine read your INBOX on this computer (%1). It now reads it from %2; the messages on this computer stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system mail spool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpine reads a POP3 INBOX on the server: messages are removed there only when you delete and expunge them in Alpine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings asked for are not encrypted; Mail Setup never writes a connection that would send your password in the clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles (Setup &gt; Rules &gt; Roles) can name their own outgoing server; they were left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpine asks for your password when it first connects; Mail Setup never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::ProviderPage</name>
    <message>
        <source>newsgroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a profile file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave you your email address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Setup sets up your mail program for your provider&apos;s secure mail servers. Choose your provider from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a provider profile file (.xml) that your provider sent you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if your provider is not listed but sent you a profile file (.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some built-in provider profiles are damaged and are not listed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used as a provider profile. Send this message to your provider:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a provider profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider profiles (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for addresses ending in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets up addresses ending in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help from your provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s instructions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of this profile that Mail Setup does not use: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::ReviewPage</name>
    <message>
        <source>Check the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is everything Mail Setup will change. Click Apply to make the changes; you can undo them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes (lines starting with - are removed, + are added):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before changing a file, Mail Setup keeps a copy of it in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1
Click Back, then Check again, and try once more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::SeaMonkeyAdapter</name>
    <message>
        <source>the profile folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaMonkey (or the Mozilla Suite or Netscape) is running with the profile %1 (%2). Quit it (File &gt; Quit; on Windows also Quick Launch, next to the clock), wait until its windows have closed, then try again. It saves its settings when it quits and would overwrite the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was last used by %1, which knows older names for the login and encryption settings. Mail Setup writes the old and the current names together, so the account also works after an upgrade to a newer SeaMonkey.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::ServerSettings</name>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::SetupWizard</name>
    <message>
        <source>Mail Setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailsetup::ThunderbirdAdapter</name>
    <message>
        <source>profile &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Thunderbird profile %1 is in use. %2 Quit Thunderbird (File &gt; Quit), wait until its window has closed, then try again: Thunderbird saves its settings when it quits and would overwrite the changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
