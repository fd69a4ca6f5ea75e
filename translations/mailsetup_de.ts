<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>mailsetup</name>
    <message>
        <source>Run &apos;mailsetup --help&apos; for the commands.</source>
        <translation>Mit „mailsetup --help“ werden die Befehle angezeigt.</translation>
    </message>
    <message>
        <source>No supported mail program with settings was found in %1.</source>
        <translation>In %1 wurde kein unterstütztes E-Mail-Programm mit Einstellungen gefunden.</translation>
    </message>
    <message>
        <source> [default]</source>
        <translation> [Standard]</translation>
    </message>
    <message>
        <source>location: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>running now: changes are refused until it is closed</source>
        <translation>läuft gerade: Änderungen sind erst möglich, wenn es geschlossen ist</translation>
    </message>
    <message>
        <source>no mail accounts</source>
        <translation>keine E-Mail-Konten</translation>
    </message>
    <message>
        <source>unknown client &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Programm „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>no supported mail program with settings was found in %1</source>
        <translation>in %1 wurde kein unterstütztes E-Mail-Programm mit Einstellungen gefunden</translation>
    </message>
    <message>
        <source>%1 is not a mail program&apos;s settings folder that Mail Setup found</source>
        <translation>%1 ist kein Einstellungsordner eines E-Mail-Programms, den Mail Setup gefunden hat</translation>
    </message>
    <message>
        <source>--%1 needs a port number (1 to 65535)</source>
        <translation>--%1 braucht eine Portnummer (1 bis 65535)</translation>
    </message>
    <message>
        <source>The provider profile cannot be used:</source>
        <translation>Das Anbieterprofil ist nicht verwendbar:</translation>
    </message>
    <message>
        <source>Cannot set up %1 with %2: %3</source>
        <translation>%1 lässt sich nicht mit %2 einrichten: %3</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Nothing needed to change.</source>
        <translation>Es musste nichts geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Done. Changed %n file(s); the previous versions are kept in %1.</source>
        <translation>
            <numerusform>Fertig. %n Datei wurde geändert; die vorherigen Fassungen liegen in %1.</numerusform>
            <numerusform>Fertig. %n Dateien wurden geändert; die vorherigen Fassungen liegen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>To take the change back: mailsetup undo --id %1</source>
        <translation>Um die Änderung zurückzunehmen: mailsetup undo --id %1</translation>
    </message>
    <message>
        <source>No changes recorded in %1.</source>
        <translation>In %1 sind keine Änderungen verzeichnet.</translation>
    </message>
    <message>
        <source>There is no change to undo in %1.</source>
        <translation>In %1 gibt es keine Änderung, die sich zurücknehmen lässt.</translation>
    </message>
    <message>
        <source>Undo of %1 stopped; nothing was restored: %2</source>
        <translation>Zurücknehmen von %1 abgebrochen; nichts wurde wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>Undid %1.</source>
        <translation>%1 wurde zurückgenommen.</translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>profiles, clients, apply or undo</source>
        <translation>profiles, clients, apply oder undo</translation>
    </message>
    <message>
        <source>Look for mail programs in &lt;dir&gt; instead of your home folder.</source>
        <translation>E-Mail-Programme in &lt;dir&gt; statt im persönlichen Ordner suchen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Follow the folder layout of &lt;os&gt; (linux, windows, macos) under --home.</source>
        <translation>Unter --home der Ordnerstruktur von &lt;os&gt; folgen (linux, windows, macos).</translation>
    </message>
    <message>
        <source>os</source>
        <translation>os</translation>
    </message>
    <message>
        <source>Keep backups in &lt;dir&gt;.</source>
        <translation>Sicherungskopien in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>Provider profile: a built-in id (see &apos;profiles&apos;) or a file.</source>
        <translation>Anbieterprofil: eine eingebaute Kennung (siehe „profiles“) oder eine Datei.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>The email address to set up.</source>
        <translation>Die E-Mail-Adresse, die eingerichtet werden soll.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Your name, as recipients see it.</source>
        <translation>Ihr Name, wie Empfänger ihn sehen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Log-in name, when it is not the one the profile derives.</source>
        <translation>Benutzername, wenn er nicht der ist, den das Profil ableitet.</translation>
    </message>
    <message>
        <source>Only this mail program (e.g. thunderbird).</source>
        <translation>Nur dieses E-Mail-Programm (z. B. thunderbird).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Only this profile folder of the mail program.</source>
        <translation>Nur dieser Profilordner des E-Mail-Programms.</translation>
    </message>
    <message>
        <source>Use the profile&apos;s outgoing server on this port.</source>
        <translation>Den Postausgangs-Server des Profils über diesen Port verwenden.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Use the profile&apos;s incoming server on this port.</source>
        <translation>Den Posteingangs-Server des Profils über diesen Port verwenden.</translation>
    </message>
    <message>
        <source>Show the planned changes and write nothing.</source>
        <translation>Geplante Änderungen zeigen und nichts schreiben.</translation>
    </message>
    <message>
        <source>With undo: list the recorded changes.</source>
        <translation>Mit undo: die verzeichneten Änderungen auflisten.</translation>
    </message>
    <message>
        <source>With undo: the change to take back.</source>
        <translation>Mit undo: die Änderung, die zurückgenommen werden soll.</translation>
    </message>
    <message>
        <source>With undo: restore files even if they changed since (their current versions are kept).</source>
        <translation>Mit undo: Dateien auch dann wiederherstellen, wenn sie sich seitdem geändert haben (ihre jetzigen Fassungen werden aufbewahrt).</translation>
    </message>
    <message>
        <source>expected one command: %1</source>
        <translation>genau ein Befehl erwartet: %1</translation>
    </message>
    <message>
        <source>--os must be linux, windows or macos</source>
        <translation>--os muss linux, windows oder macos sein</translation>
    </message>
    <message>
        <source>the profile offers no encrypted %1 on port %2</source>
        <translation>das Profil bietet kein verschlüsseltes %1 auf Port %2</translation>
    </message>
    <message>
        <source>the profile offers only unencrypted %1; Mail Setup never sets up a connection that sends your password in the clear</source>
        <translation>das Profil bietet nur unverschlüsseltes %1; Mail Setup richtet nie eine Verbindung ein, die Ihr Passwort im Klartext sendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>outgoing mail (SMTP)</source>
        <translation>Postausgang (SMTP)</translation>
    </message>
    <message>
        <source>the profile %1 has no outgoing server</source>
        <translation>das Profil %1 hat keinen Postausgangs-Server</translation>
    </message>
    <message>
        <source>incoming mail</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>the profile %1 offers no such incoming server</source>
        <translation>das Profil %1 bietet keinen solchen Posteingangs-Server</translation>
    </message>
    <message>
        <source>no outgoing server</source>
        <translation>kein Postausgangs-Server</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely; starting and quitting %2 once usually repairs prefs.js.</source>
        <translation>%1. Mail Setup schreibt keine Datei neu, die es nicht vollständig lesen kann; %2 einmal zu starten und zu beenden repariert prefs.js meist.</translation>
    </message>
    <message>
        <source>user.js in this profile also sets some of these settings; it is changed too, because %1 applies user.js at every start.</source>
        <translation>user.js in diesem Profil setzt einige dieser Einstellungen ebenfalls; es wird mitgeändert, weil %1 user.js bei jedem Start anwendet.</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 can send mail only to port 25 with STARTTLS: it has no setting for another port, nor for SSL/TLS from the first byte, so it cannot use %1 port %2 (%3). Choose outgoing port 25 (STARTTLS) instead if %4 offers it, or use a newer mail program such as SeaMonkey or Thunderbird.</source>
        <translation>Netscape Communicator 4 kann Mail nur über Port 25 mit STARTTLS senden: Es hat keine Einstellung für einen anderen Port und keine für SSL/TLS ab dem ersten Byte, kann also %1 Port %2 (%3) nicht nutzen. Wählen Sie stattdessen Postausgangs-Port 25 (STARTTLS), wenn %4 ihn anbietet, oder verwenden Sie ein neueres E-Mail-Programm wie SeaMonkey oder Thunderbird.</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 can log in to the outgoing server only with a normal password (AUTH LOGIN), but %1 asks for %2.</source>
        <translation>Netscape Communicator 4 kann sich beim Postausgangs-Server nur mit normalem Passwort (AUTH LOGIN) anmelden, aber %1 verlangt %2.</translation>
    </message>
    <message>
        <source>none is set up</source>
        <translation>keiner ist eingerichtet</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; the incoming server stays as it is (%2).</source>
        <translation>%1 richtet nur den Postausgang ein; der Posteingangs-Server bleibt, wie er ist (%2).</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 keeps its IMAP servers in a list that Mail Setup does not edit, so the incoming server stays as it is (%1). To read mail from %2 over SSL, add it in Edit &gt; Preferences &gt; Mail &amp; Newsgroups &gt; Mail Servers with &quot;Use secure connection (SSL)&quot; checked and port %3.</source>
        <translation>Netscape Communicator 4 führt seine IMAP-Server in einer Liste, die Mail Setup nicht bearbeitet; der Posteingangs-Server bleibt also, wie er ist (%1). Um Mail von %2 über SSL zu lesen, fügen Sie ihn unter Edit &gt; Preferences &gt; Mail &amp; Newsgroups &gt; Mail Servers hinzu, mit Häkchen bei „Use secure connection (SSL)“ und Port %3.</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 cannot protect incoming mail from %1: it has no SSL/TLS or STARTTLS setting for %2, so it would send your password unencrypted. Mail Setup therefore leaves the incoming server as it is (%3). To receive mail securely, use a newer program such as SeaMonkey or Thunderbird.</source>
        <translation>Netscape Communicator 4 kann eingehende Mail von %1 nicht schützen: Es hat keine SSL/TLS- oder STARTTLS-Einstellung für %2 und würde Ihr Passwort unverschlüsselt senden. Deshalb lässt Mail Setup den Posteingangs-Server, wie er ist (%3). Um Mail sicher zu empfangen, verwenden Sie ein neueres Programm wie SeaMonkey oder Thunderbird.</translation>
    </message>
    <message>
        <source>Note that Netscape now collects mail from %1 without encryption.</source>
        <translation>Beachten Sie, dass Netscape Mail von %1 jetzt unverschlüsselt abholt.</translation>
    </message>
    <message>
        <source>Mozilla Suite, Netscape 6-7 or SeaMonkey 1 profile &quot;%1&quot; (%2)</source>
        <translation>Profil „%1“ von Mozilla Suite, Netscape 6–7 oder SeaMonkey 1 (%2)</translation>
    </message>
    <message>
        <source>SeaMonkey profile &quot;%1&quot; (%2)</source>
        <translation>SeaMonkey-Profil „%1“ (%2)</translation>
    </message>
    <message>
        <source>STARTTLS if available (not enforced)</source>
        <translation>STARTTLS, wenn möglich (nicht erzwungen)</translation>
    </message>
    <message>
        <source>none (unencrypted)</source>
        <translation>keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>encrypted from the first byte (SSL/TLS)</source>
        <translation>ab dem ersten Byte verschlüsselt (SSL/TLS)</translation>
    </message>
    <message>
        <source>encryption switched on before logging in (STARTTLS, required)</source>
        <translation>Verschlüsselung wird vor der Anmeldung eingeschaltet (STARTTLS, erzwungen)</translation>
    </message>
    <message>
        <source>encrypted only if the server offers it, which an attacker can prevent</source>
        <translation>nur verschlüsselt, wenn der Server es anbietet – was ein Angreifer verhindern kann</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>keine Anmeldung</translation>
    </message>
    <message>
        <source>normal password</source>
        <translation>Passwort, normal</translation>
    </message>
    <message>
        <source>encrypted password</source>
        <translation>Verschlüsseltes Passwort</translation>
    </message>
    <message>
        <source>TLS client certificate</source>
        <translation>TLS-Client-Zertifikat</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>the backup copy %1 is missing: %2</source>
        <translation>die Sicherungskopie %1 fehlt: %2</translation>
    </message>
    <message>
        <source>the backup copy %1 is damaged (its checksum does not match)</source>
        <translation>die Sicherungskopie %1 ist beschädigt (ihre Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>%1 changed after the plan was made (was %2 started?). Nothing was written; review the plan again.</source>
        <translation>%1 hat sich geändert, nachdem der Plan erstellt wurde (wurde %2 gestartet?). Nichts wurde geschrieben; sehen Sie sich den Plan noch einmal an.</translation>
    </message>
    <message>
        <source>%1 Every file was put back as it was.</source>
        <translation>%1 Jede Datei wurde wieder in ihren vorherigen Zustand gebracht.</translation>
    </message>
    <message>
        <source>%1 Putting the other files back also failed: %2. The copies are in %3.</source>
        <translation>%1 Das Zurücklegen der anderen Dateien ist ebenfalls fehlgeschlagen: %2. Die Kopien liegen in %3.</translation>
    </message>
    <message>
        <source>there is no change with the id %1 in %2</source>
        <translation>in %2 gibt es keine Änderung mit der Kennung %1</translation>
    </message>
    <message>
        <source>the change %1 was already undone</source>
        <translation>die Änderung %1 wurde bereits zurückgenommen</translation>
    </message>
    <message>
        <source>these files were changed after Mail Setup wrote them (a mail program rewrites its settings when it starts or closes): %1. Undoing would also take back those later changes. Run the undo again with --force to restore them anyway; their current versions will be kept in %2.</source>
        <translation>diese Dateien wurden geändert, nachdem Mail Setup sie geschrieben hat (ein E-Mail-Programm schreibt seine Einstellungen beim Starten oder Beenden neu): %1. Das Zurücknehmen würde auch diese späteren Änderungen zurücknehmen. Führen Sie es mit --force erneut aus, um sie trotzdem wiederherzustellen; ihre jetzigen Fassungen werden in %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Claws Mail would have to connect to %1 without encryption, which Mail Setup never sets up.</source>
        <translation>Claws Mail müsste sich ohne Verschlüsselung mit %1 verbinden, und das richtet Mail Setup nie ein.</translation>
    </message>
    <message>
        <source>Claws Mail cannot log in to the POP3 server %1 with %2.</source>
        <translation>Claws Mail kann sich beim POP3-Server %1 nicht mit %2 anmelden.</translation>
    </message>
    <message>
        <source>Claws Mail cannot log in to the IMAP server %1 with %2.</source>
        <translation>Claws Mail kann sich beim IMAP-Server %1 nicht mit %2 anmelden.</translation>
    </message>
    <message>
        <source>Claws Mail cannot log in to the outgoing server %1 with %2.</source>
        <translation>Claws Mail kann sich beim Postausgangs-Server %1 nicht mit %2 anmelden.</translation>
    </message>
    <message>
        <source>Clear text</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; KMail&apos;s receiving accounts stay as they are.</source>
        <translation>%1 richtet nur den Postausgang ein; die Empfangskonten von KMail bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Incoming mail (%1): KMail&apos;s receiving account &quot;%2&quot; already uses %3</source>
        <translation>Posteingang (%1): Das KMail-Empfangskonto „%2“ verwendet bereits %3</translation>
    </message>
    <message>
        <source>KMail receives mail for this address by %1 (account &quot;%2&quot;), but %3 sets up %4. That account was left as it is; to switch, add a %4 account in KMail with: server %5, port %6, encryption %7.</source>
        <translation>KMail empfängt Mail für diese Adresse über %1 (Konto „%2“), aber %3 richtet %4 ein. Dieses Konto blieb, wie es ist; zum Umstellen legen Sie in KMail ein %4-Konto an mit: Server %5, Port %6, Verschlüsselung %7.</translation>
    </message>
    <message>
        <source>Incoming mail (%1) is set up in KMail itself: the steps are below.</source>
        <translation>Der Posteingang (%1) wird in KMail selbst eingerichtet: Die Schritte stehen unten.</translation>
    </message>
    <message>
        <source>KMail keeps its receiving accounts in Akonadi, which Mail Setup cannot change safely. To receive mail from %1, do this in KMail:</source>
        <translation>KMail verwaltet seine Empfangskonten in Akonadi, das Mail Setup nicht sicher ändern kann. Um Mail von %1 zu empfangen, gehen Sie in KMail so vor:</translation>
    </message>
    <message>
        <source>1. Open Settings &gt; Configure KMail... &gt; Accounts, tab Receiving.</source>
        <translation>1. Öffnen Sie Einstellungen &gt; KMail einrichten … &gt; Konten, Registerkarte Empfang.</translation>
    </message>
    <message>
        <source>2. Select the account &quot;%1&quot; and click Modify...</source>
        <translation>2. Wählen Sie das Konto „%1“ und klicken Sie auf Ändern …</translation>
    </message>
    <message>
        <source>2. Click Add... and choose the %1 entry (its name differs a little between versions).</source>
        <translation>2. Klicken Sie auf Hinzufügen … und wählen Sie den Eintrag %1 (sein Name unterscheidet sich je nach Version etwas).</translation>
    </message>
    <message>
        <source>3. On the General tab: %1 %2, Username %3, and your password.</source>
        <translation>3. Auf der Registerkarte Allgemein: %1 %2, Benutzername %3 und Ihr Passwort.</translation>
    </message>
    <message>
        <source>Incoming mail server</source>
        <translation>Posteingangs-Server</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP-Server</translation>
    </message>
    <message>
        <source>4. On the Advanced tab: Encryption %1, Port %2, Authentication %3.</source>
        <translation>4. Auf der Registerkarte Erweitert: Verschlüsselung %1, Port %2, Authentifizierung %3.</translation>
    </message>
    <message>
        <source>5. Also on the Advanced tab, tick &quot;Leave fetched messages on the server&quot; while you try it out, so no mail is lost. Then click OK.</source>
        <translation>5. Ebenfalls auf der Registerkarte Erweitert „Abgerufene Nachrichten auf dem Server belassen“ ankreuzen, solange Sie es ausprobieren, damit keine Mail verloren geht. Dann auf OK klicken.</translation>
    </message>
    <message>
        <source>5. Click OK.</source>
        <translation>5. Klicken Sie auf OK.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Mutt %1</source>
        <translation>Mutt %1</translation>
    </message>
    <message>
        <source>Mutt logs in with OAuth2 only through a helper program that fetches the tokens (the *_oauth_refresh_command settings), which Mail Setup cannot set up.</source>
        <translation>Mutt meldet sich mit OAuth2 nur über ein Hilfsprogramm an, das die Tokens holt (die Einstellungen *_oauth_refresh_command), und das kann Mail Setup nicht einrichten.</translation>
    </message>
    <message>
        <source>Mutt cannot log in with NTLM.</source>
        <translation>Mutt kann sich nicht mit NTLM anmelden.</translation>
    </message>
    <message>
        <source>Mutt would need the client certificate file (ssl_client_cert), which Mail Setup does not have.</source>
        <translation>Mutt bräuchte die Client-Zertifikatsdatei (ssl_client_cert), die Mail Setup nicht hat.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>Zeilen %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with a space, which continues a setting, but no setting comes before it</source>
        <translation>„%1“ beginnt mit einem Leerzeichen, das eine Einstellung fortsetzt, aber davor steht keine Einstellung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a setting (name=value) nor a comment (a line starting with #)</source>
        <translation>„%1“ ist weder eine Einstellung (Name=Wert) noch ein Kommentar (eine Zeile, die mit # beginnt)</translation>
    </message>
    <message>
        <source>this command needs --profile and --email</source>
        <translation>dieser Befehl braucht --profile und --email</translation>
    </message>
    <message>
        <source>this command needs --profile</source>
        <translation>dieser Befehl braucht --profile</translation>
    </message>
    <message>
        <source>Mail Setup configures your email programs for your provider&apos;s secure mail servers.

Commands:
  profiles   list the provider profiles built into Mail Setup
  clients    list the mail programs and accounts found on this computer
  apply      set up an account: --profile P --email E [--client C] [--dry-run]
  undo       take back the last change (or --id ID; --list shows them)
</source>
        <translation>Mail Setup richtet Ihre E-Mail-Programme für die sicheren Mail-Server Ihres Anbieters ein.

Befehle:
  profiles   die in Mail Setup eingebauten Anbieterprofile auflisten
  clients    die E-Mail-Programme und Konten auf diesem Computer auflisten
  apply      ein Konto einrichten: --profile P --email E [--client C] [--dry-run]
  undo       die letzte Änderung zurücknehmen (oder --id ID; --list zeigt sie)
</translation>
    </message>
    <message>
        <source>
Each command has its own --help. Without a command, the wizard opens.</source>
        <translation>
Jeder Befehl hat sein eigenes --help. Ohne Befehl öffnet sich der Assistent.</translation>
    </message>
    <message>
        <source>Stores (--store):
  system           the computer&apos;s own store (Linux: asks for the administrator password;
                   macOS: the System keychain)
  user             macOS: your login keychain
  nss              every Thunderbird, SeaMonkey, Firefox and Chromium certificate database
                   in your home folder
  nss:DIR          one NSS certificate database (a profile folder)
  debian-root:DIR  the Debian/Ubuntu store of a system image mounted at DIR</source>
        <translation>Zertifikatsspeicher (--store):
  system           der eigene Speicher des Computers (Linux: fragt nach dem Administrator-Passwort;
                   macOS: der Schlüsselbund System)
  user             macOS: Ihr Anmelde-Schlüsselbund
  nss              jede Zertifikatsdatenbank von Thunderbird, SeaMonkey, Firefox und Chromium
                   in Ihrem persönlichen Ordner
  nss:DIR          eine NSS-Zertifikatsdatenbank (ein Profilordner)
  debian-root:DIR  der Debian/Ubuntu-Speicher eines unter DIR eingehängten Systemabbilds</translation>
    </message>
    <message>
        <source>this Linux system has no certificate store Mail Setup knows (update-ca-certificates, update-ca-trust or p11-kit&apos;s trust)</source>
        <translation>dieses Linux-System hat keinen Zertifikatsspeicher, den Mail Setup kennt (update-ca-certificates, update-ca-trust oder trust von p11-kit)</translation>
    </message>
    <message>
        <source>the system store of this operating system is changed by the Windows build</source>
        <translation>der Systemspeicher dieses Betriebssystems wird von der Windows-Version geändert</translation>
    </message>
    <message>
        <source>&quot;--store user&quot; is a macOS login keychain or a Windows user store; on Linux use &quot;nss&quot; for your own programs or &quot;system&quot;</source>
        <translation>„--store user“ ist ein macOS-Anmelde-Schlüsselbund oder ein Windows-Benutzerspeicher; unter Linux verwenden Sie „nss“ für Ihre eigenen Programme oder „system“</translation>
    </message>
    <message>
        <source>no Thunderbird, SeaMonkey, Firefox or Chromium certificate database below %1 (a program creates it at its first start)</source>
        <translation>keine Zertifikatsdatenbank von Thunderbird, SeaMonkey, Firefox oder Chromium unter %1 (ein Programm legt sie beim ersten Start an)</translation>
    </message>
    <message>
        <source>the NSS database</source>
        <translation>die NSS-Datenbank</translation>
    </message>
    <message>
        <source>unknown store &quot;%1&quot;</source>
        <translation>unbekannter Speicher „%1“</translation>
    </message>
    <message>
        <source>Run &apos;mailsetup certificate --help&apos; for the options.</source>
        <translation>Mit „mailsetup certificate --help“ werden die Optionen angezeigt.</translation>
    </message>
    <message>
        <source>Shows, installs, checks or removes the root certificate a provider profile pins.
install needs --confirm-fingerprint with the SHA-256 fingerprint you compared with your provider&apos;s.

</source>
        <translation>Zeigt, installiert, prüft oder entfernt das Stammzertifikat, das ein Anbieterprofil festlegt.
install braucht --confirm-fingerprint mit dem SHA-256-Fingerabdruck, den Sie mit dem Ihres Anbieters verglichen haben.

</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>der Befehl</translation>
    </message>
    <message>
        <source>show, install, verify or uninstall</source>
        <translation>show, install, verify oder uninstall</translation>
    </message>
    <message>
        <source>A built-in provider id or a profile file.</source>
        <translation>Eine eingebaute Anbieterkennung oder eine Profildatei.</translation>
    </message>
    <message>
        <source>Where (see above; default: system).</source>
        <translation>Wo (siehe oben; Standard: system).</translation>
    </message>
    <message>
        <source>store</source>
        <translation>store</translation>
    </message>
    <message>
        <source>The fingerprint you compared (install).</source>
        <translation>Der Fingerabdruck, den Sie verglichen haben (install).</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>fingerprint</translation>
    </message>
    <message>
        <source>verify: a certificate issued by the root, e.g. the mail server&apos;s (default: the root itself).</source>
        <translation>verify: ein Zertifikat, das von der Stammzertifizierungsstelle ausgestellt wurde, z. B. das des Mail-Servers (Standard: das Stammzertifikat selbst).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The home folder whose programs to look at (default: yours).</source>
        <translation>Der persönliche Ordner, dessen Programme angesehen werden (Standard: Ihrer).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>say what to do: show, install, verify or uninstall</source>
        <translation>geben Sie an, was zu tun ist: show, install, verify oder uninstall</translation>
    </message>
    <message>
        <source>certificate needs --profile</source>
        <translation>certificate braucht --profile</translation>
    </message>
    <message>
        <source>The profile %1 names no root certificate to install.</source>
        <translation>Das Profil %1 nennt kein Stammzertifikat zum Installieren.</translation>
    </message>
    <message>
        <source>unknown store</source>
        <translation>unbekannter Speicher</translation>
    </message>
    <message>
        <source>%1 asks your mail programs to trust this root certificate (%2):</source>
        <translation>%1 bittet Ihre E-Mail-Programme, diesem Stammzertifikat zu vertrauen (%2):</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint on your provider&apos;s own page, then run again with --confirm-fingerprint %1</source>
        <translation>Vergleichen Sie ihn mit dem Fingerabdruck auf der Seite Ihres Anbieters und führen Sie den Befehl dann erneut aus mit --confirm-fingerprint %1</translation>
    </message>
    <message>
        <source>Checks every server of a provider profile from this computer, all at once: can it be reached, does it offer encryption, is its certificate trusted, and (with a password) does the log-in work. Says what is wrong in plain words and which settings to use.</source>
        <translation>Prüft von diesem Computer aus alle Server eines Anbieterprofils auf einmal: Sind sie erreichbar, bieten sie Verschlüsselung, ist ihr Zertifikat vertrauenswürdig und (mit Passwort) klappt die Anmeldung? Sagt in einfachen Worten, was nicht stimmt und welche Einstellungen zu verwenden sind.</translation>
    </message>
    <message>
        <source>Your email address (gives the log-in name).</source>
        <translation>Ihre E-Mail-Adresse (ergibt den Benutzernamen).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input and check the log-in. It is only sent over an encrypted connection to a trusted server, and never shown or saved.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen und die Anmeldung prüfen. Es wird nur über eine verschlüsselte Verbindung an einen vertrauenswürdigen Server gesendet und nie angezeigt oder gespeichert.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Give each server at most &lt;seconds&gt; (default %1).</source>
        <translation>Jedem Server höchstens &lt;seconds&gt; geben (Standard %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Check the servers&apos; certificates against this root certificate instead of the profile&apos;s.</source>
        <translation>Die Zertifikate der Server gegen dieses Stammzertifikat prüfen statt gegen das des Profils.</translation>
    </message>
    <message>
        <source>diagnose needs --profile</source>
        <translation>diagnose braucht --profile</translation>
    </message>
    <message>
        <source>--password-stdin needs --email, which gives the log-in name</source>
        <translation>--password-stdin braucht --email, das den Benutzernamen ergibt</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds above 0, at most %1</source>
        <translation>--timeout braucht eine Sekundenzahl über 0, höchstens %1</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input</source>
        <translation>--password-stdin: kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>No safe way to use %1 works from this computer: %2</source>
        <translation>Von diesem Computer aus funktioniert kein sicherer Weg, %1 zu nutzen: %2</translation>
    </message>
    <message>
        <source>The log-in did not work: %1</source>
        <translation>Die Anmeldung hat nicht geklappt: %1</translation>
    </message>
    <message>
        <source>To use it: %1</source>
        <translation>So nutzen Sie es: %1</translation>
    </message>
    <message>
        <source>, user %1</source>
        <translation>, Benutzer %1</translation>
    </message>
    <message>
        <source>  (not used: no encryption)</source>
        <translation>  (nicht verwendet: keine Verschlüsselung)</translation>
    </message>
    <message>
        <source>No settings found for %1.</source>
        <translation>Keine Einstellungen für %1 gefunden.</translation>
    </message>
    <message>
        <source>Settings found for %1, best first. Nothing has been changed.</source>
        <translation>Gefundene Einstellungen für %1, die besten zuerst. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>from: %1, %2</source>
        <translation>von: %1, %2</translation>
    </message>
    <message>
        <source>trusted: from the provider or a source Mail Setup trusts</source>
        <translation>vertrauenswürdig: vom Anbieter oder aus einer Quelle, der Mail Setup vertraut</translation>
    </message>
    <message>
        <source>LESS TRUSTED: check these servers before using them</source>
        <translation>WENIGER VERTRAUENSWÜRDIG: prüfen Sie diese Server, bevor Sie sie verwenden</translation>
    </message>
    <message>
        <source>incoming: </source>
        <translation>Eingang: </translation>
    </message>
    <message>
        <source>outgoing: </source>
        <translation>Ausgang: </translation>
    </message>
    <message>
        <source>root certificate to trust: %1 (SHA-256 %2)</source>
        <translation>zu vertrauendes Stammzertifikat: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Where Mail Setup looked:</source>
        <translation>Wo Mail Setup gesucht hat:</translation>
    </message>
    <message>
        <source>Finds the mail server settings for an email address: the profiles built in, the provider&apos;s own settings file, Thunderbird&apos;s provider database, the domain&apos;s DNS records and, if all else fails, likely server names. Shows every answer with where it came from; changes nothing.</source>
        <translation>Findet die Mail-Server-Einstellungen für eine E-Mail-Adresse: in den eingebauten Profilen, in der Einstellungsdatei des Anbieters, in der Anbieterdatenbank von Thunderbird, in den DNS-Einträgen der Domain und, wenn alles andere versagt, über wahrscheinliche Servernamen. Zeigt jede Antwort mit ihrer Herkunft; ändert nichts.</translation>
    </message>
    <message>
        <source>the email address to find settings for</source>
        <translation>die E-Mail-Adresse, für die Einstellungen gesucht werden</translation>
    </message>
    <message>
        <source>Print the result as JSON, for scripts.</source>
        <translation>Das Ergebnis als JSON ausgeben, für Skripte.</translation>
    </message>
    <message>
        <source>Seconds to wait for each source (default 10).</source>
        <translation>Sekunden, die auf jede Quelle gewartet wird (Standard 10).</translation>
    </message>
    <message>
        <source>Only look at the profiles built into Mail Setup.</source>
        <translation>Nur in den in Mail Setup eingebauten Profilen suchen.</translation>
    </message>
    <message>
        <source>Usage: mailsetup discover EMAIL [--json] [--timeout SECONDS] [--no-network]</source>
        <translation>Aufruf: mailsetup discover EMAIL [--json] [--timeout SECONDS] [--no-network]</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds between 0 and 600, not &quot;%1&quot;</source>
        <translation>--timeout erwartet eine Sekundenzahl zwischen 0 und 600, nicht „%1“</translation>
    </message>
    <message>
        <source>No settings found for %1; ask your provider for its server names.</source>
        <translation>Keine Einstellungen für %1 gefunden; fragen Sie Ihren Anbieter nach seinen Servernamen.</translation>
    </message>
    <message>
        <source>  (none in this build)</source>
        <translation>  (keine in dieser Version)</translation>
    </message>
    <message>
        <source>Writes a settings file that a mail program imports.

Formats:
</source>
        <translation>Schreibt eine Einstellungsdatei, die ein E-Mail-Programm importiert.

Formate:
</translation>
    </message>
    <message>
        <source>The kind of file (see the list above).</source>
        <translation>Die Art der Datei (siehe Liste oben).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (default: a name that says what it is, in the current folder; - for the screen).</source>
        <translation>In &lt;file&gt; schreiben (Standard: ein Name, der sagt, was es ist, im aktuellen Ordner; - für den Bildschirm).</translation>
    </message>
    <message>
        <source>export needs --format</source>
        <translation>export braucht --format</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>Cannot make %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 geschrieben (%2).</translation>
    </message>
    <message>
        <source>Prints step-by-step instructions for setting up one mail program by hand, in the words of its own menus, with the provider&apos;s notes and helpdesk.

Mail programs:
</source>
        <translation>Gibt eine Schritt-für-Schritt-Anleitung aus, um ein E-Mail-Programm von Hand einzurichten, mit den Worten seiner eigenen Menüs, mit den Hinweisen und dem Helpdesk des Anbieters.

E-Mail-Programme:
</translation>
    </message>
    <message>
        <source>The mail program (see the list above).</source>
        <translation>Das E-Mail-Programm (siehe Liste oben).</translation>
    </message>
    <message>
        <source>Print an HTML page instead of text.</source>
        <translation>Eine HTML-Seite statt Text ausgeben.</translation>
    </message>
    <message>
        <source>instructions needs --client</source>
        <translation>instructions braucht --client</translation>
    </message>
    <message>
        <source>unknown mail program &quot;%1&quot;</source>
        <translation>unbekanntes E-Mail-Programm „%1“</translation>
    </message>
    <message>
        <source>Mail programs:</source>
        <translation>E-Mail-Programme:</translation>
    </message>
    <message>
        <source>Prints the settings sheet: servers, ports, security in plain words, user name, the certificate&apos;s fingerprint and the helpdesk, on one page. It never contains a password.</source>
        <translation>Gibt das Einstellungsblatt aus: Server, Ports, Sicherheit in einfachen Worten, Benutzername, Fingerabdruck des Zertifikats und Helpdesk auf einer Seite. Es enthält nie ein Passwort.</translation>
    </message>
    <message>
        <source>Write the sheet as a PDF file to &lt;file&gt;.</source>
        <translation>Das Blatt als PDF-Datei in &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>With --pdf: US Letter paper instead of A4.</source>
        <translation>Mit --pdf: Papierformat US Letter statt A4.</translation>
    </message>
    <message>
        <source>choose one of --pdf and --html</source>
        <translation>wählen Sie entweder --pdf oder --html</translation>
    </message>
    <message>
        <source>Wrote the settings sheet to %1.</source>
        <translation>Einstellungsblatt in %1 geschrieben.</translation>
    </message>
    <message>
        <source>this build of Mail Setup cannot make PDF files; use --html and print the page</source>
        <translation>diese Version von Mail Setup kann keine PDF-Dateien erstellen; verwenden Sie --html und drucken Sie die Seite</translation>
    </message>
    <message>
        <source>show, install, check or remove the provider&apos;s root certificate</source>
        <translation>das Stammzertifikat des Anbieters anzeigen, installieren, prüfen oder entfernen</translation>
    </message>
    <message>
        <source>check from this computer which servers of a provider work, and why</source>
        <translation>von diesem Computer aus prüfen, welche Server eines Anbieters funktionieren und warum</translation>
    </message>
    <message>
        <source>find a provider&apos;s server settings from an email address (changes nothing)</source>
        <translation>die Server-Einstellungen eines Anbieters anhand einer E-Mail-Adresse finden (ändert nichts)</translation>
    </message>
    <message>
        <source>write a settings file for a mail program to import</source>
        <translation>eine Einstellungsdatei schreiben, die ein E-Mail-Programm importiert</translation>
    </message>
    <message>
        <source>step-by-step instructions for one mail program</source>
        <translation>Schritt-für-Schritt-Anleitung für ein E-Mail-Programm</translation>
    </message>
    <message>
        <source>the settings sheet: text, HTML or PDF (never a password)</source>
        <translation>das Einstellungsblatt: Text, HTML oder PDF (nie mit Passwort)</translation>
    </message>
    <message>
        <source>mailsetup-trust-helper changes the system&apos;s certificates and runs only as root (through pkexec)</source>
        <translation>mailsetup-trust-helper ändert die Zertifikate des Systems und läuft nur als root (über pkexec)</translation>
    </message>
    <message>
        <source>%1; the certificate was taken out of %2 again</source>
        <translation>%1; das Zertifikat wurde wieder aus %2 entfernt</translation>
    </message>
    <message>
        <source>%1 trusts %2, but Mail Setup did not add it (it was there before, or someone else added it); it is left alone</source>
        <translation>%1 vertraut %2, aber Mail Setup hat es nicht hinzugefügt (es war schon vorher da oder jemand anderes hat es hinzugefügt); es bleibt unangetastet</translation>
    </message>
    <message>
        <source>%1 does not hold %2 from Mail Setup; nothing to remove</source>
        <translation>%1 enthält %2 nicht von Mail Setup; nichts zu entfernen</translation>
    </message>
    <message>
        <source>%1 already trusts %2; nothing was added</source>
        <translation>%1 vertraut %2 bereits; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>Use a configuration profile instead, which sets the account up through macOS itself: make it with &quot;mailsetup export --format mobileconfig&quot; (or the wizard), open it on the Mac and approve it in System Settings &gt; Privacy &amp; Security &gt; Profiles (System Preferences &gt; Profiles before macOS 13).</source>
        <translation>Verwenden Sie stattdessen ein Konfigurationsprofil, das den Account über macOS selbst einrichtet: Erstellen Sie es mit „mailsetup export --format mobileconfig“ (oder mit dem Assistenten), öffnen Sie es auf dem Mac und bestätigen Sie es unter Systemeinstellungen &gt; Datenschutz &amp; Sicherheit &gt; Profile (vor macOS 13: Systemeinstellungen &gt; Profile).</translation>
    </message>
    <message>
        <source>This Mac has Mail for Mac OS X 10.7 or later (its data is in %1), which keeps its accounts in the system&apos;s Internet Accounts and rebuilds its own files from them.</source>
        <translation>Dieser Mac hat Mail für Mac OS X 10.7 oder neuer (seine Daten liegen in %1), das seine Accounts in den Internetaccounts des Systems führt und seine eigenen Dateien daraus neu erstellt.</translation>
    </message>
    <message>
        <source>This Mac has a recent Mail, which keeps its accounts in the system&apos;s Internet Accounts.</source>
        <translation>Dieser Mac hat ein aktuelles Mail, das seine Accounts in den Internetaccounts des Systems führt.</translation>
    </message>
    <message>
        <source>%1 belongs to Mail for Mac OS X 10.7 or later, which keeps its accounts in the system&apos;s Internet Accounts and rebuilds this file from them.</source>
        <translation>%1 gehört zu Mail für Mac OS X 10.7 oder neuer, das seine Accounts in den Internetaccounts des Systems führt und diese Datei daraus neu erstellt.</translation>
    </message>
    <message>
        <source>%1 has no list of Mail accounts (MailAccounts): Mail has not been set up on this Mac yet. Add the account in Mail first (File &gt; Add Account), quit Mail, then run Mail Setup again.</source>
        <translation>%1 enthält keine Liste von Mail-Accounts (MailAccounts): Mail wurde auf diesem Mac noch nicht eingerichtet. Fügen Sie den Account zuerst in Mail hinzu (Ablage &gt; Account hinzufügen), beenden Sie Mail und starten Sie Mail Setup erneut.</translation>
    </message>
    <message>
        <source>%1 was written by Mail for Mac OS X 10.7 or later, which does not read its accounts from this file.</source>
        <translation>%1 wurde von Mail für Mac OS X 10.7 oder neuer geschrieben, das seine Accounts nicht aus dieser Datei liest.</translation>
    </message>
    <message>
        <source>Mail has no account for %1 in %2. Add it in Mail first (File &gt; Add Account; any settings will do), quit Mail, then run Mail Setup again to set its servers.</source>
        <translation>Mail hat in %2 keinen Account für %1. Fügen Sie ihn zuerst in Mail hinzu (Ablage &gt; Account hinzufügen; beliebige Einstellungen genügen), beenden Sie Mail und starten Sie Mail Setup erneut, um seine Server einzurichten.</translation>
    </message>
    <message>
        <source>%1 would not be encrypted; Mail Setup does not write that.</source>
        <translation>%1 wäre nicht verschlüsselt; so etwas schreibt Mail Setup nicht.</translation>
    </message>
    <message>
        <source>The account %1 in Mail is %2 (%3), but the settings are for %4. Mail cannot change an account&apos;s kind; choose %5 in Mail Setup, or add a new %4 account in Mail.</source>
        <translation>Der Account %1 in Mail ist %2 (%3), aber die Einstellungen sind für %4. Mail kann die Art eines Accounts nicht ändern; wählen Sie %5 in Mail Setup oder fügen Sie in Mail einen neuen %4-Account hinzu.</translation>
    </message>
    <message>
        <source>of an unknown kind</source>
        <translation>unbekannter Art</translation>
    </message>
    <message>
        <source>%1 describes only the outgoing server; the incoming server of %2 is left as it is.</source>
        <translation>%1 beschreibt nur den Postausgangs-Server; der Posteingangs-Server von %2 bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>The outgoing server %1 with user %2 is also used by another account in Mail, with other settings. Change it in Mail &gt; Preferences &gt; Accounts &gt; Outgoing Mail Server, or use another user name.</source>
        <translation>Der Postausgangs-Server %1 mit Benutzer %2 wird auch von einem anderen Account in Mail mit anderen Einstellungen verwendet. Ändern Sie ihn unter Mail &gt; Einstellungen &gt; Accounts &gt; Server für ausgehende E-Mails oder verwenden Sie einen anderen Benutzernamen.</translation>
    </message>
    <message>
        <source>DeliveryAccounts: new outgoing server %1 for %2</source>
        <translation>DeliveryAccounts: neuer Postausgangs-Server %1 für %2</translation>
    </message>
    <message>
        <source>DeliveryAccounts: new outgoing server %1 for %2 (the one it used is shared with another account, which keeps it)</source>
        <translation>DeliveryAccounts: neuer Postausgangs-Server %1 für %2 (der bisherige wird mit einem anderen Account geteilt, der ihn behält)</translation>
    </message>
    <message>
        <source>Update the Mail account %1 in %2:</source>
        <translation>Den Mail-Account %1 in %2 aktualisieren:</translation>
    </message>
    <message>
        <source>  incoming: %1</source>
        <translation>  Eingang: %1</translation>
    </message>
    <message>
        <source>  outgoing: %1</source>
        <translation>  Ausgang: %1</translation>
    </message>
    <message>
        <source>Mail&apos;s &quot;Use SSL&quot; is one switch; on a port other than 465, 993 or 995 Mail has to start encryption after connecting, and stops rather than sending your password unencrypted.</source>
        <translation>„SSL verwenden“ ist in Mail ein einziger Schalter; auf einem anderen Port als 465, 993 oder 995 muss Mail die Verschlüsselung nach dem Verbinden starten und bricht ab, statt Ihr Passwort unverschlüsselt zu senden.</translation>
    </message>
    <message>
        <source>Mail keeps the password in your keychain; Mail Setup does not touch it. Mail asks for it if the server or user name changed.</source>
        <translation>Mail bewahrt das Passwort in Ihrem Schlüsselbund auf; Mail Setup rührt es nicht an. Mail fragt danach, wenn sich Server oder Benutzername geändert haben.</translation>
    </message>
    <message>
        <source>The authentication method is left as Mail has it; choose &quot;Password&quot; in Mail &gt; Preferences &gt; Accounts &gt; Advanced if the server refuses it.</source>
        <translation>Die Authentifizierungsmethode bleibt, wie Mail sie hat; wählen Sie „Kennwort“ unter Mail &gt; Einstellungen &gt; Accounts &gt; Erweitert, wenn der Server sie ablehnt.</translation>
    </message>
    <message>
        <source>%1 %2, port %3, %4</source>
        <translation>%1 %2, Port %3, %4</translation>
    </message>
    <message>
        <source>%1 is not encrypted; Mail Setup does not write unencrypted settings.</source>
        <translation>%1 ist nicht verschlüsselt; Mail Setup schreibt keine unverschlüsselten Einstellungen.</translation>
    </message>
    <message>
        <source>Apple Mail&apos;s configuration profile cannot say &quot;%1&quot; for %2 (it knows no password, encrypted password, NTLM or none only).</source>
        <translation>Das Konfigurationsprofil von Apple Mail kann „%1“ für %2 nicht ausdrücken (es kennt nur Passwort, verschlüsseltes Passwort, NTLM oder keine).</translation>
    </message>
    <message>
        <source>%1 describes only the outgoing server. An Apple configuration profile always sets up a whole account, with the server mail comes from; set the outgoing server in Mail by hand instead (Mail &gt; Settings &gt; Accounts &gt; Server Settings).</source>
        <translation>%1 beschreibt nur den Postausgangs-Server. Ein Apple-Konfigurationsprofil richtet immer einen ganzen Account ein, samt dem Server, von dem Mail kommt; richten Sie den Postausgangs-Server stattdessen in Mail von Hand ein (Mail &gt; Einstellungen &gt; Accounts &gt; Servereinstellungen).</translation>
    </message>
    <message>
        <source>Apple Mail&apos;s configuration profile sets up POP or IMAP accounts only, not %1.</source>
        <translation>Das Konfigurationsprofil von Apple Mail richtet nur POP- oder IMAP-Accounts ein, nicht %1.</translation>
    </message>
    <message>
        <source>Sets up Mail to receive and send email for %1 through %2&apos;s encrypted servers: incoming %3; outgoing %4.</source>
        <translation>Richtet Mail ein, um E-Mail für %1 über die verschlüsselten Server von %2 zu empfangen und zu senden: Eingang %3; Ausgang %4.</translation>
    </message>
    <message>
        <source>It also installs the root certificate &quot;%1&quot;, which vouches for these servers.</source>
        <translation>Es installiert auch das Stammzertifikat „%1“, das für diese Server bürgt.</translation>
    </message>
    <message>
        <source>Email for %1 (%2)</source>
        <translation>E-Mail für %1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (SHA-256 fingerprint %2). %3&apos;s mail servers prove who they are with certificates issued under it.</source>
        <translation>„%1“ (SHA-256-Fingerabdruck %2). Die Mail-Server von %3 weisen sich mit Zertifikaten aus, die darunter ausgestellt sind.</translation>
    </message>
    <message>
        <source>Mail account %1</source>
        <translation>Mail-Account %1</translation>
    </message>
    <message>
        <source>The %1 account %2: incoming %3; outgoing %4. Mail asks for your password when the profile is installed; it is not stored in this file.</source>
        <translation>Der %1-Account %2: Eingang %3; Ausgang %4. Mail fragt beim Installieren des Profils nach Ihrem Passwort; es wird nicht in dieser Datei gespeichert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The profile can only say &quot;use SSL&quot;; on a STARTTLS port (%1) Mail starts encryption after connecting. If it cannot, it stops rather than sending your password unencrypted.</source>
        <translation>Das Profil kann nur „SSL verwenden“ sagen; auf einem STARTTLS-Port (%1) startet Mail die Verschlüsselung nach dem Verbinden. Geht das nicht, bricht es ab, statt Ihr Passwort unverschlüsselt zu senden.</translation>
    </message>
    <message>
        <source>Mail asks for the password when the profile is installed; the file holds none.</source>
        <translation>Mail fragt beim Installieren des Profils nach dem Passwort; die Datei enthält keines.</translation>
    </message>
    <message>
        <source>Then click the profile, check that it names your address and your provider, click Install and enter your Mac&apos;s password, then your email password when Mail asks for it.</source>
        <translation>Klicken Sie dann auf das Profil, prüfen Sie, dass es Ihre Adresse und Ihren Anbieter nennt, klicken Sie auf Installieren und geben Sie das Passwort Ihres Macs ein, danach Ihr E-Mail-Passwort, wenn Mail danach fragt.</translation>
    </message>
    <message>
        <source>macOS has received the profile but has not installed it yet. Open System Settings &gt; Privacy &amp; Security, scroll down to Profiles and open it (on newer versions it may be under System Settings &gt; General &gt; Device Management). </source>
        <translation>macOS hat das Profil erhalten, aber noch nicht installiert. Öffnen Sie Systemeinstellungen &gt; Datenschutz &amp; Sicherheit, scrollen Sie nach unten zu Profile und öffnen Sie es (bei neueren Versionen eventuell unter Systemeinstellungen &gt; Allgemein &gt; Geräteverwaltung). </translation>
    </message>
    <message>
        <source>macOS has received the profile but has not installed it yet. Open System Preferences &gt; Profiles. </source>
        <translation>macOS hat das Profil erhalten, aber noch nicht installiert. Öffnen Sie Systemeinstellungen &gt; Profile. </translation>
    </message>
    <message>
        <source>To install the profile on a Mac, double-click it, then open System Settings &gt; Privacy &amp; Security &gt; Profiles (macOS 13 and later) or System Preferences &gt; Profiles (earlier versions). </source>
        <translation>Um das Profil auf einem Mac zu installieren, doppelklicken Sie darauf und öffnen Sie dann Systemeinstellungen &gt; Datenschutz &amp; Sicherheit &gt; Profile (ab macOS 13) bzw. Systemeinstellungen &gt; Profile (ältere Versionen). </translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>macOS could not open %1 (%2). Double-click it in the Finder instead.</source>
        <translation>macOS konnte %1 nicht öffnen (%2). Doppelklicken Sie es stattdessen im Finder.</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----): %2</source>
        <translation>%1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----): %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key: %2</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel: %2</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 (.p12) file: %2</source>
        <translation>%1 ist keine PKCS#12-Datei (.p12): %2</translation>
    </message>
    <message>
        <source>cannot open %1 (wrong password?): %2</source>
        <translation>%1 lässt sich nicht öffnen (falsches Passwort?): %2</translation>
    </message>
    <message>
        <source>%1 does not hold both a certificate and its private key</source>
        <translation>%1 enthält nicht sowohl ein Zertifikat als auch seinen privaten Schlüssel</translation>
    </message>
    <message>
        <source>signing needs a certificate file and its private key file, or one .p12 file</source>
        <translation>zum Signieren braucht es eine Zertifikatsdatei und ihre private Schlüsseldatei oder eine .p12-Datei</translation>
    </message>
    <message>
        <source>the private key in %1 does not belong to the certificate in %2</source>
        <translation>der private Schlüssel in %1 gehört nicht zum Zertifikat in %2</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the profile: %1</source>
        <translation>OpenSSL konnte das Profil nicht signieren: %1</translation>
    </message>
    <message>
        <source>OpenSSL could not write the signed profile: %1</source>
        <translation>OpenSSL konnte das signierte Profil nicht schreiben: %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Open %1.</source>
        <translation>Öffnen Sie %1.</translation>
    </message>
    <message>
        <source>click %1.</source>
        <translation>klicken Sie auf %1.</translation>
    </message>
    <message>
        <source>in %1 type %2</source>
        <translation>geben Sie in %1 %2 ein</translation>
    </message>
    <message>
        <source>in %1 choose %2.</source>
        <translation>wählen Sie in %1 %2.</translation>
    </message>
    <message>
        <source>tick %1.</source>
        <translation>setzen Sie ein Häkchen bei %1.</translation>
    </message>
    <message>
        <source>clear the tick in %1.</source>
        <translation>entfernen Sie das Häkchen bei %1.</translation>
    </message>
    <message>
        <source>Setting up %1 for %2 (%3)</source>
        <translation>%1 für %2 einrichten (%3)</translation>
    </message>
    <message>
        <source>Important: %1</source>
        <translation>Wichtig: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>Von %1:</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Hilfe: %1</translation>
    </message>
    <message>
        <source>(Names of menus and fields from: %1)</source>
        <translation>(Namen der Menüs und Felder aus: %1)</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Wichtig:</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Hilfe:</translation>
    </message>
    <message>
        <source>Names of menus and fields from: %1</source>
        <translation>Namen der Menüs und Felder aus: %1</translation>
    </message>
    <message>
        <source>newsgroup %1</source>
        <translation>Newsgroup %1</translation>
    </message>
    <message>
        <source>%1 cannot send through %2 with the encryption %3 offers (%4). Mail Setup does not suggest a weaker setting; please use another mail program for sending, or ask %3 for help.</source>
        <translation>%1 kann nicht mit der Verschlüsselung, die %3 anbietet (%4), über %2 senden. Mail Setup schlägt keine schwächere Einstellung vor; verwenden Sie bitte ein anderes E-Mail-Programm zum Senden oder bitten Sie %3 um Hilfe.</translation>
    </message>
    <message>
        <source>%1 cannot use %2 port %3 (%4), so these steps use port %5 (%6) instead.</source>
        <translation>%1 kann %2 Port %3 (%4) nicht nutzen, daher verwenden diese Schritte stattdessen Port %5 (%6).</translation>
    </message>
    <message>
        <source>%1 cannot use %2 port %3 (%4) for incoming mail, so these steps use port %5 (%6) instead.</source>
        <translation>%1 kann %2 Port %3 (%4) nicht für den Posteingang nutzen, daher verwenden diese Schritte stattdessen Port %5 (%6).</translation>
    </message>
    <message>
        <source>%1 cannot protect incoming mail from %2: it has no encrypted connection that %3 offers. Leave its incoming settings as they are and read your mail with another program, or upgrade.</source>
        <translation>%1 kann eingehende Mail von %2 nicht schützen: Es beherrscht keine der verschlüsselten Verbindungen, die %3 anbietet. Lassen Sie seine Posteingangs-Einstellungen, wie sie sind, und lesen Sie Ihre Mail mit einem anderen Programm, oder aktualisieren Sie es.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Mail on the Mac trusts the certificates in Keychain Access. If Mail Setup has not installed the %1 for you, double-click the file %2 and add it to the &quot;login&quot; keychain; then in Keychain Access double-click it, open Trust and choose &quot;Always Trust&quot;.</source>
        <translation>Mail auf dem Mac vertraut den Zertifikaten in der Schlüsselbundverwaltung. Falls Mail Setup das %1 nicht für Sie installiert hat, doppelklicken Sie auf die Datei %2 und fügen Sie es dem Schlüsselbund „Anmeldung“ hinzu; doppelklicken Sie es dann in der Schlüsselbundverwaltung, öffnen Sie „Vertrauen“ und wählen Sie „Immer vertrauen“.</translation>
    </message>
    <message>
        <source>Check that its SHA-256 fingerprint is %1.</source>
        <translation>Prüfen Sie, dass sein SHA-256-Fingerabdruck %1 lautet.</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Postausgangs-Server (SMTP)</translation>
    </message>
    <message>
        <source>Select your account for %1 and click Edit.</source>
        <translation>Wählen Sie Ihr Konto für %1 und klicken Sie auf Bearbeiten.</translation>
    </message>
    <message>
        <source>This program cannot use STARTTLS; it must connect with SSL from the start.</source>
        <translation>Dieses Programm kann kein STARTTLS; es muss sich von Anfang an mit SSL verbinden.</translation>
    </message>
    <message>
        <source>Or enter the account ID %1 and your password in the fields below it.</source>
        <translation>Oder geben Sie die Konto-ID %1 und Ihr Passwort in die Felder darunter ein.</translation>
    </message>
    <message>
        <source>Incoming mail (%1)</source>
        <translation>Posteingang (%1)</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; (Microsoft Outlook/Outlook Express (Macintosh)); other labels not checked against the program</source>
        <translation>FNAL „TLS Configuration“ (Microsoft Outlook/Outlook Express (Macintosh)); andere Beschriftungen nicht am Programm geprüft</translation>
    </message>
    <message>
        <source>Select your account for %1.</source>
        <translation>Wählen Sie Ihr Konto für %1.</translation>
    </message>
    <message>
        <source>The button beside &quot;Outgoing Mail Server (SMTP)&quot;.</source>
        <translation>Die Schaltfläche neben „Server für ausgehende E-Mails (SMTP)“.</translation>
    </message>
    <message>
        <source>Type the port after ticking &quot;Use SSL&quot;.</source>
        <translation>Geben Sie den Port ein, nachdem Sie „SSL verwenden“ angekreuzt haben.</translation>
    </message>
    <message>
        <source>Close the window and click Save when Mail asks.</source>
        <translation>Schließen Sie das Fenster und klicken Sie auf Sichern, wenn Mail fragt.</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; (Mac OS/X); other labels not checked against the program</source>
        <translation>FNAL „TLS Configuration“ (Mac OS/X); andere Beschriftungen nicht am Programm geprüft</translation>
    </message>
    <message>
        <source>On macOS 12 and earlier the menu is called Mail &gt; Preferences.</source>
        <translation>Unter macOS 12 und früher heißt das Menü Mail &gt; Einstellungen.</translation>
    </message>
    <message>
        <source>The box under the incoming host name.</source>
        <translation>Das Feld unter dem Namen des Posteingangs-Servers.</translation>
    </message>
    <message>
        <source>Select the server your account uses.</source>
        <translation>Wählen Sie den Server, den Ihr Account verwendet.</translation>
    </message>
    <message>
        <source>The box under the outgoing host name.</source>
        <translation>Das Feld unter dem Namen des Postausgangs-Servers.</translation>
    </message>
    <message>
        <source>Apple Mail User Guide &quot;Change Server Settings settings in Mail on Mac&quot;; not checked against the program</source>
        <translation>Apple Mail-Benutzerhandbuch „Change Server Settings settings in Mail on Mac“; nicht am Programm geprüft</translation>
    </message>
    <message>
        <source>Under your account %1 in the list on the left.</source>
        <translation>Unter Ihrem Account %1 in der Liste links.</translation>
    </message>
    <message>
        <source>Select the server your account uses first; if there is none, click Add… instead.</source>
        <translation>Wählen Sie zuerst den Server, den Ihr Account verwendet; gibt es keinen, klicken Sie stattdessen auf Hinzufügen …</translation>
    </message>
    <message>
        <source>Thunderbird asks for your password the first time it fetches or sends mail; tick &quot;Use Password Manager to remember this password&quot; if you want it kept.</source>
        <translation>Thunderbird fragt nach Ihrem Passwort, wenn es zum ersten Mal Mail abruft oder sendet; setzen Sie ein Häkchen bei „Die Passwortverwaltung benutzen, um dieses Passwort zu speichern“, wenn es gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Edit &gt; Account Settings (Linux), Tools &gt; Account Settings (Windows), or the ≡ menu &gt; Account Settings</source>
        <translation>Bearbeiten &gt; Konten-Einstellungen (Linux), Extras &gt; Konten-Einstellungen (Windows) oder das Menü ≡ &gt; Konten-Einstellungen</translation>
    </message>
    <message>
        <source>The last entry in the list on the left; called &quot;Outgoing Server (SMTP)&quot; in older versions.</source>
        <translation>Der letzte Eintrag in der Liste links; in älteren Versionen „Postausgangs-Server (SMTP)“ genannt.</translation>
    </message>
    <message>
        <source>Thunderbird 153 (Debian): am-server-top.dtd, smtpEditOverlay.dtd, accountManager.ftl, messenger.dtd, messenger.properties</source>
        <translation>Thunderbird 153 (Debian): am-server-top.dtd, smtpEditOverlay.dtd, accountManager.ftl, messenger.dtd, messenger.properties</translation>
    </message>
    <message>
        <source>The last entry in the list on the left.</source>
        <translation>Der letzte Eintrag in der Liste links.</translation>
    </message>
    <message>
        <source>SeaMonkey 2.x shares Thunderbird&apos;s mailnews labels (releases-comm-central mailnews/); menu name as in the FNAL page for Mozilla</source>
        <translation>SeaMonkey 2.x teilt die mailnews-Beschriftungen von Thunderbird (releases-comm-central mailnews/); Menüname wie auf der FNAL-Seite für Mozilla</translation>
    </message>
    <message>
        <source>Type the port after ticking the box: ticking it puts the default port back.</source>
        <translation>Geben Sie den Port nach dem Ankreuzen ein: Das Ankreuzen setzt den Standard-Port zurück.</translation>
    </message>
    <message>
        <source>Not &quot;TLS, if available&quot;: with that choice an attacker on the network can switch encryption off and read your password.</source>
        <translation>Nicht „TLS, wenn möglich“: Bei dieser Wahl kann ein Angreifer im Netz die Verschlüsselung abschalten und Ihr Passwort lesen.</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; page (Netscape v7.x/Mozilla v1.3); SMTP try_ssl values in releases-comm-central mailnews/compose/src/nsSmtpServer.cpp (2008 import)</source>
        <translation>FNAL-Seite „TLS Configuration“ (Netscape v7.x/Mozilla v1.3); SMTP-Werte von try_ssl in releases-comm-central mailnews/compose/src/nsSmtpServer.cpp (Import von 2008)</translation>
    </message>
    <message>
        <source>Netscape 4 always sends to port %1; it has no port setting.</source>
        <translation>Netscape 4 sendet immer an Port %1; es hat keine Port-Einstellung.</translation>
    </message>
    <message>
        <source>Not &quot;If Possible&quot;: with that choice an attacker on the network can switch encryption off.</source>
        <translation>Nicht „If Possible“: Bei dieser Wahl kann ein Angreifer im Netz die Verschlüsselung abschalten.</translation>
    </message>
    <message>
        <source>Netscape asks for your password the first time you send mail in each session.</source>
        <translation>Netscape fragt in jeder Sitzung beim ersten Senden nach Ihrem Passwort.</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; page (Netscape v4.x); mail.smtp.ssl values as clientprofiles/mozilla/netscape4adapter.cpp writes them</source>
        <translation>FNAL-Seite „TLS Configuration“ (Netscape v4.x); Werte von mail.smtp.ssl, wie clientprofiles/mozilla/netscape4adapter.cpp sie schreibt</translation>
    </message>
    <message>
        <source>only if the other ports are blocked where you are; many Internet providers block or intercept port 25</source>
        <translation>nur wenn die anderen Ports bei Ihnen gesperrt sind; viele Internetanbieter sperren Port 25 oder fangen ihn ab</translation>
    </message>
    <message>
        <source>if port %1 is blocked where you are, or your program has no SSL/TLS setting</source>
        <translation>wenn Port %1 bei Ihnen gesperrt ist oder Ihr Programm keine SSL/TLS-Einstellung hat</translation>
    </message>
    <message>
        <source>another submission port</source>
        <translation>ein weiterer Port für den Versand</translation>
    </message>
    <message>
        <source>for programs that cannot use STARTTLS</source>
        <translation>für Programme, die kein STARTTLS können</translation>
    </message>
    <message>
        <source>if you prefer %1 to %2</source>
        <translation>wenn Sie %1 lieber als %2 verwenden</translation>
    </message>
    <message>
        <source>for programs that offer only STARTTLS (&quot;use STARTTLS&quot; or &quot;TLS&quot;)</source>
        <translation>für Programme, die nur STARTTLS anbieten („STARTTLS verwenden“ oder „TLS“)</translation>
    </message>
    <message>
        <source>Email address:  %1</source>
        <translation>E-Mail-Adresse:  %1</translation>
    </message>
    <message>
        <source>Your name:      %1</source>
        <translation>Ihr Name:        %1</translation>
    </message>
    <message>
        <source>Recommended settings</source>
        <translation>Empfohlene Einstellungen</translation>
    </message>
    <message>
        <source>Server:     %1</source>
        <translation>Server:         %1</translation>
    </message>
    <message>
        <source>Port:       %1</source>
        <translation>Port:           %1</translation>
    </message>
    <message>
        <source>Security:   %1</source>
        <translation>Sicherheit:     %1</translation>
    </message>
    <message>
        <source>User name:  %1</source>
        <translation>Benutzername:   %1</translation>
    </message>
    <message>
        <source>Use it:     %1</source>
        <translation>Verwendung:     %1</translation>
    </message>
    <message>
        <source>Alternatives (same user name and password)</source>
        <translation>Alternativen (gleicher Benutzername, gleiches Passwort)</translation>
    </message>
    <message>
        <source>Certificate to trust: %1 (file %2, valid until %3)</source>
        <translation>Zu vertrauendes Zertifikat: %1 (Datei %2, gültig bis %3)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>SHA-1 (Windows &quot;Thumbprint&quot;): %1</source>
        <translation>SHA-1 (Windows „Fingerabdruck“): %1</translation>
    </message>
    <message>
        <source>If a program shows other numbers for this certificate, do not accept it.</source>
        <translation>Zeigt ein Programm für dieses Zertifikat andere Zahlen, nehmen Sie es nicht an.</translation>
    </message>
    <message>
        <source>Note from %1: %2</source>
        <translation>Hinweis von %1: %2</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Mehr: %1</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Zu vertrauendes Zertifikat</translation>
    </message>
    <message>
        <source>%1 (file %2, valid until %3)</source>
        <translation>%1 (Datei %2, gültig bis %3)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-1 (Windows &quot;Thumbprint&quot;)</source>
        <translation>SHA-1 (Windows „Fingerabdruck“)</translation>
    </message>
    <message>
        <source>Note from %1:</source>
        <translation>Hinweis von %1:</translation>
    </message>
    <message>
        <source>More:</source>
        <translation>Mehr:</translation>
    </message>
    <message>
        <source>GNOME/evolution src/modules/mail-config/e-mail-config-smtp-backend.c and e-mail-config-remote-accounts.c</source>
        <translation>GNOME/evolution src/modules/mail-config/e-mail-config-smtp-backend.c und e-mail-config-remote-accounts.c</translation>
    </message>
    <message>
        <source>Select the account and click Modify... (or Add... and the %1 entry).</source>
        <translation>Wählen Sie das Konto und klicken Sie auf Ändern … (oder Hinzufügen … und den Eintrag %1).</translation>
    </message>
    <message>
        <source>Choosing the encryption changes the port; type it afterwards.</source>
        <translation>Die Wahl der Verschlüsselung ändert den Port; geben Sie ihn danach ein.</translation>
    </message>
    <message>
        <source>Select the outgoing account and click Modify... (or Add... and SMTP).</source>
        <translation>Wählen Sie das Versandkonto und klicken Sie auf Ändern … (oder Hinzufügen … und SMTP).</translation>
    </message>
    <message>
        <source>KDE/kmailtransport smtpsettings.ui; KDE/kdepim-runtime resources/pop3/popsettings.ui</source>
        <translation>KDE/kmailtransport smtpsettings.ui; KDE/kdepim-runtime resources/pop3/popsettings.ui</translation>
    </message>
    <message>
        <source>Claws Mail 4.1.1 (Debian), strings of the program; eworm-de/claws-mail src/prefs_account.c</source>
        <translation>Claws Mail 4.1.1 (Debian), Texte des Programms; eworm-de/claws-mail src/prefs_account.c</translation>
    </message>
    <message>
        <source>Or edit the same lines in ~/.pinerc while Pine is not running.</source>
        <translation>Oder bearbeiten Sie dieselben Zeilen in ~/.pinerc, während Pine nicht läuft.</translation>
    </message>
    <message>
        <source>/ssl: encrypted from the start; /tls: STARTTLS, and never without it.</source>
        <translation>/ssl: von Anfang an verschlüsselt; /tls: STARTTLS, und nie ohne.</translation>
    </message>
    <message>
        <source>Press E to leave Setup and Y to save. Pine asks for your password the first time it sends mail in each session.</source>
        <translation>Drücken Sie E, um Setup zu verlassen, und Y zum Speichern. Pine fragt in jeder Sitzung beim ersten Senden nach Ihrem Passwort.</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; (Pine); alpinemail/alpine pith/conf.c, c-client smtp.c</source>
        <translation>FNAL „TLS Configuration“ (Pine); alpinemail/alpine pith/conf.c, c-client smtp.c</translation>
    </message>
    <message>
        <source>Edit the file while Mutt is not running (NeoMutt also reads ~/.neomuttrc).</source>
        <translation>Bearbeiten Sie die Datei, während Mutt nicht läuft (NeoMutt liest auch ~/.neomuttrc).</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Never connect without encryption.</source>
        <translation>Nie ohne Verschlüsselung verbinden.</translation>
    </message>
    <message>
        <source>muttmua/mutt init.h and doc/manual.xml.head (smtp_url, spoolfile, ssl_force_tls, ssl_starttls)</source>
        <translation>muttmua/mutt init.h und doc/manual.xml.head (smtp_url, spoolfile, ssl_force_tls, ssl_starttls)</translation>
    </message>
    <message>
        <source>Outlook, Outlook Express and Windows Mail trust the certificates Windows trusts. If Mail Setup has not installed the %1 for you, double-click the file %2 (if Windows does not open it, rename it to end in .crt first).</source>
        <translation>Outlook, Outlook Express und Windows Mail vertrauen den Zertifikaten, denen Windows vertraut. Falls Mail Setup das %1 nicht für Sie installiert hat, doppelklicken Sie auf die Datei %2 (öffnet Windows sie nicht, benennen Sie sie vorher so um, dass sie auf .crt endet).</translation>
    </message>
    <message>
        <source>Check that &quot;Thumbprint&quot; is %1 (SHA-256: %2). If it differs, stop and call your helpdesk.</source>
        <translation>Prüfen Sie, dass „Fingerabdruck“ %1 lautet (SHA-256: %2). Weicht er ab, hören Sie auf und rufen Sie Ihren Helpdesk an.</translation>
    </message>
    <message>
        <source>Let the wizard choose where the certificate goes, and answer Yes when Windows asks whether to install it.</source>
        <translation>Lassen Sie den Assistenten wählen, wohin das Zertifikat kommt, und antworten Sie mit Ja, wenn Windows fragt, ob es installiert werden soll.</translation>
    </message>
    <message>
        <source>On the Mail tab, select your account for %1.</source>
        <translation>Wählen Sie auf der Registerkarte E-Mail Ihr Konto für %1.</translation>
    </message>
    <message>
        <source>The box under &quot;Outgoing mail (SMTP)&quot;.</source>
        <translation>Das Feld unter „Postausgang (SMTP)“.</translation>
    </message>
    <message>
        <source>The box under &quot;Incoming mail (%1)&quot;.</source>
        <translation>Das Feld unter „Posteingang (%1)“.</translation>
    </message>
    <message>
        <source>The first time you send or fetch mail, enter your %1 email password when asked.</source>
        <translation>Geben Sie beim ersten Senden oder Abrufen Ihr E-Mail-Passwort für %1 ein, wenn danach gefragt wird.</translation>
    </message>
    <message>
        <source>PCUG &quot;Configuring Your Email Client Program&quot; (Outlook Express 6.0, OE 5.5) and FNAL &quot;TLS Configuration&quot; (Microsoft Outlook Express)</source>
        <translation>PCUG „Configuring Your Email Client Program“ (Outlook Express 6.0, OE 5.5) und FNAL „TLS Configuration“ (Microsoft Outlook Express)</translation>
    </message>
    <message>
        <source>These steps are for Outlook 98 and 2000 in &quot;Internet Mail Only&quot; mode, whose account dialog is the one of Outlook Express. In &quot;Corporate or Workgroup&quot; mode, use the Outlook 2002/2003 steps.</source>
        <translation>Diese Schritte gelten für Outlook 98 und 2000 im Modus „Nur Internet-E-Mail“, dessen Kontodialog der von Outlook Express ist. Im Modus „Unternehmen oder Arbeitsgruppe“ verwenden Sie die Schritte für Outlook 2002/2003.</translation>
    </message>
    <message>
        <source>PCUG &quot;Configuring Your Email Client Program&quot; (Outlook 2000)</source>
        <translation>PCUG „Configuring Your Email Client Program“ (Outlook 2000)</translation>
    </message>
    <message>
        <source>Windows Mail (Windows Vista): open the accounts with Tools &gt; Accounts. Windows Live Mail: on the Accounts tab, click Properties (or right-click the account and choose Properties).</source>
        <translation>Windows Mail (Windows Vista): Öffnen Sie die Konten mit Extras &gt; Konten. Windows Live Mail: Klicken Sie auf der Registerkarte Konten auf Eigenschaften (oder klicken Sie mit der rechten Maustaste auf das Konto und wählen Sie Eigenschaften).</translation>
    </message>
    <message>
        <source>Dialog inherited from Outlook Express; settings as MicrosoftDocs/win32 oe-account-entry.md (labels not checked against the program)</source>
        <translation>Dialog von Outlook Express übernommen; Einstellungen nach MicrosoftDocs/win32 oe-account-entry.md (Beschriftungen nicht am Programm geprüft)</translation>
    </message>
    <message>
        <source>Open the account</source>
        <translation>Das Konto öffnen</translation>
    </message>
    <message>
        <source>Select your account for %1 first.</source>
        <translation>Wählen Sie zuerst Ihr Konto für %1.</translation>
    </message>
    <message>
        <source>Or &quot;Log on using&quot; with the user name %1, if your incoming mail is elsewhere.</source>
        <translation>Oder „Anmelden mit“ und dem Benutzernamen %1, wenn Ihr Posteingang woanders liegt.</translation>
    </message>
    <message>
        <source>Ports and encryption</source>
        <translation>Ports und Verschlüsselung</translation>
    </message>
    <message>
        <source>The box under &quot;Incoming server (%1)&quot;.</source>
        <translation>Das Feld unter „Posteingangsserver (%1)“.</translation>
    </message>
    <message>
        <source>The box under &quot;Outgoing server (SMTP)&quot;.</source>
        <translation>Das Feld unter „Postausgangsserver (SMTP)“.</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; (Microsoft Outlook 2003)</source>
        <translation>FNAL „TLS Configuration“ (Microsoft Outlook 2003)</translation>
    </message>
    <message>
        <source>Outlook 2007: Tools &gt; Account Settings.</source>
        <translation>Outlook 2007: Extras &gt; Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>If Outlook shows a short form with &quot;Incoming mail&quot; and &quot;Outgoing mail&quot; instead (newer Microsoft 365 builds), the same values go into its Server, Port and &quot;Encryption method&quot; boxes.</source>
        <translation>Zeigt Outlook stattdessen ein kurzes Formular mit „Eingehende E-Mail“ und „Ausgehende E-Mail“ (neuere Microsoft 365-Versionen), gehören dieselben Werte in dessen Felder Server, Port und „Verschlüsselungsmethode“.</translation>
    </message>
    <message>
        <source>Outlook 2007 and 2010 say &quot;(SSL)&quot;.</source>
        <translation>Outlook 2007 und 2010 sagen „(SSL)“.</translation>
    </message>
    <message>
        <source>Outlook 2007 to 2013 call it &quot;SSL&quot;.</source>
        <translation>Outlook 2007 bis 2013 nennen es „SSL“.</translation>
    </message>
    <message>
        <source>Outlook 2007 to 2013 call it &quot;TLS&quot;. Never &quot;Auto&quot;.</source>
        <translation>Outlook 2007 bis 2013 nennen es „TLS“. Nie „Automatisch“.</translation>
    </message>
    <message>
        <source>Outlook tests the settings; then click Finish.</source>
        <translation>Outlook testet die Einstellungen; klicken Sie dann auf Fertig stellen.</translation>
    </message>
    <message>
        <source>Microsoft support &quot;Change or update email account settings in Outlook for Windows&quot;; dialog of Outlook 2003 (FNAL page). Labels not checked against the programs.</source>
        <translation>Microsoft-Support „Change or update email account settings in Outlook for Windows“; Dialog von Outlook 2003 (FNAL-Seite). Beschriftungen nicht an den Programmen geprüft.</translation>
    </message>
    <message>
        <source>Eudora needs version 6.1.1 or later, in Paid or Sponsored mode (Light mode cannot log in to the outgoing server). These steps change your Dominant personality.</source>
        <translation>Eudora braucht Version 6.1.1 oder neuer im Modus Paid oder Sponsored (im Modus Light kann es sich nicht beim Postausgangs-Server anmelden). Diese Schritte ändern Ihre Persönlichkeit „Dominant“.</translation>
    </message>
    <message>
        <source>Scroll down the Category list on the left to &quot;Sending Mail&quot;.</source>
        <translation>Scrollen Sie in der Liste Category links nach unten zu „Sending Mail“.</translation>
    </message>
    <message>
        <source>Eudora tries CRAM-MD5 first; %1 does not offer it, so Eudora uses LOGIN or PLAIN by itself.</source>
        <translation>Eudora versucht zuerst CRAM-MD5; %1 bietet das nicht an, also verwendet Eudora von selbst LOGIN oder PLAIN.</translation>
    </message>
    <message>
        <source>The alternate port is %1.</source>
        <translation>Der alternative Port ist %1.</translation>
    </message>
    <message>
        <source>Not &quot;If Available, STARTTLS&quot;: an attacker could switch encryption off. %1</source>
        <translation>Nicht „If Available, STARTTLS“: Ein Angreifer könnte die Verschlüsselung abschalten. %1</translation>
    </message>
    <message>
        <source>Right-click &quot;Dominant&quot; and choose Properties.</source>
        <translation>Klicken Sie mit der rechten Maustaste auf „Dominant“ und wählen Sie Properties.</translation>
    </message>
    <message>
        <source>Send a test message. Eudora asks for your %1 email password. If it then says &quot;Certificate Error: Cert Chain not trusted&quot;, trust the certificate as follows.</source>
        <translation>Senden Sie eine Testnachricht. Eudora fragt nach Ihrem E-Mail-Passwort für %1. Meldet es dann „Certificate Error: Cert Chain not trusted“, vertrauen Sie dem Zertifikat wie folgt.</translation>
    </message>
    <message>
        <source>the root certificate</source>
        <translation>das Stammzertifikat</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1.</source>
        <translation>Sein SHA-256-Fingerabdruck ist %1.</translation>
    </message>
    <message>
        <source>It then appears under &quot;User Trusted Certificates&quot;. Send the test message again.</source>
        <translation>Danach erscheint es unter „User Trusted Certificates“. Senden Sie die Testnachricht noch einmal.</translation>
    </message>
    <message>
        <source>Eudora asks for your password again the first time you send after each start.</source>
        <translation>Eudora fragt nach jedem Start beim ersten Senden erneut nach Ihrem Passwort.</translation>
    </message>
    <message>
        <source>PCUG &quot;Configuring Your Email Client Program&quot; (Eudora); Eudora 7.1 source (evilneuro/eudora-win EudoraRes.rc, SSLSettings.h) for the STARTTLS and receiving choices</source>
        <translation>PCUG „Configuring Your Email Client Program“ (Eudora); Quelltext von Eudora 7.1 (evilneuro/eudora-win EudoraRes.rc, SSLSettings.h) für die Auswahl bei STARTTLS und Empfang</translation>
    </message>
    <message>
        <source>the profile folder %1 does not exist</source>
        <translation>der Profilordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 Everything was put back as it was.</source>
        <translation>%1 Alles wurde wieder in den vorherigen Zustand gebracht.</translation>
    </message>
    <message>
        <source>%1 Putting the rest back also failed: %2. The copies are in %3.</source>
        <translation>%1 Das Zurücklegen des Rests ist ebenfalls fehlgeschlagen: %2. Die Kopien liegen in %3.</translation>
    </message>
    <message>
        <source>%1: %2. Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation>%1: %2. Mail Setup schreibt keine Datei neu, die es nicht vollständig lesen kann.</translation>
    </message>
    <message>
        <source>could not write the certificate file %1</source>
        <translation>die Zertifikatsdatei %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Trust %1 in Eudora (User Trusted Certificates, %2).</source>
        <translation>%1 in Eudora vertrauen (User Trusted Certificates, %2).</translation>
    </message>
    <message>
        <source>If Eudora&apos;s program folder has a usercerts.p7b with certificates you trusted before, Eudora now reads the one in its data folder instead: add those again with the Certificate Information Manager.</source>
        <translation>Liegt im Programmordner von Eudora eine usercerts.p7b mit Zertifikaten, denen Sie früher vertraut haben, liest Eudora jetzt stattdessen die in seinem Datenordner: Fügen Sie diese mit dem Certificate Information Manager erneut hinzu.</translation>
    </message>
    <message>
        <source>Eudora trusts this certificate when the server sends it along; Eudora 6 may keep certificates elsewhere (not confirmed): if sending fails with &quot;Cert Chain not trusted&quot;, add it with Last SSL Info &gt; Certificate Information Manager &gt; Add to Trusted.</source>
        <translation>Eudora vertraut diesem Zertifikat, wenn der Server es mitschickt; Eudora 6 bewahrt Zertifikate eventuell woanders auf (nicht bestätigt): Schlägt das Senden mit „Cert Chain not trusted“ fehl, fügen Sie es über Last SSL Info &gt; Certificate Information Manager &gt; Add to Trusted hinzu.</translation>
    </message>
    <message>
        <source>add %1 (SHA-256 %2)</source>
        <translation>%1 hinzufügen (SHA-256 %2)</translation>
    </message>
    <message>
        <source>not a PKCS#7 certificate file</source>
        <translation>keine PKCS#7-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Required, Alternate Port</source>
        <translation>Required, Alternate Port</translation>
    </message>
    <message>
        <source>Required, STARTTLS</source>
        <translation>Required, STARTTLS</translation>
    </message>
    <message>
        <source>Allow authentication</source>
        <translation>Allow authentication</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only, and no Eudora personality sends from %2. Set up a personality for %2 first (Tools &gt; Personalities), then try again.</source>
        <translation>%1 richtet nur den Postausgang ein, und keine Eudora-Persönlichkeit sendet von %2. Richten Sie zuerst eine Persönlichkeit für %2 ein (Tools &gt; Personalities) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your name has characters Eudora cannot store; enter it in Tools &gt; Personalities &gt; Real Name.</source>
        <translation>Ihr Name enthält Zeichen, die Eudora nicht speichern kann; geben Sie ihn unter Tools &gt; Personalities &gt; Real Name ein.</translation>
    </message>
    <message>
        <source>The personality %1 receives mail by %2; %3 offers %4, so its incoming server was left as it is.</source>
        <translation>Die Persönlichkeit %1 empfängt Mail über %2; %3 bietet %4 an, daher blieb ihr Posteingangs-Server, wie er ist.</translation>
    </message>
    <message>
        <source>send with its own server, not the SMTP Relay Personality %1</source>
        <translation>mit dem eigenen Server senden, nicht über die SMTP Relay Personality %1</translation>
    </message>
    <message>
        <source>SMTP Relay Personality</source>
        <translation>SMTP Relay Personality</translation>
    </message>
    <message>
        <source>%1 is the SMTP Relay Personality: the other personalities send through %2 too.</source>
        <translation>%1 ist die SMTP Relay Personality: Die anderen Persönlichkeiten senden ebenfalls über %2.</translation>
    </message>
    <message>
        <source>To send the mail of every personality through %1, choose %2 as &quot;SMTP Relay Personality&quot; in Tools &gt; Options &gt; Sending Mail.</source>
        <translation>Um die Mail aller Persönlichkeiten über %1 zu senden, wählen Sie %2 als „SMTP Relay Personality“ unter Tools &gt; Options &gt; Sending Mail.</translation>
    </message>
    <message>
        <source>Add the Eudora personality %1 for %2.</source>
        <translation>Die Eudora-Persönlichkeit %1 für %2 hinzufügen.</translation>
    </message>
    <message>
        <source>Update the Eudora personality %1 (%2).</source>
        <translation>Die Eudora-Persönlichkeit %1 (%2) aktualisieren.</translation>
    </message>
    <message>
        <source>Send through %1 port %2 (%3), logging in as %4.</source>
        <translation>Über %1 Port %2 (%3) senden, angemeldet als %4.</translation>
    </message>
    <message>
        <source>Eudora asks for your password the first time it sends or checks mail.</source>
        <translation>Eudora fragt nach Ihrem Passwort, wenn es zum ersten Mal Mail sendet oder abruft.</translation>
    </message>
    <message>
        <source>Close Windows Mail, copy this file into its store folder (usually %LOCALAPPDATA%\Microsoft\Windows Mail; for Windows Live Mail %LOCALAPPDATA%\Microsoft\Windows Live Mail) and start it again: it takes the account over and asks for your password.</source>
        <translation>Schließen Sie Windows Mail, kopieren Sie diese Datei in seinen Speicherordner (meist %LOCALAPPDATA%\Microsoft\Windows Mail; bei Windows Live Mail %LOCALAPPDATA%\Microsoft\Windows Live Mail) und starten Sie es wieder: Es übernimmt das Konto und fragt nach Ihrem Passwort.</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; a new Windows Mail account needs an incoming server too.</source>
        <translation>%1 richtet nur den Postausgang ein; ein neues Windows Mail-Konto braucht auch einen Posteingangs-Server.</translation>
    </message>
    <message>
        <source>Outlook 2002-2010</source>
        <translation>Outlook 2002–2010</translation>
    </message>
    <message>
        <source>Outlook 2013</source>
        <translation>Outlook 2013</translation>
    </message>
    <message>
        <source>Outlook 2016-2021/365</source>
        <translation>Outlook 2016–2021/365</translation>
    </message>
    <message>
        <source>Outlook %1</source>
        <translation>Outlook %1</translation>
    </message>
    <message>
        <source>identity &quot;%1&quot;%2</source>
        <translation>Identität „%1“%2</translation>
    </message>
    <message>
        <source> (the one it starts with)</source>
        <translation> (mit der es startet)</translation>
    </message>
    <message>
        <source>main identity</source>
        <translation>Hauptidentität</translation>
    </message>
    <message>
        <source>identity &quot;%1&quot;</source>
        <translation>Identität „%1“</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; an Outlook profile file needs an incoming server too. Change the outgoing server of the existing account in Outlook instead.</source>
        <translation>%1 richtet nur den Postausgang ein; eine Outlook-Profildatei braucht auch einen Posteingangs-Server. Ändern Sie stattdessen den Postausgangs-Server des bestehenden Kontos in Outlook.</translation>
    </message>
    <message>
        <source>an Outlook profile file cannot require STARTTLS for incoming mail; choose the SSL/TLS port (995 for POP3, 993 for IMAP) instead</source>
        <translation>eine Outlook-Profildatei kann für den Posteingang kein STARTTLS erzwingen; wählen Sie stattdessen den SSL/TLS-Port (995 für POP3, 993 für IMAP)</translation>
    </message>
    <message>
        <source>the name or address has characters an Outlook profile file cannot carry; use plain letters for the name</source>
        <translation>der Name oder die Adresse enthält Zeichen, die eine Outlook-Profildatei nicht aufnehmen kann; verwenden Sie einfache Buchstaben für den Namen</translation>
    </message>
    <message>
        <source>the text value has no closing quote</source>
        <translation>dem Textwert fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>unexpected characters after the closing quote</source>
        <translation>unerwartete Zeichen nach dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>dword: needs up to 8 hexadecimal digits, found &quot;%1&quot;</source>
        <translation>dword: braucht bis zu 8 Hexadezimalziffern, gefunden „%1“</translation>
    </message>
    <message>
        <source>hex(N): needs a hexadecimal type number</source>
        <translation>hex(N): braucht eine hexadezimale Typnummer</translation>
    </message>
    <message>
        <source>unknown value type in &quot;%1&quot; (expected &quot;text&quot;, dword:, hex: or hex(N):)</source>
        <translation>unbekannter Werttyp in „%1“ (erwartet: &quot;Text&quot;, dword:, hex: oder hex(N):)</translation>
    </message>
    <message>
        <source>hexadecimal bytes must be pairs of digits separated by commas</source>
        <translation>hexadezimale Bytes müssen Ziffernpaare sein, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>the Windows registry can only be changed on Windows; on this computer Mail Setup works on .reg files (--home with --os windows)</source>
        <translation>die Windows-Registrierung lässt sich nur unter Windows ändern; auf diesem Computer arbeitet Mail Setup mit .reg-Dateien (--home mit --os windows)</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>the Windows registry</source>
        <translation>die Windows-Registrierung</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; in %3</source>
        <translation>%1 „%2“ in %3</translation>
    </message>
    <message>
        <source>the registry value %1 &quot;%2&quot; in %3 changed after the plan was made (was %4 started?). Nothing was written; review the plan again.</source>
        <translation>der Registrierungswert %1 „%2“ in %3 hat sich geändert, nachdem der Plan erstellt wurde (wurde %4 gestartet?). Nichts wurde geschrieben; sehen Sie sich den Plan noch einmal an.</translation>
    </message>
    <message>
        <source>the registry key %1: %2</source>
        <translation>der Registrierungsschlüssel %1: %2</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>der Server hat kein Zertifikat gesendet</translation>
    </message>
    <message>
        <source>the server&apos;s certificate cannot be read</source>
        <translation>das Zertifikat des Servers ist nicht lesbar</translation>
    </message>
    <message>
        <source>the certificate check could not start (out of memory?)</source>
        <translation>die Zertifikatsprüfung konnte nicht starten (zu wenig Speicher?)</translation>
    </message>
    <message>
        <source>this computer&apos;s certificate store cannot be read</source>
        <translation>der Zertifikatsspeicher dieses Computers ist nicht lesbar</translation>
    </message>
    <message>
        <source>%1 cannot be read as a certificate bundle</source>
        <translation>%1 lässt sich nicht als Zertifikatsbündel lesen</translation>
    </message>
    <message>
        <source>Connection check for %1 (%2 endpoints, at most %3 s each, took %4 ms)</source>
        <translation>Verbindungsprüfung für %1 (%2 Endpunkte, je höchstens %3 s, Dauer %4 ms)</translation>
    </message>
    <message>
        <source>Log-in checked with the password given (not shown).</source>
        <translation>Anmeldung mit dem angegebenen Passwort geprüft (nicht angezeigt).</translation>
    </message>
    <message>
        <source>Log-in not checked: no password was given.</source>
        <translation>Anmeldung nicht geprüft: Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>verdict %1 at %2; connect %3, greeting %4, TLS handshake %5, total %6</source>
        <translation>Ergebnis %1 nach %2; Verbindung %3, Begrüßung %4, TLS-Handshake %5, gesamt %6</translation>
    </message>
    <message>
        <source>greeting: %1</source>
        <translation>Begrüßung: %1</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <source>certificate: %1, issued by %2</source>
        <translation>Zertifikat: %1, ausgestellt von %2</translation>
    </message>
    <message>
        <source>log-in methods before TLS: %1</source>
        <translation>Anmeldeverfahren vor TLS: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>log-in methods after TLS: %1</source>
        <translation>Anmeldeverfahren nach TLS: %1</translation>
    </message>
    <message>
        <source>Recommended: %1.</source>
        <translation>Empfohlen: %1.</translation>
    </message>
    <message>
        <source>No recommendation: %1.</source>
        <translation>Keine Empfehlung: %1.</translation>
    </message>
    <message>
        <source>nothing was checked</source>
        <translation>es wurde nichts geprüft</translation>
    </message>
    <message>
        <source>a line longer than %1 bytes</source>
        <translation>eine Zeile länger als %1 Byte</translation>
    </message>
    <message>
        <source>a reply of more than %1 lines</source>
        <translation>eine Antwort mit mehr als %1 Zeilen</translation>
    </message>
    <message>
        <source>not an SMTP reply: &quot;%1&quot;</source>
        <translation>keine SMTP-Antwort: „%1“</translation>
    </message>
    <message>
        <source>an SMTP reply whose lines have different codes (%1, %2)</source>
        <translation>eine SMTP-Antwort, deren Zeilen verschiedene Codes haben (%1, %2)</translation>
    </message>
    <message>
        <source>not a POP3 reply: &quot;%1&quot;</source>
        <translation>keine POP3-Antwort: „%1“</translation>
    </message>
    <message>
        <source>not an IMAP reply: &quot;%1&quot;</source>
        <translation>keine IMAP-Antwort: „%1“</translation>
    </message>
    <message>
        <source>not an IMAP greeting: &quot;%1&quot;</source>
        <translation>keine IMAP-Begrüßung: „%1“</translation>
    </message>
    <message>
        <source>an IMAP reply with status &quot;%1&quot;</source>
        <translation>eine IMAP-Antwort mit dem Status „%1“</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>use port %1 instead</source>
        <translation>verwenden Sie stattdessen Port %1</translation>
    </message>
    <message>
        <source>turn off outgoing mail scanning in your anti-virus program</source>
        <translation>schalten Sie in Ihrem Virenschutzprogramm das Prüfen ausgehender Mail ab</translation>
    </message>
    <message>
        <source>turn off mail scanning in your anti-virus program</source>
        <translation>schalten Sie in Ihrem Virenschutzprogramm das Prüfen von Mail ab</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>works: encrypted (%1), certificate trusted, log-in accepted</source>
        <translation>funktioniert: verschlüsselt (%1), Zertifikat vertrauenswürdig, Anmeldung angenommen</translation>
    </message>
    <message>
        <source>works: encrypted (%1), certificate trusted</source>
        <translation>funktioniert: verschlüsselt (%1), Zertifikat vertrauenswürdig</translation>
    </message>
    <message>
        <source>works (encrypted, %1%2), but the certificate is from %3, which this computer does not trust yet</source>
        <translation>funktioniert (verschlüsselt, %1%2), aber das Zertifikat stammt von %3, dem dieser Computer noch nicht vertraut</translation>
    </message>
    <message>
        <source>, log-in accepted</source>
        <translation>, Anmeldung angenommen</translation>
    </message>
    <message>
        <source>install it on the next page</source>
        <translation>installieren Sie es auf der nächsten Seite</translation>
    </message>
    <message>
        <source>nothing answers on port %1 of %2 (%3)</source>
        <translation>auf Port %1 von %2 antwortet nichts (%3)</translation>
    </message>
    <message>
        <source>port %1 is blocked by your network (%2)</source>
        <translation>Port %1 wird von Ihrem Netzwerk gesperrt (%2)</translation>
    </message>
    <message>
        <source>check that this computer is connected to the Internet; if web pages open, a firewall blocks mail: ask your provider&apos;s helpdesk</source>
        <translation>prüfen Sie, ob dieser Computer mit dem Internet verbunden ist; öffnen sich Webseiten, sperrt eine Firewall die Mail: fragen Sie den Helpdesk Ihres Anbieters</translation>
    </message>
    <message>
        <source>use %1</source>
        <translation>verwenden Sie %1</translation>
    </message>
    <message>
        <source>no answer from %1 on port %2 within %3 seconds</source>
        <translation>keine Antwort von %1 auf Port %2 innerhalb von %3 Sekunden</translation>
    </message>
    <message>
        <source>port %1 is blocked by your network</source>
        <translation>Port %1 wird von Ihrem Netzwerk gesperrt</translation>
    </message>
    <message>
        <source>port %1 accepts the connection but nothing answers within %2 seconds: something on the way (a firewall, a proxy of your network, or a mail scanner on this computer) is holding it</source>
        <translation>Port %1 nimmt die Verbindung an, aber innerhalb von %2 Sekunden antwortet nichts: Etwas auf dem Weg (eine Firewall, ein Proxy Ihres Netzwerks oder ein Mail-Scanner auf diesem Computer) hält sie fest</translation>
    </message>
    <message>
        <source>port %1 answers far too slowly (%2 bytes in %3 seconds)</source>
        <translation>Port %1 antwortet viel zu langsam (%2 Byte in %3 Sekunden)</translation>
    </message>
    <message>
        <source>the encrypted connection (TLS) did not start within %1 seconds</source>
        <translation>die verschlüsselte Verbindung (TLS) kam nicht innerhalb von %1 Sekunden zustande</translation>
    </message>
    <message>
        <source>the server stopped answering (while %1) within %2 seconds</source>
        <translation>der Server hat aufgehört zu antworten (während %1), innerhalb von %2 Sekunden</translation>
    </message>
    <message>
        <source>try again later; if it keeps happening, ask your provider&apos;s helpdesk</source>
        <translation>versuchen Sie es später noch einmal; passiert es immer wieder, fragen Sie den Helpdesk Ihres Anbieters</translation>
    </message>
    <message>
        <source>what answers on port %1 does not speak %2 as a mail server should (%3)</source>
        <translation>was auf Port %1 antwortet, spricht nicht %2, wie es ein Mail-Server sollte (%3)</translation>
    </message>
    <message>
        <source>your Internet provider may be redirecting port 25</source>
        <translation>Ihr Internetanbieter leitet Port 25 möglicherweise um</translation>
    </message>
    <message>
        <source>ask your provider&apos;s helpdesk</source>
        <translation>fragen Sie den Helpdesk Ihres Anbieters</translation>
    </message>
    <message>
        <source>the server turned the connection away: &quot;%1&quot;</source>
        <translation>der Server hat die Verbindung abgewiesen: „%1“</translation>
    </message>
    <message>
        <source>something on this computer or your network is intercepting mail: the request to encrypt (STARTTLS) was taken away (%1)</source>
        <translation>etwas auf diesem Computer oder in Ihrem Netzwerk fängt Mail ab: Die Anforderung zu verschlüsseln (STARTTLS) wurde entfernt (%1)</translation>
    </message>
    <message>
        <source>%1; your Internet provider may also be redirecting port 25</source>
        <translation>%1; Ihr Internetanbieter leitet Port 25 möglicherweise auch um</translation>
    </message>
    <message>
        <source>the encrypted connection (TLS) could not be set up (%1)</source>
        <translation>die verschlüsselte Verbindung (TLS) ließ sich nicht aufbauen (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is neither from %1 nor trusted by this computer (%2): someone may be intercepting the connection, or the profile is out of date</source>
        <translation>das Zertifikat des Servers stammt weder von %1, noch vertraut ihm dieser Computer (%2): Jemand fängt die Verbindung möglicherweise ab, oder das Profil ist veraltet</translation>
    </message>
    <message>
        <source>the profile&apos;s authority</source>
        <translation>der Zertifizierungsstelle des Profils</translation>
    </message>
    <message>
        <source>the server refused the user name &quot;%1&quot; or the password (%2)</source>
        <translation>der Server hat den Benutzernamen „%1“ oder das Passwort abgelehnt (%2)</translation>
    </message>
    <message>
        <source>check the user name and the password; they are the ones of your mail account, not of your Internet connection</source>
        <translation>prüfen Sie Benutzername und Passwort; es sind die Ihres E-Mail-Kontos, nicht die Ihres Internetzugangs</translation>
    </message>
    <message>
        <source>the server offers no way to log in that Mail Setup uses (%1)</source>
        <translation>der Server bietet keine Anmeldeart, die Mail Setup verwendet (%1)</translation>
    </message>
    <message>
        <source>none offered</source>
        <translation>keine angeboten</translation>
    </message>
    <message>
        <source>the server offers to log in before encrypting (%1); Mail Setup never does that</source>
        <translation>der Server bietet die Anmeldung vor dem Verschlüsseln an (%1); das macht Mail Setup nie</translation>
    </message>
    <message>
        <source>the certificate is from %1, which this computer does not trust yet</source>
        <translation>das Zertifikat stammt von %1, dem dieser Computer noch nicht vertraut</translation>
    </message>
    <message>
        <source>send with %1</source>
        <translation>mit %1 senden</translation>
    </message>
    <message>
        <source>receive with %1</source>
        <translation>mit %1 empfangen</translation>
    </message>
    <message>
        <source>no safe way to send mail works from here</source>
        <translation>von hier aus funktioniert kein sicherer Weg, Mail zu senden</translation>
    </message>
    <message>
        <source>no safe way to receive mail works from here</source>
        <translation>von hier aus funktioniert kein sicherer Weg, Mail zu empfangen</translation>
    </message>
    <message>
        <source>profile built into Mail Setup</source>
        <translation>in Mail Setup eingebautes Profil</translation>
    </message>
    <message>
        <source>the provider&apos;s own settings file</source>
        <translation>die Einstellungsdatei des Anbieters</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s provider database</source>
        <translation>die Anbieterdatenbank von Thunderbird</translation>
    </message>
    <message>
        <source>provider database entry of the server receiving the mail (MX)</source>
        <translation>Eintrag der Anbieterdatenbank für den Server, der die Mail empfängt (MX)</translation>
    </message>
    <message>
        <source>service records in the domain&apos;s DNS (SRV)</source>
        <translation>Diensteinträge im DNS der Domain (SRV)</translation>
    </message>
    <message>
        <source>guess: likely server names that answered</source>
        <translation>geraten: wahrscheinliche Servernamen, die geantwortet haben</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation>nichts da</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation>DNS-Abfrage von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>DNS lookup of %1 timed out</source>
        <translation>DNS-Abfrage von %1 hat zu lange gedauert</translation>
    </message>
    <message>
        <source>making a PDF needs Qt&apos;s graphical part to be started (QGuiApplication); this run started only the command-line part</source>
        <translation>für ein PDF muss der grafische Teil von Qt gestartet sein (QGuiApplication); dieser Aufruf hat nur den Kommandozeilenteil gestartet</translation>
    </message>
    <message>
        <source>Qt produced an empty PDF</source>
        <translation>Qt hat ein leeres PDF erzeugt</translation>
    </message>
    <message>
        <source>Your password is not on this sheet. Mail Setup never stores it; your mail program asks for it and sends it only inside the encrypted connection, as a normal password (LOGIN or PLAIN).</source>
        <translation>Ihr Passwort steht nicht auf diesem Blatt. Mail Setup speichert es nie; Ihr E-Mail-Programm fragt danach und sendet es nur innerhalb der verschlüsselten Verbindung, als normales Passwort (LOGIN oder PLAIN).</translation>
    </message>
    <message>
        <source>Log-in:     %1</source>
        <translation>Anmeldung:      %1</translation>
    </message>
    <message>
        <source>Log-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>the name %1 cannot be found (%2)</source>
        <translation>der Name %1 wurde nicht gefunden (%2)</translation>
    </message>
    <message>
        <source>check that this computer is connected to the Internet and that the server name is spelled right</source>
        <translation>prüfen Sie, ob dieser Computer mit dem Internet verbunden ist und der Servername richtig geschrieben ist</translation>
    </message>
    <message>
        <source>--%1 is for --format %2, not %3</source>
        <translation>--%1 gilt für --format %2, nicht für %3</translation>
    </message>
    <message>
        <source>sign with --sign-cert and --sign-key, or with --sign-p12, not both</source>
        <translation>signieren Sie mit --sign-cert und --sign-key oder mit --sign-p12, nicht mit beidem</translation>
    </message>
    <message>
        <source>--sign-cert and --sign-key go together: the certificate and its private key</source>
        <translation>--sign-cert und --sign-key gehören zusammen: das Zertifikat und sein privater Schlüssel</translation>
    </message>
    <message>
        <source>--sign-password-stdin unlocks the file given with --sign-p12</source>
        <translation>--sign-password-stdin entsperrt die mit --sign-p12 angegebene Datei</translation>
    </message>
    <message>
        <source>--open needs a file to open; leave out &quot;-o -&quot;</source>
        <translation>--open braucht eine Datei zum Öffnen; lassen Sie „-o -“ weg</translation>
    </message>
    <message>
        <source>%1\Store Root names the folder %2, which is not there; the default folder was read instead</source>
        <translation>%1\Store Root nennt den Ordner %2, den es nicht gibt; stattdessen wurde der Standardordner gelesen</translation>
    </message>
    <message>
        <source>This computer&apos;s certificate store (asks for the administrator password)</source>
        <translation>Der Zertifikatsspeicher dieses Computers (fragt nach dem Administrator-Passwort)</translation>
    </message>
    <message>
        <source>the system store of this operating system is changed by the command line (mailsetup certificate install --store system)</source>
        <translation>der Systemspeicher dieses Betriebssystems wird über die Kommandozeile geändert (mailsetup certificate install --store system)</translation>
    </message>
    <message>
        <source>do not enter your password for this server; %1</source>
        <translation>geben Sie für diesen Server nicht Ihr Passwort ein; %1</translation>
    </message>
    <message>
        <source>your Internet provider may be redirecting port 25: %1</source>
        <translation>Ihr Internetanbieter leitet Port 25 möglicherweise um: %1</translation>
    </message>
    <message>
        <source>Use this language (de, fr, es, en) instead of the system&apos;s.</source>
        <translation>Diese Sprache (de, fr, es, en) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Without a command: open the wizard in helpdesk mode (settings, report and log beside every page).</source>
        <translation>Ohne Befehl: den Assistenten in der Helpdesk-Ansicht öffnen (Einstellungen, Bericht und Protokoll neben jeder Seite).</translation>
    </message>
    <message>
        <source>Without a command: save the wizard&apos;s first page as a PNG picture and quit.</source>
        <translation>Ohne Befehl: die erste Seite des Assistenten als PNG-Bild speichern und beenden.</translation>
    </message>
    <message>
        <source>compare the fingerprint %1 with the one your provider publishes, then install the certificate with: mailsetup certificate install --profile %2 --confirm-fingerprint %1</source>
        <translation>vergleichen Sie den Fingerabdruck %1 mit dem, den Ihr Anbieter veröffentlicht, und installieren Sie das Zertifikat dann mit: mailsetup certificate install --profile %2 --confirm-fingerprint %1</translation>
    </message>
    <message>
        <source>Also write the report as a PDF file to &lt;file&gt;, for a helpdesk (passwords are never in it).</source>
        <translation>Den Bericht zusätzlich als PDF-Datei in &lt;file&gt; schreiben, für einen Helpdesk (Passwörter stehen nie darin).</translation>
    </message>
    <message>
        <source>--letter goes with --pdf</source>
        <translation>--letter geht nur zusammen mit --pdf</translation>
    </message>
    <message>
        <source>this build of Mail Setup cannot make PDF files; use --json or the text report</source>
        <translation>diese Version von Mail Setup kann keine PDF-Dateien erstellen; verwenden Sie --json oder den Textbericht</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>make this computer trust the certificate in %1</source>
        <translation>lassen Sie diesen Computer dem Zertifikat in %1 vertrauen</translation>
    </message>
    <message>
        <source>Connection check for %1</source>
        <translation>Verbindungsprüfung für %1</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Bericht in %1 geschrieben.</translation>
    </message>
    <message>
        <source>not a valid X.509 certificate (%1)</source>
        <translation>kein gültiges X.509-Zertifikat (%1)</translation>
    </message>
    <message>
        <source>unexpected data after the certificate</source>
        <translation>unerwartete Daten nach dem Zertifikat</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the PEM certificate is truncated (no END CERTIFICATE line)</source>
        <translation>das PEM-Zertifikat ist abgeschnitten (die Zeile END CERTIFICATE fehlt)</translation>
    </message>
    <message>
        <source>the file holds more than one certificate</source>
        <translation>die Datei enthält mehr als ein Zertifikat</translation>
    </message>
    <message>
        <source>the PEM certificate is damaged (invalid base64)</source>
        <translation>das PEM-Zertifikat ist beschädigt (ungültiges Base64)</translation>
    </message>
    <message>
        <source>the PEM file holds no certificate (%1)</source>
        <translation>die PEM-Datei enthält kein Zertifikat (%1)</translation>
    </message>
    <message>
        <source>OpenSSL could not set up the check</source>
        <translation>OpenSSL konnte die Prüfung nicht vorbereiten</translation>
    </message>
    <message>
        <source>cannot read the store %1</source>
        <translation>der Zertifikatsspeicher %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot start %1</source>
        <translation>%1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>a variable name is missing before &apos;%1&apos;</source>
        <translation>vor &apos;%1&apos; fehlt ein Variablenname</translation>
    </message>
    <message>
        <source>%1 servers checked at the same time, at most %2 s each; took %3 ms.</source>
        <translation>%1 Server gleichzeitig geprüft, je höchstens %2 s; Dauer %3 ms.</translation>
    </message>
    <message>
        <source>What works from here</source>
        <translation>Was von hier aus funktioniert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>log-in: %1</source>
        <translation>Anmeldung: %1</translation>
    </message>
    <message>
        <source>C: what Mail Setup sent, S: what the server answered. Passwords are never shown: where one was sent, the report says [password redacted].</source>
        <translation>C: was Mail Setup gesendet hat, S: was der Server geantwortet hat. Passwörter werden nie gezeigt: Wo eines gesendet wurde, steht im Bericht [password redacted].</translation>
    </message>
    <message>
        <source>the certificate is not valid here: %1</source>
        <translation>das Zertifikat ist hier nicht gültig: %1</translation>
    </message>
    <message>
        <source>%1&apos;s own certificate list, %2</source>
        <translation>Die eigene Zertifikatsliste von %1, %2</translation>
    </message>
    <message>
        <source>a NUL byte at offset %1</source>
        <translation>ein NUL-Byte an Position %1</translation>
    </message>
    <message>
        <source>Mail Setup is incomplete: its part %1 is missing (looked for %2).</source>
        <translation>Mail Setup ist unvollständig: sein Bestandteil %1 fehlt (gesucht in %2).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Mail Setup cannot load its part %1: %2</source>
        <translation>Mail Setup kann seinen Bestandteil %1 nicht laden: %2</translation>
    </message>
    <message>
        <source>Mail Setup cannot use its part %1: it is not Mail Setup&apos;s engine.</source>
        <translation>Mail Setup kann seinen Bestandteil %1 nicht verwenden: Er ist nicht der Kern von Mail Setup.</translation>
    </message>
    <message>
        <source>Mail Setup cannot use its part %1: it belongs to version %2, this is version %3.</source>
        <translation>Mail Setup kann seinen Bestandteil %1 nicht verwenden: Er gehört zu Version %2, dies ist Version %3.</translation>
    </message>
    <message>
        <source>Mail Setup cannot use its part %1: it was not built for this program.</source>
        <translation>Mail Setup kann seinen Bestandteil %1 nicht verwenden: Er wurde nicht für dieses Programm erstellt.</translation>
    </message>
    <message>
        <source>Install Mail Setup again.</source>
        <translation>Installieren Sie Mail Setup erneut.</translation>
    </message>
    <message>
        <source>The outgoing port the subscriber uses: recommended as long as it works from here.</source>
        <translation>Der Ausgangsport, den der Kunde verwendet: wird empfohlen, solange er von hier aus funktioniert.</translation>
    </message>
    <message>
        <source>the profile %1 has no outgoing server on port %2</source>
        <translation>das Profil %1 hat keinen Postausgangsserver auf Port %2</translation>
    </message>
    <message>
        <source>port %1, chosen for sending, does not work from here, so port %2 is used instead</source>
        <translation>Port %1, zum Senden gewählt, funktioniert von hier aus nicht, daher wird stattdessen Port %2 verwendet</translation>
    </message>
    <message>
        <source>receiving with %1, the provider&apos;s choice, does not work from here, so %2 is used instead</source>
        <translation>Empfangen mit %1, der Wahl des Anbieters, funktioniert von hier aus nicht, daher wird stattdessen %2 verwendet</translation>
    </message>
    <message>
        <source> (POP3 downloads your mail to this computer; other devices may no longer see it)</source>
        <translation> (POP3 lädt Ihre E-Mails auf diesen Computer; andere Geräte sehen sie dann unter Umständen nicht mehr)</translation>
    </message>
</context>
<context>
    <name>mailsetup::AppleMailAdapter</name>
    <message>
        <source>Mac OS X Mail (%1)</source>
        <translation>Mac OS X Mail (%1)</translation>
    </message>
    <message>
        <source>Apple Mail, Mac OS X 10.7 or later (%1; set up through a configuration profile)</source>
        <translation>Apple Mail, Mac OS X 10.7 oder neuer (%1; Einrichtung über ein Konfigurationsprofil)</translation>
    </message>
    <message>
        <source>Mail is running (%1). Quit Mail (Mail &gt; Quit Mail), then try again: Mail rewrites %2 from its own copy of the settings and would undo the changes.</source>
        <translation>Mail läuft (%1). Beenden Sie Mail (Mail &gt; Mail beenden) und versuchen Sie es dann erneut: Mail schreibt %2 aus seiner eigenen Kopie der Einstellungen neu und würde die Änderungen rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation>Mail Setup schreibt keine Datei neu, die es nicht vollständig lesen kann.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ApplyPage</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>Änderungen werden vorgenommen</translation>
    </message>
    <message>
        <source>Mail Setup changes one mail program after the other. If one cannot be changed, it puts the others back as they were.</source>
        <translation>Mail Setup ändert ein E-Mail-Programm nach dem anderen. Lässt sich eines nicht ändern, bringt es die anderen wieder in ihren vorherigen Zustand.</translation>
    </message>
    <message>
        <source>&amp;Mail programs:</source>
        <translation>E-Mail-&amp;Programme:</translation>
    </message>
    <message>
        <source>Progress per mail program</source>
        <translation>Fortschritt je E-Mail-Programm</translation>
    </message>
    <message>
        <source>Mail program</source>
        <translation>E-Mail-Programm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Applying the changes…</source>
        <translation>Änderungen werden vorgenommen …</translation>
    </message>
    <message>
        <source>Every mail program is set up. Click Next.</source>
        <translation>Alle E-Mail-Programme sind eingerichtet. Klicken Sie auf Weiter.</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Angewendet: %1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben …</translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation>%1 für %2 (%3)</translation>
    </message>
    <message>
        <source>Applying to %1</source>
        <translation>Wird auf %1 angewendet</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing needed to change</source>
        <translation>Es musste nichts geändert werden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Put back as it was</source>
        <translation>Wieder wie vorher</translation>
    </message>
    <message>
        <source>Could not be put back</source>
        <translation>Konnte nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>The mail programs changed before it were put back; nothing is changed now.</source>
        <translation>Die zuvor geänderten E-Mail-Programme wurden wieder in ihren vorherigen Zustand gebracht; jetzt ist nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Some changes could not be put back: %1</source>
        <translation>Einige Änderungen konnten nicht zurückgenommen werden: %1</translation>
    </message>
    <message>
        <source>Fix it (usually: quit the mail program), then click Try again.</source>
        <translation>Beheben Sie das (meist: das E-Mail-Programm beenden) und klicken Sie dann auf Erneut versuchen.</translation>
    </message>
    <message>
        <source>Columns: mail program, state</source>
        <translation>Spalten: E-Mail-Programm, Stand</translation>
    </message>
    <message>
        <source>Failed (the reason is below)</source>
        <translation>Fehlgeschlagen (der Grund steht unten)</translation>
    </message>
</context>
<context>
    <name>mailsetup::AutoconfigFetcher</name>
    <message>
        <source>%1: the host %2 is not reachable from here</source>
        <translation>%1: Der Rechner %2 ist von hier aus nicht erreichbar</translation>
    </message>
    <message>
        <source>%1: the answer would be %2 bytes; a provider settings file is never larger than %3 bytes, so it was refused</source>
        <translation>%1: Die Antwort wäre %2 Byte groß; eine Einstellungsdatei eines Anbieters ist nie größer als %3 Byte, daher wurde sie abgelehnt</translation>
    </message>
    <message>
        <source>%1: the answer is larger than %2 bytes, more than any provider settings file; refused</source>
        <translation>%1: Die Antwort ist größer als %2 Byte, mehr als jede Einstellungsdatei eines Anbieters; abgelehnt</translation>
    </message>
    <message>
        <source>%1: no complete answer within %2 seconds; gave up</source>
        <translation>%1: Keine vollständige Antwort innerhalb von %2 Sekunden; aufgegeben</translation>
    </message>
    <message>
        <source>%1: redirects to another host (%2); a provider file must come from the host asked, so it was refused</source>
        <translation>%1: Leitet auf einen anderen Rechner um (%2); eine Anbieterdatei muss vom gefragten Rechner kommen, daher wurde sie abgelehnt</translation>
    </message>
    <message>
        <source>%1: redirects from HTTPS to an unencrypted address (%2); refused</source>
        <translation>%1: Leitet von HTTPS auf eine unverschlüsselte Adresse um (%2); abgelehnt</translation>
    </message>
    <message>
        <source>%1: more than %2 redirects; refused</source>
        <translation>%1: Mehr als %2 Umleitungen; abgelehnt</translation>
    </message>
    <message>
        <source>%1: not found (HTTP %2)</source>
        <translation>%1: nicht gefunden (HTTP %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2</source>
        <translation>%1: Der Server antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>%1: the answer is &quot;%2&quot;, not an XML file; refused</source>
        <translation>%1: Die Antwort ist „%2“, keine XML-Datei; abgelehnt</translation>
    </message>
</context>
<context>
    <name>mailsetup::BackupStore</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>mailsetup::CertificatePage</name>
    <message>
        <source>&amp;Install the certificate</source>
        <translation>Zertifikat &amp;installieren</translation>
    </message>
    <message>
        <source>Your provider&apos;s certificate</source>
        <translation>Das Zertifikat Ihres Anbieters</translation>
    </message>
    <message>
        <source>Your mail program checks the mail server&apos;s identity with a certificate. Install your provider&apos;s root certificate only if its fingerprint is the one your provider publishes. You can also go on without it.</source>
        <translation>Ihr E-Mail-Programm prüft die Identität des Mail-Servers mit einem Zertifikat. Installieren Sie das Stammzertifikat Ihres Anbieters nur, wenn sein Fingerabdruck der ist, den Ihr Anbieter veröffentlicht. Sie können auch ohne es weitermachen.</translation>
    </message>
    <message>
        <source>I have &amp;compared the fingerprint: it is the same as my provider&apos;s</source>
        <translation>Ich habe den Fingerabdruck &amp;verglichen: Er stimmt mit dem meines Anbieters überein</translation>
    </message>
    <message>
        <source>I have compared the fingerprint</source>
        <translation>Ich habe den Fingerabdruck verglichen</translation>
    </message>
    <message>
        <source>Install the certificate</source>
        <translation>Zertifikat installieren</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>%1 vouches for its mail servers with its own root certificate, &quot;%2&quot;. Mail programs do not know it by themselves: without it they warn that the connection may not be safe. Compare the fingerprint below, character by character, with the one %1 publishes %3.</source>
        <translation>%1 bürgt für seine Mail-Server mit einem eigenen Stammzertifikat, „%2“. E-Mail-Programme kennen es nicht von selbst: Ohne es warnen sie, dass die Verbindung vielleicht nicht sicher ist. Vergleichen Sie den Fingerabdruck unten Zeichen für Zeichen mit dem, den %1 %3 veröffentlicht.</translation>
    </message>
    <message>
        <source>Subject: %1
Valid from %2 to %3
SHA-256 fingerprint:</source>
        <translation>Inhaber: %1
Gültig von %2 bis %3
SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Read by %1</source>
        <translation>Gelesen von %1</translation>
    </message>
    <message>
        <source>No mail program that needs this certificate was found here.</source>
        <translation>Hier wurde kein E-Mail-Programm gefunden, das dieses Zertifikat braucht.</translation>
    </message>
    <message>
        <source>Install it where your mail programs look:</source>
        <translation>Installieren Sie es dort, wo Ihre E-Mail-Programme nachsehen:</translation>
    </message>
    <message>
        <source>Start and close these once, then come back, to install it there too: %1</source>
        <translation>Starten und schließen Sie diese einmal und kommen Sie dann zurück, um es auch dort zu installieren: %1</translation>
    </message>
    <message>
        <source>Certificate not installed (skipped)</source>
        <translation>Zertifikat nicht installiert (übersprungen)</translation>
    </message>
    <message>
        <source>Installing the certificate…</source>
        <translation>Zertifikat wird installiert …</translation>
    </message>
    <message>
        <source>Installing the certificate %1 (confirmed %2)</source>
        <translation>Zertifikat %1 wird installiert (bestätigt %2)</translation>
    </message>
    <message>
        <source>Nothing was installed: %1
Do not trust this certificate; ask your provider for the right profile.</source>
        <translation>Es wurde nichts installiert: %1
Vertrauen Sie diesem Zertifikat nicht; fragen Sie Ihren Anbieter nach dem richtigen Profil.</translation>
    </message>
    <message>
        <source>Certificate refused: %1</source>
        <translation>Zertifikat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The certificate is installed:</source>
        <translation>Das Zertifikat ist installiert:</translation>
    </message>
    <message>
        <source>Not everything worked:</source>
        <translation>Nicht alles hat geklappt:</translation>
    </message>
    <message>
        <source>on its own web page or in its letter to you</source>
        <translation>auf seiner eigenen Webseite oder in seinem Brief an Sie</translation>
    </message>
</context>
<context>
    <name>mailsetup::ChangePlan</name>
    <message>
        <source>Nothing will be changed: %1</source>
        <translation>Es wird nichts geändert: %1</translation>
    </message>
    <message>
        <source>Already set up as asked; nothing to change.</source>
        <translation>Bereits wie gewünscht eingerichtet; nichts zu ändern.</translation>
    </message>
    <message>
        <source>Changes to %1:</source>
        <translation>Änderungen an %1:</translation>
    </message>
    <message>
        <source>New file %1:</source>
        <translation>Neue Datei %1:</translation>
    </message>
    <message>
        <source>Registry changes in %1:</source>
        <translation>Änderungen der Registrierung in %1:</translation>
    </message>
    <message>
        <source>the Windows registry</source>
        <translation>die Windows-Registrierung</translation>
    </message>
</context>
<context>
    <name>mailsetup::ClawsAdapter</name>
    <message>
        <source>Claws Mail is running (%1). Quit Claws Mail (File &gt; Exit), then try again; it saves its accounts when it quits and would overwrite the changes.</source>
        <translation>Claws Mail läuft (%1). Beenden Sie Claws Mail (Datei &gt; Beenden) und versuchen Sie es dann erneut; es speichert seine Konten beim Beenden und würde die Änderungen überschreiben.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Claws Mail has not finished setting itself up in %1 yet. Start Claws Mail once, complete its setup (it creates the mailbox folder), quit it, then try again.</source>
        <translation>Claws Mail hat seine Einrichtung in %1 noch nicht abgeschlossen. Starten Sie Claws Mail einmal, schließen Sie die Einrichtung ab (dabei wird der Postfachordner angelegt), beenden Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation>%1. Mail Setup schreibt keine Datei neu, die es nicht vollständig lesen kann.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ClientsPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Your mail programs</source>
        <translation>Ihre E-Mail-Programme</translation>
    </message>
    <message>
        <source>Tick the mail programs Mail Setup should set up. Nothing is changed until you have seen the changes and clicked Apply.</source>
        <translation>Kreuzen Sie die E-Mail-Programme an, die Mail Setup einrichten soll. Es wird nichts geändert, bevor Sie die Änderungen gesehen und auf Anwenden geklickt haben.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Look for mail programs again, for example after closing Thunderbird</source>
        <translation>Erneut nach E-Mail-Programmen suchen, zum Beispiel nach dem Schließen von Thunderbird</translation>
    </message>
    <message>
        <source>No mail program that Mail Setup can set up was found on this computer (it looked in %1).

Mail Setup sets up %2. Install Thunderbird, start it once and close it again, so that it creates its settings. Then click Check again.</source>
        <translation>Auf diesem Computer wurde kein E-Mail-Programm gefunden, das Mail Setup einrichten kann (gesucht in %1).

Mail Setup richtet %2 ein. Installieren Sie Thunderbird, starten Sie es einmal und schließen Sie es wieder, damit es seine Einstellungen anlegt. Klicken Sie dann auf Erneut prüfen.</translation>
    </message>
    <message>
        <source>Mail Setup cannot change any of these right now; the reason is given below. Fix it (usually: quit Thunderbird), then click Check again.</source>
        <translation>Mail Setup kann gerade keines davon ändern; der Grund steht unten. Beheben Sie ihn (meist: Thunderbird beenden) und klicken Sie dann auf Erneut prüfen.</translation>
    </message>
    <message>
        <source>Everything is already set up for %1. You can close Mail Setup.</source>
        <translation>Für %1 ist bereits alles eingerichtet. Sie können Mail Setup schließen.</translation>
    </message>
    <message>
        <source>Mail Setup found these mail programs on this computer:</source>
        <translation>Mail Setup hat diese E-Mail-Programme auf diesem Computer gefunden:</translation>
    </message>
    <message>
        <source>Show the &amp;steps…</source>
        <translation>Schritte &amp;zeigen …</translation>
    </message>
    <message>
        <source>Another mail program</source>
        <translation>Ein anderes E-Mail-Programm</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translation>Schritte zeigen</translation>
    </message>
    <message>
        <source>No instructions</source>
        <translation>Keine Anleitung</translation>
    </message>
    <message>
        <source>Mail Setup has no instructions for &quot;%1&quot;.</source>
        <translation>Mail Setup hat keine Anleitung für „%1“.</translation>
    </message>
    <message>
        <source>Use the settings sheet on the last page.</source>
        <translation>Verwenden Sie das Einstellungsblatt auf der letzten Seite.</translation>
    </message>
    <message>
        <source>Instructions shown: %1</source>
        <translation>Angezeigte Anleitung: %1</translation>
    </message>
    <message>
        <source>Other &amp;program, set up by hand:</source>
        <translation>Anderes Pro&amp;gramm, von Hand einrichten:</translation>
    </message>
</context>
<context>
    <name>mailsetup::ConnectionPage</name>
    <message>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Works once the provider&apos;s certificate is installed</source>
        <translation>Funktioniert, sobald das Zertifikat des Anbieters installiert ist</translation>
    </message>
    <message>
        <source>Cannot be reached from here</source>
        <translation>Von hier aus nicht erreichbar</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine Antwort rechtzeitig</translation>
    </message>
    <message>
        <source>Something else answers there</source>
        <translation>Dort antwortet etwas anderes</translation>
    </message>
    <message>
        <source>The server turned us away</source>
        <translation>Der Server hat uns abgewiesen</translation>
    </message>
    <message>
        <source>Encryption was blocked on the way</source>
        <translation>Die Verschlüsselung wurde unterwegs verhindert</translation>
    </message>
    <message>
        <source>Encryption could not be set up</source>
        <translation>Die Verschlüsselung ließ sich nicht aufbauen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut</translation>
    </message>
    <message>
        <source>Log-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>No safe way to log in</source>
        <translation>Keine sichere Anmeldung möglich</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>%1 (%2): %3, port %4, %5</source>
        <translation>%1 (%2): %3, Port %4, %5</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Skip the check</source>
        <translation>Prüfung ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Verbindung wird geprüft</translation>
    </message>
    <message>
        <source>Mail Setup tries each of your provider&apos;s servers from this computer, so that your mail program gets settings that work here. It sends no mail and no password.</source>
        <translation>Mail Setup probiert von diesem Computer aus jeden Server Ihres Anbieters, damit Ihr E-Mail-Programm Einstellungen bekommt, die hier funktionieren. Es sendet keine Mail und kein Passwort.</translation>
    </message>
    <message>
        <source>Se&amp;rvers:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>Servers and results</source>
        <translation>Server und Ergebnisse</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Try every server again, for example after changing the network</source>
        <translation>Jeden Server erneut probieren, zum Beispiel nach einem Wechsel des Netzwerks</translation>
    </message>
    <message>
        <source>Skip the check</source>
        <translation>Prüfung überspringen</translation>
    </message>
    <message>
        <source>Go on without checking; Mail Setup then uses your provider&apos;s first choice</source>
        <translation>Ohne Prüfung weitermachen; Mail Setup verwendet dann die erste Wahl Ihres Anbieters</translation>
    </message>
    <message>
        <source>Diagnosis report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wartet …</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n server(s)… this takes at most %1 seconds.</source>
        <translation>
            <numerusform>%n Server wird geprüft … das dauert höchstens %1 Sekunden.</numerusform>
            <numerusform>%n Server werden geprüft … das dauert höchstens %1 Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection check started: %1 servers of %2</source>
        <translation>Verbindungsprüfung gestartet: %1 Server von %2</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>Prüfe: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>None of the servers could be used safely from this computer. The list says why. Click Check again once that is fixed, or Skip the check to set up the provider&apos;s settings anyway.</source>
        <translation>Keiner der Server ließ sich von diesem Computer aus sicher nutzen. Die Liste sagt, warum. Klicken Sie auf Erneut prüfen, wenn das behoben ist, oder auf Prüfung überspringen, um die Einstellungen des Anbieters trotzdem einzurichten.</translation>
    </message>
    <message>
        <source>Connection check: nothing usable</source>
        <translation>Verbindungsprüfung: nichts verwendbar</translation>
    </message>
    <message>
        <source>Cannot use the checked servers: %1</source>
        <translation>Die geprüften Server sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Mail Setup will use the servers that work from here:</source>
        <translation>Mail Setup verwendet die Server, die von hier aus funktionieren:</translation>
    </message>
    <message>
        <source>Receiving: %1</source>
        <translation>Empfangen: %1</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Senden: %1</translation>
    </message>
    <message>
        <source>Connection check recommends: %1</source>
        <translation>Verbindungsprüfung empfiehlt: %1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>The check was skipped. Mail Setup uses your provider&apos;s first choice without knowing whether it works from this computer; if your mail program cannot connect later, run Mail Setup again and let it check.</source>
        <translation>Die Prüfung wurde übersprungen. Mail Setup verwendet die erste Wahl Ihres Anbieters, ohne zu wissen, ob sie von diesem Computer aus funktioniert; kann Ihr E-Mail-Programm später keine Verbindung herstellen, starten Sie Mail Setup erneut und lassen Sie es prüfen.</translation>
    </message>
    <message>
        <source>Connection check skipped</source>
        <translation>Verbindungsprüfung übersprungen</translation>
    </message>
    <message>
        <source>Columns: server, result</source>
        <translation>Spalten: Server, Ergebnis</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
</context>
<context>
    <name>mailsetup::DetailsPage</name>
    <message>
        <source>&amp;Outgoing server:</source>
        <translation>&amp;Postausgangs-Server:</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>Type your name and the email address your provider gave you. Mail Setup never asks for your password.</source>
        <translation>Geben Sie Ihren Namen und die E-Mail-Adresse ein, die Ihr Anbieter Ihnen gegeben hat. Mail Setup fragt nie nach Ihrem Passwort.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>as the people you write to will see it, e.g. Alice Example</source>
        <translation>so, wie ihn Ihre Empfänger sehen, z. B. Alice Beispiel</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Log-in name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The name you log in to your provider&apos;s mail servers with. Filled in from your address; change it only if your provider told you a different one.</source>
        <translation>Der Name, mit dem Sie sich bei den Mail-Servern Ihres Anbieters anmelden. Er wird aus Ihrer Adresse ausgefüllt; ändern Sie ihn nur, wenn Ihr Anbieter Ihnen einen anderen genannt hat.</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Postausgangs-Server</translation>
    </message>
    <message>
        <source>Filled in from your address. Change it only if your provider gave you a different log-in name.</source>
        <translation>Aus Ihrer Adresse ausgefüllt. Ändern Sie ihn nur, wenn Ihr Anbieter Ihnen einen anderen Benutzernamen genannt hat.</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Ihr Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Log-in name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>e.g. alice@example.org</source>
        <translation>z. B. alice@example.org</translation>
    </message>
    <message>
        <source>e.g. alice@%1</source>
        <translation>z. B. alice@%1</translation>
    </message>
    <message>
        <source>%1, port %2: %3</source>
        <translation>%1, Port %2: %3</translation>
    </message>
    <message>
        <source> (not used by Mail Setup)</source>
        <translation> (von Mail Setup nicht verwendet)</translation>
    </message>
    <message>
        <source> (recommended)</source>
        <translation> (empfohlen)</translation>
    </message>
    <message>
        <source>Type your email address to go on.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Cannot go on: %1.</source>
        <translation>Es geht nicht weiter: %1.</translation>
    </message>
    <message>
        <source>%1 addresses end in %2, but this one ends in @%3. Check it for typing mistakes; if your provider told you to use it, you can go on.</source>
        <translation>Adressen von %1 enden auf %2, diese aber auf @%3. Prüfen Sie sie auf Tippfehler; wenn Ihr Anbieter Ihnen diese Adresse genannt hat, können Sie fortfahren.</translation>
    </message>
    <message>
        <source>Mail Setup will use:</source>
        <translation>Mail Setup wird verwenden:</translation>
    </message>
    <message>
        <source>Incoming mail (%1): %2</source>
        <translation>Posteingang (%1): %2</translation>
    </message>
    <message>
        <source>Incoming mail: left as it is (%1 sets up outgoing mail only)</source>
        <translation>Posteingang: bleibt, wie er ist (%1 richtet nur den Postausgang ein)</translation>
    </message>
    <message>
        <source>Outgoing mail (%1): %2</source>
        <translation>Postausgang (%1): %2</translation>
    </message>
</context>
<context>
    <name>mailsetup::DiagnosticsServerProber</name>
    <message>
        <source>the host is not reachable from here</source>
        <translation>der Rechner ist von hier aus nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>mailsetup::DiscoveryPanel</name>
    <message>
        <source>&amp;Find settings</source>
        <translation>Einstellungen &amp;suchen</translation>
    </message>
    <message>
        <source>Or find them from your &amp;email address:</source>
        <translation>Oder anhand Ihrer &amp;E-Mail-Adresse finden:</translation>
    </message>
    <message>
        <source>Email address to find the settings for</source>
        <translation>E-Mail-Adresse, für die die Einstellungen gesucht werden</translation>
    </message>
    <message>
        <source>e.g. alice@example.org</source>
        <translation>z. B. alice@example.org</translation>
    </message>
    <message>
        <source>Find settings</source>
        <translation>Einstellungen suchen</translation>
    </message>
    <message>
        <source>Ask your provider&apos;s servers and Thunderbird&apos;s list of providers for the settings; changes nothing</source>
        <translation>Die Server Ihres Anbieters und die Anbieterliste von Thunderbird nach den Einstellungen fragen; ändert nichts</translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation>Suche die Einstellungen für %1 …</translation>
    </message>
    <message>
        <source>No settings were found for %1. Ask your provider for a profile file.</source>
        <translation>Für %1 wurden keine Einstellungen gefunden. Fragen Sie Ihren Anbieter nach einer Profildatei.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n set(s) of settings; they are in the list above, best first.</source>
        <translation>
            <numerusform>%n Satz Einstellungen gefunden; er steht in der Liste oben.</numerusform>
            <numerusform>%n Sätze Einstellungen gefunden; sie stehen in der Liste oben, die besten zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailsetup::DocumentActions</name>
    <message>
        <source>Copied. Paste it into an email or a document.</source>
        <translation>Kopiert. Fügen Sie es in eine E-Mail oder ein Dokument ein.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert …</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Das PDF wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose another folder, for example your Documents folder.</source>
        <translation>Wählen Sie einen anderen Ordner, zum Beispiel Ihren Ordner Dokumente.</translation>
    </message>
</context>
<context>
    <name>mailsetup::DonePage</name>
    <message>
        <source>&amp;Undo these changes</source>
        <translation>Diese Änderungen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Start your mail program to use the account.</source>
        <translation>Starten Sie Ihr E-Mail-Programm, um das Konto zu nutzen.</translation>
    </message>
    <message>
        <source>Undo these changes</source>
        <translation>Diese Änderungen rückgängig machen</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>%1 was already set up for %2; nothing needed to change.</source>
        <translation>%1 war bereits für %2 eingerichtet; es musste nichts geändert werden.</translation>
    </message>
    <message>
        <source>Done: %1 is set up for %2.</source>
        <translation>Fertig: %1 ist für %2 eingerichtet.</translation>
    </message>
    <message>
        <source>What to do now: start %1. If it is open, quit it and start it again. The first time it fetches or sends mail it asks for your email password. Mail Setup never asks for your password and never stores it.</source>
        <translation>Was jetzt zu tun ist: Starten Sie %1. Ist es geöffnet, beenden Sie es und starten Sie es neu. Beim ersten Abrufen oder Senden fragt es nach Ihrem E-Mail-Passwort. Mail Setup fragt nie nach Ihrem Passwort und speichert es nie.</translation>
    </message>
    <message>
        <source>Changed files:
%1</source>
        <translation>Geänderte Dateien:
%1</translation>
    </message>
    <message>
        <source>Note from %1:
%2</source>
        <translation>Hinweis von %1:
%2</translation>
    </message>
    <message>
        <source>Questions? %1</source>
        <translation>Fragen? %1</translation>
    </message>
    <message>
        <source>Undoing the changes…</source>
        <translation>Änderungen werden rückgängig gemacht …</translation>
    </message>
    <message>
        <source>Undone: every file is as it was before.
%1</source>
        <translation>Rückgängig gemacht: Jede Datei ist wieder wie vorher.
%1</translation>
    </message>
    <message>
        <source>The changes were undone; nothing is set up.</source>
        <translation>Die Änderungen wurden rückgängig gemacht; nichts ist eingerichtet.</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>Rückgängigmachen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Changed since Mail Setup wrote them:
%1</source>
        <translation>Seit Mail Setup sie geschrieben hat, geändert:
%1</translation>
    </message>
    <message>
        <source>&amp;Print the settings…</source>
        <translation>Einstellungen &amp;drucken …</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Show the &amp;steps…</source>
        <translation>Schritte &amp;zeigen …</translation>
    </message>
    <message>
        <source>Your settings on one page, for your records or your helpdesk (never with a password):</source>
        <translation>Ihre Einstellungen auf einer Seite, für Ihre Unterlagen oder Ihren Helpdesk (nie mit Passwort):</translation>
    </message>
    <message>
        <source>Programs to set up by hand</source>
        <translation>Von Hand einzurichtende Programme</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translation>Schritte zeigen</translation>
    </message>
    <message>
        <source>P&amp;rograms to set up by hand:</source>
        <translation>Von &amp;Hand einzurichtende Programme:</translation>
    </message>
    <message>
        <source>Change number (for undoing later, or for your helpdesk): %1
The files as they were before are kept in %2
To undo later: %3</source>
        <translation>Änderungsnummer (zum späteren Rückgängigmachen oder für Ihren Helpdesk): %1
Die Dateien im vorherigen Zustand liegen in %2
Später rückgängig machen: %3</translation>
    </message>
    <message>
        <source>The connection was not checked. If your mail program cannot connect, run Mail Setup again and let it check.</source>
        <translation>Die Verbindung wurde nicht geprüft. Kann Ihr E-Mail-Programm keine Verbindung herstellen, starten Sie Mail Setup erneut und lassen Sie es prüfen.</translation>
    </message>
    <message>
        <source>Provider&apos;s certificate:
%1</source>
        <translation>Zertifikat des Anbieters:
%1</translation>
    </message>
    <message>
        <source>The provider&apos;s certificate was not installed: your mail program may warn about the server&apos;s certificate. Compare it with your provider&apos;s fingerprint before accepting.</source>
        <translation>Das Zertifikat des Anbieters wurde nicht installiert: Ihr E-Mail-Programm warnt eventuell vor dem Zertifikat des Servers. Vergleichen Sie es mit dem Fingerabdruck Ihres Anbieters, bevor Sie es annehmen.</translation>
    </message>
    <message>
        <source>Programs to set up by hand: %1 (the steps are below).</source>
        <translation>Von Hand einzurichtende Programme: %1 (die Schritte stehen unten).</translation>
    </message>
    <message>
        <source>Undoing %1</source>
        <translation>%1 wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>Put every changed file back as it was before, and take out the provider&apos;s certificate where Mail Setup added it</source>
        <translation>Jede geänderte Datei wieder so herstellen, wie sie vorher war, und das Zertifikat des Anbieters entfernen, wo Mail Setup es hinzugefügt hat</translation>
    </message>
    <message>
        <source>The provider&apos;s certificate:</source>
        <translation>Das Zertifikat des Anbieters:</translation>
    </message>
    <message>
        <source>The certificate could not be taken out everywhere:
%1</source>
        <translation>Das Zertifikat konnte nicht überall entfernt werden:
%1</translation>
    </message>
    <message>
        <source>Your mail program is as it was before.</source>
        <translation>Ihr E-Mail-Programm ist wieder so wie vorher.</translation>
    </message>
</context>
<context>
    <name>mailsetup::Editor</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(keeps what this personality uses now)</source>
        <translation>(behält, was diese Persönlichkeit jetzt verwendet)</translation>
    </message>
</context>
<context>
    <name>mailsetup::EndpointProbe</name>
    <message>
        <source>connecting to %1 port %2</source>
        <translation>Verbindung zu %1 Port %2</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>connected, starting TLS</source>
        <translation>verbunden, TLS wird gestartet</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>warte auf die Begrüßung</translation>
    </message>
    <message>
        <source>TLS started: %1, %2</source>
        <translation>TLS gestartet: %1, %2</translation>
    </message>
    <message>
        <source>the profile names no certificate authority</source>
        <translation>das Profil nennt keine Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>certificate chain: trusted by the profile&apos;s authority: %1; by this computer: %2</source>
        <translation>Zertifikatskette: vertrauenswürdig für die Zertifizierungsstelle des Profils: %1; für diesen Computer: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>nein (%1)</translation>
    </message>
    <message>
        <source>more than %1 KiB arrived without a complete reply</source>
        <translation>mehr als %1 KiB kamen an, ohne vollständige Antwort</translation>
    </message>
    <message>
        <source>the server sent more after agreeing to start TLS, which would let an attacker inject commands</source>
        <translation>der Server hat nach der Zusage, TLS zu starten, weitere Daten gesendet; so könnte ein Angreifer Befehle einschleusen</translation>
    </message>
    <message>
        <source>starting TLS</source>
        <translation>TLS wird gestartet</translation>
    </message>
    <message>
        <source>[user name, base64]</source>
        <translation>[Benutzername, Base64]</translation>
    </message>
    <message>
        <source>asking for the server&apos;s capabilities</source>
        <translation>frage die Fähigkeiten des Servers ab</translation>
    </message>
    <message>
        <source>the server did not list its capabilities</source>
        <translation>der Server hat seine Fähigkeiten nicht aufgelistet</translation>
    </message>
    <message>
        <source>asking to start TLS</source>
        <translation>bitte darum, TLS zu starten</translation>
    </message>
    <message>
        <source>STARTTLS is missing from the server&apos;s capabilities</source>
        <translation>STARTTLS fehlt in den Fähigkeiten des Servers</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>no log-in attempted: the certificate is not trusted, so the password must not be sent</source>
        <translation>keine Anmeldung versucht: Dem Zertifikat wird nicht vertraut, also darf das Passwort nicht gesendet werden</translation>
    </message>
    <message>
        <source>no log-in attempted: the user name is empty or a line break is in the user name or password</source>
        <translation>keine Anmeldung versucht: Der Benutzername ist leer oder Benutzername bzw. Passwort enthalten einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>no log-in attempted: the server offers no password method Mail Setup uses (%1)</source>
        <translation>keine Anmeldung versucht: Der Server bietet kein Passwortverfahren, das Mail Setup verwendet (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection without a greeting</source>
        <translation>der Server hat die Verbindung ohne Begrüßung geschlossen</translation>
    </message>
    <message>
        <source>the connection was closed after the request to start TLS</source>
        <translation>die Verbindung wurde nach der Bitte, TLS zu starten, geschlossen</translation>
    </message>
    <message>
        <source>no complete answer within %1 seconds (%2 bytes received)</source>
        <translation>keine vollständige Antwort innerhalb von %1 Sekunden (%2 Byte empfangen)</translation>
    </message>
    <message>
        <source>by the profile&apos;s authority: %1; by this computer: %2</source>
        <translation>für die Zertifizierungsstelle des Profils: %1; für diesen Computer: %2</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>mailsetup::EntourageAdapter</name>
    <message>
        <source>identity &quot;%1&quot; (%2)</source>
        <translation>Identität „%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 is running; quit it first.</source>
        <translation>%1 läuft; beenden Sie es zuerst.</translation>
    </message>
    <message>
        <source>Entourage and Outlook Express 5 keep their accounts in a database whose format Microsoft never published, so Mail Setup does not change it. Follow the step-by-step instructions for %1 instead (Tools &gt; Accounts); they include the outgoing server&apos;s &quot;requires SSL&quot; setting and port, which these programs need because they cannot use STARTTLS.</source>
        <translation>Entourage und Outlook Express 5 bewahren ihre Konten in einer Datenbank auf, deren Format Microsoft nie veröffentlicht hat, daher ändert Mail Setup sie nicht. Folgen Sie stattdessen der Schritt-für-Schritt-Anleitung für %1 (Tools &gt; Accounts); sie enthält die Einstellung „requires SSL“ und den Port des Postausgangs-Servers, die diese Programme brauchen, weil sie kein STARTTLS können.</translation>
    </message>
</context>
<context>
    <name>mailsetup::EudoraAdapter</name>
    <message>
        <source>Eudora is running (%1). Quit Eudora (File &gt; Exit), then try again; it writes its settings back when it quits and would overwrite the changes.</source>
        <translation>Eudora läuft (%1). Beenden Sie Eudora (File &gt; Exit) und versuchen Sie es dann erneut; es schreibt seine Einstellungen beim Beenden zurück und würde die Änderungen überschreiben.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation>%1. Mail Setup schreibt keine Datei neu, die es nicht vollständig lesen kann.</translation>
    </message>
</context>
<context>
    <name>mailsetup::EvolutionAdapter</name>
    <message>
        <source>Flatpak (%1)</source>
        <translation>Flatpak (%1)</translation>
    </message>
    <message>
        <source>Evolution is running (%1). Quit Evolution (File &gt; Quit), then try again; while it runs, its own copy of the account settings can be written back over the changes. If it does not close, run &quot;evolution --force-shutdown&quot;.</source>
        <translation>Evolution läuft (%1). Beenden Sie Evolution (Datei &gt; Beenden) und versuchen Sie es dann erneut; solange es läuft, kann es seine eigene Kopie der Kontoeinstellungen über die Änderungen schreiben. Schließt es sich nicht, führen Sie „evolution --force-shutdown“ aus.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not change Evolution&apos;s accounts while one of its files cannot be read completely; repair or remove that file first.</source>
        <translation>%1. Mail Setup ändert die Konten von Evolution nicht, solange eine seiner Dateien nicht vollständig lesbar ist; reparieren oder entfernen Sie diese Datei zuerst.</translation>
    </message>
</context>
<context>
    <name>mailsetup::HelpdeskPanel</name>
    <message>
        <source>Settings in use</source>
        <translation>Verwendete Einstellungen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Settin&amp;gs in use:</source>
        <translation>Verwendete Einstellun&amp;gen:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>No provider chosen yet.</source>
        <translation>Noch kein Anbieter gewählt.</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)
No valid email address yet.</source>
        <translation>Anbieter: %1 (%2)
Noch keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Connection check: skipped</source>
        <translation>Verbindungsprüfung: übersprungen</translation>
    </message>
    <message>
        <source>Connection check: %1</source>
        <translation>Verbindungsprüfung: %1</translation>
    </message>
    <message>
        <source>&amp;Helpdesk view</source>
        <translation>&amp;Helpdesk-Ansicht</translation>
    </message>
    <message>
        <source>Helpdesk view</source>
        <translation>Helpdesk-Ansicht</translation>
    </message>
    <message>
        <source>Show the settings in use and a log beside every page, to read out to a helpdesk</source>
        <translation>Neben jeder Seite die verwendeten Einstellungen und ein Protokoll zeigen, zum Vorlesen für einen Helpdesk</translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation>Seite: %1</translation>
    </message>
</context>
<context>
    <name>mailsetup::HelperTrustStore</name>
    <message>
        <source>pkexec (package pkexec or policykit-1) is not installed, so Mail Setup cannot ask for the administrator password to change %1</source>
        <translation>pkexec (Paket pkexec oder policykit-1) ist nicht installiert, daher kann Mail Setup nicht nach dem Administrator-Passwort fragen, um %1 zu ändern</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>eine temporäre Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>pkexec could not be started</source>
        <translation>pkexec konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the administrator password was not given, so %1 was not changed</source>
        <translation>das Administrator-Passwort wurde nicht eingegeben, daher wurde %1 nicht geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the entry Mail Setup adds for %2; nothing was removed</source>
        <translation>„%1“ ist nicht der Eintrag, den Mail Setup für %2 hinzufügt; nichts wurde entfernt</translation>
    </message>
</context>
<context>
    <name>mailsetup::InstallationView</name>
    <message>
        <source> (the one %1 normally uses)</source>
        <translation> (das, das %1 normalerweise verwendet)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>No mail accounts in it yet.</source>
        <translation>Noch keine E-Mail-Konten darin.</translation>
    </message>
    <message>
        <source>Mail accounts in it now:
%1</source>
        <translation>E-Mail-Konten darin jetzt:
%1</translation>
    </message>
    <message>
        <source>Cannot be changed right now: %1</source>
        <translation>Kann gerade nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Already set up like this; nothing to change.</source>
        <translation>Bereits so eingerichtet; nichts zu ändern.</translation>
    </message>
    <message>
        <source>What will happen:
%1</source>
        <translation>Was passieren wird:
%1</translation>
    </message>
    <message>
        <source>Could not read everything:
%1</source>
        <translation>Nicht alles konnte gelesen werden:
%1</translation>
    </message>
</context>
<context>
    <name>mailsetup::InstructionWriter</name>
    <message>
        <source>%1 does not offer CRAM-MD5 or other &quot;secure&quot; password methods: it expects the normal password (LOGIN or PLAIN), which is protected by the encrypted connection.</source>
        <translation>%1 bietet kein CRAM-MD5 oder andere „sichere“ Passwortverfahren an: Es erwartet das normale Passwort (LOGIN oder PLAIN), das durch die verschlüsselte Verbindung geschützt ist.</translation>
    </message>
    <message>
        <source>Port 25 is blocked or intercepted by some Internet providers. If sending fails, ask %1 whether another port is offered.</source>
        <translation>Port 25 wird von manchen Internetanbietern gesperrt oder abgefangen. Schlägt das Senden fehl, fragen Sie %1, ob ein anderer Port angeboten wird.</translation>
    </message>
    <message>
        <source>Leave the incoming mail settings as they are (see &quot;Important&quot; above).</source>
        <translation>Lassen Sie die Posteingangs-Einstellungen, wie sie sind (siehe „Wichtig“ oben).</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only: leave your incoming mail settings as they are.</source>
        <translation>%1 richtet nur den Postausgang ein: Lassen Sie Ihre Posteingangs-Einstellungen, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>mailsetup::InstructionsDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Setting up %1 by hand</source>
        <translation>%1 von Hand einrichten</translation>
    </message>
    <message>
        <source>Steps for %1</source>
        <translation>Schritte für %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>mailsetup::KConfigFile</name>
    <message>
        <source>the file starts with a byte-order mark, which KDE programs do not expect</source>
        <translation>die Datei beginnt mit einer Bytereihenfolge-Markierung (BOM), die KDE-Programme nicht erwarten</translation>
    </message>
    <message>
        <source>a carriage return in the middle of the line</source>
        <translation>ein Wagenrücklauf mitten in der Zeile</translation>
    </message>
    <message>
        <source>the group name has no closing &apos;]&apos;</source>
        <translation>dem Gruppennamen fehlt das schließende &apos;]&apos;</translation>
    </message>
    <message>
        <source>the group name is empty or has an invalid escape sequence</source>
        <translation>der Gruppenname ist leer oder enthält eine ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>text after the group name</source>
        <translation>Text nach dem Gruppennamen</translation>
    </message>
    <message>
        <source>a value without a key</source>
        <translation>ein Wert ohne Schlüssel</translation>
    </message>
    <message>
        <source>a key with an unclosed or misplaced &apos;[&apos;</source>
        <translation>ein Schlüssel mit nicht geschlossenem oder falsch gesetztem &apos;[&apos;</translation>
    </message>
    <message>
        <source>a key with two languages</source>
        <translation>ein Schlüssel mit zwei Sprachen</translation>
    </message>
    <message>
        <source>expected [group] or key=value</source>
        <translation>erwartet: [Gruppe] oder Schlüssel=Wert</translation>
    </message>
    <message>
        <source>an invalid escape sequence (a backslash KDE programs do not read)</source>
        <translation>eine ungültige Escape-Sequenz (ein Backslash, den KDE-Programme nicht lesen)</translation>
    </message>
    <message>
        <source>line %1 locks the whole file against changes ([$i])</source>
        <translation>Zeile %1 sperrt die ganze Datei gegen Änderungen ([$i])</translation>
    </message>
    <message>
        <source>the name [%1] %2 cannot be written safely</source>
        <translation>der Name [%1] %2 lässt sich nicht sicher schreiben</translation>
    </message>
    <message>
        <source>line %1 locks the group [%2] against changes ([$i])</source>
        <translation>Zeile %1 sperrt die Gruppe [%2] gegen Änderungen ([$i])</translation>
    </message>
    <message>
        <source>the group header on line %1 is written in a way Mail Setup cannot edit safely</source>
        <translation>die Gruppenüberschrift in Zeile %1 ist so geschrieben, dass Mail Setup sie nicht sicher bearbeiten kann</translation>
    </message>
    <message>
        <source>line %1 locks %2 against changes ([$i])</source>
        <translation>Zeile %1 sperrt %2 gegen Änderungen ([$i])</translation>
    </message>
    <message>
        <source>line %1 marks %2 as deleted ([$d])</source>
        <translation>Zeile %1 markiert %2 als gelöscht ([$d])</translation>
    </message>
    <message>
        <source>line %1 takes %2 from a shell expression ([$e])</source>
        <translation>Zeile %1 nimmt %2 aus einem Shell-Ausdruck ([$e])</translation>
    </message>
    <message>
        <source>line %1 has a translated %2 ([%3]), which KDE programs prefer in that language</source>
        <translation>Zeile %1 enthält eine übersetzte Fassung von %2 ([%3]), die KDE-Programme in dieser Sprache bevorzugen</translation>
    </message>
    <message>
        <source>line %1 spells the key %2 in a way Mail Setup cannot edit safely</source>
        <translation>Zeile %1 schreibt den Schlüssel %2 so, dass Mail Setup ihn nicht sicher bearbeiten kann</translation>
    </message>
</context>
<context>
    <name>mailsetup::KMailAdapter</name>
    <message>
        <source>settings in %1</source>
        <translation>Einstellungen in %1</translation>
    </message>
    <message>
        <source>%1 settings in %2</source>
        <translation>Einstellungen von %1 in %2</translation>
    </message>
    <message>
        <source>KMail is running (%1). Quit KMail and Kontact (File &gt; Quit), then try again: they keep their identities and outgoing servers in memory and would not see the change.</source>
        <translation>KMail läuft (%1). Beenden Sie KMail und Kontact (Datei &gt; Beenden) und versuchen Sie es dann erneut: Sie halten ihre Identitäten und Postausgangs-Server im Speicher und würden die Änderung nicht bemerken.</translation>
    </message>
    <message>
        <source>KMail&apos;s sending service is running (%1) and keeps the outgoing servers in memory. Quit KMail, stop the service with the command &quot;akonadictl stop&quot; (KMail starts it again when it opens), then try again.</source>
        <translation>Der Sendedienst von KMail läuft (%1) und hält die Postausgangs-Server im Speicher. Beenden Sie KMail, stoppen Sie den Dienst mit dem Befehl „akonadictl stop“ (KMail startet ihn beim Öffnen wieder) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely; KMail would drop that line the next time it saves. Correct or remove the line, then try again.</source>
        <translation>%1. Mail Setup schreibt keine Datei neu, die es nicht vollständig lesen kann; KMail würde diese Zeile beim nächsten Speichern verwerfen. Korrigieren oder entfernen Sie die Zeile und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1. KMail would not read the change as written, so nothing will be changed.</source>
        <translation>%1. KMail würde die Änderung nicht so lesen, wie sie geschrieben ist, daher wird nichts geändert.</translation>
    </message>
</context>
<context>
    <name>mailsetup::Lexer</name>
    <message>
        <source>the line ends with a single &apos;\&apos;</source>
        <translation>die Zeile endet mit einem einzelnen &apos;\&apos;</translation>
    </message>
    <message>
        <source>a ` is not closed</source>
        <translation>ein ` ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a %1 quote is not closed</source>
        <translation>ein Anführungszeichen %1 ist nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>mailsetup::LinuxSystemTrustStore</name>
    <message>
        <source>the system certificate store (%1, %2)</source>
        <translation>der Zertifikatsspeicher des Systems (%1, %2)</translation>
    </message>
    <message>
        <source>%1 trusts %2 (it is in %3)</source>
        <translation>%1 vertraut %2 (es liegt in %3)</translation>
    </message>
    <message>
        <source>%1 holds %2 in %3, but the bundle %4 does not include it yet</source>
        <translation>%1 enthält %2 in %3, aber das Bündel %4 enthält es noch nicht</translation>
    </message>
    <message>
        <source>%1 does not trust %2</source>
        <translation>%1 vertraut %2 nicht</translation>
    </message>
    <message>
        <source>%1 is not installed, so %2 cannot be updated</source>
        <translation>%1 ist nicht installiert, daher kann %2 nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>eine temporäre Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>trust (p11-kit) is not installed, so %1 cannot be updated</source>
        <translation>trust (p11-kit) ist nicht installiert, daher kann %1 nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>%1 now trusts %2</source>
        <translation>%1 vertraut jetzt %2</translation>
    </message>
    <message>
        <source>%1 now trusts %2 (file %3)</source>
        <translation>%1 vertraut jetzt %2 (Datei %3)</translation>
    </message>
    <message>
        <source>%1 already exists and holds another certificate; it is left alone and nothing was installed</source>
        <translation>%1 existiert bereits und enthält ein anderes Zertifikat; die Datei bleibt unangetastet und nichts wurde installiert</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 ran, but %2 still does not include %3; the file was taken back out</source>
        <translation>%1 wurde ausgeführt, aber %2 enthält %3 immer noch nicht; die Datei wurde wieder entfernt</translation>
    </message>
    <message>
        <source>OpenSSL trusts a certificate issued by %1 through %2 (%3)</source>
        <translation>OpenSSL vertraut einem von %1 ausgestellten Zertifikat über %2 (%3)</translation>
    </message>
    <message>
        <source>OpenSSL does not trust a certificate issued by %1 through %2: %3</source>
        <translation>OpenSSL vertraut einem von %1 ausgestellten Zertifikat über %2 nicht: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry Mail Setup adds; nothing was removed</source>
        <translation>„%1“ ist kein Eintrag, den Mail Setup hinzufügt; nichts wurde entfernt</translation>
    </message>
    <message>
        <source>%1 no longer trusts %2</source>
        <translation>%1 vertraut %2 nicht mehr</translation>
    </message>
    <message>
        <source>%1 is not a file Mail Setup adds to %2; nothing was removed</source>
        <translation>%1 ist keine Datei, die Mail Setup zu %2 hinzufügt; nichts wurde entfernt</translation>
    </message>
    <message>
        <source>%1 is gone already; nothing to remove</source>
        <translation>%1 ist bereits weg; nichts zu entfernen</translation>
    </message>
    <message>
        <source>%1 no longer holds %2 (it was changed after Mail Setup wrote it); it is left alone</source>
        <translation>%1 enthält %2 nicht mehr (es wurde geändert, nachdem Mail Setup es geschrieben hat); es bleibt unangetastet</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Removed %1; %2 still trusts %3 through an entry Mail Setup did not add</source>
        <translation>%1 entfernt; %2 vertraut %3 weiterhin über einen Eintrag, den Mail Setup nicht hinzugefügt hat</translation>
    </message>
    <message>
        <source>%1 no longer trusts %2 (removed %3)</source>
        <translation>%1 vertraut %2 nicht mehr (%3 entfernt)</translation>
    </message>
</context>
<context>
    <name>mailsetup::MacKeychainTrustStore</name>
    <message>
        <source>the macOS System keychain (for every user of this Mac)</source>
        <translation>der macOS-Schlüsselbund System (für alle Benutzer dieses Macs)</translation>
    </message>
    <message>
        <source>your macOS login keychain (for you only)</source>
        <translation>Ihr macOS-Anmelde-Schlüsselbund (nur für Sie)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>%1 does not hold %2</source>
        <translation>%1 enthält %2 nicht</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>eine temporäre Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 now trusts %2</source>
        <translation>%1 vertraut jetzt %2</translation>
    </message>
    <message>
        <source>macOS trusts a certificate issued by %1 (%2)</source>
        <translation>macOS vertraut einem von %1 ausgestellten Zertifikat (%2)</translation>
    </message>
    <message>
        <source>macOS does not trust a certificate issued by %1: %2</source>
        <translation>macOS vertraut einem von %1 ausgestellten Zertifikat nicht: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the entry Mail Setup added for %2; nothing was removed</source>
        <translation>„%1“ ist nicht der Eintrag, den Mail Setup für %2 hinzugefügt hat; nichts wurde entfernt</translation>
    </message>
    <message>
        <source>%1 no longer holds %2</source>
        <translation>%1 enthält %2 nicht mehr</translation>
    </message>
</context>
<context>
    <name>mailsetup::MailDiscovery</name>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the built-in profile &quot;%1&quot; serves %2</source>
        <translation>das eingebaute Profil „%1“ gilt für %2</translation>
    </message>
    <message>
        <source>no built-in profile serves %1</source>
        <translation>kein eingebautes Profil gilt für %1</translation>
    </message>
    <message>
        <source>%1: not a usable provider file:
%2</source>
        <translation>%1: keine verwendbare Anbieterdatei:
%2</translation>
    </message>
    <message>
        <source>fetched without encryption (plain HTTP): anyone on the way could have changed it; check the servers before using them</source>
        <translation>unverschlüsselt abgerufen (einfaches HTTP): Jeder auf dem Weg hätte es ändern können; prüfen Sie die Server, bevor Sie sie verwenden</translation>
    </message>
    <message>
        <source>%1: settings for %2</source>
        <translation>%1: Einstellungen für %2</translation>
    </message>
    <message>
        <source>SRV records of %1</source>
        <translation>SRV-Einträge von %1</translation>
    </message>
    <message>
        <source>%1: no mail service records</source>
        <translation>%1: keine Einträge für Mail-Dienste</translation>
    </message>
    <message>
        <source>the DNS records point to servers outside %1; make sure they belong to your provider before entering a password</source>
        <translation>die DNS-Einträge zeigen auf Server außerhalb von %1; vergewissern Sie sich, dass sie Ihrem Anbieter gehören, bevor Sie ein Passwort eingeben</translation>
    </message>
    <message>
        <source>%1: %2 mail service records</source>
        <translation>%1: %2 Einträge für Mail-Dienste</translation>
    </message>
    <message>
        <source>MX record of %1</source>
        <translation>MX-Eintrag von %1</translation>
    </message>
    <message>
        <source>%1: no MX record</source>
        <translation>%1: kein MX-Eintrag</translation>
    </message>
    <message>
        <source>%1: mail is received by %2, within the domain itself</source>
        <translation>%1: Mail wird von %2 empfangen, innerhalb der Domain selbst</translation>
    </message>
    <message>
        <source>%1: mail is received by %2; asking the provider database about %3</source>
        <translation>%1: Mail wird von %2 empfangen; frage die Anbieterdatenbank nach %3</translation>
    </message>
    <message>
        <source>found because %1 receives the mail for %2</source>
        <translation>gefunden, weil %1 die Mail für %2 empfängt</translation>
    </message>
    <message>
        <source>servers tried under %1</source>
        <translation>unter %1 versuchte Server</translation>
    </message>
    <message>
        <source>%1: no likely server name answered with encryption</source>
        <translation>%1: kein wahrscheinlicher Servername hat mit Verschlüsselung geantwortet</translation>
    </message>
    <message>
        <source>guessed: these servers answered, but nothing says they are your provider&apos;s; check them before entering a password</source>
        <translation>geraten: Diese Server haben geantwortet, aber nichts sagt, dass sie zu Ihrem Anbieter gehören; prüfen Sie sie, bevor Sie ein Passwort eingeben</translation>
    </message>
    <message>
        <source>%1: %2 of %3 likely servers answered</source>
        <translation>%1: %2 von %3 wahrscheinlichen Servern haben geantwortet</translation>
    </message>
    <message>
        <source>%1: likely server names were not tried: no connection checker is set up</source>
        <translation>%1: wahrscheinliche Servernamen wurden nicht ausprobiert: Es ist keine Verbindungsprüfung eingerichtet</translation>
    </message>
</context>
<context>
    <name>mailsetup::MobileconfigExporter</name>
    <message>
        <source>Apple configuration profile for Mail (.mobileconfig)</source>
        <translation>Apple-Konfigurationsprofil für Mail (.mobileconfig)</translation>
    </message>
    <message>
        <source>With --format mobileconfig: sign the profile with this certificate (PEM; the rest of its chain may follow it in the file), so macOS shows who made it.</source>
        <translation>Mit --format mobileconfig: das Profil mit diesem Zertifikat signieren (PEM; der Rest seiner Kette darf in der Datei folgen), damit macOS zeigt, wer es erstellt hat.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>With --format mobileconfig: the private key (PEM) of the --sign-cert certificate.</source>
        <translation>Mit --format mobileconfig: der private Schlüssel (PEM) des Zertifikats aus --sign-cert.</translation>
    </message>
    <message>
        <source>With --format mobileconfig: sign with the certificate and key in this PKCS#12 (.p12) file.</source>
        <translation>Mit --format mobileconfig: mit dem Zertifikat und Schlüssel in dieser PKCS#12-Datei (.p12) signieren.</translation>
    </message>
    <message>
        <source>With --sign-p12: read the .p12 file&apos;s password from the first line of standard input (it is never taken as an argument, written or logged).</source>
        <translation>Mit --sign-p12: das Passwort der .p12-Datei aus der ersten Zeile der Standardeingabe lesen (es wird nie als Argument angenommen, geschrieben oder protokolliert).</translation>
    </message>
    <message>
        <source>With --format mobileconfig, on a Mac: open the written profile with macOS&apos;s own installer and say where to approve it.</source>
        <translation>Mit --format mobileconfig, auf einem Mac: das geschriebene Profil mit dem Installationsprogramm von macOS öffnen und sagen, wo es zu bestätigen ist.</translation>
    </message>
    <message>
        <source>--open works on a Mac only. Copy the file to the Mac and double-click it there.</source>
        <translation>--open funktioniert nur auf einem Mac. Kopieren Sie die Datei auf den Mac und doppelklicken Sie sie dort.</translation>
    </message>
</context>
<context>
    <name>mailsetup::MuttAdapter</name>
    <message>
        <source>%1 settings (%2)</source>
        <translation>Einstellungen von %1 (%2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, not set up yet (new file %2)</source>
        <translation>%1, noch nicht eingerichtet (neue Datei %2)</translation>
    </message>
    <message>
        <source>%1 is running. Quit it (press q, in every terminal where it runs), then try again: it reads %2 only when it starts, and would go on using the old servers.</source>
        <translation>%1 läuft. Beenden Sie es (q drücken, in jedem Terminal, in dem es läuft) und versuchen Sie es dann erneut: Es liest %2 nur beim Start und würde weiter die alten Server verwenden.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is a link to %2; that file is changed.</source>
        <translation>%1 ist eine Verknüpfung zu %2; diese Datei wird geändert.</translation>
    </message>
</context>
<context>
    <name>mailsetup::MuttrcFile</name>
    <message>
        <source>the last line ends with &apos;\&apos;, which joins it to a line that does not exist</source>
        <translation>die letzte Zeile endet mit &apos;\&apos;, was sie mit einer Zeile verbindet, die es nicht gibt</translation>
    </message>
</context>
<context>
    <name>mailsetup::Netscape4Adapter</name>
    <message>
        <source>Netscape Communicator 4 settings (%1)</source>
        <translation>Einstellungen von Netscape Communicator 4 (%1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Netscape is running (%1). Quit Netscape (File &gt; Exit) and wait until all its windows have closed, then try again: Netscape reads its settings when it starts and writes them all back when it quits, which would undo the changes.</source>
        <translation>Netscape läuft (%1). Beenden Sie Netscape (File &gt; Exit) und warten Sie, bis alle Fenster geschlossen sind; versuchen Sie es dann erneut: Netscape liest seine Einstellungen beim Start und schreibt sie beim Beenden alle zurück, was die Änderungen rückgängig machen würde.</translation>
    </message>
    <message>
        <source>%1 holds no Netscape preferences file (preferences.js or prefs.js); start and quit Netscape once, then try again.</source>
        <translation>%1 enthält keine Einstellungsdatei von Netscape (preferences.js oder prefs.js); starten und beenden Sie Netscape einmal und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation>%1. Mail Setup schreibt keine Datei neu, die es nicht vollständig lesen kann.</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 has a single mail account, and it is set up for %1. Mail Setup cannot set up receiving mail for %2 in Netscape 4, so changing only the sending part would mix two accounts. If %2 should replace %1, change the address in Edit &gt; Preferences &gt; Mail &amp; Newsgroups &gt; Identity first, then run Mail Setup again.</source>
        <translation>Netscape Communicator 4 hat nur ein einziges E-Mail-Konto, und das ist für %1 eingerichtet. Mail Setup kann in Netscape 4 den Empfang für %2 nicht einrichten; nur den Versand zu ändern, würde zwei Konten vermischen. Soll %2 %1 ersetzen, ändern Sie zuerst die Adresse unter Edit &gt; Preferences &gt; Mail &amp; Newsgroups &gt; Identity und starten Sie Mail Setup dann erneut.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 has no mail account for %1, and %2 sets up outgoing mail only. Set up the account in Netscape first, then run Mail Setup again.</source>
        <translation>Netscape Communicator 4 hat kein E-Mail-Konto für %1, und %2 richtet nur den Postausgang ein. Richten Sie das Konto zuerst in Netscape ein und starten Sie Mail Setup dann erneut.</translation>
    </message>
    <message>
        <source>Sending from %1 is already set up as %2 describes.</source>
        <translation>Das Senden von %1 ist bereits so eingerichtet, wie %2 es beschreibt.</translation>
    </message>
    <message>
        <source>Set up Netscape&apos;s mail account for %1 (sending only)</source>
        <translation>Das E-Mail-Konto von Netscape für %1 einrichten (nur Versand)</translation>
    </message>
    <message>
        <source>Update Netscape&apos;s mail account for %1 (sending only)</source>
        <translation>Das E-Mail-Konto von Netscape für %1 aktualisieren (nur Versand)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1, &quot;Use SSL or TLS: Always&quot;</source>
        <translation>Postausgang (SMTP): %1, „Use SSL or TLS: Always“</translation>
    </message>
    <message>
        <source>Netscape 4 always sends to port 25, which some internet providers block; if sending fails, ask your internet provider or use a newer mail program. It speaks only SSL 3 and TLS 1.0: a server that no longer accepts these refuses the connection, and Netscape then reports an error rather than sending unencrypted.</source>
        <translation>Netscape 4 sendet immer an Port 25, den manche Internetanbieter sperren; schlägt das Senden fehl, fragen Sie Ihren Internetanbieter oder verwenden Sie ein neueres E-Mail-Programm. Es beherrscht nur SSL 3 und TLS 1.0: Ein Server, der diese nicht mehr annimmt, lehnt die Verbindung ab, und Netscape meldet dann einen Fehler, statt unverschlüsselt zu senden.</translation>
    </message>
</context>
<context>
    <name>mailsetup::NssTrustStore</name>
    <message>
        <source>the certificate database of %1 in %2</source>
        <translation>die Zertifikatsdatenbank von %1 in %2</translation>
    </message>
    <message>
        <source>%1 is running on %2 (%3); close it first, then try again. Nothing was changed</source>
        <translation>%1 läuft mit %2 (%3); schließen Sie es zuerst und versuchen Sie es dann erneut. Nichts wurde geändert</translation>
    </message>
    <message>
        <source>certutil (package libnss3-tools) is not installed, so %1 cannot be read</source>
        <translation>certutil (Paket libnss3-tools) ist nicht installiert, daher kann %1 nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 trusts %2 (nickname &quot;%3&quot;, trust %4)</source>
        <translation>%1 vertraut %2 (Kurzname „%3“, Vertrauen %4)</translation>
    </message>
    <message>
        <source>%1 holds %2 as &quot;%3&quot; but does not trust it for mail servers (trust %4)</source>
        <translation>%1 enthält %2 als „%3“, vertraut ihm aber nicht für Mail-Server (Vertrauen %4)</translation>
    </message>
    <message>
        <source>%1 does not hold %2</source>
        <translation>%1 enthält %2 nicht</translation>
    </message>
    <message>
        <source>%1 now trusts %2 (nickname &quot;%3&quot;, trust was %4)</source>
        <translation>%1 vertraut jetzt %2 (Kurzname „%3“, Vertrauen war %4)</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>eine temporäre Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 (added by Mail Setup)</source>
        <translation>%1 (von Mail Setup hinzugefügt)</translation>
    </message>
    <message>
        <source>certutil added %1 but %2 does not show it trusted: %3</source>
        <translation>certutil hat %1 hinzugefügt, aber %2 zeigt es nicht als vertrauenswürdig: %3</translation>
    </message>
    <message>
        <source>%1 now trusts %2 (nickname &quot;%3&quot;)</source>
        <translation>%1 vertraut jetzt %2 (Kurzname „%3“)</translation>
    </message>
    <message>
        <source>vfychain (package libnss3-tools) is not installed</source>
        <translation>vfychain (Paket libnss3-tools) ist nicht installiert</translation>
    </message>
    <message>
        <source>NSS trusts a certificate issued by %1 through %2</source>
        <translation>NSS vertraut einem von %1 ausgestellten Zertifikat über %2</translation>
    </message>
    <message>
        <source>NSS does not trust a certificate issued by %1 through %2: %3</source>
        <translation>NSS vertraut einem von %1 ausgestellten Zertifikat über %2 nicht: %3</translation>
    </message>
    <message>
        <source>%1 no longer holds %2; nothing to remove</source>
        <translation>%1 enthält %2 nicht mehr; nichts zu entfernen</translation>
    </message>
    <message>
        <source>%1 holds %2 under another name (&quot;%3&quot;) than Mail Setup gave it; it is left alone</source>
        <translation>%1 enthält %2 unter einem anderen Namen („%3“) als dem, den Mail Setup vergeben hat; es bleibt unangetastet</translation>
    </message>
    <message>
        <source>%1 no longer holds %2</source>
        <translation>%1 enthält %2 nicht mehr</translation>
    </message>
    <message>
        <source>%1 keeps %2 with its old trust %3 again</source>
        <translation>%1 behält %2 wieder mit seinem alten Vertrauen %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry Mail Setup adds; nothing was removed</source>
        <translation>„%1“ ist kein Eintrag, den Mail Setup hinzufügt; nichts wurde entfernt</translation>
    </message>
</context>
<context>
    <name>mailsetup::OeAccountAdapter</name>
    <message>
        <source>%1 is running (%2). Close it (File &gt; Exit), then try again; it reads its account files only when it starts and writes them back when it quits.</source>
        <translation>%1 läuft (%2). Schließen Sie es (Datei &gt; Beenden) und versuchen Sie es dann erneut; es liest seine Kontodateien nur beim Start und schreibt sie beim Beenden zurück.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not change accounts it cannot read completely.</source>
        <translation>%1. Mail Setup ändert keine Konten, die es nicht vollständig lesen kann.</translation>
    </message>
    <message>
        <source>%1 has one switch, &quot;This server requires a secure connection (SSL)&quot;; whether it then uses STARTTLS on port %2 is not confirmed. Port 465 (SSL/TLS) is certain to work.</source>
        <translation>%1 hat einen einzigen Schalter, „Server erfordert eine sichere Verbindung (SSL)“; ob es dann auf Port %2 STARTTLS verwendet, ist nicht bestätigt. Port 465 (SSL/TLS) funktioniert sicher.</translation>
    </message>
    <message>
        <source>%1 asks for the password when it first connects.</source>
        <translation>%1 fragt beim ersten Verbinden nach dem Passwort.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>This account receives mail by %1; %2 offers %3, so its incoming server was left as it is.</source>
        <translation>Dieses Konto empfängt Mail über %1; %2 bietet %3 an, daher blieb sein Posteingangs-Server, wie er ist.</translation>
    </message>
    <message>
        <source>Update the %1 account %2 (%3).</source>
        <translation>Das %1-Konto %2 (%3) aktualisieren.</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only, and no %2 account sends from %3. Add the account in %2 first, then try again.</source>
        <translation>%1 richtet nur den Postausgang ein, und kein %2-Konto sendet von %3. Fügen Sie das Konto zuerst in %2 hinzu und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Add a %1 account for %2: %1 takes it over the next time it starts.</source>
        <translation>Ein %1-Konto für %2 hinzufügen: %1 übernimmt es beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>mailsetup::OeAccountFile</name>
    <message>
        <source>line 1: the text is not valid Unicode</source>
        <translation>Zeile 1: Der Text ist kein gültiges Unicode</translation>
    </message>
    <message>
        <source>line %1: the root element is &lt;%2&gt;, not &lt;MessageAccount&gt;</source>
        <translation>Zeile %1: Das Wurzelelement ist &lt;%2&gt;, nicht &lt;MessageAccount&gt;</translation>
    </message>
    <message>
        <source>line %1: &lt;%2&gt; has no type attribute</source>
        <translation>Zeile %1: &lt;%2&gt; hat kein type-Attribut</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>mailsetup::OutlookAdapter</name>
    <message>
        <source>registry</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;</source>
        <translation>%1, Profil „%2“</translation>
    </message>
    <message>
        <source>Outlook 97-2000, Internet Mail Only</source>
        <translation>Outlook 97–2000, Nur Internet-E-Mail</translation>
    </message>
    <message>
        <source>Outlook, no mail profile yet</source>
        <translation>Outlook, noch kein E-Mail-Profil</translation>
    </message>
    <message>
        <source>Microsoft Outlook is running (%1). Close it (File, Exit) and wait until it has gone from the taskbar, then try again: it keeps its accounts in memory and would undo the changes.</source>
        <translation>Microsoft Outlook läuft (%1). Schließen Sie es (Datei, Beenden) und warten Sie, bis es aus der Taskleiste verschwunden ist; versuchen Sie es dann erneut: Es hält seine Konten im Speicher und würde die Änderungen rückgängig machen.</translation>
    </message>
    <message>
        <source>Outlook has no mail profile yet. Quit Outlook, then run outlook.exe /importprf &quot;&lt;the .prf file Mail Setup writes for Outlook&gt;&quot;: it creates the profile with the account.</source>
        <translation>Outlook hat noch kein E-Mail-Profil. Beenden Sie Outlook und führen Sie dann outlook.exe /importprf &quot;&lt;die .prf-Datei, die Mail Setup für Outlook schreibt&gt;&quot; aus: Das legt das Profil mit dem Konto an.</translation>
    </message>
</context>
<context>
    <name>mailsetup::OutlookExpressAdapter</name>
    <message>
        <source>Outlook Express, %1 (%2)</source>
        <translation>Outlook Express, %1 (%2)</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Outlook Express is running (%1). Close it (File, Exit), then try again: it writes its account settings back when it closes and would undo the changes.</source>
        <translation>Outlook Express läuft (%1). Schließen Sie es (Datei, Beenden) und versuchen Sie es dann erneut: Es schreibt seine Kontoeinstellungen beim Schließen zurück und würde die Änderungen rückgängig machen.</translation>
    </message>
    <message>
        <source>Outlook Express has not been set up for this identity yet. Start it once and let it create a mail account (any details will do), close it, then run Mail Setup again.</source>
        <translation>Outlook Express wurde für diese Identität noch nicht eingerichtet. Starten Sie es einmal und lassen Sie es ein E-Mail-Konto anlegen (beliebige Angaben genügen), schließen Sie es und starten Sie Mail Setup dann erneut.</translation>
    </message>
</context>
<context>
    <name>mailsetup::OutlookPrfExporter</name>
    <message>
        <source>Quit Outlook, then run: outlook.exe /importprf &quot;&lt;this file&gt;&quot;. Outlook adds the account to your default profile and asks for the password when it first connects.</source>
        <translation>Beenden Sie Outlook und führen Sie dann aus: outlook.exe /importprf &quot;&lt;diese Datei&gt;&quot;. Outlook fügt das Konto Ihrem Standardprofil hinzu und fragt beim ersten Verbinden nach dem Passwort.</translation>
    </message>
</context>
<context>
    <name>mailsetup::PineAdapter</name>
    <message>
        <source>~/.pinerc (not created yet)</source>
        <translation>~/.pinerc (noch nicht angelegt)</translation>
    </message>
    <message>
        <source>Alpine is running (%1). Quit Alpine (press Q, then Y) in every window, then try again: Alpine rewrites %2 from its own copy of the settings and would undo the changes.</source>
        <translation>Alpine läuft (%1). Beenden Sie Alpine (Q drücken, dann Y) in jedem Fenster und versuchen Sie es dann erneut: Alpine schreibt %2 aus seiner eigenen Kopie der Einstellungen neu und würde die Änderungen rückgängig machen.</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>der Ordner von %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1. Alpine skips such a line, so a setting meant there has no effect; Mail Setup does not rewrite a file it cannot read completely. Correct or delete the line (a setting is name=value), then try again.</source>
        <translation>%1. Alpine überspringt eine solche Zeile, daher wirkt eine dort gemeinte Einstellung nicht; Mail Setup schreibt keine Datei neu, die es nicht vollständig lesen kann. Korrigieren oder löschen Sie die Zeile (eine Einstellung ist name=Wert) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Create %1; Alpine adds its other settings the next time it saves it.</source>
        <translation>%1 anlegen; Alpine ergänzt seine übrigen Einstellungen beim nächsten Speichern.</translation>
    </message>
</context>
<context>
    <name>mailsetup::Planner</name>
    <message>
        <source>Update the existing account %1 (%2)</source>
        <translation>Das bestehende Konto %1 (%2) aktualisieren</translation>
    </message>
    <message>
        <source>Incoming mail (%1): %2</source>
        <translation>Posteingang (%1): %2</translation>
    </message>
    <message>
        <source>This account receives mail by %1, but %2 sets up %3. The kind of an existing account cannot be changed without moving its folders, so its incoming server was left as it is.</source>
        <translation>Dieses Konto empfängt Mail über %1, aber %2 richtet %3 ein. Die Art eines bestehenden Kontos lässt sich nicht ändern, ohne seine Ordner zu verschieben, daher blieb sein Posteingangs-Server, wie er ist.</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; the incoming server stays as it is.</source>
        <translation>%1 richtet nur den Postausgang ein; der Posteingangs-Server bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Add a new account for %1</source>
        <translation>Ein neues Konto für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1</source>
        <translation>Postausgang (SMTP): %1</translation>
    </message>
    <message>
        <source>New POP3 accounts keep a copy of each message on the server, so trying Mail Setup cannot lose mail. You can change this in the account settings.</source>
        <translation>Neue POP3-Konten lassen von jeder Nachricht eine Kopie auf dem Server, damit beim Ausprobieren von Mail Setup keine Mail verloren geht. Sie können das in den Kontoeinstellungen ändern.</translation>
    </message>
    <message>
        <source>%1 is already set up as %2 describes.</source>
        <translation>%1 ist bereits so eingerichtet, wie %2 es beschreibt.</translation>
    </message>
    <message>
        <source>Claws Mail has no account for %1, and %2 sets up outgoing mail only. Add the account in Claws Mail first, then run Mail Setup again.</source>
        <translation>Claws Mail hat kein Konto für %1, und %2 richtet nur den Postausgang ein. Fügen Sie das Konto zuerst in Claws Mail hinzu und starten Sie Mail Setup dann erneut.</translation>
    </message>
    <message>
        <source>[%1] (new): incoming mail (%2) %3</source>
        <translation>[%1] (neu): Posteingang (%2) %3</translation>
    </message>
    <message>
        <source>[%1] (new): outgoing mail (SMTP) %2</source>
        <translation>[%1] (neu): Postausgang (SMTP) %2</translation>
    </message>
    <message>
        <source>Add a new account for %1 ([%2])</source>
        <translation>Ein neues Konto für %1 hinzufügen ([%2])</translation>
    </message>
    <message>
        <source>Update the existing account %1 ([%2])</source>
        <translation>Das bestehende Konto %1 aktualisieren ([%2])</translation>
    </message>
    <message>
        <source>This account does not receive mail by %1, which %2 sets up. The kind of an existing account cannot be changed without moving its folders, so its incoming server was left as it is.</source>
        <translation>Dieses Konto empfängt Mail nicht über %1, das %2 einrichtet. Die Art eines bestehenden Kontos lässt sich nicht ändern, ohne seine Ordner zu verschieben, daher blieb sein Posteingangs-Server, wie er ist.</translation>
    </message>
    <message>
        <source>%1 also appears in [%2], which was left as it is.</source>
        <translation>%1 kommt auch in [%2] vor; das blieb, wie es ist.</translation>
    </message>
    <message>
        <source>Claws Mail asks for the password the first time it connects.</source>
        <translation>Claws Mail fragt beim ersten Verbinden nach dem Passwort.</translation>
    </message>
    <message>
        <source>Evolution would have to connect to %1 without encryption, which Mail Setup never sets up.</source>
        <translation>Evolution müsste sich ohne Verschlüsselung mit %1 verbinden, und das richtet Mail Setup nie ein.</translation>
    </message>
    <message>
        <source>Evolution cannot log in to %1 with %2 from settings files alone; set this account up in Evolution itself (Edit &gt; Accounts).</source>
        <translation>Evolution kann sich allein über Einstellungsdateien nicht mit %2 bei %1 anmelden; richten Sie dieses Konto in Evolution selbst ein (Bearbeiten &gt; Konten).</translation>
    </message>
    <message>
        <source>outgoing server (SMTP): %1</source>
        <translation>Postausgangs-Server (SMTP): %1</translation>
    </message>
    <message>
        <source>Evolution has no account for %1, and %2 sets up outgoing mail only. Add the account in Evolution first, then run Mail Setup again.</source>
        <translation>Evolution hat kein Konto für %1, und %2 richtet nur den Postausgang ein. Fügen Sie das Konto zuerst in Evolution hinzu und starten Sie Mail Setup dann erneut.</translation>
    </message>
    <message>
        <source>mail account: incoming mail (%1) %2</source>
        <translation>E-Mail-Konto: Posteingang (%1) %2</translation>
    </message>
    <message>
        <source>identity: %1</source>
        <translation>Identität: %1</translation>
    </message>
    <message>
        <source>The Evolution account for %1 belongs to &quot;%2&quot; (an online account), which sets its servers itself. Change it where that account is managed (for example GNOME Settings &gt; Online Accounts).</source>
        <translation>Das Evolution-Konto für %1 gehört zu „%2“ (einem Online-Konto), das seine Server selbst festlegt. Ändern Sie es dort, wo dieses Konto verwaltet wird (zum Beispiel GNOME-Einstellungen &gt; Online-Konten).</translation>
    </message>
    <message>
        <source>Add an outgoing server (SMTP) for this account: %1</source>
        <translation>Einen Postausgangs-Server (SMTP) für dieses Konto hinzufügen: %1</translation>
    </message>
    <message>
        <source>The outgoing server this account used is shared with other accounts, so it stays as it is; this account gets its own.</source>
        <translation>Der bisherige Postausgangs-Server dieses Kontos wird mit anderen Konten geteilt und bleibt daher, wie er ist; dieses Konto bekommt einen eigenen.</translation>
    </message>
    <message>
        <source>This account sent mail through &quot;%1&quot;; it now gets its own outgoing server. &quot;%1&quot; stays as it is.</source>
        <translation>Dieses Konto hat Mail über „%1“ gesendet; es bekommt jetzt einen eigenen Postausgangs-Server. „%1“ bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>%1 also appears in the account &quot;%2&quot; (%3), which was left as it is.</source>
        <translation>%1 kommt auch im Konto „%2“ (%3) vor; das blieb, wie es ist.</translation>
    </message>
    <message>
        <source>Evolution&apos;s background service picks up the changed files within a few seconds. Evolution asks for the password the first time it connects.</source>
        <translation>Der Hintergrunddienst von Evolution übernimmt die geänderten Dateien innerhalb weniger Sekunden. Evolution fragt beim ersten Verbinden nach dem Passwort.</translation>
    </message>
    <message>
        <source>If KMail has a password stored for the outgoing server &quot;%1&quot;, it keeps it. If sending then fails with a log-in error, enter your password again under Settings &gt; Configure KMail... &gt; Accounts &gt; Sending &gt; Modify...</source>
        <translation>Hat KMail für den Postausgangs-Server „%1“ ein Passwort gespeichert, behält es dieses. Schlägt das Senden dann mit einem Anmeldefehler fehl, geben Sie Ihr Passwort erneut ein unter Einstellungen &gt; KMail einrichten … &gt; Konten &gt; Versand &gt; Ändern …</translation>
    </message>
    <message>
        <source>The outgoing server &quot;%1&quot; runs a command before sending (%2); it was left as it is. Check that it still suits %3.</source>
        <translation>Der Postausgangs-Server „%1“ führt vor dem Senden einen Befehl aus (%2); er blieb, wie er ist. Prüfen Sie, ob das noch zu %3 passt.</translation>
    </message>
    <message>
        <source>no free number for a new outgoing server in %1</source>
        <translation>in %1 ist keine Nummer für einen neuen Postausgangs-Server frei</translation>
    </message>
    <message>
        <source>KMail asks for your password the first time it sends through &quot;%1&quot;; it can keep it in KWallet from then on. Mail Setup never writes passwords.</source>
        <translation>KMail fragt nach Ihrem Passwort, wenn es zum ersten Mal über „%1“ sendet; danach kann es es in KWallet aufbewahren. Mail Setup schreibt nie Passwörter.</translation>
    </message>
    <message>
        <source>Change the outgoing server &quot;%1&quot; to %2</source>
        <translation>Den Postausgangs-Server „%1“ ändern auf %2</translation>
    </message>
    <message>
        <source>Use the existing outgoing server &quot;%1&quot;, set to %2</source>
        <translation>Den bestehenden Postausgangs-Server „%1“ verwenden, eingestellt auf %2</translation>
    </message>
    <message>
        <source>The outgoing server &quot;%1&quot; is not an SMTP server (%2), so it stays as it is; this identity gets a new one.</source>
        <translation>Der Postausgangs-Server „%1“ ist kein SMTP-Server (%2) und bleibt daher, wie er ist; diese Identität bekommt einen neuen.</translation>
    </message>
    <message>
        <source>The outgoing server &quot;%1&quot; is shared with other identities, so it stays as it is; this identity gets its own.</source>
        <translation>Der Postausgangs-Server „%1“ wird mit anderen Identitäten geteilt und bleibt daher, wie er ist; diese Identität bekommt einen eigenen.</translation>
    </message>
    <message>
        <source>Add the outgoing server &quot;%1&quot;: %2</source>
        <translation>Den Postausgangs-Server „%1“ hinzufügen: %2</translation>
    </message>
    <message>
        <source>Update the identity &quot;%1&quot; (%2)</source>
        <translation>Die Identität „%1“ (%2) aktualisieren</translation>
    </message>
    <message>
        <source>KMail has no identity for %1, and %2 sets up outgoing mail only. Add the account in KMail first (Settings &gt; Configure KMail &gt; Accounts), then run Mail Setup again.</source>
        <translation>KMail hat keine Identität für %1, und %2 richtet nur den Postausgang ein. Fügen Sie das Konto zuerst in KMail hinzu (Einstellungen &gt; KMail einrichten &gt; Konten) und starten Sie Mail Setup dann erneut.</translation>
    </message>
    <message>
        <source>Add a new identity for %1</source>
        <translation>Eine neue Identität für %1 hinzufügen</translation>
    </message>
    <message>
        <source>the outgoing server %1 would not be encrypted; Mail Setup does not set that up</source>
        <translation>der Postausgangs-Server %1 wäre nicht verschlüsselt; so etwas richtet Mail Setup nicht ein</translation>
    </message>
    <message>
        <source>KMail cannot log in to %1 with %2. Set up the outgoing server in KMail by hand (Settings &gt; Configure KMail &gt; Accounts &gt; Sending).</source>
        <translation>KMail kann sich nicht mit %2 bei %1 anmelden. Richten Sie den Postausgangs-Server in KMail von Hand ein (Einstellungen &gt; KMail einrichten &gt; Konten &gt; Versand).</translation>
    </message>
    <message>
        <source>The identity &quot;%1&quot; also has the address %2 and was left as it is; choose the outgoing server &quot;%3&quot; in its settings if it should send the same way.</source>
        <translation>Die Identität „%1“ hat ebenfalls die Adresse %2 und blieb, wie sie ist; wählen Sie in ihren Einstellungen den Postausgangs-Server „%3“, wenn sie genauso senden soll.</translation>
    </message>
    <message>
        <source>KMail already sends mail from %1 as %2 describes.</source>
        <translation>KMail sendet Mail von %1 bereits so, wie %2 es beschreibt.</translation>
    </message>
    <message>
        <source>%1 asks Mutt to log in to %2 with %3. %4 Set up Mutt by hand following %1&apos;s instructions.</source>
        <translation>%1 verlangt, dass Mutt sich mit %3 bei %2 anmeldet. %4 Richten Sie Mutt nach der Anleitung von %1 von Hand ein.</translation>
    </message>
    <message>
        <source>%1 sets from (line %2) to a value that is only known when Mutt starts, so Mail Setup cannot tell whose account this file holds. Write the address into from directly, then try again.</source>
        <translation>%1 setzt from (Zeile %2) auf einen Wert, der erst beim Start von Mutt bekannt ist, daher kann Mail Setup nicht erkennen, wessen Konto diese Datei enthält. Schreiben Sie die Adresse direkt in from und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 holds the account of %2 (from, line %3). Mutt has one account per settings file, and Mail Setup does not replace the account of another address. To use %4 with Mutt here, change from to %4 (or remove that line), then run Mail Setup again.</source>
        <translation>%1 enthält das Konto von %2 (from, Zeile %3). Mutt hat ein Konto pro Einstellungsdatei, und Mail Setup ersetzt nicht das Konto einer anderen Adresse. Um %4 hier mit Mutt zu verwenden, ändern Sie from auf %4 (oder entfernen Sie die Zeile) und starten Sie Mail Setup dann erneut.</translation>
    </message>
    <message>
        <source>Mutt reads mail here by %1, but %2 sets up %3. Mail Setup left the incoming side (spoolfile, folder) as it is; change it by hand if you want to switch.</source>
        <translation>Mutt liest Mail hier über %1, aber %2 richtet %3 ein. Mail Setup hat die Eingangsseite (spoolfile, folder) gelassen, wie sie ist; ändern Sie sie von Hand, wenn Sie umstellen möchten.</translation>
    </message>
    <message>
        <source>spoolfile (line %1) is only known when Mutt starts, so Mail Setup left the incoming side as it is. Incoming mail at %2: %3.</source>
        <translation>spoolfile (Zeile %1) ist erst beim Start von Mutt bekannt, daher hat Mail Setup die Eingangsseite gelassen, wie sie ist. Posteingang bei %2: %3.</translation>
    </message>
    <message>
        <source>Mutt reads mail from %1 on this computer (spoolfile, line %2), which another program fills; Mail Setup left that as it is. Set that program to fetch mail from %3 (%4).</source>
        <translation>Mutt liest Mail aus %1 auf diesem Computer (spoolfile, Zeile %2), das ein anderes Programm füllt; Mail Setup hat das gelassen, wie es ist. Stellen Sie dieses Programm so ein, dass es Mail von %3 abholt (%4).</translation>
    </message>
    <message>
        <source>The old %1 (line %2) held a password; the new one does not, so Mutt asks for the password when it connects.</source>
        <translation>Das alte %1 (Zeile %2) enthielt ein Passwort; das neue nicht, daher fragt Mutt beim Verbinden nach dem Passwort.</translation>
    </message>
    <message>
        <source>The folders named with + or = on %1 were read against the folder set before them (%2), so they stay on that server. Change them if they should move to %3.</source>
        <translation>Die mit + oder = benannten Ordner in %1 wurden gegen den vorher gesetzten folder gelesen (%2) und bleiben daher auf diesem Server. Ändern Sie sie, wenn sie zu %3 umziehen sollen.</translation>
    </message>
    <message>
        <source>Line %1 (%2) also sets %3. Mail Setup leaves hooks and ifdef lines alone and changes only the settings Mutt starts with; while that %2 applies, its values are used instead.</source>
        <translation>Zeile %1 (%2) setzt ebenfalls %3. Mail Setup lässt Hooks und ifdef-Zeilen unangetastet und ändert nur die Einstellungen, mit denen Mutt startet; solange dieses %2 greift, gelten dessen Werte.</translation>
    </message>
    <message>
        <source>The account-hook commands (%1) set connection details for some servers only. Mail Setup leaves hooks alone; what it sets is the default account Mutt starts with.</source>
        <translation>Die account-hook-Befehle (%1) setzen Verbindungsdaten nur für einige Server. Mail Setup lässt Hooks unangetastet; es setzt das Standardkonto, mit dem Mutt startet.</translation>
    </message>
    <message>
        <source>Other settings files are read on %1 (source); Mail Setup did not look into them. The settings it writes come after, so Mutt uses them.</source>
        <translation>In %1 werden weitere Einstellungsdateien gelesen (source); Mail Setup hat nicht hineingeschaut. Die Einstellungen, die es schreibt, kommen danach, daher verwendet Mutt sie.</translation>
    </message>
    <message>
        <source>Line %1 can stop Mutt reading the rest of this file (finish); Mail Setup put its settings before it.</source>
        <translation>Zeile %1 kann Mutt davon abhalten, den Rest dieser Datei zu lesen (finish); Mail Setup hat seine Einstellungen davor gesetzt.</translation>
    </message>
    <message>
        <source>sendmail is set (line %1); with smtp_url set, Mutt sends through %2 itself and no longer uses that program.</source>
        <translation>sendmail ist gesetzt (Zeile %1); mit gesetztem smtp_url sendet Mutt selbst über %2 und verwendet dieses Programm nicht mehr.</translation>
    </message>
    <message>
        <source>A password is kept in this file (%1); Mail Setup left it as it is. If your password for %2 is different, change or remove it.</source>
        <translation>In dieser Datei steht ein Passwort (%1); Mail Setup hat es gelassen, wie es ist. Ist Ihr Passwort für %2 ein anderes, ändern oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1:%2: %3. Mail Setup does not change a file it cannot read completely; correct that line in a text editor, then try again.</source>
        <translation>%1:%2: %3. Mail Setup ändert keine Datei, die es nicht vollständig lesen kann; korrigieren Sie diese Zeile in einem Texteditor und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Set up %1 in a new settings file</source>
        <translation>%1 in einer neuen Einstellungsdatei einrichten</translation>
    </message>
    <message>
        <source>Update the account of %1</source>
        <translation>Das Konto von %1 aktualisieren</translation>
    </message>
    <message>
        <source>Set up %1 in this file, whose account has no address (from) yet: Mutt has one account per settings file, so its servers are replaced</source>
        <translation>%1 in dieser Datei einrichten, deren Konto noch keine Adresse (from) hat: Mutt hat ein Konto pro Einstellungsdatei, daher werden dessen Server ersetzt</translation>
    </message>
    <message>
        <source>Set up %1 in this file (Mutt has one account per settings file)</source>
        <translation>%1 in dieser Datei einrichten (Mutt hat ein Konto pro Einstellungsdatei)</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; Mutt goes on reading mail as it does now.</source>
        <translation>%1 richtet nur den Postausgang ein; Mutt liest Mail weiter wie bisher.</translation>
    </message>
    <message>
        <source>Refuse any connection without encryption (ssl_force_tls)</source>
        <translation>Jede Verbindung ohne Verschlüsselung ablehnen (ssl_force_tls)</translation>
    </message>
    <message>
        <source>Mutt will also insist on encryption when it reads mail from %1; if that server offers none, reading mail there stops working.</source>
        <translation>Mutt besteht auch beim Lesen von Mail von %1 auf Verschlüsselung; bietet dieser Server keine an, funktioniert das Lesen dort nicht mehr.</translation>
    </message>
    <message>
        <source>%1: this line starts with a space, which continues %2, but %2 takes a single value and Alpine ignores the line. Join it to the line before or delete it, then try again.</source>
        <translation>%1: Diese Zeile beginnt mit einem Leerzeichen, das %2 fortsetzt, aber %2 nimmt nur einen Wert, und Alpine ignoriert die Zeile. Hängen Sie sie an die vorige Zeile an oder löschen Sie sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1: this Alpine settings file sends mail as %2 (a From: header in customized-hdrs). Alpine keeps one identity per settings file, so Mail Setup does not turn it into %3. If this file should now be for %3, remove that header in Alpine (Setup &gt; Config &gt; Customized Headers), quit Alpine and run Mail Setup again.</source>
        <translation>%1: Diese Alpine-Einstellungsdatei sendet Mail als %2 (eine From:-Kopfzeile in customized-hdrs). Alpine hat eine Identität pro Einstellungsdatei, daher macht Mail Setup daraus nicht %3. Soll diese Datei jetzt für %3 gelten, entfernen Sie diese Kopfzeile in Alpine (Setup &gt; Config &gt; Customized Headers), beenden Sie Alpine und starten Sie Mail Setup erneut.</translation>
    </message>
    <message>
        <source>%1: this Alpine settings file sends mail from the domain %2 (user-domain). Alpine keeps one identity per settings file, so Mail Setup does not turn it into %3. If this file should now be for %3, clear User Domain in Alpine (Setup &gt; Config), quit Alpine and run Mail Setup again.</source>
        <translation>%1: Diese Alpine-Einstellungsdatei sendet Mail aus der Domain %2 (user-domain). Alpine hat eine Identität pro Einstellungsdatei, daher macht Mail Setup daraus nicht %3. Soll diese Datei jetzt für %3 gelten, leeren Sie User Domain in Alpine (Setup &gt; Config), beenden Sie Alpine und starten Sie Mail Setup erneut.</translation>
    </message>
    <message>
        <source>Your name on outgoing mail: %1</source>
        <translation>Ihr Name in ausgehender Mail: %1</translation>
    </message>
    <message>
        <source>Your name stays &quot;%1&quot; as Alpine has it (personal-name), not &quot;%2&quot;.</source>
        <translation>Ihr Name bleibt „%1“, wie Alpine ihn hat (personal-name), nicht „%2“.</translation>
    </message>
    <message>
        <source>Send as %1 (your login name at %2)</source>
        <translation>Senden als %1 (Ihr Anmeldename bei %2)</translation>
    </message>
    <message>
        <source>Send as %1 (a From: header, because Alpine would otherwise use your login name)</source>
        <translation>Senden als %1 (eine From:-Kopfzeile, weil Alpine sonst Ihren Anmeldenamen verwenden würde)</translation>
    </message>
    <message>
        <source>Send as %1 (a From: header, because Alpine would otherwise send as %2@%3)</source>
        <translation>Senden als %1 (eine From:-Kopfzeile, weil Alpine sonst als %2@%3 senden würde)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1, replacing %2</source>
        <translation>Postausgang (SMTP): %1, ersetzt %2</translation>
    </message>
    <message>
        <source>Alpine had several outgoing servers and tries them in turn when one fails. Only %1 is kept, so a failure cannot quietly send through a server without the protection set up here.</source>
        <translation>Alpine hatte mehrere Postausgangs-Server und versucht sie nacheinander, wenn einer ausfällt. Nur %1 bleibt, damit bei einem Fehler nicht unbemerkt über einen Server ohne den hier eingerichteten Schutz gesendet wird.</translation>
    </message>
    <message>
        <source>Alpine chooses the log-in method from those the server offers; it cannot be limited to %1.</source>
        <translation>Alpine wählt das Anmeldeverfahren aus denen, die der Server anbietet; es lässt sich nicht auf %1 beschränken.</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; Alpine&apos;s INBOX stays as it is.</source>
        <translation>%1 richtet nur den Postausgang ein; der INBOX von Alpine bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Alpine reads your INBOX by %1 (inbox-path), but %2 sets up %3; the INBOX was left as it is, because switching would show a different set of folders.</source>
        <translation>Alpine liest Ihren INBOX über %1 (inbox-path), aber %2 richtet %3 ein; der INBOX blieb, wie er ist, weil ein Umstellen andere Ordner zeigen würde.</translation>
    </message>
    <message>
        <source>Until now Alpine read your INBOX on this computer (%1). It now reads it from %2; the messages on this computer stay where they are.</source>
        <translation>Bisher hat Alpine Ihren INBOX auf diesem Computer gelesen (%1). Jetzt liest es ihn von %2; die Nachrichten auf diesem Computer bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>the system mail spool</source>
        <translation>der Mail-Spool des Systems</translation>
    </message>
    <message>
        <source>Alpine reads a POP3 INBOX on the server: messages are removed there only when you delete and expunge them in Alpine.</source>
        <translation>Alpine liest einen POP3-INBOX auf dem Server: Nachrichten werden dort erst entfernt, wenn Sie sie in Alpine löschen und endgültig entfernen (expunge).</translation>
    </message>
    <message>
        <source>The settings asked for are not encrypted; Mail Setup never writes a connection that would send your password in the clear.</source>
        <translation>Die gewünschten Einstellungen sind nicht verschlüsselt; Mail Setup schreibt nie eine Verbindung, die Ihr Passwort im Klartext senden würde.</translation>
    </message>
    <message>
        <source>Roles (Setup &gt; Rules &gt; Roles) can name their own outgoing server; they were left as they are.</source>
        <translation>Rollen (Setup &gt; Rules &gt; Roles) können einen eigenen Postausgangs-Server nennen; sie blieben, wie sie sind.</translation>
    </message>
    <message>
        <source>Alpine asks for your password when it first connects; Mail Setup never stores it.</source>
        <translation>Alpine fragt beim ersten Verbinden nach Ihrem Passwort; Mail Setup speichert es nie.</translation>
    </message>
    <message>
        <source>This version of %1 cannot require STARTTLS for incoming mail: it knows only SSL/TLS on or off, and would connect to %2 port %3 without encryption. Choose the SSL/TLS port (995 for POP3, 993 for IMAP) if %4 offers it, or use a newer mail program.</source>
        <translation>Diese Version von %1 kann für den Posteingang kein STARTTLS erzwingen: Sie kennt nur SSL/TLS an oder aus und würde sich ohne Verschlüsselung mit %2 Port %3 verbinden. Wählen Sie den SSL/TLS-Port (995 für POP3, 993 für IMAP), wenn %4 ihn anbietet, oder verwenden Sie ein neueres E-Mail-Programm.</translation>
    </message>
    <message>
        <source>This version of %1 can log in to %2 only with a normal or an encrypted password, but %3 asks for %4.</source>
        <translation>Diese Version von %1 kann sich bei %2 nur mit normalem oder verschlüsseltem Passwort anmelden, aber %3 verlangt %4.</translation>
    </message>
    <message>
        <source>Change the outgoing server %1 to %2</source>
        <translation>Den Postausgangs-Server %1 ändern auf %2</translation>
    </message>
    <message>
        <source>Use the existing outgoing server %1, set to %2</source>
        <translation>Den bestehenden Postausgangs-Server %1 verwenden, eingestellt auf %2</translation>
    </message>
    <message>
        <source>The outgoing server %1 is shared with other accounts, so it stays as it is; this account gets its own (%2).</source>
        <translation>Der Postausgangs-Server %1 wird mit anderen Konten geteilt und bleibt daher, wie er ist; dieses Konto bekommt einen eigenen (%2).</translation>
    </message>
    <message>
        <source>Add the outgoing server %1: %2</source>
        <translation>Den Postausgangs-Server %1 hinzufügen: %2</translation>
    </message>
    <message>
        <source>%1 has no account for %2, and %3 sets up outgoing mail only. Add the account in %1 first, then run Mail Setup again.</source>
        <translation>%1 hat kein Konto für %2, und %3 richtet nur den Postausgang ein. Fügen Sie das Konto zuerst in %1 hinzu und starten Sie Mail Setup dann erneut.</translation>
    </message>
    <message>
        <source>%1 also appears in account %2, which was left as it is.</source>
        <translation>%1 kommt auch im Konto %2 vor; das blieb, wie es ist.</translation>
    </message>
</context>
<context>
    <name>mailsetup::PlistDocument</name>
    <message>
        <source>%1 is empty: it holds no settings (a property list file starts with &quot;bplist00&quot; or &quot;&lt;?xml&quot;).</source>
        <translation>%1 ist leer: Die Datei enthält keine Einstellungen (eine Property-List-Datei beginnt mit „bplist00“ oder „&lt;?xml“).</translation>
    </message>
    <message>
        <source>%1 is in the old text form of NeXTSTEP and early Mac OS X, which Mail Setup does not read. Open it once in Property List Editor and save it, then try again.</source>
        <translation>%1 liegt in der alten Textform von NeXTSTEP und frühem Mac OS X vor, die Mail Setup nicht liest. Öffnen Sie die Datei einmal im Property List Editor, speichern Sie sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 is not a readable property list: %2</source>
        <translation>%1 ist keine lesbare Property-List: %2</translation>
    </message>
    <message>
        <source>%1 is a damaged binary property list (it starts like one, but its contents cannot be read).</source>
        <translation>%1 ist eine beschädigte binäre Property-List (sie beginnt wie eine, aber ihr Inhalt ist nicht lesbar).</translation>
    </message>
    <message>
        <source>%1 is XML but not a property list Mail Setup can read (an element other than plist, dict, array, key, string, integer, real, true, false, date or data, or a value that does not fit its element).</source>
        <translation>%1 ist XML, aber keine Property-List, die Mail Setup lesen kann (ein anderes Element als plist, dict, array, key, string, integer, real, true, false, date oder data, oder ein Wert, der nicht zu seinem Element passt).</translation>
    </message>
</context>
<context>
    <name>mailsetup::ProviderPage</name>
    <message>
        <source>newsgroup %1</source>
        <translation>Newsgroup %1</translation>
    </message>
    <message>
        <source>&amp;Open a profile file…</source>
        <translation>Profildatei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Who gave you your email address?</source>
        <translation>Wer hat Ihnen Ihre E-Mail-Adresse gegeben?</translation>
    </message>
    <message>
        <source>Mail Setup sets up your mail program for your provider&apos;s secure mail servers. Choose your provider from the list.</source>
        <translation>Mail Setup richtet Ihr E-Mail-Programm für die sicheren Mail-Server Ihres Anbieters ein. Wählen Sie Ihren Anbieter aus der Liste.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Open a profile file</source>
        <translation>Profildatei öffnen</translation>
    </message>
    <message>
        <source>Use a provider profile file (.xml) that your provider sent you</source>
        <translation>Eine Anbieterprofil-Datei (.xml) verwenden, die Ihr Anbieter Ihnen geschickt hat</translation>
    </message>
    <message>
        <source>if your provider is not listed but sent you a profile file (.xml)</source>
        <translation>wenn Ihr Anbieter nicht in der Liste steht, Ihnen aber eine Profildatei (.xml) geschickt hat</translation>
    </message>
    <message>
        <source>Some built-in provider profiles are damaged and are not listed:
%1</source>
        <translation>Einige eingebaute Anbieterprofile sind beschädigt und werden nicht angezeigt:
%1</translation>
    </message>
    <message>
        <source>This file cannot be used as a provider profile. Send this message to your provider:
%1</source>
        <translation>Diese Datei lässt sich nicht als Anbieterprofil verwenden. Schicken Sie diese Meldung an Ihren Anbieter:
%1</translation>
    </message>
    <message>
        <source>Open a provider profile</source>
        <translation>Anbieterprofil öffnen</translation>
    </message>
    <message>
        <source>Provider profiles (*.xml);;All files (*)</source>
        <translation>Anbieterprofile (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>for addresses ending in %1</source>
        <translation>für Adressen, die auf %1 enden</translation>
    </message>
    <message>
        <source>from the file %1</source>
        <translation>aus der Datei %1</translation>
    </message>
    <message>
        <source>Choose a provider to see its details.</source>
        <translation>Wählen Sie einen Anbieter, um seine Angaben zu sehen.</translation>
    </message>
    <message>
        <source>%1 sets up addresses ending in %2.</source>
        <translation>%1 richtet Adressen ein, die auf %2 enden.</translation>
    </message>
    <message>
        <source>Help from your provider: %1</source>
        <translation>Hilfe von Ihrem Anbieter: %1</translation>
    </message>
    <message>
        <source>Provider&apos;s instructions: %1</source>
        <translation>Anleitung des Anbieters: %1</translation>
    </message>
    <message>
        <source>Parts of this profile that Mail Setup does not use: %1</source>
        <translation>Teile dieses Profils, die Mail Setup nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Anbieter: %1 (%2)</translation>
    </message>
    <message>
        <source>This profile file cannot be used</source>
        <translation>Diese Profildatei ist nicht verwendbar</translation>
    </message>
    <message>
        <source>Nothing was changed. Send this message to your provider, or choose another file.</source>
        <translation>Es wurde nichts geändert. Schicken Sie diese Meldung an Ihren Anbieter oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>found: %1 (%2)</source>
        <translation>gefunden: %1 (%2)</translation>
    </message>
    <message>
        <source>less trusted: check these settings with your provider</source>
        <translation>weniger vertrauenswürdig: prüfen Sie diese Einstellungen mit Ihrem Anbieter</translation>
    </message>
    <message>
        <source>These settings were not confirmed by your provider (%1). Use them only if your provider&apos;s own instructions say the same.</source>
        <translation>Diese Einstellungen hat Ihr Anbieter nicht bestätigt (%1). Verwenden Sie sie nur, wenn die Anleitung Ihres Anbieters dasselbe sagt.</translation>
    </message>
    <message>
        <source>This built-in provider profile is damaged and cannot be used:
%1</source>
        <translation>Dieses eingebaute Anbieterprofil ist beschädigt und kann nicht verwendet werden:
%1</translation>
    </message>
</context>
<context>
    <name>mailsetup::RegFile</name>
    <message>
        <source>the file ends in the middle of a UTF-16 character</source>
        <translation>die Datei endet mitten in einem UTF-16-Zeichen</translation>
    </message>
    <message>
        <source>this is not a registry file: the first line must be &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>das ist keine Registrierungsdatei: Die erste Zeile muss „%1“ oder „%2“ lauten</translation>
    </message>
    <message>
        <source>the key line has no closing ]</source>
        <translation>der Schlüsselzeile fehlt die schließende ]</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; does not start with a registry root such as HKEY_CURRENT_USER</source>
        <translation>der Schlüssel „%1“ beginnt nicht mit einem Registrierungsstamm wie HKEY_CURRENT_USER</translation>
    </message>
    <message>
        <source>expected a [key] line, a &quot;name&quot;=value line or a ; comment</source>
        <translation>erwartet: eine [Schlüssel]-Zeile, eine Zeile &quot;Name&quot;=Wert oder einen ;-Kommentar</translation>
    </message>
    <message>
        <source>a value line must follow a [key] line</source>
        <translation>eine Wertzeile muss auf eine [Schlüssel]-Zeile folgen</translation>
    </message>
    <message>
        <source>the value name has no closing quote</source>
        <translation>dem Wertnamen fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>expected = after the value name</source>
        <translation>nach dem Wertnamen wird = erwartet</translation>
    </message>
</context>
<context>
    <name>mailsetup::RegFileRegistry</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mailsetup::RegistryChange</name>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
</context>
<context>
    <name>mailsetup::ReviewPage</name>
    <message>
        <source>Check the changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <source>This is everything Mail Setup will change. Click Apply to make the changes; you can undo them afterwards.</source>
        <translation>Das ist alles, was Mail Setup ändern wird. Klicken Sie auf Anwenden, um die Änderungen vorzunehmen; Sie können sie danach rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Changes (lines starting with - are removed, + are added):</source>
        <translation>Än&amp;derungen (Zeilen mit - werden entfernt, mit + hinzugefügt):</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Before changing a file, Mail Setup keeps a copy of it in %1</source>
        <translation>Bevor Mail Setup eine Datei ändert, legt es eine Kopie in %1 ab</translation>
    </message>
</context>
<context>
    <name>mailsetup::SeaMonkeyAdapter</name>
    <message>
        <source>the profile folder %1 does not exist</source>
        <translation>der Profilordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>SeaMonkey (or the Mozilla Suite or Netscape) is running with the profile %1 (%2). Quit it (File &gt; Quit; on Windows also Quick Launch, next to the clock), wait until its windows have closed, then try again. It saves its settings when it quits and would overwrite the changes.</source>
        <translation>SeaMonkey (oder die Mozilla Suite oder Netscape) läuft mit dem Profil %1 (%2). Beenden Sie es (Datei &gt; Beenden; unter Windows auch den Schnellstart neben der Uhr), warten Sie, bis seine Fenster geschlossen sind, und versuchen Sie es dann erneut. Es speichert seine Einstellungen beim Beenden und würde die Änderungen überschreiben.</translation>
    </message>
    <message>
        <source>This profile was last used by %1, which knows older names for the login and encryption settings. Mail Setup writes the old and the current names together, so the account also works after an upgrade to a newer SeaMonkey.</source>
        <translation>Dieses Profil wurde zuletzt von %1 verwendet, das ältere Namen für die Anmelde- und Verschlüsselungseinstellungen kennt. Mail Setup schreibt die alten und die aktuellen Namen zusammen, damit das Konto auch nach einem Update auf ein neueres SeaMonkey funktioniert.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ServerSettings</name>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
</context>
<context>
    <name>mailsetup::SettingsSheet</name>
    <message>
        <source>no login</source>
        <translation>keine Anmeldung</translation>
    </message>
    <message>
        <source>Mail settings for %1 (%2)</source>
        <translation>Mail-Einstellungen für %1 (%2)</translation>
    </message>
    <message>
        <source>normal password (not CRAM-MD5)</source>
        <translation>normales Passwort (nicht CRAM-MD5)</translation>
    </message>
</context>
<context>
    <name>mailsetup::SetupWizard</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language: %1</source>
        <translation>Sp&amp;rache: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>Mail Setup cannot go on</source>
        <translation>Mail Setup kann nicht fortfahren</translation>
    </message>
    <message>
        <source>Nothing was changed. Install Mail Setup again, then try once more.</source>
        <translation>Es wurde nichts geändert. Installieren Sie Mail Setup erneut und versuchen Sie es dann noch einmal.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ThunderbirdAdapter</name>
    <message>
        <source>profile &quot;%1&quot; (%2)</source>
        <translation>Profil „%1“ (%2)</translation>
    </message>
    <message>
        <source>the profile folder %1 does not exist</source>
        <translation>der Profilordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>The Thunderbird profile %1 is in use. %2 Quit Thunderbird (File &gt; Quit), wait until its window has closed, then try again: Thunderbird saves its settings when it quits and would overwrite the changes.</source>
        <translation>Das Thunderbird-Profil %1 ist in Gebrauch. %2 Beenden Sie Thunderbird (Datei &gt; Beenden), warten Sie, bis sein Fenster geschlossen ist, und versuchen Sie es dann erneut: Thunderbird speichert seine Einstellungen beim Beenden und würde die Änderungen überschreiben.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ToolResult</name>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 exited with %2</source>
        <translation>%1 wurde mit Exit-Code %2 beendet</translation>
    </message>
    <message>
        <source>%1 exited with %2: %3</source>
        <translation>%1 wurde mit Exit-Code %2 beendet: %3</translation>
    </message>
</context>
<context>
    <name>mailsetup::TrustAnchor</name>
    <message>
        <source>%1: the provider profile pins no SHA-256 fingerprint for this certificate, so there is nothing to compare it with; it is not installed</source>
        <translation>%1: Das Anbieterprofil legt für dieses Zertifikat keinen SHA-256-Fingerabdruck fest, es gibt also nichts zum Vergleichen; es wird nicht installiert</translation>
    </message>
    <message>
        <source>%1 is not the certificate the provider pinned: its fingerprint is %2, the profile expects %3. It may carry the same name (%4) but it is a different certificate; it is not installed</source>
        <translation>%1 ist nicht das Zertifikat, das der Anbieter festgelegt hat: Sein Fingerabdruck ist %2, das Profil erwartet %3. Es trägt vielleicht denselben Namen (%4), ist aber ein anderes Zertifikat; es wird nicht installiert</translation>
    </message>
    <message>
        <source>%1 (%2) is not a certificate authority (it lacks &quot;CA:TRUE&quot;), so it cannot vouch for mail servers; it is not installed</source>
        <translation>%1 (%2) ist keine Zertifizierungsstelle (ihm fehlt „CA:TRUE“) und kann daher nicht für Mail-Server bürgen; es wird nicht installiert</translation>
    </message>
    <message>
        <source>%1 (%2) is not a root certificate: it is issued by %3. Only the root goes into a trust store; it is not installed</source>
        <translation>%1 (%2) ist kein Stammzertifikat: Es wurde von %3 ausgestellt. Nur das Stammzertifikat gehört in einen Vertrauensspeicher; es wird nicht installiert</translation>
    </message>
    <message>
        <source>%1 (%2) expired on %3; it is not installed</source>
        <translation>%1 (%2) ist am %3 abgelaufen; es wird nicht installiert</translation>
    </message>
    <message>
        <source>%1 (%2) is not valid before %3; it is not installed</source>
        <translation>%1 (%2) ist erst ab %3 gültig; es wird nicht installiert</translation>
    </message>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation>das Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be one certificate</source>
        <translation>%1 ist zu groß für ein einzelnes Zertifikat</translation>
    </message>
    <message>
        <source>%1: %2; nothing is installed</source>
        <translation>%1: %2; nichts wird installiert</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2 (UTC)</source>
        <translation>Gültig von %1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>the certificate %1 is installed only after you have compared its fingerprint with the one your provider publishes: %2</source>
        <translation>das Zertifikat %1 wird erst installiert, wenn Sie seinen Fingerabdruck mit dem verglichen haben, den Ihr Anbieter veröffentlicht: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits); the certificate %2 has %3</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern); das Zertifikat %2 hat %3</translation>
    </message>
    <message>
        <source>the fingerprint you confirmed (%1) is not the one of the certificate %2 (%3); nothing is installed</source>
        <translation>der Fingerabdruck, den Sie bestätigt haben (%1), ist nicht der des Zertifikats %2 (%3); nichts wird installiert</translation>
    </message>
</context>
<context>
    <name>mailsetup::TrustInstallLog</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mailsetup::iam</name>
    <message>
        <source>%1 has no setting that requires STARTTLS: its &quot;This server requires a secure connection (SSL)&quot; box means SSL/TLS from the first byte (port %2 needs STARTTLS). Choose the provider&apos;s SSL/TLS port instead, for example --outgoing-port 465 or --incoming-port 995.</source>
        <translation>%1 hat keine Einstellung, die STARTTLS erzwingt: Sein Kästchen „Server erfordert eine sichere Verbindung (SSL)“ bedeutet SSL/TLS ab dem ersten Byte (Port %2 braucht STARTTLS). Wählen Sie stattdessen den SSL/TLS-Port des Anbieters, zum Beispiel --outgoing-port 465 oder --incoming-port 995.</translation>
    </message>
    <message>
        <source>%1: the %2 server would not be encrypted; Mail Setup does not write that.</source>
        <translation>%1: Der %2-Server wäre nicht verschlüsselt; so etwas schreibt Mail Setup nicht.</translation>
    </message>
    <message>
        <source>%1 cannot log in to %2 with %3; it knows only a normal password and Secure Password Authentication.</source>
        <translation>%1 kann sich nicht mit %3 bei %2 anmelden; es kennt nur ein normales Passwort und die gesicherte Kennwortauthentifizierung (SPA).</translation>
    </message>
    <message>
        <source>The account receives mail with %1 from %2; Mail Setup left that as it is (the provider&apos;s %3 server is %4).</source>
        <translation>Das Konto empfängt Mail mit %1 von %2; Mail Setup hat das gelassen, wie es ist (der %3-Server des Anbieters ist %4).</translation>
    </message>
    <message>
        <source>New %1 account %2 for %3 (registry key %4)</source>
        <translation>Neues %1-Konto %2 für %3 (Registrierungsschlüssel %4)</translation>
    </message>
    <message>
        <source>Account %1 (%2) updated</source>
        <translation>Konto %1 (%2) aktualisiert</translation>
    </message>
    <message>
        <source>Outgoing: %1</source>
        <translation>Ausgang: %1</translation>
    </message>
    <message>
        <source>Incoming: %1</source>
        <translation>Eingang: %1</translation>
    </message>
    <message>
        <source>%1 asks for the password the first time it sends or receives; Mail Setup never stores passwords.</source>
        <translation>%1 fragt beim ersten Senden oder Empfangen nach dem Passwort; Mail Setup speichert nie Passwörter.</translation>
    </message>
    <message>
        <source>The default mail account (%1) was left as it is.</source>
        <translation>Das Standard-E-Mail-Konto (%1) blieb, wie es ist.</translation>
    </message>
</context>
<context>
    <name>mailsetup::outlook</name>
    <message>
        <source>Add the account with the PRF file Mail Setup writes for Outlook instead: quit Outlook, then run outlook.exe /importprf &quot;&lt;the .prf file&gt;&quot; (the route administrators use).</source>
        <translation>Fügen Sie das Konto stattdessen mit der PRF-Datei hinzu, die Mail Setup für Outlook schreibt: Beenden Sie Outlook und führen Sie dann outlook.exe /importprf &quot;&lt;die .prf-Datei&gt;&quot; aus (so machen es Administratoren).</translation>
    </message>
    <message>
        <source>The Outlook profile &quot;%1&quot; has no account for %2. Outlook keeps each account together with links to its mail store and address book, which Mail Setup does not create in the registry. %3</source>
        <translation>Das Outlook-Profil „%1“ hat kein Konto für %2. Outlook speichert jedes Konto zusammen mit Verweisen auf seinen Nachrichtenspeicher und sein Adressbuch, die Mail Setup in der Registrierung nicht anlegt. %3</translation>
    </message>
    <message>
        <source>Writing required STARTTLS for %1 into the registry is not documented by Microsoft; choose the SSL/TLS port (for example --outgoing-port 465), or %2</source>
        <translation>Erzwungenes STARTTLS für %1 in die Registrierung zu schreiben, ist von Microsoft nicht dokumentiert; wählen Sie den SSL/TLS-Port (zum Beispiel --outgoing-port 465) oder %2</translation>
    </message>
    <message>
        <source>the %1 server would not be encrypted; Mail Setup does not write that.</source>
        <translation>der %1-Server wäre nicht verschlüsselt; so etwas schreibt Mail Setup nicht.</translation>
    </message>
    <message>
        <source>Outlook&apos;s registry settings cannot log in to %1 with %2.</source>
        <translation>Mit den Registrierungseinstellungen von Outlook ist keine Anmeldung mit %2 bei %1 möglich.</translation>
    </message>
    <message>
        <source>The account receives mail with %1; Mail Setup left its incoming server as it is.</source>
        <translation>Das Konto empfängt Mail mit %1; Mail Setup hat seinen Posteingangs-Server gelassen, wie er ist.</translation>
    </message>
    <message>
        <source>Account %1 (%2) in the profile &quot;%3&quot; updated</source>
        <translation>Konto %1 (%2) im Profil „%3“ aktualisiert</translation>
    </message>
    <message>
        <source>Outgoing: %1</source>
        <translation>Ausgang: %1</translation>
    </message>
    <message>
        <source>Incoming: %1</source>
        <translation>Eingang: %1</translation>
    </message>
    <message>
        <source>Outlook asks for the password the first time it sends; Mail Setup never stores passwords.</source>
        <translation>Outlook fragt beim ersten Senden nach dem Passwort; Mail Setup speichert nie Passwörter.</translation>
    </message>
</context>
<context>
    <name>mailsetup::trusthelper</name>
    <message>
        <source>mailsetup-trust-helper: unexpected argument &quot;%1&quot;</source>
        <translation>mailsetup-trust-helper: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>usage: mailsetup-trust-helper install|uninstall|status --certificate FILE --sha256 FINGERPRINT</source>
        <translation>Aufruf: mailsetup-trust-helper install|uninstall|status --certificate FILE --sha256 FINGERPRINT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits); nothing was changed</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern); nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 is not a file; nothing was changed</source>
        <translation>%1 ist keine Datei; nichts wurde geändert</translation>
    </message>
</context>
</TS>
