<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>mailsetup</name>
    <message>
        <source>Provider profile: a built-in id (see &apos;profiles&apos;) or a file.</source>
        <translation>Profil du fournisseur : un identifiant intégré (voir « profiles ») ou un fichier.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>The email address to set up.</source>
        <translation>L’adresse électronique à configurer.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Your name, as recipients see it.</source>
        <translation>Votre nom, tel que les destinataires le voient.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Log-in name, when it is not the one the profile derives.</source>
        <translation>Nom d’utilisateur, s’il diffère de celui que le profil déduit.</translation>
    </message>
    <message>
        <source>Use the profile&apos;s outgoing server on this port.</source>
        <translation>Utiliser le serveur sortant du profil sur ce port.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Use the profile&apos;s incoming server on this port.</source>
        <translation>Utiliser le serveur entrant du profil sur ce port.</translation>
    </message>
    <message>
        <source>--%1 needs a port number (1 to 65535)</source>
        <translation>--%1 attend un numéro de port (1 à 65535)</translation>
    </message>
    <message>
        <source>this command needs --profile and --email</source>
        <translation>cette commande attend --profile et --email</translation>
    </message>
    <message>
        <source>this command needs --profile</source>
        <translation>cette commande attend --profile</translation>
    </message>
    <message>
        <source>The provider profile cannot be used:</source>
        <translation>Le profil du fournisseur est inutilisable :</translation>
    </message>
    <message>
        <source>Cannot set up %1 with %2: %3</source>
        <translation>Impossible de configurer %1 avec %2 : %3</translation>
    </message>
    <message>
        <source>Run &apos;mailsetup --help&apos; for the commands.</source>
        <translation>Lancez « mailsetup --help » pour voir les commandes.</translation>
    </message>
    <message>
        <source>No supported mail program with settings was found in %1.</source>
        <translation>Aucun logiciel de messagerie pris en charge avec des paramètres n’a été trouvé dans %1.</translation>
    </message>
    <message>
        <source> [default]</source>
        <translation> [par défaut]</translation>
    </message>
    <message>
        <source>location: %1</source>
        <translation>emplacement : %1</translation>
    </message>
    <message>
        <source>running now: changes are refused until it is closed</source>
        <translation>en cours d’exécution : aucune modification tant qu’il n’est pas fermé</translation>
    </message>
    <message>
        <source>no mail accounts</source>
        <translation>aucun compte de messagerie</translation>
    </message>
    <message>
        <source>unknown client &quot;%1&quot; (known: %2)</source>
        <translation>logiciel inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>no supported mail program with settings was found in %1</source>
        <translation>aucun logiciel de messagerie pris en charge avec des paramètres n’a été trouvé dans %1</translation>
    </message>
    <message>
        <source>%1 is not a mail program&apos;s settings folder that Mail Setup found</source>
        <translation>%1 n’est pas un dossier de paramètres de logiciel de messagerie trouvé par Mail Setup</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié : %1</translation>
    </message>
    <message>
        <source>Nothing needed to change.</source>
        <translation>Il n’y avait rien à modifier.</translation>
    </message>
    <message numerus="yes">
        <source>Done. Changed %n file(s); the previous versions are kept in %1.</source>
        <translation>
            <numerusform>Terminé. %n fichier modifié ; les versions précédentes sont conservées dans %1.</numerusform>
            <numerusform>Terminé. %n fichiers modifiés ; les versions précédentes sont conservées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>To take the change back: mailsetup undo --id %1</source>
        <translation>Pour annuler la modification : mailsetup undo --id %1</translation>
    </message>
    <message>
        <source>No changes recorded in %1.</source>
        <translation>Aucune modification enregistrée dans %1.</translation>
    </message>
    <message>
        <source>There is no change to undo in %1.</source>
        <translation>Il n’y a aucune modification à annuler dans %1.</translation>
    </message>
    <message>
        <source>Undo of %1 stopped; nothing was restored: %2</source>
        <translation>Annulation de %1 interrompue ; rien n’a été restauré : %2</translation>
    </message>
    <message>
        <source>Undid %1.</source>
        <translation>%1 a été annulé.</translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation>%1 restauré</translation>
    </message>
    <message>
        <source>Mail Setup configures your email programs for your provider&apos;s secure mail servers.

Commands:
  profiles   list the provider profiles built into Mail Setup
  clients    list the mail programs and accounts found on this computer
  apply      set up an account: --profile P --email E [--client C] [--dry-run]
  undo       take back the last change (or --id ID; --list shows them)
</source>
        <translation>Mail Setup configure vos logiciels de messagerie pour les serveurs de courrier sécurisés de votre fournisseur.

Commandes :
  profiles   lister les profils de fournisseurs intégrés à Mail Setup
  clients    lister les logiciels de messagerie et comptes trouvés sur cet ordinateur
  apply      configurer un compte : --profile P --email E [--client C] [--dry-run]
  undo       annuler la dernière modification (ou --id ID ; --list les affiche)
</translation>
    </message>
    <message>
        <source>
Each command has its own --help. Without a command, the wizard opens.</source>
        <translation>
Chaque commande a son propre --help. Sans commande, l’assistant s’ouvre.</translation>
    </message>
    <message>
        <source>profiles, clients, apply or undo</source>
        <translation>profiles, clients, apply ou undo</translation>
    </message>
    <message>
        <source>Look for mail programs in &lt;dir&gt; instead of your home folder.</source>
        <translation>Chercher les logiciels de messagerie dans &lt;dir&gt; au lieu de votre dossier personnel.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Follow the folder layout of &lt;os&gt; (linux, windows, macos) under --home.</source>
        <translation>Suivre l’organisation des dossiers de &lt;os&gt; (linux, windows, macos) sous --home.</translation>
    </message>
    <message>
        <source>os</source>
        <translation>os</translation>
    </message>
    <message>
        <source>Keep backups in &lt;dir&gt;.</source>
        <translation>Conserver les copies de sauvegarde dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Only this mail program (e.g. thunderbird).</source>
        <translation>Seulement ce logiciel de messagerie (par ex. thunderbird).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Only this profile folder of the mail program.</source>
        <translation>Seulement ce dossier de profil du logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Show the planned changes and write nothing.</source>
        <translation>Afficher les modifications prévues sans rien écrire.</translation>
    </message>
    <message>
        <source>With undo: list the recorded changes.</source>
        <translation>Avec undo : lister les modifications enregistrées.</translation>
    </message>
    <message>
        <source>With undo: the change to take back.</source>
        <translation>Avec undo : la modification à annuler.</translation>
    </message>
    <message>
        <source>With undo: restore files even if they changed since (their current versions are kept).</source>
        <translation>Avec undo : restaurer les fichiers même s’ils ont changé depuis (leurs versions actuelles sont conservées).</translation>
    </message>
    <message>
        <source>expected one command: %1</source>
        <translation>une seule commande attendue : %1</translation>
    </message>
    <message>
        <source>--os must be linux, windows or macos</source>
        <translation>--os doit valoir linux, windows ou macos</translation>
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
        <translation>Magasins (--store) :
  system           le magasin propre à l’ordinateur (Linux : demande le mot de passe administrateur ;
                   macOS : le trousseau Système)
  user             macOS : votre trousseau de session
  nss              chaque base de certificats de Thunderbird, SeaMonkey, Firefox et Chromium
                   dans votre dossier personnel
  nss:DIR          une base de certificats NSS (un dossier de profil)
  debian-root:DIR  le magasin Debian/Ubuntu d’une image système montée dans DIR</translation>
    </message>
    <message>
        <source>this Linux system has no certificate store Mail Setup knows (update-ca-certificates, update-ca-trust or p11-kit&apos;s trust)</source>
        <translation>ce système Linux n’a aucun magasin de certificats connu de Mail Setup (update-ca-certificates, update-ca-trust ou trust de p11-kit)</translation>
    </message>
    <message>
        <source>the system store of this operating system is changed by the Windows build</source>
        <translation>le magasin système de ce système d’exploitation est modifié par la version Windows</translation>
    </message>
    <message>
        <source>&quot;--store user&quot; is a macOS login keychain or a Windows user store; on Linux use &quot;nss&quot; for your own programs or &quot;system&quot;</source>
        <translation>« --store user » désigne un trousseau de session macOS ou un magasin utilisateur Windows ; sous Linux, utilisez « nss » pour vos propres logiciels ou « system »</translation>
    </message>
    <message>
        <source>no Thunderbird, SeaMonkey, Firefox or Chromium certificate database below %1 (a program creates it at its first start)</source>
        <translation>aucune base de certificats de Thunderbird, SeaMonkey, Firefox ou Chromium sous %1 (un logiciel la crée à son premier démarrage)</translation>
    </message>
    <message>
        <source>the NSS database</source>
        <translation>la base NSS</translation>
    </message>
    <message>
        <source>unknown store &quot;%1&quot;</source>
        <translation>magasin inconnu « %1 »</translation>
    </message>
    <message>
        <source>Run &apos;mailsetup certificate --help&apos; for the options.</source>
        <translation>Lancez « mailsetup certificate --help » pour voir les options.</translation>
    </message>
    <message>
        <source>Shows, installs, checks or removes the root certificate a provider profile pins.
install needs --confirm-fingerprint with the SHA-256 fingerprint you compared with your provider&apos;s.

</source>
        <translation>Affiche, installe, vérifie ou retire le certificat racine qu’un profil de fournisseur impose.
install attend --confirm-fingerprint avec l’empreinte SHA-256 que vous avez comparée avec celle de votre fournisseur.

</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>la commande</translation>
    </message>
    <message>
        <source>show, install, verify or uninstall</source>
        <translation>show, install, verify ou uninstall</translation>
    </message>
    <message>
        <source>A built-in provider id or a profile file.</source>
        <translation>Un identifiant de fournisseur intégré ou un fichier de profil.</translation>
    </message>
    <message>
        <source>Where (see above; default: system).</source>
        <translation>Où (voir ci-dessus ; par défaut : system).</translation>
    </message>
    <message>
        <source>store</source>
        <translation>store</translation>
    </message>
    <message>
        <source>The fingerprint you compared (install).</source>
        <translation>L’empreinte que vous avez comparée (install).</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>fingerprint</translation>
    </message>
    <message>
        <source>verify: a certificate issued by the root, e.g. the mail server&apos;s (default: the root itself).</source>
        <translation>verify : un certificat émis par la racine, par ex. celui du serveur de courrier (par défaut : la racine elle-même).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The home folder whose programs to look at (default: yours).</source>
        <translation>Le dossier personnel dont examiner les logiciels (par défaut : le vôtre).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>say what to do: show, install, verify or uninstall</source>
        <translation>indiquez quoi faire : show, install, verify ou uninstall</translation>
    </message>
    <message>
        <source>certificate needs --profile</source>
        <translation>certificate attend --profile</translation>
    </message>
    <message>
        <source>The profile %1 names no root certificate to install.</source>
        <translation>Le profil %1 n’indique aucun certificat racine à installer.</translation>
    </message>
    <message>
        <source>unknown store</source>
        <translation>magasin inconnu</translation>
    </message>
    <message>
        <source>%1 asks your mail programs to trust this root certificate (%2):</source>
        <translation>%1 demande à vos logiciels de messagerie de faire confiance à ce certificat racine (%2) :</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint on your provider&apos;s own page, then run again with --confirm-fingerprint %1</source>
        <translation>Comparez-la avec l’empreinte publiée sur la page de votre fournisseur, puis relancez avec --confirm-fingerprint %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Checks every server of a provider profile from this computer, all at once: can it be reached, does it offer encryption, is its certificate trusted, and (with a password) does the log-in work. Says what is wrong in plain words and which settings to use.</source>
        <translation>Vérifie depuis cet ordinateur tous les serveurs d’un profil de fournisseur à la fois : sont-ils joignables, proposent-ils le chiffrement, leur certificat est-il de confiance et (avec un mot de passe) l’identification fonctionne-t-elle ? Explique simplement ce qui ne va pas et quels réglages utiliser.</translation>
    </message>
    <message>
        <source>Your email address (gives the log-in name).</source>
        <translation>Votre adresse électronique (elle donne le nom d’utilisateur).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input and check the log-in. It is only sent over an encrypted connection to a trusted server, and never shown or saved.</source>
        <translation>Lire le mot de passe sur la première ligne de l’entrée standard et vérifier l’identification. Il n’est envoyé que par une connexion chiffrée à un serveur de confiance, et n’est jamais affiché ni enregistré.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport en JSON.</translation>
    </message>
    <message>
        <source>Give each server at most &lt;seconds&gt; (default %1).</source>
        <translation>Accorder à chaque serveur au plus &lt;seconds&gt; (par défaut %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Check the servers&apos; certificates against this root certificate instead of the profile&apos;s.</source>
        <translation>Vérifier les certificats des serveurs avec ce certificat racine plutôt qu’avec celui du profil.</translation>
    </message>
    <message>
        <source>diagnose needs --profile</source>
        <translation>diagnose attend --profile</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>« %1 » n’est pas une adresse électronique</translation>
    </message>
    <message>
        <source>--password-stdin needs --email, which gives the log-in name</source>
        <translation>--password-stdin attend --email, qui donne le nom d’utilisateur</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds above 0, at most %1</source>
        <translation>--timeout attend un nombre de secondes supérieur à 0, au plus %1</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : illisible : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input</source>
        <translation>--password-stdin : aucun mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <source>No safe way to use %1 works from this computer: %2</source>
        <translation>Aucune façon sûre d’utiliser %1 ne fonctionne depuis cet ordinateur : %2</translation>
    </message>
    <message>
        <source>The log-in did not work: %1</source>
        <translation>L’identification n’a pas fonctionné : %1</translation>
    </message>
    <message>
        <source>To use it: %1</source>
        <translation>Pour l’utiliser : %1</translation>
    </message>
    <message>
        <source>, user %1</source>
        <translation>, utilisateur %1</translation>
    </message>
    <message>
        <source>  (not used: no encryption)</source>
        <translation>  (non utilisé : pas de chiffrement)</translation>
    </message>
    <message>
        <source>No settings found for %1.</source>
        <translation>Aucun réglage trouvé pour %1.</translation>
    </message>
    <message>
        <source>Settings found for %1, best first. Nothing has been changed.</source>
        <translation>Réglages trouvés pour %1, les meilleurs d’abord. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>from: %1, %2</source>
        <translation>source : %1, %2</translation>
    </message>
    <message>
        <source>trusted: from the provider or a source Mail Setup trusts</source>
        <translation>de confiance : du fournisseur ou d’une source à laquelle Mail Setup fait confiance</translation>
    </message>
    <message>
        <source>LESS TRUSTED: check these servers before using them</source>
        <translation>MOINS FIABLE : vérifiez ces serveurs avant de les utiliser</translation>
    </message>
    <message>
        <source>incoming: </source>
        <translation>entrant : </translation>
    </message>
    <message>
        <source>outgoing: </source>
        <translation>sortant : </translation>
    </message>
    <message>
        <source>root certificate to trust: %1 (SHA-256 %2)</source>
        <translation>certificat racine auquel faire confiance : %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>remarque : </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement : </translation>
    </message>
    <message>
        <source>Where Mail Setup looked:</source>
        <translation>Où Mail Setup a cherché :</translation>
    </message>
    <message>
        <source>Finds the mail server settings for an email address: the profiles built in, the provider&apos;s own settings file, Thunderbird&apos;s provider database, the domain&apos;s DNS records and, if all else fails, likely server names. Shows every answer with where it came from; changes nothing.</source>
        <translation>Trouve les réglages de serveur de courrier d’une adresse électronique : profils intégrés, fichier de réglages du fournisseur, base de fournisseurs de Thunderbird, enregistrements DNS du domaine et, en dernier recours, noms de serveur probables. Affiche chaque réponse avec sa provenance ; ne modifie rien.</translation>
    </message>
    <message>
        <source>the email address to find settings for</source>
        <translation>l’adresse électronique dont chercher les réglages</translation>
    </message>
    <message>
        <source>Print the result as JSON, for scripts.</source>
        <translation>Afficher le résultat en JSON, pour les scripts.</translation>
    </message>
    <message>
        <source>Seconds to wait for each source (default 10).</source>
        <translation>Secondes d’attente pour chaque source (par défaut 10).</translation>
    </message>
    <message>
        <source>Only look at the profiles built into Mail Setup.</source>
        <translation>Ne regarder que les profils intégrés à Mail Setup.</translation>
    </message>
    <message>
        <source>Usage: mailsetup discover EMAIL [--json] [--timeout SECONDS] [--no-network]</source>
        <translation>Utilisation : mailsetup discover EMAIL [--json] [--timeout SECONDS] [--no-network]</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds between 0 and 600, not &quot;%1&quot;</source>
        <translation>--timeout attend un nombre de secondes entre 0 et 600, pas « %1 »</translation>
    </message>
    <message>
        <source>No settings found for %1; ask your provider for its server names.</source>
        <translation>Aucun réglage trouvé pour %1 ; demandez à votre fournisseur le nom de ses serveurs.</translation>
    </message>
    <message>
        <source>  (none in this build)</source>
        <translation>  (aucun dans cette version)</translation>
    </message>
    <message>
        <source>Writes a settings file that a mail program imports.

Formats:
</source>
        <translation>Écrit un fichier de réglages qu’un logiciel de messagerie importe.

Formats :
</translation>
    </message>
    <message>
        <source>The kind of file (see the list above).</source>
        <translation>Le type de fichier (voir la liste ci-dessus).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (default: a name that says what it is, in the current folder; - for the screen).</source>
        <translation>Écrire dans &lt;file&gt; (par défaut : un nom qui dit ce que c’est, dans le dossier courant ; - pour l’écran).</translation>
    </message>
    <message>
        <source>export needs --format</source>
        <translation>export attend --format</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>format inconnu « %1 »</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formats :</translation>
    </message>
    <message>
        <source>Cannot make %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 écrit (%2).</translation>
    </message>
    <message>
        <source>Prints step-by-step instructions for setting up one mail program by hand, in the words of its own menus, with the provider&apos;s notes and helpdesk.

Mail programs:
</source>
        <translation>Affiche les instructions pas à pas pour configurer à la main un logiciel de messagerie, avec les mots de ses propres menus, les remarques du fournisseur et son assistance.

Logiciels de messagerie :
</translation>
    </message>
    <message>
        <source>The mail program (see the list above).</source>
        <translation>Le logiciel de messagerie (voir la liste ci-dessus).</translation>
    </message>
    <message>
        <source>Print an HTML page instead of text.</source>
        <translation>Produire une page HTML au lieu de texte.</translation>
    </message>
    <message>
        <source>instructions needs --client</source>
        <translation>instructions attend --client</translation>
    </message>
    <message>
        <source>unknown mail program &quot;%1&quot;</source>
        <translation>logiciel de messagerie inconnu « %1 »</translation>
    </message>
    <message>
        <source>Mail programs:</source>
        <translation>Logiciels de messagerie :</translation>
    </message>
    <message>
        <source>Prints the settings sheet: servers, ports, security in plain words, user name, the certificate&apos;s fingerprint and the helpdesk, on one page. It never contains a password.</source>
        <translation>Affiche la fiche des réglages : serveurs, ports, sécurité en mots simples, nom d’utilisateur, empreinte du certificat et assistance, sur une page. Elle ne contient jamais de mot de passe.</translation>
    </message>
    <message>
        <source>Write the sheet as a PDF file to &lt;file&gt;.</source>
        <translation>Écrire la fiche en PDF dans &lt;file&gt;.</translation>
    </message>
    <message>
        <source>With --pdf: US Letter paper instead of A4.</source>
        <translation>Avec --pdf : papier US Letter au lieu de A4.</translation>
    </message>
    <message>
        <source>choose one of --pdf and --html</source>
        <translation>choisissez --pdf ou --html, pas les deux</translation>
    </message>
    <message>
        <source>Wrote the settings sheet to %1.</source>
        <translation>Fiche des réglages écrite dans %1.</translation>
    </message>
    <message>
        <source>this build of Mail Setup cannot make PDF files; use --html and print the page</source>
        <translation>cette version de Mail Setup ne sait pas créer de PDF ; utilisez --html et imprimez la page</translation>
    </message>
    <message>
        <source>show, install, check or remove the provider&apos;s root certificate</source>
        <translation>afficher, installer, vérifier ou retirer le certificat racine du fournisseur</translation>
    </message>
    <message>
        <source>check from this computer which servers of a provider work, and why</source>
        <translation>vérifier depuis cet ordinateur quels serveurs d’un fournisseur fonctionnent, et pourquoi</translation>
    </message>
    <message>
        <source>find a provider&apos;s server settings from an email address (changes nothing)</source>
        <translation>trouver les réglages de serveur d’un fournisseur à partir d’une adresse électronique (ne modifie rien)</translation>
    </message>
    <message>
        <source>write a settings file for a mail program to import</source>
        <translation>écrire un fichier de réglages à importer dans un logiciel de messagerie</translation>
    </message>
    <message>
        <source>step-by-step instructions for one mail program</source>
        <translation>instructions pas à pas pour un logiciel de messagerie</translation>
    </message>
    <message>
        <source>the settings sheet: text, HTML or PDF (never a password)</source>
        <translation>la fiche des réglages : texte, HTML ou PDF (jamais de mot de passe)</translation>
    </message>
    <message>
        <source>mailsetup-trust-helper changes the system&apos;s certificates and runs only as root (through pkexec)</source>
        <translation>mailsetup-trust-helper modifie les certificats du système et ne s’exécute qu’en root (via pkexec)</translation>
    </message>
    <message>
        <source>%1; the certificate was taken out of %2 again</source>
        <translation>%1 ; le certificat a été retiré de %2</translation>
    </message>
    <message>
        <source>%1 trusts %2, but Mail Setup did not add it (it was there before, or someone else added it); it is left alone</source>
        <translation>%1 fait confiance à %2, mais ce n’est pas Mail Setup qui l’a ajouté (il y était déjà, ou quelqu’un d’autre l’a ajouté) ; il n’est pas touché</translation>
    </message>
    <message>
        <source>%1 does not hold %2 from Mail Setup; nothing to remove</source>
        <translation>%1 ne contient pas %2 venant de Mail Setup ; rien à retirer</translation>
    </message>
    <message>
        <source>%1 already trusts %2; nothing was added</source>
        <translation>%1 fait déjà confiance à %2 ; rien n’a été ajouté</translation>
    </message>
    <message>
        <source>the profile offers no encrypted %1 on port %2</source>
        <translation>le profil ne propose pas de %1 chiffré sur le port %2</translation>
    </message>
    <message>
        <source>the profile offers only unencrypted %1; Mail Setup never sets up a connection that sends your password in the clear</source>
        <translation>le profil ne propose que du %1 non chiffré ; Mail Setup ne configure jamais une connexion qui envoie votre mot de passe en clair</translation>
    </message>
    <message>
        <source>outgoing mail (SMTP)</source>
        <translation>courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>the profile %1 has no outgoing server</source>
        <translation>le profil %1 n’a pas de serveur sortant</translation>
    </message>
    <message>
        <source>incoming mail</source>
        <translation>courrier entrant</translation>
    </message>
    <message>
        <source>the profile %1 offers no such incoming server</source>
        <translation>le profil %1 ne propose pas ce serveur entrant</translation>
    </message>
    <message>
        <source>Use a configuration profile instead, which sets the account up through macOS itself: make it with &quot;mailsetup export --format mobileconfig&quot; (or the wizard), open it on the Mac and approve it in System Settings &gt; Privacy &amp; Security &gt; Profiles (System Preferences &gt; Profiles before macOS 13).</source>
        <translation>Utilisez plutôt un profil de configuration, qui configure le compte par macOS lui-même : créez-le avec « mailsetup export --format mobileconfig » (ou avec l’assistant), ouvrez-le sur le Mac et approuvez-le dans Réglages Système &gt; Confidentialité et sécurité &gt; Profils (Préférences Système &gt; Profils avant macOS 13).</translation>
    </message>
    <message>
        <source>This Mac has Mail for Mac OS X 10.7 or later (its data is in %1), which keeps its accounts in the system&apos;s Internet Accounts and rebuilds its own files from them.</source>
        <translation>Ce Mac a Mail pour Mac OS X 10.7 ou plus récent (ses données sont dans %1), qui garde ses comptes dans les Comptes Internet du système et reconstruit ses propres fichiers à partir d’eux.</translation>
    </message>
    <message>
        <source>This Mac has a recent Mail, which keeps its accounts in the system&apos;s Internet Accounts.</source>
        <translation>Ce Mac a une version récente de Mail, qui garde ses comptes dans les Comptes Internet du système.</translation>
    </message>
    <message>
        <source>%1 belongs to Mail for Mac OS X 10.7 or later, which keeps its accounts in the system&apos;s Internet Accounts and rebuilds this file from them.</source>
        <translation>%1 appartient à Mail pour Mac OS X 10.7 ou plus récent, qui garde ses comptes dans les Comptes Internet du système et reconstruit ce fichier à partir d’eux.</translation>
    </message>
    <message>
        <source>%1 has no list of Mail accounts (MailAccounts): Mail has not been set up on this Mac yet. Add the account in Mail first (File &gt; Add Account), quit Mail, then run Mail Setup again.</source>
        <translation>%1 ne contient pas de liste de comptes Mail (MailAccounts) : Mail n’a pas encore été configuré sur ce Mac. Ajoutez d’abord le compte dans Mail (Fichier &gt; Ajouter un compte), quittez Mail, puis relancez Mail Setup.</translation>
    </message>
    <message>
        <source>%1 was written by Mail for Mac OS X 10.7 or later, which does not read its accounts from this file.</source>
        <translation>%1 a été écrit par Mail pour Mac OS X 10.7 ou plus récent, qui ne lit pas ses comptes dans ce fichier.</translation>
    </message>
    <message>
        <source>Mail has no account for %1 in %2. Add it in Mail first (File &gt; Add Account; any settings will do), quit Mail, then run Mail Setup again to set its servers.</source>
        <translation>Mail n’a pas de compte pour %1 dans %2. Ajoutez-le d’abord dans Mail (Fichier &gt; Ajouter un compte ; n’importe quels réglages conviennent), quittez Mail, puis relancez Mail Setup pour régler ses serveurs.</translation>
    </message>
    <message>
        <source>%1 would not be encrypted; Mail Setup does not write that.</source>
        <translation>%1 ne serait pas chiffré ; Mail Setup n’écrit pas cela.</translation>
    </message>
    <message>
        <source>The account %1 in Mail is %2 (%3), but the settings are for %4. Mail cannot change an account&apos;s kind; choose %5 in Mail Setup, or add a new %4 account in Mail.</source>
        <translation>Le compte %1 dans Mail est %2 (%3), mais les réglages sont pour %4. Mail ne peut pas changer le type d’un compte ; choisissez %5 dans Mail Setup, ou ajoutez un nouveau compte %4 dans Mail.</translation>
    </message>
    <message>
        <source>of an unknown kind</source>
        <translation>de type inconnu</translation>
    </message>
    <message>
        <source>%1 describes only the outgoing server; the incoming server of %2 is left as it is.</source>
        <translation>%1 ne décrit que le serveur sortant ; le serveur entrant de %2 reste tel quel.</translation>
    </message>
    <message>
        <source>The outgoing server %1 with user %2 is also used by another account in Mail, with other settings. Change it in Mail &gt; Preferences &gt; Accounts &gt; Outgoing Mail Server, or use another user name.</source>
        <translation>Le serveur sortant %1 avec l’utilisateur %2 est aussi utilisé par un autre compte de Mail, avec d’autres réglages. Modifiez-le dans Mail &gt; Préférences &gt; Comptes &gt; Serveur d’envoi, ou utilisez un autre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>DeliveryAccounts: new outgoing server %1 for %2</source>
        <translation>DeliveryAccounts : nouveau serveur sortant %1 pour %2</translation>
    </message>
    <message>
        <source>DeliveryAccounts: new outgoing server %1 for %2 (the one it used is shared with another account, which keeps it)</source>
        <translation>DeliveryAccounts : nouveau serveur sortant %1 pour %2 (celui qu’il utilisait est partagé avec un autre compte, qui le garde)</translation>
    </message>
    <message>
        <source>Update the Mail account %1 in %2:</source>
        <translation>Mettre à jour le compte Mail %1 dans %2 :</translation>
    </message>
    <message>
        <source>  incoming: %1</source>
        <translation>  entrant : %1</translation>
    </message>
    <message>
        <source>  outgoing: %1</source>
        <translation>  sortant : %1</translation>
    </message>
    <message>
        <source>Mail&apos;s &quot;Use SSL&quot; is one switch; on a port other than 465, 993 or 995 Mail has to start encryption after connecting, and stops rather than sending your password unencrypted.</source>
        <translation>« Utiliser SSL » est un seul interrupteur dans Mail ; sur un port autre que 465, 993 ou 995, Mail doit lancer le chiffrement après la connexion, et s’arrête plutôt que d’envoyer votre mot de passe en clair.</translation>
    </message>
    <message>
        <source>Mail keeps the password in your keychain; Mail Setup does not touch it. Mail asks for it if the server or user name changed.</source>
        <translation>Mail garde le mot de passe dans votre trousseau ; Mail Setup n’y touche pas. Mail le redemande si le serveur ou le nom d’utilisateur a changé.</translation>
    </message>
    <message>
        <source>The authentication method is left as Mail has it; choose &quot;Password&quot; in Mail &gt; Preferences &gt; Accounts &gt; Advanced if the server refuses it.</source>
        <translation>La méthode d’authentification reste celle de Mail ; choisissez « Mot de passe » dans Mail &gt; Préférences &gt; Comptes &gt; Avancé si le serveur la refuse.</translation>
    </message>
    <message>
        <source>%1 %2, port %3, %4</source>
        <translation>%1 %2, port %3, %4</translation>
    </message>
    <message>
        <source>%1 is not encrypted; Mail Setup does not write unencrypted settings.</source>
        <translation>%1 n’est pas chiffré ; Mail Setup n’écrit pas de réglages non chiffrés.</translation>
    </message>
    <message>
        <source>Apple Mail&apos;s configuration profile cannot say &quot;%1&quot; for %2 (it knows no password, encrypted password, NTLM or none only).</source>
        <translation>Le profil de configuration d’Apple Mail ne peut pas exprimer « %1 » pour %2 (il ne connaît que mot de passe, mot de passe chiffré, NTLM ou aucune).</translation>
    </message>
    <message>
        <source>%1 describes only the outgoing server. An Apple configuration profile always sets up a whole account, with the server mail comes from; set the outgoing server in Mail by hand instead (Mail &gt; Settings &gt; Accounts &gt; Server Settings).</source>
        <translation>%1 ne décrit que le serveur sortant. Un profil de configuration Apple configure toujours un compte entier, avec le serveur d’où vient le courrier ; réglez plutôt le serveur sortant à la main dans Mail (Mail &gt; Réglages &gt; Comptes &gt; Réglages du serveur).</translation>
    </message>
    <message>
        <source>Apple Mail&apos;s configuration profile sets up POP or IMAP accounts only, not %1.</source>
        <translation>Le profil de configuration d’Apple Mail ne configure que des comptes POP ou IMAP, pas %1.</translation>
    </message>
    <message>
        <source>Sets up Mail to receive and send email for %1 through %2&apos;s encrypted servers: incoming %3; outgoing %4.</source>
        <translation>Configure Mail pour recevoir et envoyer le courrier de %1 par les serveurs chiffrés de %2 : entrant %3 ; sortant %4.</translation>
    </message>
    <message>
        <source>It also installs the root certificate &quot;%1&quot;, which vouches for these servers.</source>
        <translation>Il installe aussi le certificat racine « %1 », qui garantit ces serveurs.</translation>
    </message>
    <message>
        <source>Email for %1 (%2)</source>
        <translation>Courrier pour %1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (SHA-256 fingerprint %2). %3&apos;s mail servers prove who they are with certificates issued under it.</source>
        <translation>« %1 » (empreinte SHA-256 %2). Les serveurs de courrier de %3 prouvent leur identité avec des certificats émis sous cette racine.</translation>
    </message>
    <message>
        <source>Mail account %1</source>
        <translation>Compte Mail %1</translation>
    </message>
    <message>
        <source>The %1 account %2: incoming %3; outgoing %4. Mail asks for your password when the profile is installed; it is not stored in this file.</source>
        <translation>Le compte %1 %2 : entrant %3 ; sortant %4. Mail demande votre mot de passe à l’installation du profil ; il n’est pas enregistré dans ce fichier.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The profile can only say &quot;use SSL&quot;; on a STARTTLS port (%1) Mail starts encryption after connecting. If it cannot, it stops rather than sending your password unencrypted.</source>
        <translation>Le profil ne peut dire que « utiliser SSL » ; sur un port STARTTLS (%1), Mail lance le chiffrement après la connexion. S’il n’y parvient pas, il s’arrête plutôt que d’envoyer votre mot de passe en clair.</translation>
    </message>
    <message>
        <source>Mail asks for the password when the profile is installed; the file holds none.</source>
        <translation>Mail demande le mot de passe à l’installation du profil ; le fichier n’en contient aucun.</translation>
    </message>
    <message>
        <source>Then click the profile, check that it names your address and your provider, click Install and enter your Mac&apos;s password, then your email password when Mail asks for it.</source>
        <translation>Cliquez ensuite sur le profil, vérifiez qu’il indique votre adresse et votre fournisseur, cliquez sur Installer et saisissez le mot de passe de votre Mac, puis celui de votre messagerie quand Mail le demande.</translation>
    </message>
    <message>
        <source>macOS has received the profile but has not installed it yet. Open System Settings &gt; Privacy &amp; Security, scroll down to Profiles and open it (on newer versions it may be under System Settings &gt; General &gt; Device Management). </source>
        <translation>macOS a reçu le profil mais ne l’a pas encore installé. Ouvrez Réglages Système &gt; Confidentialité et sécurité, faites défiler jusqu’à Profils et ouvrez-le (sur les versions récentes, il peut se trouver dans Réglages Système &gt; Général &gt; Gestion de l’appareil). </translation>
    </message>
    <message>
        <source>macOS has received the profile but has not installed it yet. Open System Preferences &gt; Profiles. </source>
        <translation>macOS a reçu le profil mais ne l’a pas encore installé. Ouvrez Préférences Système &gt; Profils. </translation>
    </message>
    <message>
        <source>To install the profile on a Mac, double-click it, then open System Settings &gt; Privacy &amp; Security &gt; Profiles (macOS 13 and later) or System Preferences &gt; Profiles (earlier versions). </source>
        <translation>Pour installer le profil sur un Mac, double-cliquez dessus, puis ouvrez Réglages Système &gt; Confidentialité et sécurité &gt; Profils (macOS 13 et ultérieur) ou Préférences Système &gt; Profils (versions antérieures). </translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>macOS could not open %1 (%2). Double-click it in the Finder instead.</source>
        <translation>macOS n’a pas pu ouvrir %1 (%2). Double-cliquez dessus dans le Finder.</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>raison inconnue</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----): %2</source>
        <translation>%1 ne contient pas de certificat PEM (-----BEGIN CERTIFICATE-----) : %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key: %2</source>
        <translation>%1 ne contient pas de clé privée PEM non chiffrée : %2</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 (.p12) file: %2</source>
        <translation>%1 n’est pas un fichier PKCS#12 (.p12) : %2</translation>
    </message>
    <message>
        <source>cannot open %1 (wrong password?): %2</source>
        <translation>impossible d’ouvrir %1 (mauvais mot de passe ?) : %2</translation>
    </message>
    <message>
        <source>%1 does not hold both a certificate and its private key</source>
        <translation>%1 ne contient pas à la fois un certificat et sa clé privée</translation>
    </message>
    <message>
        <source>signing needs a certificate file and its private key file, or one .p12 file</source>
        <translation>la signature demande un fichier de certificat et le fichier de sa clé privée, ou un fichier .p12</translation>
    </message>
    <message>
        <source>the private key in %1 does not belong to the certificate in %2</source>
        <translation>la clé privée de %1 ne correspond pas au certificat de %2</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the profile: %1</source>
        <translation>OpenSSL n’a pas pu signer le profil : %1</translation>
    </message>
    <message>
        <source>OpenSSL could not write the signed profile: %1</source>
        <translation>OpenSSL n’a pas pu écrire le profil signé : %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>no outgoing server</source>
        <translation>pas de serveur sortant</translation>
    </message>
    <message>
        <source>Open %1.</source>
        <translation>Ouvrez %1.</translation>
    </message>
    <message>
        <source>click %1.</source>
        <translation>cliquez sur %1.</translation>
    </message>
    <message>
        <source>in %1 type %2</source>
        <translation>dans %1, tapez %2</translation>
    </message>
    <message>
        <source>in %1 choose %2.</source>
        <translation>dans %1, choisissez %2.</translation>
    </message>
    <message>
        <source>tick %1.</source>
        <translation>cochez %1.</translation>
    </message>
    <message>
        <source>clear the tick in %1.</source>
        <translation>décochez %1.</translation>
    </message>
    <message>
        <source>Setting up %1 for %2 (%3)</source>
        <translation>Configurer %1 pour %2 (%3)</translation>
    </message>
    <message>
        <source>Important: %1</source>
        <translation>Important : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>De la part de %1 :</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Aide : %1</translation>
    </message>
    <message>
        <source>(Names of menus and fields from: %1)</source>
        <translation>(Noms des menus et des champs tirés de : %1)</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Important :</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De la part de %1</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Aide :</translation>
    </message>
    <message>
        <source>Names of menus and fields from: %1</source>
        <translation>Noms des menus et des champs tirés de : %1</translation>
    </message>
    <message>
        <source>newsgroup %1</source>
        <translation>groupe de discussion %1</translation>
    </message>
    <message>
        <source>%1 cannot send through %2 with the encryption %3 offers (%4). Mail Setup does not suggest a weaker setting; please use another mail program for sending, or ask %3 for help.</source>
        <translation>%1 ne peut pas envoyer par %2 avec le chiffrement que %3 propose (%4). Mail Setup ne suggère pas de réglage plus faible ; utilisez un autre logiciel pour l’envoi, ou demandez de l’aide à %3.</translation>
    </message>
    <message>
        <source>%1 cannot use %2 port %3 (%4), so these steps use port %5 (%6) instead.</source>
        <translation>%1 ne peut pas utiliser %2 port %3 (%4) ; ces étapes utilisent donc le port %5 (%6).</translation>
    </message>
    <message>
        <source>%1 cannot use %2 port %3 (%4) for incoming mail, so these steps use port %5 (%6) instead.</source>
        <translation>%1 ne peut pas utiliser %2 port %3 (%4) pour le courrier entrant ; ces étapes utilisent donc le port %5 (%6).</translation>
    </message>
    <message>
        <source>%1 cannot protect incoming mail from %2: it has no encrypted connection that %3 offers. Leave its incoming settings as they are and read your mail with another program, or upgrade.</source>
        <translation>%1 ne peut pas protéger le courrier entrant de %2 : il ne connaît aucune des connexions chiffrées que %3 propose. Laissez ses réglages de réception tels quels et lisez votre courrier avec un autre logiciel, ou mettez-le à jour.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Mail on the Mac trusts the certificates in Keychain Access. If Mail Setup has not installed the %1 for you, double-click the file %2 and add it to the &quot;login&quot; keychain; then in Keychain Access double-click it, open Trust and choose &quot;Always Trust&quot;.</source>
        <translation>Mail sur Mac fait confiance aux certificats de Trousseaux d’accès. Si Mail Setup n’a pas installé le %1 pour vous, double-cliquez sur le fichier %2 et ajoutez-le au trousseau « session » ; puis dans Trousseaux d’accès, double-cliquez dessus, ouvrez « Se fier » et choisissez « Toujours approuver ».</translation>
    </message>
    <message>
        <source>Check that its SHA-256 fingerprint is %1.</source>
        <translation>Vérifiez que son empreinte SHA-256 est %1.</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Serveur sortant (SMTP)</translation>
    </message>
    <message>
        <source>Select your account for %1 and click Edit.</source>
        <translation>Sélectionnez votre compte pour %1 et cliquez sur Modifier.</translation>
    </message>
    <message>
        <source>This program cannot use STARTTLS; it must connect with SSL from the start.</source>
        <translation>Ce logiciel ne sait pas utiliser STARTTLS ; il doit se connecter en SSL dès le début.</translation>
    </message>
    <message>
        <source>Or enter the account ID %1 and your password in the fields below it.</source>
        <translation>Ou saisissez l’identifiant de compte %1 et votre mot de passe dans les champs en dessous.</translation>
    </message>
    <message>
        <source>Incoming mail (%1)</source>
        <translation>Courrier entrant (%1)</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Courrier entrant</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; (Microsoft Outlook/Outlook Express (Macintosh)); other labels not checked against the program</source>
        <translation>FNAL « TLS Configuration » (Microsoft Outlook/Outlook Express (Macintosh)) ; autres libellés non vérifiés dans le logiciel</translation>
    </message>
    <message>
        <source>Select your account for %1.</source>
        <translation>Sélectionnez votre compte pour %1.</translation>
    </message>
    <message>
        <source>The button beside &quot;Outgoing Mail Server (SMTP)&quot;.</source>
        <translation>Le bouton à côté de « Serveur d’envoi (SMTP) ».</translation>
    </message>
    <message>
        <source>Type the port after ticking &quot;Use SSL&quot;.</source>
        <translation>Saisissez le port après avoir coché « Utiliser SSL ».</translation>
    </message>
    <message>
        <source>Close the window and click Save when Mail asks.</source>
        <translation>Fermez la fenêtre et cliquez sur Enregistrer quand Mail le demande.</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; (Mac OS/X); other labels not checked against the program</source>
        <translation>FNAL « TLS Configuration » (Mac OS/X) ; autres libellés non vérifiés dans le logiciel</translation>
    </message>
    <message>
        <source>On macOS 12 and earlier the menu is called Mail &gt; Preferences.</source>
        <translation>Sous macOS 12 et antérieur, le menu s’appelle Mail &gt; Préférences.</translation>
    </message>
    <message>
        <source>The box under the incoming host name.</source>
        <translation>La case sous le nom du serveur entrant.</translation>
    </message>
    <message>
        <source>Select the server your account uses.</source>
        <translation>Sélectionnez le serveur qu’utilise votre compte.</translation>
    </message>
    <message>
        <source>The box under the outgoing host name.</source>
        <translation>La case sous le nom du serveur sortant.</translation>
    </message>
    <message>
        <source>Apple Mail User Guide &quot;Change Server Settings settings in Mail on Mac&quot;; not checked against the program</source>
        <translation>Guide d’utilisation d’Apple Mail « Change Server Settings settings in Mail on Mac » ; non vérifié dans le logiciel</translation>
    </message>
    <message>
        <source>Under your account %1 in the list on the left.</source>
        <translation>Sous votre compte %1 dans la liste de gauche.</translation>
    </message>
    <message>
        <source>Select the server your account uses first; if there is none, click Add… instead.</source>
        <translation>Sélectionnez d’abord le serveur qu’utilise votre compte ; s’il n’y en a aucun, cliquez plutôt sur Ajouter…</translation>
    </message>
    <message>
        <source>Thunderbird asks for your password the first time it fetches or sends mail; tick &quot;Use Password Manager to remember this password&quot; if you want it kept.</source>
        <translation>Thunderbird demande votre mot de passe la première fois qu’il relève ou envoie du courrier ; cochez « Utiliser le gestionnaire de mots de passe pour mémoriser ce mot de passe » si vous voulez le garder.</translation>
    </message>
    <message>
        <source>Edit &gt; Account Settings (Linux), Tools &gt; Account Settings (Windows), or the ≡ menu &gt; Account Settings</source>
        <translation>Édition &gt; Paramètres des comptes (Linux), Outils &gt; Paramètres des comptes (Windows), ou le menu ≡ &gt; Paramètres des comptes</translation>
    </message>
    <message>
        <source>The last entry in the list on the left; called &quot;Outgoing Server (SMTP)&quot; in older versions.</source>
        <translation>La dernière entrée de la liste de gauche ; appelée « Serveur sortant (SMTP) » dans les anciennes versions.</translation>
    </message>
    <message>
        <source>Thunderbird 153 (Debian): am-server-top.dtd, smtpEditOverlay.dtd, accountManager.ftl, messenger.dtd, messenger.properties</source>
        <translation>Thunderbird 153 (Debian) : am-server-top.dtd, smtpEditOverlay.dtd, accountManager.ftl, messenger.dtd, messenger.properties</translation>
    </message>
    <message>
        <source>The last entry in the list on the left.</source>
        <translation>La dernière entrée de la liste de gauche.</translation>
    </message>
    <message>
        <source>SeaMonkey 2.x shares Thunderbird&apos;s mailnews labels (releases-comm-central mailnews/); menu name as in the FNAL page for Mozilla</source>
        <translation>SeaMonkey 2.x partage les libellés mailnews de Thunderbird (releases-comm-central mailnews/) ; nom du menu comme sur la page FNAL pour Mozilla</translation>
    </message>
    <message>
        <source>Type the port after ticking the box: ticking it puts the default port back.</source>
        <translation>Saisissez le port après avoir coché la case : la cocher remet le port par défaut.</translation>
    </message>
    <message>
        <source>Not &quot;TLS, if available&quot;: with that choice an attacker on the network can switch encryption off and read your password.</source>
        <translation>Pas « TLS, si disponible » : avec ce choix, un attaquant sur le réseau peut désactiver le chiffrement et lire votre mot de passe.</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; page (Netscape v7.x/Mozilla v1.3); SMTP try_ssl values in releases-comm-central mailnews/compose/src/nsSmtpServer.cpp (2008 import)</source>
        <translation>Page FNAL « TLS Configuration » (Netscape v7.x/Mozilla v1.3) ; valeurs SMTP de try_ssl dans releases-comm-central mailnews/compose/src/nsSmtpServer.cpp (import de 2008)</translation>
    </message>
    <message>
        <source>Netscape 4 always sends to port %1; it has no port setting.</source>
        <translation>Netscape 4 envoie toujours sur le port %1 ; il n’a pas de réglage de port.</translation>
    </message>
    <message>
        <source>Not &quot;If Possible&quot;: with that choice an attacker on the network can switch encryption off.</source>
        <translation>Pas « If Possible » : avec ce choix, un attaquant sur le réseau peut désactiver le chiffrement.</translation>
    </message>
    <message>
        <source>Netscape asks for your password the first time you send mail in each session.</source>
        <translation>Netscape demande votre mot de passe au premier envoi de chaque session.</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; page (Netscape v4.x); mail.smtp.ssl values as clientprofiles/mozilla/netscape4adapter.cpp writes them</source>
        <translation>Page FNAL « TLS Configuration » (Netscape v4.x) ; valeurs de mail.smtp.ssl telles que les écrit clientprofiles/mozilla/netscape4adapter.cpp</translation>
    </message>
    <message>
        <source>only if the other ports are blocked where you are; many Internet providers block or intercept port 25</source>
        <translation>seulement si les autres ports sont bloqués chez vous ; beaucoup de fournisseurs d’accès bloquent ou interceptent le port 25</translation>
    </message>
    <message>
        <source>if port %1 is blocked where you are, or your program has no SSL/TLS setting</source>
        <translation>si le port %1 est bloqué chez vous, ou si votre logiciel n’a pas de réglage SSL/TLS</translation>
    </message>
    <message>
        <source>another submission port</source>
        <translation>un autre port d’envoi</translation>
    </message>
    <message>
        <source>for programs that cannot use STARTTLS</source>
        <translation>pour les logiciels qui ne savent pas utiliser STARTTLS</translation>
    </message>
    <message>
        <source>if you prefer %1 to %2</source>
        <translation>si vous préférez %1 à %2</translation>
    </message>
    <message>
        <source>for programs that offer only STARTTLS (&quot;use STARTTLS&quot; or &quot;TLS&quot;)</source>
        <translation>pour les logiciels qui ne proposent que STARTTLS (« utiliser STARTTLS » ou « TLS »)</translation>
    </message>
    <message>
        <source>Email address:  %1</source>
        <translation>Adresse électronique :  %1</translation>
    </message>
    <message>
        <source>Your name:      %1</source>
        <translation>Votre nom :             %1</translation>
    </message>
    <message>
        <source>Recommended settings</source>
        <translation>Réglages recommandés</translation>
    </message>
    <message>
        <source>Server:     %1</source>
        <translation>Serveur :       %1</translation>
    </message>
    <message>
        <source>Port:       %1</source>
        <translation>Port :          %1</translation>
    </message>
    <message>
        <source>Security:   %1</source>
        <translation>Sécurité :      %1</translation>
    </message>
    <message>
        <source>User name:  %1</source>
        <translation>Utilisateur :   %1</translation>
    </message>
    <message>
        <source>Use it:     %1</source>
        <translation>Utilisation :   %1</translation>
    </message>
    <message>
        <source>Alternatives (same user name and password)</source>
        <translation>Autres choix (même nom d’utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>Certificate to trust: %1 (file %2, valid until %3)</source>
        <translation>Certificat auquel faire confiance : %1 (fichier %2, valable jusqu’au %3)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>SHA-1 (Windows &quot;Thumbprint&quot;): %1</source>
        <translation>SHA-1 (« Empreinte numérique » de Windows) : %1</translation>
    </message>
    <message>
        <source>If a program shows other numbers for this certificate, do not accept it.</source>
        <translation>Si un logiciel affiche d’autres chiffres pour ce certificat, ne l’acceptez pas.</translation>
    </message>
    <message>
        <source>Note from %1: %2</source>
        <translation>Remarque de %1 : %2</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Plus : %1</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Certificat auquel faire confiance</translation>
    </message>
    <message>
        <source>%1 (file %2, valid until %3)</source>
        <translation>%1 (fichier %2, valable jusqu’au %3)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>SHA-1 (Windows &quot;Thumbprint&quot;)</source>
        <translation>SHA-1 (« Empreinte numérique » de Windows)</translation>
    </message>
    <message>
        <source>Note from %1:</source>
        <translation>Remarque de %1 :</translation>
    </message>
    <message>
        <source>More:</source>
        <translation>Plus :</translation>
    </message>
    <message>
        <source>GNOME/evolution src/modules/mail-config/e-mail-config-smtp-backend.c and e-mail-config-remote-accounts.c</source>
        <translation>GNOME/evolution src/modules/mail-config/e-mail-config-smtp-backend.c et e-mail-config-remote-accounts.c</translation>
    </message>
    <message>
        <source>Select the account and click Modify... (or Add... and the %1 entry).</source>
        <translation>Sélectionnez le compte et cliquez sur Modifier… (ou Ajouter… et l’entrée %1).</translation>
    </message>
    <message>
        <source>Choosing the encryption changes the port; type it afterwards.</source>
        <translation>Choisir le chiffrement change le port ; saisissez-le ensuite.</translation>
    </message>
    <message>
        <source>Select the outgoing account and click Modify... (or Add... and SMTP).</source>
        <translation>Sélectionnez le compte d’envoi et cliquez sur Modifier… (ou Ajouter… et SMTP).</translation>
    </message>
    <message>
        <source>KDE/kmailtransport smtpsettings.ui; KDE/kdepim-runtime resources/pop3/popsettings.ui</source>
        <translation>KDE/kmailtransport smtpsettings.ui ; KDE/kdepim-runtime resources/pop3/popsettings.ui</translation>
    </message>
    <message>
        <source>Claws Mail 4.1.1 (Debian), strings of the program; eworm-de/claws-mail src/prefs_account.c</source>
        <translation>Claws Mail 4.1.1 (Debian), textes du logiciel ; eworm-de/claws-mail src/prefs_account.c</translation>
    </message>
    <message>
        <source>Or edit the same lines in ~/.pinerc while Pine is not running.</source>
        <translation>Ou modifiez les mêmes lignes dans ~/.pinerc quand Pine n’est pas lancé.</translation>
    </message>
    <message>
        <source>/ssl: encrypted from the start; /tls: STARTTLS, and never without it.</source>
        <translation>/ssl : chiffré dès le début ; /tls : STARTTLS, et jamais sans.</translation>
    </message>
    <message>
        <source>Press E to leave Setup and Y to save. Pine asks for your password the first time it sends mail in each session.</source>
        <translation>Appuyez sur E pour quitter Setup et sur Y pour enregistrer. Pine demande votre mot de passe au premier envoi de chaque session.</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; (Pine); alpinemail/alpine pith/conf.c, c-client smtp.c</source>
        <translation>FNAL « TLS Configuration » (Pine) ; alpinemail/alpine pith/conf.c, c-client smtp.c</translation>
    </message>
    <message>
        <source>Edit the file while Mutt is not running (NeoMutt also reads ~/.neomuttrc).</source>
        <translation>Modifiez le fichier quand Mutt n’est pas lancé (NeoMutt lit aussi ~/.neomuttrc).</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Never connect without encryption.</source>
        <translation>Ne jamais se connecter sans chiffrement.</translation>
    </message>
    <message>
        <source>muttmua/mutt init.h and doc/manual.xml.head (smtp_url, spoolfile, ssl_force_tls, ssl_starttls)</source>
        <translation>muttmua/mutt init.h et doc/manual.xml.head (smtp_url, spoolfile, ssl_force_tls, ssl_starttls)</translation>
    </message>
    <message>
        <source>Outlook, Outlook Express and Windows Mail trust the certificates Windows trusts. If Mail Setup has not installed the %1 for you, double-click the file %2 (if Windows does not open it, rename it to end in .crt first).</source>
        <translation>Outlook, Outlook Express et Windows Mail font confiance aux certificats approuvés par Windows. Si Mail Setup n’a pas installé le %1 pour vous, double-cliquez sur le fichier %2 (si Windows ne l’ouvre pas, renommez-le d’abord pour qu’il se termine par .crt).</translation>
    </message>
    <message>
        <source>Check that &quot;Thumbprint&quot; is %1 (SHA-256: %2). If it differs, stop and call your helpdesk.</source>
        <translation>Vérifiez que l’« Empreinte numérique » est %1 (SHA-256 : %2). Si elle diffère, arrêtez-vous et appelez votre assistance.</translation>
    </message>
    <message>
        <source>Let the wizard choose where the certificate goes, and answer Yes when Windows asks whether to install it.</source>
        <translation>Laissez l’assistant choisir où placer le certificat, et répondez Oui quand Windows demande s’il faut l’installer.</translation>
    </message>
    <message>
        <source>On the Mail tab, select your account for %1.</source>
        <translation>Dans l’onglet Courrier, sélectionnez votre compte pour %1.</translation>
    </message>
    <message>
        <source>The box under &quot;Outgoing mail (SMTP)&quot;.</source>
        <translation>La case sous « Courrier sortant (SMTP) ».</translation>
    </message>
    <message>
        <source>The box under &quot;Incoming mail (%1)&quot;.</source>
        <translation>La case sous « Courrier entrant (%1) ».</translation>
    </message>
    <message>
        <source>The first time you send or fetch mail, enter your %1 email password when asked.</source>
        <translation>La première fois que vous envoyez ou relevez du courrier, saisissez votre mot de passe de messagerie %1 quand il est demandé.</translation>
    </message>
    <message>
        <source>PCUG &quot;Configuring Your Email Client Program&quot; (Outlook Express 6.0, OE 5.5) and FNAL &quot;TLS Configuration&quot; (Microsoft Outlook Express)</source>
        <translation>PCUG « Configuring Your Email Client Program » (Outlook Express 6.0, OE 5.5) et FNAL « TLS Configuration » (Microsoft Outlook Express)</translation>
    </message>
    <message>
        <source>These steps are for Outlook 98 and 2000 in &quot;Internet Mail Only&quot; mode, whose account dialog is the one of Outlook Express. In &quot;Corporate or Workgroup&quot; mode, use the Outlook 2002/2003 steps.</source>
        <translation>Ces étapes concernent Outlook 98 et 2000 en mode « Messagerie Internet uniquement », dont la boîte de dialogue des comptes est celle d’Outlook Express. En mode « Entreprise ou groupe de travail », suivez les étapes d’Outlook 2002/2003.</translation>
    </message>
    <message>
        <source>PCUG &quot;Configuring Your Email Client Program&quot; (Outlook 2000)</source>
        <translation>PCUG « Configuring Your Email Client Program » (Outlook 2000)</translation>
    </message>
    <message>
        <source>Windows Mail (Windows Vista): open the accounts with Tools &gt; Accounts. Windows Live Mail: on the Accounts tab, click Properties (or right-click the account and choose Properties).</source>
        <translation>Windows Mail (Windows Vista) : ouvrez les comptes avec Outils &gt; Comptes. Windows Live Mail : dans l’onglet Comptes, cliquez sur Propriétés (ou cliquez droit sur le compte et choisissez Propriétés).</translation>
    </message>
    <message>
        <source>Dialog inherited from Outlook Express; settings as MicrosoftDocs/win32 oe-account-entry.md (labels not checked against the program)</source>
        <translation>Boîte de dialogue héritée d’Outlook Express ; réglages d’après MicrosoftDocs/win32 oe-account-entry.md (libellés non vérifiés dans le logiciel)</translation>
    </message>
    <message>
        <source>Open the account</source>
        <translation>Ouvrir le compte</translation>
    </message>
    <message>
        <source>Select your account for %1 first.</source>
        <translation>Sélectionnez d’abord votre compte pour %1.</translation>
    </message>
    <message>
        <source>Or &quot;Log on using&quot; with the user name %1, if your incoming mail is elsewhere.</source>
        <translation>Ou « Se connecter en utilisant » avec le nom d’utilisateur %1, si votre courrier entrant est ailleurs.</translation>
    </message>
    <message>
        <source>Ports and encryption</source>
        <translation>Ports et chiffrement</translation>
    </message>
    <message>
        <source>The box under &quot;Incoming server (%1)&quot;.</source>
        <translation>La case sous « Serveur entrant (%1) ».</translation>
    </message>
    <message>
        <source>The box under &quot;Outgoing server (SMTP)&quot;.</source>
        <translation>La case sous « Serveur sortant (SMTP) ».</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; (Microsoft Outlook 2003)</source>
        <translation>FNAL « TLS Configuration » (Microsoft Outlook 2003)</translation>
    </message>
    <message>
        <source>Outlook 2007: Tools &gt; Account Settings.</source>
        <translation>Outlook 2007 : Outils &gt; Paramètres du compte.</translation>
    </message>
    <message>
        <source>If Outlook shows a short form with &quot;Incoming mail&quot; and &quot;Outgoing mail&quot; instead (newer Microsoft 365 builds), the same values go into its Server, Port and &quot;Encryption method&quot; boxes.</source>
        <translation>Si Outlook affiche plutôt un formulaire court avec « Courrier entrant » et « Courrier sortant » (versions récentes de Microsoft 365), les mêmes valeurs vont dans ses cases Serveur, Port et « Méthode de chiffrement ».</translation>
    </message>
    <message>
        <source>Outlook 2007 and 2010 say &quot;(SSL)&quot;.</source>
        <translation>Outlook 2007 et 2010 disent « (SSL) ».</translation>
    </message>
    <message>
        <source>Outlook 2007 to 2013 call it &quot;SSL&quot;.</source>
        <translation>Outlook 2007 à 2013 l’appellent « SSL ».</translation>
    </message>
    <message>
        <source>Outlook 2007 to 2013 call it &quot;TLS&quot;. Never &quot;Auto&quot;.</source>
        <translation>Outlook 2007 à 2013 l’appellent « TLS ». Jamais « Automatique ».</translation>
    </message>
    <message>
        <source>Outlook tests the settings; then click Finish.</source>
        <translation>Outlook teste les réglages ; cliquez ensuite sur Terminer.</translation>
    </message>
    <message>
        <source>Microsoft support &quot;Change or update email account settings in Outlook for Windows&quot;; dialog of Outlook 2003 (FNAL page). Labels not checked against the programs.</source>
        <translation>Support Microsoft « Change or update email account settings in Outlook for Windows » ; boîte de dialogue d’Outlook 2003 (page FNAL). Libellés non vérifiés dans les logiciels.</translation>
    </message>
    <message>
        <source>Eudora needs version 6.1.1 or later, in Paid or Sponsored mode (Light mode cannot log in to the outgoing server). These steps change your Dominant personality.</source>
        <translation>Eudora doit être en version 6.1.1 ou plus récente, en mode Paid ou Sponsored (le mode Light ne peut pas s’identifier sur le serveur sortant). Ces étapes modifient votre personnalité « Dominant ».</translation>
    </message>
    <message>
        <source>Scroll down the Category list on the left to &quot;Sending Mail&quot;.</source>
        <translation>Faites défiler la liste Category à gauche jusqu’à « Sending Mail ».</translation>
    </message>
    <message>
        <source>Eudora tries CRAM-MD5 first; %1 does not offer it, so Eudora uses LOGIN or PLAIN by itself.</source>
        <translation>Eudora essaie d’abord CRAM-MD5 ; %1 ne le propose pas, Eudora utilise donc de lui-même LOGIN ou PLAIN.</translation>
    </message>
    <message>
        <source>The alternate port is %1.</source>
        <translation>Le port alternatif est %1.</translation>
    </message>
    <message>
        <source>Not &quot;If Available, STARTTLS&quot;: an attacker could switch encryption off. %1</source>
        <translation>Pas « If Available, STARTTLS » : un attaquant pourrait désactiver le chiffrement. %1</translation>
    </message>
    <message>
        <source>Right-click &quot;Dominant&quot; and choose Properties.</source>
        <translation>Cliquez droit sur « Dominant » et choisissez Properties.</translation>
    </message>
    <message>
        <source>Send a test message. Eudora asks for your %1 email password. If it then says &quot;Certificate Error: Cert Chain not trusted&quot;, trust the certificate as follows.</source>
        <translation>Envoyez un message de test. Eudora demande votre mot de passe de messagerie %1. S’il affiche ensuite « Certificate Error: Cert Chain not trusted », faites confiance au certificat comme suit.</translation>
    </message>
    <message>
        <source>the root certificate</source>
        <translation>le certificat racine</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1.</source>
        <translation>Son empreinte SHA-256 est %1.</translation>
    </message>
    <message>
        <source>It then appears under &quot;User Trusted Certificates&quot;. Send the test message again.</source>
        <translation>Il apparaît ensuite sous « User Trusted Certificates ». Renvoyez le message de test.</translation>
    </message>
    <message>
        <source>Eudora asks for your password again the first time you send after each start.</source>
        <translation>Eudora redemande votre mot de passe au premier envoi après chaque démarrage.</translation>
    </message>
    <message>
        <source>PCUG &quot;Configuring Your Email Client Program&quot; (Eudora); Eudora 7.1 source (evilneuro/eudora-win EudoraRes.rc, SSLSettings.h) for the STARTTLS and receiving choices</source>
        <translation>PCUG « Configuring Your Email Client Program » (Eudora) ; code source d’Eudora 7.1 (evilneuro/eudora-win EudoraRes.rc, SSLSettings.h) pour les choix STARTTLS et réception</translation>
    </message>
    <message>
        <source>the profile folder %1 does not exist</source>
        <translation>le dossier de profil %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely; starting and quitting %2 once usually repairs prefs.js.</source>
        <translation>%1. Mail Setup ne réécrit pas un fichier qu’il ne peut pas lire entièrement ; démarrer puis quitter %2 une fois répare généralement prefs.js.</translation>
    </message>
    <message>
        <source>user.js in this profile also sets some of these settings; it is changed too, because %1 applies user.js at every start.</source>
        <translation>user.js dans ce profil définit aussi certains de ces paramètres ; il est modifié lui aussi, car %1 applique user.js à chaque démarrage.</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 can send mail only to port 25 with STARTTLS: it has no setting for another port, nor for SSL/TLS from the first byte, so it cannot use %1 port %2 (%3). Choose outgoing port 25 (STARTTLS) instead if %4 offers it, or use a newer mail program such as SeaMonkey or Thunderbird.</source>
        <translation>Netscape Communicator 4 ne peut envoyer du courrier que sur le port 25 avec STARTTLS : il n’a de réglage ni pour un autre port ni pour SSL/TLS dès le premier octet, il ne peut donc pas utiliser %1 port %2 (%3). Choisissez plutôt le port sortant 25 (STARTTLS) si %4 le propose, ou utilisez un logiciel plus récent comme SeaMonkey ou Thunderbird.</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 can log in to the outgoing server only with a normal password (AUTH LOGIN), but %1 asks for %2.</source>
        <translation>Netscape Communicator 4 ne peut s’identifier sur le serveur sortant qu’avec un mot de passe normal (AUTH LOGIN), mais %1 demande %2.</translation>
    </message>
    <message>
        <source>none is set up</source>
        <translation>aucun n’est configuré</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; the incoming server stays as it is (%2).</source>
        <translation>%1 ne configure que le courrier sortant ; le serveur entrant reste tel quel (%2).</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 keeps its IMAP servers in a list that Mail Setup does not edit, so the incoming server stays as it is (%1). To read mail from %2 over SSL, add it in Edit &gt; Preferences &gt; Mail &amp; Newsgroups &gt; Mail Servers with &quot;Use secure connection (SSL)&quot; checked and port %3.</source>
        <translation>Netscape Communicator 4 garde ses serveurs IMAP dans une liste que Mail Setup ne modifie pas ; le serveur entrant reste donc tel quel (%1). Pour lire le courrier de %2 via SSL, ajoutez-le dans Edit &gt; Preferences &gt; Mail &amp; Newsgroups &gt; Mail Servers en cochant « Use secure connection (SSL) » et avec le port %3.</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 cannot protect incoming mail from %1: it has no SSL/TLS or STARTTLS setting for %2, so it would send your password unencrypted. Mail Setup therefore leaves the incoming server as it is (%3). To receive mail securely, use a newer program such as SeaMonkey or Thunderbird.</source>
        <translation>Netscape Communicator 4 ne peut pas protéger le courrier entrant de %1 : il n’a pas de réglage SSL/TLS ni STARTTLS pour %2 et enverrait votre mot de passe sans chiffrement. Mail Setup laisse donc le serveur entrant tel quel (%3). Pour recevoir le courrier en sécurité, utilisez un logiciel plus récent comme SeaMonkey ou Thunderbird.</translation>
    </message>
    <message>
        <source>Note that Netscape now collects mail from %1 without encryption.</source>
        <translation>Notez que Netscape relève désormais le courrier de %1 sans chiffrement.</translation>
    </message>
    <message>
        <source>Mozilla Suite, Netscape 6-7 or SeaMonkey 1 profile &quot;%1&quot; (%2)</source>
        <translation>Profil « %1 » de Mozilla Suite, Netscape 6-7 ou SeaMonkey 1 (%2)</translation>
    </message>
    <message>
        <source>SeaMonkey profile &quot;%1&quot; (%2)</source>
        <translation>Profil SeaMonkey « %1 » (%2)</translation>
    </message>
    <message>
        <source>STARTTLS if available (not enforced)</source>
        <translation>STARTTLS si disponible (non imposé)</translation>
    </message>
    <message>
        <source>none (unencrypted)</source>
        <translation>aucune (non chiffré)</translation>
    </message>
    <message>
        <source>encrypted from the first byte (SSL/TLS)</source>
        <translation>chiffré dès le premier octet (SSL/TLS)</translation>
    </message>
    <message>
        <source>encryption switched on before logging in (STARTTLS, required)</source>
        <translation>chiffrement activé avant l’identification (STARTTLS, obligatoire)</translation>
    </message>
    <message>
        <source>encrypted only if the server offers it, which an attacker can prevent</source>
        <translation>chiffré seulement si le serveur le propose, ce qu’un attaquant peut empêcher</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>sans identification</translation>
    </message>
    <message>
        <source>normal password</source>
        <translation>Mot de passe normal</translation>
    </message>
    <message>
        <source>encrypted password</source>
        <translation>Mot de passe chiffré</translation>
    </message>
    <message>
        <source>TLS client certificate</source>
        <translation>Certificat client TLS</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>the backup copy %1 is missing: %2</source>
        <translation>la copie de sauvegarde %1 est absente : %2</translation>
    </message>
    <message>
        <source>the backup copy %1 is damaged (its checksum does not match)</source>
        <translation>la copie de sauvegarde %1 est endommagée (sa somme de contrôle ne correspond pas)</translation>
    </message>
    <message>
        <source>%1 changed after the plan was made (was %2 started?). Nothing was written; review the plan again.</source>
        <translation>%1 a changé après l’établissement du plan (%2 a-t-il été démarré ?). Rien n’a été écrit ; vérifiez le plan à nouveau.</translation>
    </message>
    <message>
        <source>%1 Every file was put back as it was.</source>
        <translation>%1 Chaque fichier a été remis dans son état d’origine.</translation>
    </message>
    <message>
        <source>%1 Putting the other files back also failed: %2. The copies are in %3.</source>
        <translation>%1 La remise en place des autres fichiers a aussi échoué : %2. Les copies sont dans %3.</translation>
    </message>
    <message>
        <source>%1 Everything was put back as it was.</source>
        <translation>%1 Tout a été remis comme avant.</translation>
    </message>
    <message>
        <source>%1 Putting the rest back also failed: %2. The copies are in %3.</source>
        <translation>%1 La remise en place du reste a aussi échoué : %2. Les copies sont dans %3.</translation>
    </message>
    <message>
        <source>there is no change with the id %1 in %2</source>
        <translation>il n’y a aucune modification portant l’identifiant %1 dans %2</translation>
    </message>
    <message>
        <source>the change %1 was already undone</source>
        <translation>la modification %1 a déjà été annulée</translation>
    </message>
    <message>
        <source>these files were changed after Mail Setup wrote them (a mail program rewrites its settings when it starts or closes): %1. Undoing would also take back those later changes. Run the undo again with --force to restore them anyway; their current versions will be kept in %2.</source>
        <translation>ces fichiers ont été modifiés après leur écriture par Mail Setup (un logiciel de messagerie réécrit ses paramètres au démarrage ou à la fermeture) : %1. L’annulation effacerait aussi ces modifications ultérieures. Relancez l’annulation avec --force pour les restaurer quand même ; leurs versions actuelles seront conservées dans %2.</translation>
    </message>
    <message>
        <source>Claws Mail would have to connect to %1 without encryption, which Mail Setup never sets up.</source>
        <translation>Claws Mail devrait se connecter à %1 sans chiffrement, ce que Mail Setup ne configure jamais.</translation>
    </message>
    <message>
        <source>Claws Mail cannot log in to the POP3 server %1 with %2.</source>
        <translation>Claws Mail ne peut pas s’identifier sur le serveur POP3 %1 avec %2.</translation>
    </message>
    <message>
        <source>Claws Mail cannot log in to the IMAP server %1 with %2.</source>
        <translation>Claws Mail ne peut pas s’identifier sur le serveur IMAP %1 avec %2.</translation>
    </message>
    <message>
        <source>Claws Mail cannot log in to the outgoing server %1 with %2.</source>
        <translation>Claws Mail ne peut pas s’identifier sur le serveur sortant %1 avec %2.</translation>
    </message>
    <message>
        <source>Clear text</source>
        <translation>Texte clair</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; KMail&apos;s receiving accounts stay as they are.</source>
        <translation>%1 ne configure que le courrier sortant ; les comptes de réception de KMail restent tels quels.</translation>
    </message>
    <message>
        <source>Incoming mail (%1): KMail&apos;s receiving account &quot;%2&quot; already uses %3</source>
        <translation>Courrier entrant (%1) : le compte de réception KMail « %2 » utilise déjà %3</translation>
    </message>
    <message>
        <source>KMail receives mail for this address by %1 (account &quot;%2&quot;), but %3 sets up %4. That account was left as it is; to switch, add a %4 account in KMail with: server %5, port %6, encryption %7.</source>
        <translation>KMail reçoit le courrier de cette adresse par %1 (compte « %2 »), mais %3 configure %4. Ce compte est resté tel quel ; pour changer, ajoutez dans KMail un compte %4 avec : serveur %5, port %6, chiffrement %7.</translation>
    </message>
    <message>
        <source>Incoming mail (%1) is set up in KMail itself: the steps are below.</source>
        <translation>Le courrier entrant (%1) se configure dans KMail lui-même : les étapes sont ci-dessous.</translation>
    </message>
    <message>
        <source>KMail keeps its receiving accounts in Akonadi, which Mail Setup cannot change safely. To receive mail from %1, do this in KMail:</source>
        <translation>KMail garde ses comptes de réception dans Akonadi, que Mail Setup ne peut pas modifier sans risque. Pour recevoir le courrier de %1, procédez ainsi dans KMail :</translation>
    </message>
    <message>
        <source>1. Open Settings &gt; Configure KMail... &gt; Accounts, tab Receiving.</source>
        <translation>1. Ouvrez Configuration &gt; Configurer KMail… &gt; Comptes, onglet Réception.</translation>
    </message>
    <message>
        <source>2. Select the account &quot;%1&quot; and click Modify...</source>
        <translation>2. Sélectionnez le compte « %1 » et cliquez sur Modifier…</translation>
    </message>
    <message>
        <source>2. Click Add... and choose the %1 entry (its name differs a little between versions).</source>
        <translation>2. Cliquez sur Ajouter… et choisissez l’entrée %1 (son nom varie un peu selon les versions).</translation>
    </message>
    <message>
        <source>3. On the General tab: %1 %2, Username %3, and your password.</source>
        <translation>3. Dans l’onglet Général : %1 %2, nom d’utilisateur %3 et votre mot de passe.</translation>
    </message>
    <message>
        <source>Incoming mail server</source>
        <translation>Serveur de courrier entrant</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Serveur IMAP</translation>
    </message>
    <message>
        <source>4. On the Advanced tab: Encryption %1, Port %2, Authentication %3.</source>
        <translation>4. Dans l’onglet Avancé : chiffrement %1, port %2, authentification %3.</translation>
    </message>
    <message>
        <source>5. Also on the Advanced tab, tick &quot;Leave fetched messages on the server&quot; while you try it out, so no mail is lost. Then click OK.</source>
        <translation>5. Toujours dans l’onglet Avancé, cochez « Laisser les messages récupérés sur le serveur » pendant l’essai, pour ne perdre aucun courrier. Puis cliquez sur OK.</translation>
    </message>
    <message>
        <source>5. Click OK.</source>
        <translation>5. Cliquez sur OK.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Mutt %1</source>
        <translation>Mutt %1</translation>
    </message>
    <message>
        <source>Mutt logs in with OAuth2 only through a helper program that fetches the tokens (the *_oauth_refresh_command settings), which Mail Setup cannot set up.</source>
        <translation>Mutt ne s’identifie avec OAuth2 que via un programme auxiliaire qui obtient les jetons (les réglages *_oauth_refresh_command), ce que Mail Setup ne peut pas configurer.</translation>
    </message>
    <message>
        <source>Mutt cannot log in with NTLM.</source>
        <translation>Mutt ne peut pas s’identifier avec NTLM.</translation>
    </message>
    <message>
        <source>Mutt would need the client certificate file (ssl_client_cert), which Mail Setup does not have.</source>
        <translation>Mutt aurait besoin du fichier de certificat client (ssl_client_cert), que Mail Setup n’a pas.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>lignes %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with a space, which continues a setting, but no setting comes before it</source>
        <translation>« %1 » commence par une espace, qui prolonge un réglage, mais aucun réglage ne la précède</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a setting (name=value) nor a comment (a line starting with #)</source>
        <translation>« %1 » n’est ni un réglage (nom=valeur) ni un commentaire (une ligne commençant par #)</translation>
    </message>
    <message>
        <source>%1: %2. Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation>%1 : %2. Mail Setup ne réécrit pas un fichier qu’il ne peut pas lire entièrement.</translation>
    </message>
    <message>
        <source>could not write the certificate file %1</source>
        <translation>impossible d’écrire le fichier de certificat %1</translation>
    </message>
    <message>
        <source>Trust %1 in Eudora (User Trusted Certificates, %2).</source>
        <translation>Faire confiance à %1 dans Eudora (User Trusted Certificates, %2).</translation>
    </message>
    <message>
        <source>If Eudora&apos;s program folder has a usercerts.p7b with certificates you trusted before, Eudora now reads the one in its data folder instead: add those again with the Certificate Information Manager.</source>
        <translation>Si le dossier du programme Eudora contient un usercerts.p7b avec des certificats que vous aviez approuvés, Eudora lit désormais celui de son dossier de données : ajoutez-les à nouveau avec le Certificate Information Manager.</translation>
    </message>
    <message>
        <source>Eudora trusts this certificate when the server sends it along; Eudora 6 may keep certificates elsewhere (not confirmed): if sending fails with &quot;Cert Chain not trusted&quot;, add it with Last SSL Info &gt; Certificate Information Manager &gt; Add to Trusted.</source>
        <translation>Eudora fait confiance à ce certificat quand le serveur l’envoie ; Eudora 6 garde peut-être ses certificats ailleurs (non confirmé) : si l’envoi échoue avec « Cert Chain not trusted », ajoutez-le par Last SSL Info &gt; Certificate Information Manager &gt; Add to Trusted.</translation>
    </message>
    <message>
        <source>add %1 (SHA-256 %2)</source>
        <translation>ajouter %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>not a PKCS#7 certificate file</source>
        <translation>pas un fichier de certificats PKCS#7</translation>
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
        <translation>%1 ne configure que le courrier sortant, et aucune personnalité Eudora n’envoie depuis %2. Créez d’abord une personnalité pour %2 (Tools &gt; Personalities), puis réessayez.</translation>
    </message>
    <message>
        <source>Your name has characters Eudora cannot store; enter it in Tools &gt; Personalities &gt; Real Name.</source>
        <translation>Votre nom contient des caractères qu’Eudora ne peut pas enregistrer ; saisissez-le dans Tools &gt; Personalities &gt; Real Name.</translation>
    </message>
    <message>
        <source>The personality %1 receives mail by %2; %3 offers %4, so its incoming server was left as it is.</source>
        <translation>La personnalité %1 reçoit le courrier par %2 ; %3 propose %4, son serveur entrant est donc resté tel quel.</translation>
    </message>
    <message>
        <source>send with its own server, not the SMTP Relay Personality %1</source>
        <translation>envoyer avec son propre serveur, pas par la SMTP Relay Personality %1</translation>
    </message>
    <message>
        <source>SMTP Relay Personality</source>
        <translation>SMTP Relay Personality</translation>
    </message>
    <message>
        <source>%1 is the SMTP Relay Personality: the other personalities send through %2 too.</source>
        <translation>%1 est la SMTP Relay Personality : les autres personnalités envoient aussi par %2.</translation>
    </message>
    <message>
        <source>To send the mail of every personality through %1, choose %2 as &quot;SMTP Relay Personality&quot; in Tools &gt; Options &gt; Sending Mail.</source>
        <translation>Pour envoyer le courrier de toutes les personnalités par %1, choisissez %2 comme « SMTP Relay Personality » dans Tools &gt; Options &gt; Sending Mail.</translation>
    </message>
    <message>
        <source>Add the Eudora personality %1 for %2.</source>
        <translation>Ajouter la personnalité Eudora %1 pour %2.</translation>
    </message>
    <message>
        <source>Update the Eudora personality %1 (%2).</source>
        <translation>Mettre à jour la personnalité Eudora %1 (%2).</translation>
    </message>
    <message>
        <source>Send through %1 port %2 (%3), logging in as %4.</source>
        <translation>Envoyer par %1 port %2 (%3), identifié comme %4.</translation>
    </message>
    <message>
        <source>Eudora asks for your password the first time it sends or checks mail.</source>
        <translation>Eudora demande votre mot de passe la première fois qu’il envoie ou relève du courrier.</translation>
    </message>
    <message>
        <source>Close Windows Mail, copy this file into its store folder (usually %LOCALAPPDATA%\Microsoft\Windows Mail; for Windows Live Mail %LOCALAPPDATA%\Microsoft\Windows Live Mail) and start it again: it takes the account over and asks for your password.</source>
        <translation>Fermez Windows Mail, copiez ce fichier dans son dossier de stockage (en général %LOCALAPPDATA%\Microsoft\Windows Mail ; pour Windows Live Mail %LOCALAPPDATA%\Microsoft\Windows Live Mail) et relancez-le : il reprend le compte et demande votre mot de passe.</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; a new Windows Mail account needs an incoming server too.</source>
        <translation>%1 ne configure que le courrier sortant ; un nouveau compte Windows Mail a aussi besoin d’un serveur entrant.</translation>
    </message>
    <message>
        <source>Outlook 2002-2010</source>
        <translation>Outlook 2002-2010</translation>
    </message>
    <message>
        <source>Outlook 2013</source>
        <translation>Outlook 2013</translation>
    </message>
    <message>
        <source>Outlook 2016-2021/365</source>
        <translation>Outlook 2016-2021/365</translation>
    </message>
    <message>
        <source>Outlook %1</source>
        <translation>Outlook %1</translation>
    </message>
    <message>
        <source>identity &quot;%1&quot;%2</source>
        <translation>identité « %1 »%2</translation>
    </message>
    <message>
        <source> (the one it starts with)</source>
        <translation> (celle du démarrage)</translation>
    </message>
    <message>
        <source>main identity</source>
        <translation>identité principale</translation>
    </message>
    <message>
        <source>identity &quot;%1&quot;</source>
        <translation>identité « %1 »</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; an Outlook profile file needs an incoming server too. Change the outgoing server of the existing account in Outlook instead.</source>
        <translation>%1 ne configure que le courrier sortant ; un fichier de profil Outlook a aussi besoin d’un serveur entrant. Modifiez plutôt le serveur sortant du compte existant dans Outlook.</translation>
    </message>
    <message>
        <source>an Outlook profile file cannot require STARTTLS for incoming mail; choose the SSL/TLS port (995 for POP3, 993 for IMAP) instead</source>
        <translation>un fichier de profil Outlook ne peut pas imposer STARTTLS pour le courrier entrant ; choisissez plutôt le port SSL/TLS (995 pour POP3, 993 pour IMAP)</translation>
    </message>
    <message>
        <source>the name or address has characters an Outlook profile file cannot carry; use plain letters for the name</source>
        <translation>le nom ou l’adresse contient des caractères qu’un fichier de profil Outlook ne peut pas contenir ; utilisez des lettres simples pour le nom</translation>
    </message>
    <message>
        <source>the text value has no closing quote</source>
        <translation>la valeur texte n’a pas de guillemet fermant</translation>
    </message>
    <message>
        <source>unexpected characters after the closing quote</source>
        <translation>caractères inattendus après le guillemet fermant</translation>
    </message>
    <message>
        <source>dword: needs up to 8 hexadecimal digits, found &quot;%1&quot;</source>
        <translation>dword: attend jusqu’à 8 chiffres hexadécimaux, trouvé « %1 »</translation>
    </message>
    <message>
        <source>hex(N): needs a hexadecimal type number</source>
        <translation>hex(N): attend un numéro de type hexadécimal</translation>
    </message>
    <message>
        <source>unknown value type in &quot;%1&quot; (expected &quot;text&quot;, dword:, hex: or hex(N):)</source>
        <translation>type de valeur inconnu dans « %1 » (attendu : &quot;texte&quot;, dword:, hex: ou hex(N):)</translation>
    </message>
    <message>
        <source>hexadecimal bytes must be pairs of digits separated by commas</source>
        <translation>les octets hexadécimaux doivent être des paires de chiffres séparées par des virgules</translation>
    </message>
    <message>
        <source>the Windows registry can only be changed on Windows; on this computer Mail Setup works on .reg files (--home with --os windows)</source>
        <translation>le registre Windows ne peut être modifié que sous Windows ; sur cet ordinateur, Mail Setup travaille sur des fichiers .reg (--home avec --os windows)</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 ligne %2 : %3</translation>
    </message>
    <message>
        <source>the Windows registry</source>
        <translation>le registre Windows</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; in %3</source>
        <translation>%1 « %2 » dans %3</translation>
    </message>
    <message>
        <source>the registry value %1 &quot;%2&quot; in %3 changed after the plan was made (was %4 started?). Nothing was written; review the plan again.</source>
        <translation>la valeur de registre %1 « %2 » dans %3 a changé après l’établissement du plan (%4 a-t-il été démarré ?). Rien n’a été écrit ; vérifiez le plan à nouveau.</translation>
    </message>
    <message>
        <source>the registry key %1: %2</source>
        <translation>la clé de registre %1 : %2</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>le serveur n’a envoyé aucun certificat</translation>
    </message>
    <message>
        <source>the server&apos;s certificate cannot be read</source>
        <translation>le certificat du serveur est illisible</translation>
    </message>
    <message>
        <source>the certificate check could not start (out of memory?)</source>
        <translation>la vérification du certificat n’a pas pu démarrer (mémoire insuffisante ?)</translation>
    </message>
    <message>
        <source>this computer&apos;s certificate store cannot be read</source>
        <translation>le magasin de certificats de cet ordinateur est illisible</translation>
    </message>
    <message>
        <source>%1 cannot be read as a certificate bundle</source>
        <translation>%1 ne peut pas être lu comme un lot de certificats</translation>
    </message>
    <message>
        <source>Connection check for %1 (%2 endpoints, at most %3 s each, took %4 ms)</source>
        <translation>Vérification des connexions pour %1 (%2 points d’accès, au plus %3 s chacun, durée %4 ms)</translation>
    </message>
    <message>
        <source>Log-in checked with the password given (not shown).</source>
        <translation>Identification vérifiée avec le mot de passe fourni (non affiché).</translation>
    </message>
    <message>
        <source>Log-in not checked: no password was given.</source>
        <translation>Identification non vérifiée : aucun mot de passe fourni.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>verdict %1 at %2; connect %3, greeting %4, TLS handshake %5, total %6</source>
        <translation>verdict %1 à %2 ; connexion %3, accueil %4, négociation TLS %5, total %6</translation>
    </message>
    <message>
        <source>greeting: %1</source>
        <translation>accueil : %1</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS : %1, %2</translation>
    </message>
    <message>
        <source>certificate: %1, issued by %2</source>
        <translation>certificat : %1, émis par %2</translation>
    </message>
    <message>
        <source>log-in methods before TLS: %1</source>
        <translation>méthodes d’identification avant TLS : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>log-in methods after TLS: %1</source>
        <translation>méthodes d’identification après TLS : %1</translation>
    </message>
    <message>
        <source>Recommended: %1.</source>
        <translation>Recommandé : %1.</translation>
    </message>
    <message>
        <source>No recommendation: %1.</source>
        <translation>Aucune recommandation : %1.</translation>
    </message>
    <message>
        <source>nothing was checked</source>
        <translation>rien n’a été vérifié</translation>
    </message>
    <message>
        <source>a line longer than %1 bytes</source>
        <translation>une ligne de plus de %1 octets</translation>
    </message>
    <message>
        <source>a reply of more than %1 lines</source>
        <translation>une réponse de plus de %1 lignes</translation>
    </message>
    <message>
        <source>not an SMTP reply: &quot;%1&quot;</source>
        <translation>pas une réponse SMTP : « %1 »</translation>
    </message>
    <message>
        <source>an SMTP reply whose lines have different codes (%1, %2)</source>
        <translation>une réponse SMTP dont les lignes ont des codes différents (%1, %2)</translation>
    </message>
    <message>
        <source>not a POP3 reply: &quot;%1&quot;</source>
        <translation>pas une réponse POP3 : « %1 »</translation>
    </message>
    <message>
        <source>not an IMAP reply: &quot;%1&quot;</source>
        <translation>pas une réponse IMAP : « %1 »</translation>
    </message>
    <message>
        <source>not an IMAP greeting: &quot;%1&quot;</source>
        <translation>pas un accueil IMAP : « %1 »</translation>
    </message>
    <message>
        <source>an IMAP reply with status &quot;%1&quot;</source>
        <translation>une réponse IMAP avec le statut « %1 »</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>use port %1 instead</source>
        <translation>utilisez plutôt le port %1</translation>
    </message>
    <message>
        <source>turn off outgoing mail scanning in your anti-virus program</source>
        <translation>désactivez l’analyse du courrier sortant dans votre antivirus</translation>
    </message>
    <message>
        <source>turn off mail scanning in your anti-virus program</source>
        <translation>désactivez l’analyse du courrier dans votre antivirus</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, ou %2</translation>
    </message>
    <message>
        <source>works: encrypted (%1), certificate trusted, log-in accepted</source>
        <translation>fonctionne : chiffré (%1), certificat de confiance, identification acceptée</translation>
    </message>
    <message>
        <source>works: encrypted (%1), certificate trusted</source>
        <translation>fonctionne : chiffré (%1), certificat de confiance</translation>
    </message>
    <message>
        <source>works (encrypted, %1%2), but the certificate is from %3, which this computer does not trust yet</source>
        <translation>fonctionne (chiffré, %1%2), mais le certificat vient de %3, auquel cet ordinateur ne fait pas encore confiance</translation>
    </message>
    <message>
        <source>, log-in accepted</source>
        <translation>, identification acceptée</translation>
    </message>
    <message>
        <source>install it on the next page</source>
        <translation>installez-le à la page suivante</translation>
    </message>
    <message>
        <source>nothing answers on port %1 of %2 (%3)</source>
        <translation>rien ne répond sur le port %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>port %1 is blocked by your network (%2)</source>
        <translation>le port %1 est bloqué par votre réseau (%2)</translation>
    </message>
    <message>
        <source>check that this computer is connected to the Internet; if web pages open, a firewall blocks mail: ask your provider&apos;s helpdesk</source>
        <translation>vérifiez que cet ordinateur est connecté à Internet ; si les pages web s’ouvrent, un pare-feu bloque le courrier : demandez à l’assistance de votre fournisseur</translation>
    </message>
    <message>
        <source>use %1</source>
        <translation>utilisez %1</translation>
    </message>
    <message>
        <source>no answer from %1 on port %2 within %3 seconds</source>
        <translation>aucune réponse de %1 sur le port %2 en %3 secondes</translation>
    </message>
    <message>
        <source>port %1 is blocked by your network</source>
        <translation>le port %1 est bloqué par votre réseau</translation>
    </message>
    <message>
        <source>port %1 accepts the connection but nothing answers within %2 seconds: something on the way (a firewall, a proxy of your network, or a mail scanner on this computer) is holding it</source>
        <translation>le port %1 accepte la connexion mais rien ne répond en %2 secondes : quelque chose sur le chemin (un pare-feu, un proxy de votre réseau ou un analyseur de courrier sur cet ordinateur) la retient</translation>
    </message>
    <message>
        <source>port %1 answers far too slowly (%2 bytes in %3 seconds)</source>
        <translation>le port %1 répond beaucoup trop lentement (%2 octets en %3 secondes)</translation>
    </message>
    <message>
        <source>the encrypted connection (TLS) did not start within %1 seconds</source>
        <translation>la connexion chiffrée (TLS) n’a pas démarré en %1 secondes</translation>
    </message>
    <message>
        <source>the server stopped answering (while %1) within %2 seconds</source>
        <translation>le serveur a cessé de répondre (pendant %1) en %2 secondes</translation>
    </message>
    <message>
        <source>try again later; if it keeps happening, ask your provider&apos;s helpdesk</source>
        <translation>réessayez plus tard ; si cela se reproduit, demandez à l’assistance de votre fournisseur</translation>
    </message>
    <message>
        <source>what answers on port %1 does not speak %2 as a mail server should (%3)</source>
        <translation>ce qui répond sur le port %1 ne parle pas %2 comme devrait le faire un serveur de courrier (%3)</translation>
    </message>
    <message>
        <source>your Internet provider may be redirecting port 25</source>
        <translation>votre fournisseur d’accès redirige peut-être le port 25</translation>
    </message>
    <message>
        <source>ask your provider&apos;s helpdesk</source>
        <translation>demandez à l’assistance de votre fournisseur</translation>
    </message>
    <message>
        <source>the server turned the connection away: &quot;%1&quot;</source>
        <translation>le serveur a refusé la connexion : « %1 »</translation>
    </message>
    <message>
        <source>something on this computer or your network is intercepting mail: the request to encrypt (STARTTLS) was taken away (%1)</source>
        <translation>quelque chose sur cet ordinateur ou votre réseau intercepte le courrier : la demande de chiffrement (STARTTLS) a été supprimée (%1)</translation>
    </message>
    <message>
        <source>%1; your Internet provider may also be redirecting port 25</source>
        <translation>%1 ; votre fournisseur d’accès redirige peut-être aussi le port 25</translation>
    </message>
    <message>
        <source>the encrypted connection (TLS) could not be set up (%1)</source>
        <translation>la connexion chiffrée (TLS) n’a pas pu être établie (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is neither from %1 nor trusted by this computer (%2): someone may be intercepting the connection, or the profile is out of date</source>
        <translation>le certificat du serveur ne vient pas de %1 et cet ordinateur ne lui fait pas confiance (%2) : quelqu’un intercepte peut-être la connexion, ou le profil n’est plus à jour</translation>
    </message>
    <message>
        <source>the profile&apos;s authority</source>
        <translation>l’autorité du profil</translation>
    </message>
    <message>
        <source>the server refused the user name &quot;%1&quot; or the password (%2)</source>
        <translation>le serveur a refusé le nom d’utilisateur « %1 » ou le mot de passe (%2)</translation>
    </message>
    <message>
        <source>check the user name and the password; they are the ones of your mail account, not of your Internet connection</source>
        <translation>vérifiez le nom d’utilisateur et le mot de passe ; ce sont ceux de votre compte de messagerie, pas de votre connexion Internet</translation>
    </message>
    <message>
        <source>the server offers no way to log in that Mail Setup uses (%1)</source>
        <translation>le serveur ne propose aucune méthode d’identification qu’utilise Mail Setup (%1)</translation>
    </message>
    <message>
        <source>none offered</source>
        <translation>aucune proposée</translation>
    </message>
    <message>
        <source>the server offers to log in before encrypting (%1); Mail Setup never does that</source>
        <translation>le serveur propose l’identification avant le chiffrement (%1) ; Mail Setup ne fait jamais cela</translation>
    </message>
    <message>
        <source>the certificate is from %1, which this computer does not trust yet</source>
        <translation>le certificat vient de %1, auquel cet ordinateur ne fait pas encore confiance</translation>
    </message>
    <message>
        <source>send with %1</source>
        <translation>envoyer avec %1</translation>
    </message>
    <message>
        <source>receive with %1</source>
        <translation>recevoir avec %1</translation>
    </message>
    <message>
        <source>no safe way to send mail works from here</source>
        <translation>aucune façon sûre d’envoyer du courrier ne fonctionne d’ici</translation>
    </message>
    <message>
        <source>no safe way to receive mail works from here</source>
        <translation>aucune façon sûre de recevoir du courrier ne fonctionne d’ici</translation>
    </message>
    <message>
        <source>profile built into Mail Setup</source>
        <translation>profil intégré à Mail Setup</translation>
    </message>
    <message>
        <source>the provider&apos;s own settings file</source>
        <translation>le fichier de réglages du fournisseur</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s provider database</source>
        <translation>la base de fournisseurs de Thunderbird</translation>
    </message>
    <message>
        <source>provider database entry of the server receiving the mail (MX)</source>
        <translation>entrée de la base de fournisseurs pour le serveur qui reçoit le courrier (MX)</translation>
    </message>
    <message>
        <source>service records in the domain&apos;s DNS (SRV)</source>
        <translation>enregistrements de service dans le DNS du domaine (SRV)</translation>
    </message>
    <message>
        <source>guess: likely server names that answered</source>
        <translation>supposition : noms de serveur probables qui ont répondu</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation>la requête DNS pour %1 a échoué : %2</translation>
    </message>
    <message>
        <source>DNS lookup of %1 timed out</source>
        <translation>la requête DNS pour %1 a expiré</translation>
    </message>
    <message>
        <source>making a PDF needs Qt&apos;s graphical part to be started (QGuiApplication); this run started only the command-line part</source>
        <translation>créer un PDF demande de démarrer la partie graphique de Qt (QGuiApplication) ; cette exécution n’a démarré que la partie ligne de commande</translation>
    </message>
    <message>
        <source>Qt produced an empty PDF</source>
        <translation>Qt a produit un PDF vide</translation>
    </message>
    <message>
        <source>Your password is not on this sheet. Mail Setup never stores it; your mail program asks for it and sends it only inside the encrypted connection, as a normal password (LOGIN or PLAIN).</source>
        <translation>Votre mot de passe ne figure pas sur cette fiche. Mail Setup ne l’enregistre jamais ; votre logiciel de messagerie le demande et ne l’envoie qu’à l’intérieur de la connexion chiffrée, en mot de passe normal (LOGIN ou PLAIN).</translation>
    </message>
    <message>
        <source>Log-in:     %1</source>
        <translation>Connexion :     %1</translation>
    </message>
    <message>
        <source>Log-in</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>the name %1 cannot be found (%2)</source>
        <translation>le nom %1 est introuvable (%2)</translation>
    </message>
    <message>
        <source>check that this computer is connected to the Internet and that the server name is spelled right</source>
        <translation>vérifiez que cet ordinateur est connecté à Internet et que le nom du serveur est bien écrit</translation>
    </message>
    <message>
        <source>--%1 is for --format %2, not %3</source>
        <translation>--%1 s’applique à --format %2, pas à %3</translation>
    </message>
    <message>
        <source>sign with --sign-cert and --sign-key, or with --sign-p12, not both</source>
        <translation>signez avec --sign-cert et --sign-key, ou avec --sign-p12, pas les deux</translation>
    </message>
    <message>
        <source>--sign-cert and --sign-key go together: the certificate and its private key</source>
        <translation>--sign-cert et --sign-key vont ensemble : le certificat et sa clé privée</translation>
    </message>
    <message>
        <source>--sign-password-stdin unlocks the file given with --sign-p12</source>
        <translation>--sign-password-stdin déverrouille le fichier donné avec --sign-p12</translation>
    </message>
    <message>
        <source>--open needs a file to open; leave out &quot;-o -&quot;</source>
        <translation>--open a besoin d’un fichier à ouvrir ; retirez « -o - »</translation>
    </message>
    <message>
        <source>%1\Store Root names the folder %2, which is not there; the default folder was read instead</source>
        <translation>%1\Store Root indique le dossier %2, qui n’existe pas ; le dossier par défaut a été lu à la place</translation>
    </message>
    <message>
        <source>This computer&apos;s certificate store (asks for the administrator password)</source>
        <translation>Le magasin de certificats de cet ordinateur (demande le mot de passe administrateur)</translation>
    </message>
    <message>
        <source>the system store of this operating system is changed by the command line (mailsetup certificate install --store system)</source>
        <translation>le magasin système de ce système d’exploitation se modifie en ligne de commande (mailsetup certificate install --store system)</translation>
    </message>
    <message>
        <source>do not enter your password for this server; %1</source>
        <translation>ne saisissez pas votre mot de passe pour ce serveur ; %1</translation>
    </message>
    <message>
        <source>your Internet provider may be redirecting port 25: %1</source>
        <translation>votre fournisseur d’accès redirige peut-être le port 25 : %1</translation>
    </message>
    <message>
        <source>Use this language (de, fr, es, en) instead of the system&apos;s.</source>
        <translation>Utiliser cette langue (de, fr, es, en) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Without a command: open the wizard in helpdesk mode (settings, report and log beside every page).</source>
        <translation>Sans commande : ouvrir l’assistant en mode assistance (réglages, rapport et journal à côté de chaque page).</translation>
    </message>
    <message>
        <source>Without a command: save the wizard&apos;s first page as a PNG picture and quit.</source>
        <translation>Sans commande : enregistrer la première page de l’assistant en image PNG et quitter.</translation>
    </message>
    <message>
        <source>compare the fingerprint %1 with the one your provider publishes, then install the certificate with: mailsetup certificate install --profile %2 --confirm-fingerprint %1</source>
        <translation>comparez l’empreinte %1 avec celle que publie votre fournisseur, puis installez le certificat avec : mailsetup certificate install --profile %2 --confirm-fingerprint %1</translation>
    </message>
    <message>
        <source>Also write the report as a PDF file to &lt;file&gt;, for a helpdesk (passwords are never in it).</source>
        <translation>Écrire aussi le rapport en PDF dans &lt;file&gt;, pour une assistance (les mots de passe n’y figurent jamais).</translation>
    </message>
    <message>
        <source>--letter goes with --pdf</source>
        <translation>--letter s’utilise avec --pdf</translation>
    </message>
    <message>
        <source>this build of Mail Setup cannot make PDF files; use --json or the text report</source>
        <translation>cette version de Mail Setup ne sait pas créer de PDF ; utilisez --json ou le rapport texte</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1 : le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>make this computer trust the certificate in %1</source>
        <translation>faites en sorte que cet ordinateur fasse confiance au certificat de %1</translation>
    </message>
    <message>
        <source>Connection check for %1</source>
        <translation>Vérification des connexions pour %1</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>not a valid X.509 certificate (%1)</source>
        <translation>ce n’est pas un certificat X.509 valide (%1)</translation>
    </message>
    <message>
        <source>unexpected data after the certificate</source>
        <translation>données inattendues après le certificat</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the PEM certificate is truncated (no END CERTIFICATE line)</source>
        <translation>le certificat PEM est tronqué (pas de ligne END CERTIFICATE)</translation>
    </message>
    <message>
        <source>the file holds more than one certificate</source>
        <translation>le fichier contient plus d’un certificat</translation>
    </message>
    <message>
        <source>the PEM certificate is damaged (invalid base64)</source>
        <translation>le certificat PEM est endommagé (base64 non valide)</translation>
    </message>
    <message>
        <source>the PEM file holds no certificate (%1)</source>
        <translation>le fichier PEM ne contient aucun certificat (%1)</translation>
    </message>
    <message>
        <source>OpenSSL could not set up the check</source>
        <translation>OpenSSL n’a pas pu préparer la vérification</translation>
    </message>
    <message>
        <source>cannot read the store %1</source>
        <translation>impossible de lire le magasin %1</translation>
    </message>
    <message>
        <source>cannot start %1</source>
        <translation>impossible de lancer %1</translation>
    </message>
    <message>
        <source>a variable name is missing before &apos;%1&apos;</source>
        <translation>il manque un nom de variable avant &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 servers checked at the same time, at most %2 s each; took %3 ms.</source>
        <translation>%1 serveurs vérifiés en même temps, au plus %2 s chacun ; durée %3 ms.</translation>
    </message>
    <message>
        <source>What works from here</source>
        <translation>Ce qui fonctionne d’ici</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>raison : %1</translation>
    </message>
    <message>
        <source>log-in: %1</source>
        <translation>identification : %1</translation>
    </message>
    <message>
        <source>C: what Mail Setup sent, S: what the server answered. Passwords are never shown: where one was sent, the report says [password redacted].</source>
        <translation>C : ce que Mail Setup a envoyé, S : ce que le serveur a répondu. Les mots de passe ne sont jamais affichés : là où l’un a été envoyé, le rapport indique [password redacted].</translation>
    </message>
    <message>
        <source>the certificate is not valid here: %1</source>
        <translation>le certificat n’est pas valide ici : %1</translation>
    </message>
    <message>
        <source>%1&apos;s own certificate list, %2</source>
        <translation>La liste de certificats propre à %1, %2</translation>
    </message>
    <message>
        <source>a NUL byte at offset %1</source>
        <translation>un octet NUL à la position %1</translation>
    </message>
    <message>
        <source>Mail Setup is incomplete: its part %1 is missing (looked for %2).</source>
        <translation>Mail Setup est incomplet : son composant %1 est absent (cherché dans %2).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Mail Setup cannot load its part %1: %2</source>
        <translation>Mail Setup ne peut pas charger son composant %1 : %2</translation>
    </message>
    <message>
        <source>Mail Setup cannot use its part %1: it is not Mail Setup&apos;s engine.</source>
        <translation>Mail Setup ne peut pas utiliser son composant %1 : ce n&apos;est pas le moteur de Mail Setup.</translation>
    </message>
    <message>
        <source>Mail Setup cannot use its part %1: it belongs to version %2, this is version %3.</source>
        <translation>Mail Setup ne peut pas utiliser son composant %1 : il appartient à la version %2, celle-ci est la version %3.</translation>
    </message>
    <message>
        <source>Mail Setup cannot use its part %1: it was not built for this program.</source>
        <translation>Mail Setup ne peut pas utiliser son composant %1 : il n&apos;a pas été construit pour ce programme.</translation>
    </message>
    <message>
        <source>Install Mail Setup again.</source>
        <translation>Réinstallez Mail Setup.</translation>
    </message>
    <message>
        <source>The outgoing port the subscriber uses: recommended as long as it works from here.</source>
        <translation>Le port d&apos;envoi qu&apos;utilise l&apos;abonné : recommandé tant qu&apos;il fonctionne d&apos;ici.</translation>
    </message>
    <message>
        <source>the profile %1 has no outgoing server on port %2</source>
        <translation>le profil %1 n&apos;a pas de serveur d&apos;envoi sur le port %2</translation>
    </message>
    <message>
        <source>port %1, chosen for sending, does not work from here, so port %2 is used instead</source>
        <translation>le port %1, choisi pour l&apos;envoi, ne fonctionne pas d&apos;ici ; le port %2 est donc utilisé à la place</translation>
    </message>
    <message>
        <source>receiving with %1, the provider&apos;s choice, does not work from here, so %2 is used instead</source>
        <translation>la réception par %1, le choix du fournisseur, ne fonctionne pas d&apos;ici ; %2 est donc utilisé à la place</translation>
    </message>
    <message>
        <source> (POP3 downloads your mail to this computer; other devices may no longer see it)</source>
        <translation> (POP3 télécharge votre courrier sur cet ordinateur ; vos autres appareils risquent de ne plus le voir)</translation>
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
        <translation>Apple Mail, Mac OS X 10.7 ou plus récent (%1 ; configuré par un profil de configuration)</translation>
    </message>
    <message>
        <source>Mail is running (%1). Quit Mail (Mail &gt; Quit Mail), then try again: Mail rewrites %2 from its own copy of the settings and would undo the changes.</source>
        <translation>Mail est ouvert (%1). Quittez Mail (Mail &gt; Quitter Mail), puis réessayez : Mail réécrit %2 à partir de sa propre copie des réglages et annulerait les modifications.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation>Mail Setup ne réécrit pas un fichier qu’il ne peut pas lire entièrement.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ApplyPage</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>Application des modifications</translation>
    </message>
    <message>
        <source>Mail Setup changes one mail program after the other. If one cannot be changed, it puts the others back as they were.</source>
        <translation>Mail Setup modifie les logiciels de messagerie l’un après l’autre. Si l’un ne peut pas être modifié, il remet les autres comme avant.</translation>
    </message>
    <message>
        <source>&amp;Mail programs:</source>
        <translation>&amp;Logiciels de messagerie :</translation>
    </message>
    <message>
        <source>Progress per mail program</source>
        <translation>Progression par logiciel de messagerie</translation>
    </message>
    <message>
        <source>Mail program</source>
        <translation>Logiciel de messagerie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Applying the changes…</source>
        <translation>Application des modifications…</translation>
    </message>
    <message>
        <source>Every mail program is set up. Click Next.</source>
        <translation>Tous les logiciels de messagerie sont configurés. Cliquez sur Suivant.</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Appliqué : %1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation>%1 pour %2 (%3)</translation>
    </message>
    <message>
        <source>Applying to %1</source>
        <translation>Application à %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing needed to change</source>
        <translation>Rien à modifier</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Put back as it was</source>
        <translation>Remis comme avant</translation>
    </message>
    <message>
        <source>Could not be put back</source>
        <translation>N’a pas pu être remis comme avant</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>The mail programs changed before it were put back; nothing is changed now.</source>
        <translation>Les logiciels de messagerie modifiés avant lui ont été remis comme avant ; rien n’est modifié maintenant.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Some changes could not be put back: %1</source>
        <translation>Certaines modifications n’ont pas pu être annulées : %1</translation>
    </message>
    <message>
        <source>Fix it (usually: quit the mail program), then click Try again.</source>
        <translation>Corrigez cela (en général : quitter le logiciel de messagerie), puis cliquez sur Réessayer.</translation>
    </message>
    <message>
        <source>Columns: mail program, state</source>
        <translation>Colonnes : logiciel de messagerie, état</translation>
    </message>
    <message>
        <source>Failed (the reason is below)</source>
        <translation>Échec (la raison est indiquée ci-dessous)</translation>
    </message>
</context>
<context>
    <name>mailsetup::AutoconfigFetcher</name>
    <message>
        <source>%1: the host %2 is not reachable from here</source>
        <translation>%1 : l’hôte %2 est injoignable d’ici</translation>
    </message>
    <message>
        <source>%1: the answer would be %2 bytes; a provider settings file is never larger than %3 bytes, so it was refused</source>
        <translation>%1 : la réponse ferait %2 octets ; un fichier de réglages de fournisseur ne dépasse jamais %3 octets, elle a donc été refusée</translation>
    </message>
    <message>
        <source>%1: the answer is larger than %2 bytes, more than any provider settings file; refused</source>
        <translation>%1 : la réponse dépasse %2 octets, plus que n’importe quel fichier de réglages de fournisseur ; refusée</translation>
    </message>
    <message>
        <source>%1: no complete answer within %2 seconds; gave up</source>
        <translation>%1 : pas de réponse complète en %2 secondes ; abandon</translation>
    </message>
    <message>
        <source>%1: redirects to another host (%2); a provider file must come from the host asked, so it was refused</source>
        <translation>%1 : redirige vers un autre hôte (%2) ; un fichier de fournisseur doit venir de l’hôte interrogé, il a donc été refusé</translation>
    </message>
    <message>
        <source>%1: redirects from HTTPS to an unencrypted address (%2); refused</source>
        <translation>%1 : redirige de HTTPS vers une adresse non chiffrée (%2) ; refusé</translation>
    </message>
    <message>
        <source>%1: more than %2 redirects; refused</source>
        <translation>%1 : plus de %2 redirections ; refusé</translation>
    </message>
    <message>
        <source>%1: not found (HTTP %2)</source>
        <translation>%1 : introuvable (HTTP %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2</source>
        <translation>%1 : le serveur a répondu HTTP %2</translation>
    </message>
    <message>
        <source>%1: the answer is &quot;%2&quot;, not an XML file; refused</source>
        <translation>%1 : la réponse est « %2 », pas un fichier XML ; refusée</translation>
    </message>
</context>
<context>
    <name>mailsetup::BackupStore</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier de sauvegarde %1</translation>
    </message>
</context>
<context>
    <name>mailsetup::CertificatePage</name>
    <message>
        <source>&amp;Install the certificate</source>
        <translation>&amp;Installer le certificat</translation>
    </message>
    <message>
        <source>Your provider&apos;s certificate</source>
        <translation>Le certificat de votre fournisseur</translation>
    </message>
    <message>
        <source>Your mail program checks the mail server&apos;s identity with a certificate. Install your provider&apos;s root certificate only if its fingerprint is the one your provider publishes. You can also go on without it.</source>
        <translation>Votre logiciel de messagerie vérifie l’identité du serveur de courrier avec un certificat. N’installez le certificat racine de votre fournisseur que si son empreinte est celle que votre fournisseur publie. Vous pouvez aussi continuer sans lui.</translation>
    </message>
    <message>
        <source>I have &amp;compared the fingerprint: it is the same as my provider&apos;s</source>
        <translation>J’ai &amp;comparé l’empreinte : c’est la même que celle de mon fournisseur</translation>
    </message>
    <message>
        <source>I have compared the fingerprint</source>
        <translation>J’ai comparé l’empreinte</translation>
    </message>
    <message>
        <source>Install the certificate</source>
        <translation>Installer le certificat</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>%1 vouches for its mail servers with its own root certificate, &quot;%2&quot;. Mail programs do not know it by themselves: without it they warn that the connection may not be safe. Compare the fingerprint below, character by character, with the one %1 publishes %3.</source>
        <translation>%1 garantit ses serveurs de courrier avec son propre certificat racine, « %2 ». Les logiciels de messagerie ne le connaissent pas d’eux-mêmes : sans lui, ils avertissent que la connexion n’est peut-être pas sûre. Comparez l’empreinte ci-dessous, caractère par caractère, avec celle que %1 publie %3.</translation>
    </message>
    <message>
        <source>Subject: %1
Valid from %2 to %3
SHA-256 fingerprint:</source>
        <translation>Sujet : %1
Valable du %2 au %3
Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Read by %1</source>
        <translation>Lu par %1</translation>
    </message>
    <message>
        <source>No mail program that needs this certificate was found here.</source>
        <translation>Aucun logiciel de messagerie ayant besoin de ce certificat n’a été trouvé ici.</translation>
    </message>
    <message>
        <source>Install it where your mail programs look:</source>
        <translation>Installez-le là où vos logiciels de messagerie regardent :</translation>
    </message>
    <message>
        <source>Start and close these once, then come back, to install it there too: %1</source>
        <translation>Démarrez puis fermez ceux-ci une fois, puis revenez pour l’y installer aussi : %1</translation>
    </message>
    <message>
        <source>Certificate not installed (skipped)</source>
        <translation>Certificat non installé (ignoré)</translation>
    </message>
    <message>
        <source>Installing the certificate…</source>
        <translation>Installation du certificat…</translation>
    </message>
    <message>
        <source>Installing the certificate %1 (confirmed %2)</source>
        <translation>Installation du certificat %1 (confirmé %2)</translation>
    </message>
    <message>
        <source>Nothing was installed: %1
Do not trust this certificate; ask your provider for the right profile.</source>
        <translation>Rien n’a été installé : %1
Ne faites pas confiance à ce certificat ; demandez le bon profil à votre fournisseur.</translation>
    </message>
    <message>
        <source>Certificate refused: %1</source>
        <translation>Certificat refusé : %1</translation>
    </message>
    <message>
        <source>The certificate is installed:</source>
        <translation>Le certificat est installé :</translation>
    </message>
    <message>
        <source>Not everything worked:</source>
        <translation>Tout n’a pas fonctionné :</translation>
    </message>
    <message>
        <source>on its own web page or in its letter to you</source>
        <translation>sur sa propre page web ou dans le courrier qu’il vous a envoyé</translation>
    </message>
</context>
<context>
    <name>mailsetup::ChangePlan</name>
    <message>
        <source>Nothing will be changed: %1</source>
        <translation>Rien ne sera modifié : %1</translation>
    </message>
    <message>
        <source>Already set up as asked; nothing to change.</source>
        <translation>Déjà configuré comme demandé ; rien à modifier.</translation>
    </message>
    <message>
        <source>Changes to %1:</source>
        <translation>Modifications de %1 :</translation>
    </message>
    <message>
        <source>New file %1:</source>
        <translation>Nouveau fichier %1 :</translation>
    </message>
    <message>
        <source>Registry changes in %1:</source>
        <translation>Modifications du registre dans %1 :</translation>
    </message>
    <message>
        <source>the Windows registry</source>
        <translation>le registre Windows</translation>
    </message>
</context>
<context>
    <name>mailsetup::ClawsAdapter</name>
    <message>
        <source>Claws Mail is running (%1). Quit Claws Mail (File &gt; Exit), then try again; it saves its accounts when it quits and would overwrite the changes.</source>
        <translation>Claws Mail est ouvert (%1). Quittez Claws Mail (Fichier &gt; Quitter), puis réessayez ; il enregistre ses comptes en quittant et écraserait les modifications.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>Claws Mail has not finished setting itself up in %1 yet. Start Claws Mail once, complete its setup (it creates the mailbox folder), quit it, then try again.</source>
        <translation>Claws Mail n’a pas encore fini de se configurer dans %1. Démarrez Claws Mail une fois, terminez sa configuration (il crée le dossier des boîtes aux lettres), quittez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation>%1. Mail Setup ne réécrit pas un fichier qu’il ne peut pas lire entièrement.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ClientsPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Your mail programs</source>
        <translation>Vos logiciels de messagerie</translation>
    </message>
    <message>
        <source>Tick the mail programs Mail Setup should set up. Nothing is changed until you have seen the changes and clicked Apply.</source>
        <translation>Cochez les logiciels de messagerie que Mail Setup doit configurer. Rien n’est modifié avant que vous ayez vu les modifications et cliqué sur Appliquer.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Look for mail programs again, for example after closing Thunderbird</source>
        <translation>Chercher à nouveau les logiciels de messagerie, par exemple après avoir fermé Thunderbird</translation>
    </message>
    <message>
        <source>No mail program that Mail Setup can set up was found on this computer (it looked in %1).

Mail Setup sets up %2. Install Thunderbird, start it once and close it again, so that it creates its settings. Then click Check again.</source>
        <translation>Aucun logiciel de messagerie que Mail Setup sait configurer n’a été trouvé sur cet ordinateur (recherche dans %1).

Mail Setup configure %2. Installez Thunderbird, démarrez-le une fois puis fermez-le, pour qu’il crée ses réglages. Cliquez ensuite sur Vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Mail Setup cannot change any of these right now; the reason is given below. Fix it (usually: quit Thunderbird), then click Check again.</source>
        <translation>Mail Setup ne peut modifier aucun d’eux pour l’instant ; la raison est indiquée ci-dessous. Corrigez-la (en général : quitter Thunderbird), puis cliquez sur Vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Everything is already set up for %1. You can close Mail Setup.</source>
        <translation>Tout est déjà configuré pour %1. Vous pouvez fermer Mail Setup.</translation>
    </message>
    <message>
        <source>Mail Setup found these mail programs on this computer:</source>
        <translation>Mail Setup a trouvé ces logiciels de messagerie sur cet ordinateur :</translation>
    </message>
    <message>
        <source>Show the &amp;steps…</source>
        <translation>Afficher les &amp;étapes…</translation>
    </message>
    <message>
        <source>Another mail program</source>
        <translation>Un autre logiciel de messagerie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translation>Afficher les étapes</translation>
    </message>
    <message>
        <source>No instructions</source>
        <translation>Pas d’instructions</translation>
    </message>
    <message>
        <source>Mail Setup has no instructions for &quot;%1&quot;.</source>
        <translation>Mail Setup n’a pas d’instructions pour « %1 ».</translation>
    </message>
    <message>
        <source>Use the settings sheet on the last page.</source>
        <translation>Utilisez la fiche des réglages de la dernière page.</translation>
    </message>
    <message>
        <source>Instructions shown: %1</source>
        <translation>Instructions affichées : %1</translation>
    </message>
    <message>
        <source>Other &amp;program, set up by hand:</source>
        <translation>Autre &amp;logiciel, configuré à la main :</translation>
    </message>
</context>
<context>
    <name>mailsetup::ConnectionPage</name>
    <message>
        <source>Works</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Works once the provider&apos;s certificate is installed</source>
        <translation>Fonctionne une fois le certificat du fournisseur installé</translation>
    </message>
    <message>
        <source>Cannot be reached from here</source>
        <translation>Injoignable d’ici</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>Something else answers there</source>
        <translation>Autre chose répond là-bas</translation>
    </message>
    <message>
        <source>The server turned us away</source>
        <translation>Le serveur nous a refusés</translation>
    </message>
    <message>
        <source>Encryption was blocked on the way</source>
        <translation>Le chiffrement a été bloqué en chemin</translation>
    </message>
    <message>
        <source>Encryption could not be set up</source>
        <translation>Le chiffrement n’a pas pu être établi</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Le certificat du serveur n’est pas de confiance</translation>
    </message>
    <message>
        <source>Log-in refused</source>
        <translation>Identification refusée</translation>
    </message>
    <message>
        <source>No safe way to log in</source>
        <translation>Aucune identification sûre possible</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>%1 (%2): %3, port %4, %5</source>
        <translation>%1 (%2) : %3, port %4, %5</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Skip the check</source>
        <translation>&amp;Ignorer la vérification</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Vérification de la connexion</translation>
    </message>
    <message>
        <source>Mail Setup tries each of your provider&apos;s servers from this computer, so that your mail program gets settings that work here. It sends no mail and no password.</source>
        <translation>Mail Setup essaie chaque serveur de votre fournisseur depuis cet ordinateur, pour que votre logiciel de messagerie reçoive des réglages qui fonctionnent ici. Il n’envoie ni courrier ni mot de passe.</translation>
    </message>
    <message>
        <source>Se&amp;rvers:</source>
        <translation>Se&amp;rveurs :</translation>
    </message>
    <message>
        <source>Servers and results</source>
        <translation>Serveurs et résultats</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Try every server again, for example after changing the network</source>
        <translation>Réessayer chaque serveur, par exemple après un changement de réseau</translation>
    </message>
    <message>
        <source>Skip the check</source>
        <translation>Ignorer la vérification</translation>
    </message>
    <message>
        <source>Go on without checking; Mail Setup then uses your provider&apos;s first choice</source>
        <translation>Continuer sans vérifier ; Mail Setup utilise alors le premier choix de votre fournisseur</translation>
    </message>
    <message>
        <source>Diagnosis report</source>
        <translation>Rapport de diagnostic</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n server(s)… this takes at most %1 seconds.</source>
        <translation>
            <numerusform>Vérification de %n serveur… cela prend au plus %1 secondes.</numerusform>
            <numerusform>Vérification de %n serveurs… cela prend au plus %1 secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection check started: %1 servers of %2</source>
        <translation>Vérification des connexions lancée : %1 serveurs de %2</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>Vérification : %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>None of the servers could be used safely from this computer. The list says why. Click Check again once that is fixed, or Skip the check to set up the provider&apos;s settings anyway.</source>
        <translation>Aucun des serveurs n’a pu être utilisé en sécurité depuis cet ordinateur. La liste indique pourquoi. Cliquez sur Vérifier à nouveau une fois le problème corrigé, ou sur Ignorer la vérification pour configurer quand même les réglages du fournisseur.</translation>
    </message>
    <message>
        <source>Connection check: nothing usable</source>
        <translation>Vérification des connexions : rien d’utilisable</translation>
    </message>
    <message>
        <source>Cannot use the checked servers: %1</source>
        <translation>Les serveurs vérifiés sont inutilisables : %1</translation>
    </message>
    <message>
        <source>Mail Setup will use the servers that work from here:</source>
        <translation>Mail Setup utilisera les serveurs qui fonctionnent d’ici :</translation>
    </message>
    <message>
        <source>Receiving: %1</source>
        <translation>Réception : %1</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Envoi : %1</translation>
    </message>
    <message>
        <source>Connection check recommends: %1</source>
        <translation>La vérification des connexions recommande : %1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>The check was skipped. Mail Setup uses your provider&apos;s first choice without knowing whether it works from this computer; if your mail program cannot connect later, run Mail Setup again and let it check.</source>
        <translation>La vérification a été ignorée. Mail Setup utilise le premier choix de votre fournisseur sans savoir s’il fonctionne depuis cet ordinateur ; si votre logiciel de messagerie ne parvient pas à se connecter plus tard, relancez Mail Setup et laissez-le vérifier.</translation>
    </message>
    <message>
        <source>Connection check skipped</source>
        <translation>Vérification des connexions ignorée</translation>
    </message>
    <message>
        <source>Columns: server, result</source>
        <translation>Colonnes : serveur, résultat</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Remarque : %1.</translation>
    </message>
</context>
<context>
    <name>mailsetup::DetailsPage</name>
    <message>
        <source>&amp;Outgoing server:</source>
        <translation>Serveur s&amp;ortant :</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <source>Type your name and the email address your provider gave you. Mail Setup never asks for your password.</source>
        <translation>Saisissez votre nom et l’adresse électronique que votre fournisseur vous a donnée. Mail Setup ne demande jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>as the people you write to will see it, e.g. Alice Example</source>
        <translation>tel que vos destinataires le verront, par ex. Alice Exemple</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Log-in name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>The name you log in to your provider&apos;s mail servers with. Filled in from your address; change it only if your provider told you a different one.</source>
        <translation>Le nom avec lequel vous vous identifiez sur les serveurs de courrier de votre fournisseur. Il est déduit de votre adresse ; ne le changez que si votre fournisseur vous en a donné un autre.</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Serveur sortant</translation>
    </message>
    <message>
        <source>Filled in from your address. Change it only if your provider gave you a different log-in name.</source>
        <translation>Déduit de votre adresse. Ne le changez que si votre fournisseur vous a donné un autre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Votre no&amp;m :</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adresse é&amp;lectronique :</translation>
    </message>
    <message>
        <source>&amp;Log-in name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>e.g. alice@example.org</source>
        <translation>par ex. alice@example.org</translation>
    </message>
    <message>
        <source>e.g. alice@%1</source>
        <translation>par ex. alice@%1</translation>
    </message>
    <message>
        <source>%1, port %2: %3</source>
        <translation>%1, port %2 : %3</translation>
    </message>
    <message>
        <source> (not used by Mail Setup)</source>
        <translation> (non utilisé par Mail Setup)</translation>
    </message>
    <message>
        <source> (recommended)</source>
        <translation> (recommandé)</translation>
    </message>
    <message>
        <source>Type your email address to go on.</source>
        <translation>Saisissez votre adresse électronique pour continuer.</translation>
    </message>
    <message>
        <source>Cannot go on: %1.</source>
        <translation>Impossible de continuer : %1.</translation>
    </message>
    <message>
        <source>%1 addresses end in %2, but this one ends in @%3. Check it for typing mistakes; if your provider told you to use it, you can go on.</source>
        <translation>Les adresses de %1 se terminent par %2, mais celle-ci se termine par @%3. Vérifiez qu’il n’y a pas de faute de frappe ; si votre fournisseur vous a dit de l’utiliser, vous pouvez continuer.</translation>
    </message>
    <message>
        <source>Mail Setup will use:</source>
        <translation>Mail Setup utilisera :</translation>
    </message>
    <message>
        <source>Incoming mail (%1): %2</source>
        <translation>Courrier entrant (%1) : %2</translation>
    </message>
    <message>
        <source>Incoming mail: left as it is (%1 sets up outgoing mail only)</source>
        <translation>Courrier entrant : laissé tel quel (%1 ne configure que le courrier sortant)</translation>
    </message>
    <message>
        <source>Outgoing mail (%1): %2</source>
        <translation>Courrier sortant (%1) : %2</translation>
    </message>
</context>
<context>
    <name>mailsetup::DiagnosticsServerProber</name>
    <message>
        <source>the host is not reachable from here</source>
        <translation>l’hôte est injoignable d’ici</translation>
    </message>
</context>
<context>
    <name>mailsetup::DiscoveryPanel</name>
    <message>
        <source>&amp;Find settings</source>
        <translation>&amp;Chercher les réglages</translation>
    </message>
    <message>
        <source>Or find them from your &amp;email address:</source>
        <translation>Ou trouvez-les à partir de votre a&amp;dresse électronique :</translation>
    </message>
    <message>
        <source>Email address to find the settings for</source>
        <translation>Adresse électronique dont chercher les réglages</translation>
    </message>
    <message>
        <source>e.g. alice@example.org</source>
        <translation>par ex. alice@example.org</translation>
    </message>
    <message>
        <source>Find settings</source>
        <translation>Chercher les réglages</translation>
    </message>
    <message>
        <source>Ask your provider&apos;s servers and Thunderbird&apos;s list of providers for the settings; changes nothing</source>
        <translation>Demander les réglages aux serveurs de votre fournisseur et à la liste de fournisseurs de Thunderbird ; ne modifie rien</translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation>Recherche des réglages de %1…</translation>
    </message>
    <message>
        <source>No settings were found for %1. Ask your provider for a profile file.</source>
        <translation>Aucun réglage trouvé pour %1. Demandez un fichier de profil à votre fournisseur.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n set(s) of settings; they are in the list above, best first.</source>
        <translation>
            <numerusform>%n jeu de réglages trouvé ; il est dans la liste ci-dessus.</numerusform>
            <numerusform>%n jeux de réglages trouvés ; ils sont dans la liste ci-dessus, les meilleurs d’abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailsetup::DocumentActions</name>
    <message>
        <source>Copied. Paste it into an email or a document.</source>
        <translation>Copié. Collez-le dans un courriel ou un document.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>impossible d’écrire le fichier</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Le PDF n’a pas été enregistré</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Choose another folder, for example your Documents folder.</source>
        <translation>Choisissez un autre dossier, par exemple votre dossier Documents.</translation>
    </message>
</context>
<context>
    <name>mailsetup::DonePage</name>
    <message>
        <source>&amp;Undo these changes</source>
        <translation>&amp;Annuler ces modifications</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Start your mail program to use the account.</source>
        <translation>Démarrez votre logiciel de messagerie pour utiliser le compte.</translation>
    </message>
    <message>
        <source>Undo these changes</source>
        <translation>Annuler ces modifications</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié : %1</translation>
    </message>
    <message>
        <source>%1 was already set up for %2; nothing needed to change.</source>
        <translation>%1 était déjà configuré pour %2 ; il n’y avait rien à modifier.</translation>
    </message>
    <message>
        <source>Done: %1 is set up for %2.</source>
        <translation>Terminé : %1 est configuré pour %2.</translation>
    </message>
    <message>
        <source>What to do now: start %1. If it is open, quit it and start it again. The first time it fetches or sends mail it asks for your email password. Mail Setup never asks for your password and never stores it.</source>
        <translation>Et maintenant : démarrez %1. S’il est ouvert, quittez-le et relancez-le. La première fois qu’il relève ou envoie du courrier, il demande votre mot de passe de messagerie. Mail Setup ne demande jamais votre mot de passe et ne l’enregistre jamais.</translation>
    </message>
    <message>
        <source>Changed files:
%1</source>
        <translation>Fichiers modifiés :
%1</translation>
    </message>
    <message>
        <source>Note from %1:
%2</source>
        <translation>Remarque de %1 :
%2</translation>
    </message>
    <message>
        <source>Questions? %1</source>
        <translation>Des questions ? %1</translation>
    </message>
    <message>
        <source>Undoing the changes…</source>
        <translation>Annulation des modifications…</translation>
    </message>
    <message>
        <source>Undone: every file is as it was before.
%1</source>
        <translation>Annulé : chaque fichier est revenu à son état précédent.
%1</translation>
    </message>
    <message>
        <source>The changes were undone; nothing is set up.</source>
        <translation>Les modifications ont été annulées ; rien n’est configuré.</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>Annulation impossible : %1</translation>
    </message>
    <message>
        <source>Changed since Mail Setup wrote them:
%1</source>
        <translation>Modifiés depuis leur écriture par Mail Setup :
%1</translation>
    </message>
    <message>
        <source>&amp;Print the settings…</source>
        <translation>&amp;Imprimer les réglages…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <source>Show the &amp;steps…</source>
        <translation>Afficher les &amp;étapes…</translation>
    </message>
    <message>
        <source>Your settings on one page, for your records or your helpdesk (never with a password):</source>
        <translation>Vos réglages sur une page, pour vos dossiers ou votre assistance (jamais avec le mot de passe) :</translation>
    </message>
    <message>
        <source>Programs to set up by hand</source>
        <translation>Logiciels à configurer à la main</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translation>Afficher les étapes</translation>
    </message>
    <message>
        <source>P&amp;rograms to set up by hand:</source>
        <translation>&amp;Logiciels à configurer à la main :</translation>
    </message>
    <message>
        <source>Change number (for undoing later, or for your helpdesk): %1
The files as they were before are kept in %2
To undo later: %3</source>
        <translation>Numéro de la modification (pour l’annuler plus tard, ou pour votre assistance) : %1
Les fichiers tels qu’ils étaient sont conservés dans %2
Pour annuler plus tard : %3</translation>
    </message>
    <message>
        <source>The connection was not checked. If your mail program cannot connect, run Mail Setup again and let it check.</source>
        <translation>La connexion n’a pas été vérifiée. Si votre logiciel de messagerie ne parvient pas à se connecter, relancez Mail Setup et laissez-le vérifier.</translation>
    </message>
    <message>
        <source>Provider&apos;s certificate:
%1</source>
        <translation>Certificat du fournisseur :
%1</translation>
    </message>
    <message>
        <source>The provider&apos;s certificate was not installed: your mail program may warn about the server&apos;s certificate. Compare it with your provider&apos;s fingerprint before accepting.</source>
        <translation>Le certificat du fournisseur n’a pas été installé : votre logiciel de messagerie peut avertir au sujet du certificat du serveur. Comparez-le avec l’empreinte de votre fournisseur avant de l’accepter.</translation>
    </message>
    <message>
        <source>Programs to set up by hand: %1 (the steps are below).</source>
        <translation>Logiciels à configurer à la main : %1 (les étapes sont ci-dessous).</translation>
    </message>
    <message>
        <source>Undoing %1</source>
        <translation>Annulation de %1</translation>
    </message>
    <message>
        <source>Put every changed file back as it was before, and take out the provider&apos;s certificate where Mail Setup added it</source>
        <translation>Remettre chaque fichier modifié dans son état d&apos;avant et retirer le certificat du fournisseur là où Mail Setup l&apos;a ajouté</translation>
    </message>
    <message>
        <source>The provider&apos;s certificate:</source>
        <translation>Le certificat du fournisseur :</translation>
    </message>
    <message>
        <source>The certificate could not be taken out everywhere:
%1</source>
        <translation>Le certificat n&apos;a pas pu être retiré partout :
%1</translation>
    </message>
    <message>
        <source>Your mail program is as it was before.</source>
        <translation>Votre programme de messagerie est comme avant.</translation>
    </message>
</context>
<context>
    <name>mailsetup::Editor</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>(keeps what this personality uses now)</source>
        <translation>(garde ce que cette personnalité utilise actuellement)</translation>
    </message>
</context>
<context>
    <name>mailsetup::EndpointProbe</name>
    <message>
        <source>connecting to %1 port %2</source>
        <translation>connexion à %1 port %2</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message>
        <source>connected, starting TLS</source>
        <translation>connecté, démarrage de TLS</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>attente de l’accueil</translation>
    </message>
    <message>
        <source>TLS started: %1, %2</source>
        <translation>TLS démarré : %1, %2</translation>
    </message>
    <message>
        <source>the profile names no certificate authority</source>
        <translation>le profil n’indique aucune autorité de certification</translation>
    </message>
    <message>
        <source>certificate chain: trusted by the profile&apos;s authority: %1; by this computer: %2</source>
        <translation>chaîne de certificats : approuvée par l’autorité du profil : %1 ; par cet ordinateur : %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>non (%1)</translation>
    </message>
    <message>
        <source>more than %1 KiB arrived without a complete reply</source>
        <translation>plus de %1 Kio reçus sans réponse complète</translation>
    </message>
    <message>
        <source>the server sent more after agreeing to start TLS, which would let an attacker inject commands</source>
        <translation>le serveur a envoyé des données après avoir accepté de démarrer TLS, ce qui permettrait à un attaquant d’injecter des commandes</translation>
    </message>
    <message>
        <source>starting TLS</source>
        <translation>démarrage de TLS</translation>
    </message>
    <message>
        <source>[user name, base64]</source>
        <translation>[nom d’utilisateur, base64]</translation>
    </message>
    <message>
        <source>asking for the server&apos;s capabilities</source>
        <translation>demande des capacités du serveur</translation>
    </message>
    <message>
        <source>the server did not list its capabilities</source>
        <translation>le serveur n’a pas listé ses capacités</translation>
    </message>
    <message>
        <source>asking to start TLS</source>
        <translation>demande de démarrage de TLS</translation>
    </message>
    <message>
        <source>STARTTLS is missing from the server&apos;s capabilities</source>
        <translation>STARTTLS manque dans les capacités du serveur</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>identification</translation>
    </message>
    <message>
        <source>no log-in attempted: the certificate is not trusted, so the password must not be sent</source>
        <translation>aucune identification tentée : le certificat n’est pas de confiance, le mot de passe ne doit donc pas être envoyé</translation>
    </message>
    <message>
        <source>no log-in attempted: the user name is empty or a line break is in the user name or password</source>
        <translation>aucune identification tentée : le nom d’utilisateur est vide, ou le nom ou le mot de passe contient un saut de ligne</translation>
    </message>
    <message>
        <source>no log-in attempted: the server offers no password method Mail Setup uses (%1)</source>
        <translation>aucune identification tentée : le serveur ne propose aucune méthode par mot de passe qu’utilise Mail Setup (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection without a greeting</source>
        <translation>le serveur a fermé la connexion sans accueil</translation>
    </message>
    <message>
        <source>the connection was closed after the request to start TLS</source>
        <translation>la connexion a été fermée après la demande de démarrage de TLS</translation>
    </message>
    <message>
        <source>no complete answer within %1 seconds (%2 bytes received)</source>
        <translation>pas de réponse complète en %1 secondes (%2 octets reçus)</translation>
    </message>
    <message>
        <source>by the profile&apos;s authority: %1; by this computer: %2</source>
        <translation>par l’autorité du profil : %1 ; par cet ordinateur : %2</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
</context>
<context>
    <name>mailsetup::EntourageAdapter</name>
    <message>
        <source>identity &quot;%1&quot; (%2)</source>
        <translation>identité « %1 » (%2)</translation>
    </message>
    <message>
        <source>%1 is running; quit it first.</source>
        <translation>%1 est ouvert ; quittez-le d’abord.</translation>
    </message>
    <message>
        <source>Entourage and Outlook Express 5 keep their accounts in a database whose format Microsoft never published, so Mail Setup does not change it. Follow the step-by-step instructions for %1 instead (Tools &gt; Accounts); they include the outgoing server&apos;s &quot;requires SSL&quot; setting and port, which these programs need because they cannot use STARTTLS.</source>
        <translation>Entourage et Outlook Express 5 gardent leurs comptes dans une base dont Microsoft n’a jamais publié le format ; Mail Setup ne la modifie donc pas. Suivez plutôt les instructions pas à pas pour %1 (Tools &gt; Accounts) ; elles indiquent le réglage « requires SSL » et le port du serveur sortant, nécessaires car ces logiciels ne savent pas utiliser STARTTLS.</translation>
    </message>
</context>
<context>
    <name>mailsetup::EudoraAdapter</name>
    <message>
        <source>Eudora is running (%1). Quit Eudora (File &gt; Exit), then try again; it writes its settings back when it quits and would overwrite the changes.</source>
        <translation>Eudora est ouvert (%1). Quittez Eudora (File &gt; Exit), puis réessayez ; il réécrit ses réglages en quittant et écraserait les modifications.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation>%1. Mail Setup ne réécrit pas un fichier qu’il ne peut pas lire entièrement.</translation>
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
        <translation>Evolution est ouvert (%1). Quittez Evolution (Fichier &gt; Quitter), puis réessayez ; tant qu’il tourne, sa propre copie des réglages du compte peut écraser les modifications. S’il ne se ferme pas, lancez « evolution --force-shutdown ».</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not change Evolution&apos;s accounts while one of its files cannot be read completely; repair or remove that file first.</source>
        <translation>%1. Mail Setup ne modifie pas les comptes d’Evolution tant qu’un de ses fichiers ne peut pas être lu entièrement ; réparez ou supprimez d’abord ce fichier.</translation>
    </message>
</context>
<context>
    <name>mailsetup::HelpdeskPanel</name>
    <message>
        <source>Settings in use</source>
        <translation>Réglages utilisés</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Settin&amp;gs in use:</source>
        <translation>Ré&amp;glages utilisés :</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Journal :</translation>
    </message>
    <message>
        <source>No provider chosen yet.</source>
        <translation>Aucun fournisseur choisi pour l’instant.</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)
No valid email address yet.</source>
        <translation>Fournisseur : %1 (%2)
Pas encore d’adresse électronique valide.</translation>
    </message>
    <message>
        <source>Connection check: skipped</source>
        <translation>Vérification des connexions : ignorée</translation>
    </message>
    <message>
        <source>Connection check: %1</source>
        <translation>Vérification des connexions : %1</translation>
    </message>
    <message>
        <source>&amp;Helpdesk view</source>
        <translation>Mode assista&amp;nce</translation>
    </message>
    <message>
        <source>Helpdesk view</source>
        <translation>Mode assistance</translation>
    </message>
    <message>
        <source>Show the settings in use and a log beside every page, to read out to a helpdesk</source>
        <translation>Afficher à côté de chaque page les réglages utilisés et un journal, à lire à une assistance</translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation>Page : %1</translation>
    </message>
</context>
<context>
    <name>mailsetup::HelperTrustStore</name>
    <message>
        <source>pkexec (package pkexec or policykit-1) is not installed, so Mail Setup cannot ask for the administrator password to change %1</source>
        <translation>pkexec (paquet pkexec ou policykit-1) n’est pas installé ; Mail Setup ne peut donc pas demander le mot de passe administrateur pour modifier %1</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>impossible d’écrire un fichier temporaire</translation>
    </message>
    <message>
        <source>pkexec could not be started</source>
        <translation>pkexec n’a pas pu être lancé</translation>
    </message>
    <message>
        <source>the administrator password was not given, so %1 was not changed</source>
        <translation>le mot de passe administrateur n’a pas été donné, %1 n’a donc pas été modifié</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the entry Mail Setup adds for %2; nothing was removed</source>
        <translation>« %1 » n’est pas l’entrée que Mail Setup ajoute pour %2 ; rien n’a été retiré</translation>
    </message>
</context>
<context>
    <name>mailsetup::InstallationView</name>
    <message>
        <source> (the one %1 normally uses)</source>
        <translation> (celui qu’utilise normalement %1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Réglages : %1</translation>
    </message>
    <message>
        <source>No mail accounts in it yet.</source>
        <translation>Aucun compte de messagerie pour l’instant.</translation>
    </message>
    <message>
        <source>Mail accounts in it now:
%1</source>
        <translation>Comptes de messagerie actuels :
%1</translation>
    </message>
    <message>
        <source>Cannot be changed right now: %1</source>
        <translation>Ne peut pas être modifié pour l’instant : %1</translation>
    </message>
    <message>
        <source>Already set up like this; nothing to change.</source>
        <translation>Déjà configuré ainsi ; rien à modifier.</translation>
    </message>
    <message>
        <source>What will happen:
%1</source>
        <translation>Ce qui va se passer :
%1</translation>
    </message>
    <message>
        <source>Could not read everything:
%1</source>
        <translation>Tout n’a pas pu être lu :
%1</translation>
    </message>
</context>
<context>
    <name>mailsetup::InstructionWriter</name>
    <message>
        <source>%1 does not offer CRAM-MD5 or other &quot;secure&quot; password methods: it expects the normal password (LOGIN or PLAIN), which is protected by the encrypted connection.</source>
        <translation>%1 ne propose pas CRAM-MD5 ni d’autres méthodes de mot de passe « sécurisées » : il attend le mot de passe normal (LOGIN ou PLAIN), protégé par la connexion chiffrée.</translation>
    </message>
    <message>
        <source>Port 25 is blocked or intercepted by some Internet providers. If sending fails, ask %1 whether another port is offered.</source>
        <translation>Le port 25 est bloqué ou intercepté par certains fournisseurs d’accès. Si l’envoi échoue, demandez à %1 si un autre port est proposé.</translation>
    </message>
    <message>
        <source>Leave the incoming mail settings as they are (see &quot;Important&quot; above).</source>
        <translation>Laissez les réglages du courrier entrant tels quels (voir « Important » ci-dessus).</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only: leave your incoming mail settings as they are.</source>
        <translation>%1 ne configure que le courrier sortant : laissez vos réglages de courrier entrant tels quels.</translation>
    </message>
</context>
<context>
    <name>mailsetup::InstructionsDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <source>Setting up %1 by hand</source>
        <translation>Configurer %1 à la main</translation>
    </message>
    <message>
        <source>Steps for %1</source>
        <translation>Étapes pour %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>mailsetup::KConfigFile</name>
    <message>
        <source>the file starts with a byte-order mark, which KDE programs do not expect</source>
        <translation>le fichier commence par une marque d’ordre des octets (BOM), que les programmes KDE n’attendent pas</translation>
    </message>
    <message>
        <source>a carriage return in the middle of the line</source>
        <translation>un retour chariot au milieu de la ligne</translation>
    </message>
    <message>
        <source>the group name has no closing &apos;]&apos;</source>
        <translation>le nom du groupe n’a pas de &apos;]&apos; fermant</translation>
    </message>
    <message>
        <source>the group name is empty or has an invalid escape sequence</source>
        <translation>le nom du groupe est vide ou contient une séquence d’échappement invalide</translation>
    </message>
    <message>
        <source>text after the group name</source>
        <translation>du texte après le nom du groupe</translation>
    </message>
    <message>
        <source>a value without a key</source>
        <translation>une valeur sans clé</translation>
    </message>
    <message>
        <source>a key with an unclosed or misplaced &apos;[&apos;</source>
        <translation>une clé avec un &apos;[&apos; non fermé ou mal placé</translation>
    </message>
    <message>
        <source>a key with two languages</source>
        <translation>une clé avec deux langues</translation>
    </message>
    <message>
        <source>expected [group] or key=value</source>
        <translation>attendu : [groupe] ou clé=valeur</translation>
    </message>
    <message>
        <source>an invalid escape sequence (a backslash KDE programs do not read)</source>
        <translation>une séquence d’échappement invalide (une barre oblique inverse que les programmes KDE ne lisent pas)</translation>
    </message>
    <message>
        <source>line %1 locks the whole file against changes ([$i])</source>
        <translation>la ligne %1 verrouille tout le fichier contre les modifications ([$i])</translation>
    </message>
    <message>
        <source>the name [%1] %2 cannot be written safely</source>
        <translation>le nom [%1] %2 ne peut pas être écrit sans risque</translation>
    </message>
    <message>
        <source>line %1 locks the group [%2] against changes ([$i])</source>
        <translation>la ligne %1 verrouille le groupe [%2] contre les modifications ([$i])</translation>
    </message>
    <message>
        <source>the group header on line %1 is written in a way Mail Setup cannot edit safely</source>
        <translation>l’en-tête de groupe de la ligne %1 est écrit d’une façon que Mail Setup ne peut pas modifier sans risque</translation>
    </message>
    <message>
        <source>line %1 locks %2 against changes ([$i])</source>
        <translation>la ligne %1 verrouille %2 contre les modifications ([$i])</translation>
    </message>
    <message>
        <source>line %1 marks %2 as deleted ([$d])</source>
        <translation>la ligne %1 marque %2 comme supprimé ([$d])</translation>
    </message>
    <message>
        <source>line %1 takes %2 from a shell expression ([$e])</source>
        <translation>la ligne %1 tire %2 d’une expression shell ([$e])</translation>
    </message>
    <message>
        <source>line %1 has a translated %2 ([%3]), which KDE programs prefer in that language</source>
        <translation>la ligne %1 contient une version traduite de %2 ([%3]), que les programmes KDE préfèrent dans cette langue</translation>
    </message>
    <message>
        <source>line %1 spells the key %2 in a way Mail Setup cannot edit safely</source>
        <translation>la ligne %1 écrit la clé %2 d’une façon que Mail Setup ne peut pas modifier sans risque</translation>
    </message>
</context>
<context>
    <name>mailsetup::KMailAdapter</name>
    <message>
        <source>settings in %1</source>
        <translation>réglages dans %1</translation>
    </message>
    <message>
        <source>%1 settings in %2</source>
        <translation>réglages de %1 dans %2</translation>
    </message>
    <message>
        <source>KMail is running (%1). Quit KMail and Kontact (File &gt; Quit), then try again: they keep their identities and outgoing servers in memory and would not see the change.</source>
        <translation>KMail est ouvert (%1). Quittez KMail et Kontact (Fichier &gt; Quitter), puis réessayez : ils gardent leurs identités et serveurs sortants en mémoire et ne verraient pas la modification.</translation>
    </message>
    <message>
        <source>KMail&apos;s sending service is running (%1) and keeps the outgoing servers in memory. Quit KMail, stop the service with the command &quot;akonadictl stop&quot; (KMail starts it again when it opens), then try again.</source>
        <translation>Le service d’envoi de KMail tourne (%1) et garde les serveurs sortants en mémoire. Quittez KMail, arrêtez le service avec la commande « akonadictl stop » (KMail le relance à l’ouverture), puis réessayez.</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely; KMail would drop that line the next time it saves. Correct or remove the line, then try again.</source>
        <translation>%1. Mail Setup ne réécrit pas un fichier qu’il ne peut pas lire entièrement ; KMail supprimerait cette ligne au prochain enregistrement. Corrigez ou supprimez la ligne, puis réessayez.</translation>
    </message>
    <message>
        <source>%1. KMail would not read the change as written, so nothing will be changed.</source>
        <translation>%1. KMail ne lirait pas la modification telle qu’elle est écrite ; rien ne sera donc modifié.</translation>
    </message>
</context>
<context>
    <name>mailsetup::Lexer</name>
    <message>
        <source>the line ends with a single &apos;\&apos;</source>
        <translation>la ligne se termine par un seul &apos;\&apos;</translation>
    </message>
    <message>
        <source>a ` is not closed</source>
        <translation>un ` n’est pas fermé</translation>
    </message>
    <message>
        <source>a %1 quote is not closed</source>
        <translation>un guillemet %1 n’est pas fermé</translation>
    </message>
</context>
<context>
    <name>mailsetup::LinuxSystemTrustStore</name>
    <message>
        <source>the system certificate store (%1, %2)</source>
        <translation>le magasin de certificats du système (%1, %2)</translation>
    </message>
    <message>
        <source>%1 trusts %2 (it is in %3)</source>
        <translation>%1 fait confiance à %2 (il se trouve dans %3)</translation>
    </message>
    <message>
        <source>%1 holds %2 in %3, but the bundle %4 does not include it yet</source>
        <translation>%1 contient %2 dans %3, mais le lot %4 ne l’inclut pas encore</translation>
    </message>
    <message>
        <source>%1 does not trust %2</source>
        <translation>%1 ne fait pas confiance à %2</translation>
    </message>
    <message>
        <source>%1 is not installed, so %2 cannot be updated</source>
        <translation>%1 n’est pas installé, %2 ne peut donc pas être mis à jour</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>impossible d’écrire un fichier temporaire</translation>
    </message>
    <message>
        <source>trust (p11-kit) is not installed, so %1 cannot be updated</source>
        <translation>trust (p11-kit) n’est pas installé, %1 ne peut donc pas être mis à jour</translation>
    </message>
    <message>
        <source>%1 now trusts %2</source>
        <translation>%1 fait désormais confiance à %2</translation>
    </message>
    <message>
        <source>%1 now trusts %2 (file %3)</source>
        <translation>%1 fait désormais confiance à %2 (fichier %3)</translation>
    </message>
    <message>
        <source>%1 already exists and holds another certificate; it is left alone and nothing was installed</source>
        <translation>%1 existe déjà et contient un autre certificat ; il n’est pas touché et rien n’a été installé</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 ran, but %2 still does not include %3; the file was taken back out</source>
        <translation>%1 a été exécuté, mais %2 n’inclut toujours pas %3 ; le fichier a été retiré</translation>
    </message>
    <message>
        <source>OpenSSL trusts a certificate issued by %1 through %2 (%3)</source>
        <translation>OpenSSL fait confiance à un certificat émis par %1 via %2 (%3)</translation>
    </message>
    <message>
        <source>OpenSSL does not trust a certificate issued by %1 through %2: %3</source>
        <translation>OpenSSL ne fait pas confiance à un certificat émis par %1 via %2 : %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry Mail Setup adds; nothing was removed</source>
        <translation>« %1 » n’est pas une entrée ajoutée par Mail Setup ; rien n’a été retiré</translation>
    </message>
    <message>
        <source>%1 no longer trusts %2</source>
        <translation>%1 ne fait plus confiance à %2</translation>
    </message>
    <message>
        <source>%1 is not a file Mail Setup adds to %2; nothing was removed</source>
        <translation>%1 n’est pas un fichier que Mail Setup ajoute à %2 ; rien n’a été retiré</translation>
    </message>
    <message>
        <source>%1 is gone already; nothing to remove</source>
        <translation>%1 n’existe déjà plus ; rien à retirer</translation>
    </message>
    <message>
        <source>%1 no longer holds %2 (it was changed after Mail Setup wrote it); it is left alone</source>
        <translation>%1 ne contient plus %2 (il a été modifié après son écriture par Mail Setup) ; il n’est pas touché</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>Removed %1; %2 still trusts %3 through an entry Mail Setup did not add</source>
        <translation>%1 retiré ; %2 fait toujours confiance à %3 par une entrée que Mail Setup n’a pas ajoutée</translation>
    </message>
    <message>
        <source>%1 no longer trusts %2 (removed %3)</source>
        <translation>%1 ne fait plus confiance à %2 (%3 retiré)</translation>
    </message>
</context>
<context>
    <name>mailsetup::MacKeychainTrustStore</name>
    <message>
        <source>the macOS System keychain (for every user of this Mac)</source>
        <translation>le trousseau Système de macOS (pour tous les utilisateurs de ce Mac)</translation>
    </message>
    <message>
        <source>your macOS login keychain (for you only)</source>
        <translation>votre trousseau de session macOS (pour vous seul)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 contient %2</translation>
    </message>
    <message>
        <source>%1 does not hold %2</source>
        <translation>%1 ne contient pas %2</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>impossible d’écrire un fichier temporaire</translation>
    </message>
    <message>
        <source>%1 now trusts %2</source>
        <translation>%1 fait désormais confiance à %2</translation>
    </message>
    <message>
        <source>macOS trusts a certificate issued by %1 (%2)</source>
        <translation>macOS fait confiance à un certificat émis par %1 (%2)</translation>
    </message>
    <message>
        <source>macOS does not trust a certificate issued by %1: %2</source>
        <translation>macOS ne fait pas confiance à un certificat émis par %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the entry Mail Setup added for %2; nothing was removed</source>
        <translation>« %1 » n’est pas l’entrée que Mail Setup a ajoutée pour %2 ; rien n’a été retiré</translation>
    </message>
    <message>
        <source>%1 no longer holds %2</source>
        <translation>%1 ne contient plus %2</translation>
    </message>
</context>
<context>
    <name>mailsetup::MailDiscovery</name>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>« %1 » n’est pas une adresse électronique</translation>
    </message>
    <message>
        <source>the built-in profile &quot;%1&quot; serves %2</source>
        <translation>le profil intégré « %1 » sert %2</translation>
    </message>
    <message>
        <source>no built-in profile serves %1</source>
        <translation>aucun profil intégré ne sert %1</translation>
    </message>
    <message>
        <source>%1: not a usable provider file:
%2</source>
        <translation>%1 : pas un fichier de fournisseur utilisable :
%2</translation>
    </message>
    <message>
        <source>fetched without encryption (plain HTTP): anyone on the way could have changed it; check the servers before using them</source>
        <translation>récupéré sans chiffrement (HTTP simple) : n’importe qui sur le chemin a pu le modifier ; vérifiez les serveurs avant de les utiliser</translation>
    </message>
    <message>
        <source>%1: settings for %2</source>
        <translation>%1 : réglages pour %2</translation>
    </message>
    <message>
        <source>SRV records of %1</source>
        <translation>enregistrements SRV de %1</translation>
    </message>
    <message>
        <source>%1: no mail service records</source>
        <translation>%1 : aucun enregistrement de service de courrier</translation>
    </message>
    <message>
        <source>the DNS records point to servers outside %1; make sure they belong to your provider before entering a password</source>
        <translation>les enregistrements DNS pointent vers des serveurs hors de %1 ; assurez-vous qu’ils appartiennent à votre fournisseur avant de saisir un mot de passe</translation>
    </message>
    <message>
        <source>%1: %2 mail service records</source>
        <translation>%1 : %2 enregistrements de service de courrier</translation>
    </message>
    <message>
        <source>MX record of %1</source>
        <translation>enregistrement MX de %1</translation>
    </message>
    <message>
        <source>%1: no MX record</source>
        <translation>%1 : pas d’enregistrement MX</translation>
    </message>
    <message>
        <source>%1: mail is received by %2, within the domain itself</source>
        <translation>%1 : le courrier est reçu par %2, dans le domaine lui-même</translation>
    </message>
    <message>
        <source>%1: mail is received by %2; asking the provider database about %3</source>
        <translation>%1 : le courrier est reçu par %2 ; interrogation de la base de fournisseurs pour %3</translation>
    </message>
    <message>
        <source>found because %1 receives the mail for %2</source>
        <translation>trouvé parce que %1 reçoit le courrier de %2</translation>
    </message>
    <message>
        <source>servers tried under %1</source>
        <translation>serveurs essayés sous %1</translation>
    </message>
    <message>
        <source>%1: no likely server name answered with encryption</source>
        <translation>%1 : aucun nom de serveur probable n’a répondu avec chiffrement</translation>
    </message>
    <message>
        <source>guessed: these servers answered, but nothing says they are your provider&apos;s; check them before entering a password</source>
        <translation>supposé : ces serveurs ont répondu, mais rien n’indique qu’ils sont ceux de votre fournisseur ; vérifiez-les avant de saisir un mot de passe</translation>
    </message>
    <message>
        <source>%1: %2 of %3 likely servers answered</source>
        <translation>%1 : %2 serveurs probables sur %3 ont répondu</translation>
    </message>
    <message>
        <source>%1: likely server names were not tried: no connection checker is set up</source>
        <translation>%1 : les noms de serveur probables n’ont pas été essayés : aucune vérification des connexions n’est configurée</translation>
    </message>
</context>
<context>
    <name>mailsetup::MobileconfigExporter</name>
    <message>
        <source>Apple configuration profile for Mail (.mobileconfig)</source>
        <translation>Profil de configuration Apple pour Mail (.mobileconfig)</translation>
    </message>
    <message>
        <source>With --format mobileconfig: sign the profile with this certificate (PEM; the rest of its chain may follow it in the file), so macOS shows who made it.</source>
        <translation>Avec --format mobileconfig : signer le profil avec ce certificat (PEM ; le reste de sa chaîne peut le suivre dans le fichier), pour que macOS montre qui l’a créé.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>With --format mobileconfig: the private key (PEM) of the --sign-cert certificate.</source>
        <translation>Avec --format mobileconfig : la clé privée (PEM) du certificat de --sign-cert.</translation>
    </message>
    <message>
        <source>With --format mobileconfig: sign with the certificate and key in this PKCS#12 (.p12) file.</source>
        <translation>Avec --format mobileconfig : signer avec le certificat et la clé de ce fichier PKCS#12 (.p12).</translation>
    </message>
    <message>
        <source>With --sign-p12: read the .p12 file&apos;s password from the first line of standard input (it is never taken as an argument, written or logged).</source>
        <translation>Avec --sign-p12 : lire le mot de passe du fichier .p12 sur la première ligne de l’entrée standard (il n’est jamais pris en argument, écrit ni journalisé).</translation>
    </message>
    <message>
        <source>With --format mobileconfig, on a Mac: open the written profile with macOS&apos;s own installer and say where to approve it.</source>
        <translation>Avec --format mobileconfig, sur un Mac : ouvrir le profil écrit avec l’installateur de macOS et indiquer où l’approuver.</translation>
    </message>
    <message>
        <source>--open works on a Mac only. Copy the file to the Mac and double-click it there.</source>
        <translation>--open ne fonctionne que sur un Mac. Copiez le fichier sur le Mac et double-cliquez dessus.</translation>
    </message>
</context>
<context>
    <name>mailsetup::MuttAdapter</name>
    <message>
        <source>%1 settings (%2)</source>
        <translation>réglages de %1 (%2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1, not set up yet (new file %2)</source>
        <translation>%1, pas encore configuré (nouveau fichier %2)</translation>
    </message>
    <message>
        <source>%1 is running. Quit it (press q, in every terminal where it runs), then try again: it reads %2 only when it starts, and would go on using the old servers.</source>
        <translation>%1 est ouvert. Quittez-le (appuyez sur q, dans chaque terminal où il tourne), puis réessayez : il ne lit %2 qu’au démarrage et continuerait à utiliser les anciens serveurs.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is a link to %2; that file is changed.</source>
        <translation>%1 est un lien vers %2 ; c’est ce fichier qui est modifié.</translation>
    </message>
</context>
<context>
    <name>mailsetup::MuttrcFile</name>
    <message>
        <source>the last line ends with &apos;\&apos;, which joins it to a line that does not exist</source>
        <translation>la dernière ligne se termine par &apos;\&apos;, ce qui la joint à une ligne inexistante</translation>
    </message>
</context>
<context>
    <name>mailsetup::Netscape4Adapter</name>
    <message>
        <source>Netscape Communicator 4 settings (%1)</source>
        <translation>Réglages de Netscape Communicator 4 (%1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Netscape is running (%1). Quit Netscape (File &gt; Exit) and wait until all its windows have closed, then try again: Netscape reads its settings when it starts and writes them all back when it quits, which would undo the changes.</source>
        <translation>Netscape est ouvert (%1). Quittez Netscape (File &gt; Exit) et attendez que toutes ses fenêtres soient fermées, puis réessayez : Netscape lit ses réglages au démarrage et les réécrit tous en quittant, ce qui annulerait les modifications.</translation>
    </message>
    <message>
        <source>%1 holds no Netscape preferences file (preferences.js or prefs.js); start and quit Netscape once, then try again.</source>
        <translation>%1 ne contient pas de fichier de préférences Netscape (preferences.js ou prefs.js) ; démarrez et quittez Netscape une fois, puis réessayez.</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation>%1. Mail Setup ne réécrit pas un fichier qu’il ne peut pas lire entièrement.</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 has a single mail account, and it is set up for %1. Mail Setup cannot set up receiving mail for %2 in Netscape 4, so changing only the sending part would mix two accounts. If %2 should replace %1, change the address in Edit &gt; Preferences &gt; Mail &amp; Newsgroups &gt; Identity first, then run Mail Setup again.</source>
        <translation>Netscape Communicator 4 n’a qu’un seul compte de messagerie, configuré pour %1. Mail Setup ne peut pas configurer la réception pour %2 dans Netscape 4 ; ne modifier que l’envoi mélangerait deux comptes. Si %2 doit remplacer %1, changez d’abord l’adresse dans Edit &gt; Preferences &gt; Mail &amp; Newsgroups &gt; Identity, puis relancez Mail Setup.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>une autre adresse</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 has no mail account for %1, and %2 sets up outgoing mail only. Set up the account in Netscape first, then run Mail Setup again.</source>
        <translation>Netscape Communicator 4 n’a pas de compte de messagerie pour %1, et %2 ne configure que le courrier sortant. Configurez d’abord le compte dans Netscape, puis relancez Mail Setup.</translation>
    </message>
    <message>
        <source>Sending from %1 is already set up as %2 describes.</source>
        <translation>L’envoi depuis %1 est déjà configuré comme %2 le décrit.</translation>
    </message>
    <message>
        <source>Set up Netscape&apos;s mail account for %1 (sending only)</source>
        <translation>Configurer le compte de messagerie Netscape pour %1 (envoi seulement)</translation>
    </message>
    <message>
        <source>Update Netscape&apos;s mail account for %1 (sending only)</source>
        <translation>Mettre à jour le compte de messagerie Netscape pour %1 (envoi seulement)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1, &quot;Use SSL or TLS: Always&quot;</source>
        <translation>Courrier sortant (SMTP) : %1, « Use SSL or TLS: Always »</translation>
    </message>
    <message>
        <source>Netscape 4 always sends to port 25, which some internet providers block; if sending fails, ask your internet provider or use a newer mail program. It speaks only SSL 3 and TLS 1.0: a server that no longer accepts these refuses the connection, and Netscape then reports an error rather than sending unencrypted.</source>
        <translation>Netscape 4 envoie toujours sur le port 25, que certains fournisseurs d’accès bloquent ; si l’envoi échoue, demandez à votre fournisseur d’accès ou utilisez un logiciel plus récent. Il ne parle que SSL 3 et TLS 1.0 : un serveur qui ne les accepte plus refuse la connexion, et Netscape signale alors une erreur plutôt que d’envoyer sans chiffrement.</translation>
    </message>
</context>
<context>
    <name>mailsetup::NssTrustStore</name>
    <message>
        <source>the certificate database of %1 in %2</source>
        <translation>la base de certificats de %1 dans %2</translation>
    </message>
    <message>
        <source>%1 is running on %2 (%3); close it first, then try again. Nothing was changed</source>
        <translation>%1 est ouvert sur %2 (%3) ; fermez-le d’abord, puis réessayez. Rien n’a été modifié</translation>
    </message>
    <message>
        <source>certutil (package libnss3-tools) is not installed, so %1 cannot be read</source>
        <translation>certutil (paquet libnss3-tools) n’est pas installé, %1 ne peut donc pas être lu</translation>
    </message>
    <message>
        <source>%1 trusts %2 (nickname &quot;%3&quot;, trust %4)</source>
        <translation>%1 fait confiance à %2 (surnom « %3 », confiance %4)</translation>
    </message>
    <message>
        <source>%1 holds %2 as &quot;%3&quot; but does not trust it for mail servers (trust %4)</source>
        <translation>%1 contient %2 sous « %3 » mais ne lui fait pas confiance pour les serveurs de courrier (confiance %4)</translation>
    </message>
    <message>
        <source>%1 does not hold %2</source>
        <translation>%1 ne contient pas %2</translation>
    </message>
    <message>
        <source>%1 now trusts %2 (nickname &quot;%3&quot;, trust was %4)</source>
        <translation>%1 fait désormais confiance à %2 (surnom « %3 », la confiance était %4)</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>impossible d’écrire un fichier temporaire</translation>
    </message>
    <message>
        <source>%1 (added by Mail Setup)</source>
        <translation>%1 (ajouté par Mail Setup)</translation>
    </message>
    <message>
        <source>certutil added %1 but %2 does not show it trusted: %3</source>
        <translation>certutil a ajouté %1 mais %2 ne l’indique pas comme approuvé : %3</translation>
    </message>
    <message>
        <source>%1 now trusts %2 (nickname &quot;%3&quot;)</source>
        <translation>%1 fait désormais confiance à %2 (surnom « %3 »)</translation>
    </message>
    <message>
        <source>vfychain (package libnss3-tools) is not installed</source>
        <translation>vfychain (paquet libnss3-tools) n’est pas installé</translation>
    </message>
    <message>
        <source>NSS trusts a certificate issued by %1 through %2</source>
        <translation>NSS fait confiance à un certificat émis par %1 via %2</translation>
    </message>
    <message>
        <source>NSS does not trust a certificate issued by %1 through %2: %3</source>
        <translation>NSS ne fait pas confiance à un certificat émis par %1 via %2 : %3</translation>
    </message>
    <message>
        <source>%1 no longer holds %2; nothing to remove</source>
        <translation>%1 ne contient plus %2 ; rien à retirer</translation>
    </message>
    <message>
        <source>%1 holds %2 under another name (&quot;%3&quot;) than Mail Setup gave it; it is left alone</source>
        <translation>%1 contient %2 sous un autre nom (« %3 ») que celui donné par Mail Setup ; il n’est pas touché</translation>
    </message>
    <message>
        <source>%1 no longer holds %2</source>
        <translation>%1 ne contient plus %2</translation>
    </message>
    <message>
        <source>%1 keeps %2 with its old trust %3 again</source>
        <translation>%1 garde de nouveau %2 avec son ancienne confiance %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry Mail Setup adds; nothing was removed</source>
        <translation>« %1 » n’est pas une entrée ajoutée par Mail Setup ; rien n’a été retiré</translation>
    </message>
</context>
<context>
    <name>mailsetup::OeAccountAdapter</name>
    <message>
        <source>%1 is running (%2). Close it (File &gt; Exit), then try again; it reads its account files only when it starts and writes them back when it quits.</source>
        <translation>%1 est ouvert (%2). Fermez-le (Fichier &gt; Quitter), puis réessayez ; il ne lit ses fichiers de comptes qu’au démarrage et les réécrit en quittant.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not change accounts it cannot read completely.</source>
        <translation>%1. Mail Setup ne modifie pas des comptes qu’il ne peut pas lire entièrement.</translation>
    </message>
    <message>
        <source>%1 has one switch, &quot;This server requires a secure connection (SSL)&quot;; whether it then uses STARTTLS on port %2 is not confirmed. Port 465 (SSL/TLS) is certain to work.</source>
        <translation>%1 a un seul interrupteur, « Ce serveur nécessite une connexion sécurisée (SSL) » ; qu’il utilise alors STARTTLS sur le port %2 n’est pas confirmé. Le port 465 (SSL/TLS) fonctionne à coup sûr.</translation>
    </message>
    <message>
        <source>%1 asks for the password when it first connects.</source>
        <translation>%1 demande le mot de passe à la première connexion.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>This account receives mail by %1; %2 offers %3, so its incoming server was left as it is.</source>
        <translation>Ce compte reçoit le courrier par %1 ; %2 propose %3, son serveur entrant est donc resté tel quel.</translation>
    </message>
    <message>
        <source>Update the %1 account %2 (%3).</source>
        <translation>Mettre à jour le compte %1 %2 (%3).</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only, and no %2 account sends from %3. Add the account in %2 first, then try again.</source>
        <translation>%1 ne configure que le courrier sortant, et aucun compte %2 n’envoie depuis %3. Ajoutez d’abord le compte dans %2, puis réessayez.</translation>
    </message>
    <message>
        <source>Add a %1 account for %2: %1 takes it over the next time it starts.</source>
        <translation>Ajouter un compte %1 pour %2 : %1 le reprend à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>mailsetup::OeAccountFile</name>
    <message>
        <source>line 1: the text is not valid Unicode</source>
        <translation>ligne 1 : le texte n’est pas de l’Unicode valide</translation>
    </message>
    <message>
        <source>line %1: the root element is &lt;%2&gt;, not &lt;MessageAccount&gt;</source>
        <translation>ligne %1 : l’élément racine est &lt;%2&gt;, pas &lt;MessageAccount&gt;</translation>
    </message>
    <message>
        <source>line %1: &lt;%2&gt; has no type attribute</source>
        <translation>ligne %1 : &lt;%2&gt; n’a pas d’attribut type</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>mailsetup::OutlookAdapter</name>
    <message>
        <source>registry</source>
        <translation>registre</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;</source>
        <translation>%1, profil « %2 »</translation>
    </message>
    <message>
        <source>Outlook 97-2000, Internet Mail Only</source>
        <translation>Outlook 97-2000, Messagerie Internet uniquement</translation>
    </message>
    <message>
        <source>Outlook, no mail profile yet</source>
        <translation>Outlook, pas encore de profil de messagerie</translation>
    </message>
    <message>
        <source>Microsoft Outlook is running (%1). Close it (File, Exit) and wait until it has gone from the taskbar, then try again: it keeps its accounts in memory and would undo the changes.</source>
        <translation>Microsoft Outlook est ouvert (%1). Fermez-le (Fichier, Quitter) et attendez qu’il ait disparu de la barre des tâches, puis réessayez : il garde ses comptes en mémoire et annulerait les modifications.</translation>
    </message>
    <message>
        <source>Outlook has no mail profile yet. Quit Outlook, then run outlook.exe /importprf &quot;&lt;the .prf file Mail Setup writes for Outlook&gt;&quot;: it creates the profile with the account.</source>
        <translation>Outlook n’a pas encore de profil de messagerie. Quittez Outlook, puis lancez outlook.exe /importprf &quot;&lt;le fichier .prf que Mail Setup écrit pour Outlook&gt;&quot; : cela crée le profil avec le compte.</translation>
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
        <translation>registre</translation>
    </message>
    <message>
        <source>Outlook Express is running (%1). Close it (File, Exit), then try again: it writes its account settings back when it closes and would undo the changes.</source>
        <translation>Outlook Express est ouvert (%1). Fermez-le (Fichier, Quitter), puis réessayez : il réécrit les réglages de ses comptes en se fermant et annulerait les modifications.</translation>
    </message>
    <message>
        <source>Outlook Express has not been set up for this identity yet. Start it once and let it create a mail account (any details will do), close it, then run Mail Setup again.</source>
        <translation>Outlook Express n’a pas encore été configuré pour cette identité. Démarrez-le une fois et laissez-le créer un compte de messagerie (n’importe quelles informations conviennent), fermez-le, puis relancez Mail Setup.</translation>
    </message>
</context>
<context>
    <name>mailsetup::OutlookPrfExporter</name>
    <message>
        <source>Quit Outlook, then run: outlook.exe /importprf &quot;&lt;this file&gt;&quot;. Outlook adds the account to your default profile and asks for the password when it first connects.</source>
        <translation>Quittez Outlook, puis lancez : outlook.exe /importprf &quot;&lt;ce fichier&gt;&quot;. Outlook ajoute le compte à votre profil par défaut et demande le mot de passe à la première connexion.</translation>
    </message>
</context>
<context>
    <name>mailsetup::PineAdapter</name>
    <message>
        <source>~/.pinerc (not created yet)</source>
        <translation>~/.pinerc (pas encore créé)</translation>
    </message>
    <message>
        <source>Alpine is running (%1). Quit Alpine (press Q, then Y) in every window, then try again: Alpine rewrites %2 from its own copy of the settings and would undo the changes.</source>
        <translation>Alpine est ouvert (%1). Quittez Alpine (appuyez sur Q, puis Y) dans chaque fenêtre, puis réessayez : Alpine réécrit %2 à partir de sa propre copie des réglages et annulerait les modifications.</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>le dossier de %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1. Alpine skips such a line, so a setting meant there has no effect; Mail Setup does not rewrite a file it cannot read completely. Correct or delete the line (a setting is name=value), then try again.</source>
        <translation>%1. Alpine ignore une telle ligne, un réglage prévu là n’a donc aucun effet ; Mail Setup ne réécrit pas un fichier qu’il ne peut pas lire entièrement. Corrigez ou supprimez la ligne (un réglage s’écrit nom=valeur), puis réessayez.</translation>
    </message>
    <message>
        <source>Create %1; Alpine adds its other settings the next time it saves it.</source>
        <translation>Créer %1 ; Alpine y ajoute ses autres réglages au prochain enregistrement.</translation>
    </message>
</context>
<context>
    <name>mailsetup::Planner</name>
    <message>
        <source>This version of %1 cannot require STARTTLS for incoming mail: it knows only SSL/TLS on or off, and would connect to %2 port %3 without encryption. Choose the SSL/TLS port (995 for POP3, 993 for IMAP) if %4 offers it, or use a newer mail program.</source>
        <translation>Cette version de %1 ne peut pas imposer STARTTLS pour le courrier entrant : elle ne connaît que SSL/TLS activé ou non, et se connecterait à %2 port %3 sans chiffrement. Choisissez le port SSL/TLS (995 pour POP3, 993 pour IMAP) si %4 le propose, ou utilisez un logiciel plus récent.</translation>
    </message>
    <message>
        <source>This version of %1 can log in to %2 only with a normal or an encrypted password, but %3 asks for %4.</source>
        <translation>Cette version de %1 ne peut s’identifier sur %2 qu’avec un mot de passe normal ou chiffré, mais %3 demande %4.</translation>
    </message>
    <message>
        <source>Change the outgoing server %1 to %2</source>
        <translation>Modifier le serveur sortant %1 en %2</translation>
    </message>
    <message>
        <source>Use the existing outgoing server %1, set to %2</source>
        <translation>Utiliser le serveur sortant existant %1, réglé sur %2</translation>
    </message>
    <message>
        <source>The outgoing server %1 is shared with other accounts, so it stays as it is; this account gets its own (%2).</source>
        <translation>Le serveur sortant %1 est partagé avec d’autres comptes, il reste donc tel quel ; ce compte reçoit le sien (%2).</translation>
    </message>
    <message>
        <source>Add the outgoing server %1: %2</source>
        <translation>Ajouter le serveur sortant %1 : %2</translation>
    </message>
    <message>
        <source>Update the existing account %1 (%2)</source>
        <translation>Mettre à jour le compte existant %1 (%2)</translation>
    </message>
    <message>
        <source>Incoming mail (%1): %2</source>
        <translation>Courrier entrant (%1) : %2</translation>
    </message>
    <message>
        <source>This account receives mail by %1, but %2 sets up %3. The kind of an existing account cannot be changed without moving its folders, so its incoming server was left as it is.</source>
        <translation>Ce compte reçoit le courrier par %1, mais %2 configure %3. Le type d’un compte existant ne peut pas changer sans déplacer ses dossiers ; son serveur entrant est donc resté tel quel.</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; the incoming server stays as it is.</source>
        <translation>%1 ne configure que le courrier sortant ; le serveur entrant reste tel quel.</translation>
    </message>
    <message>
        <source>%1 has no account for %2, and %3 sets up outgoing mail only. Add the account in %1 first, then run Mail Setup again.</source>
        <translation>%1 n’a pas de compte pour %2, et %3 ne configure que le courrier sortant. Ajoutez d’abord le compte dans %1, puis relancez Mail Setup.</translation>
    </message>
    <message>
        <source>Add a new account for %1</source>
        <translation>Ajouter un nouveau compte pour %1</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1</source>
        <translation>Courrier sortant (SMTP) : %1</translation>
    </message>
    <message>
        <source>New POP3 accounts keep a copy of each message on the server, so trying Mail Setup cannot lose mail. You can change this in the account settings.</source>
        <translation>Les nouveaux comptes POP3 gardent une copie de chaque message sur le serveur, pour qu’essayer Mail Setup ne fasse perdre aucun courrier. Vous pouvez changer cela dans les réglages du compte.</translation>
    </message>
    <message>
        <source>%1 also appears in account %2, which was left as it is.</source>
        <translation>%1 apparaît aussi dans le compte %2, qui est resté tel quel.</translation>
    </message>
    <message>
        <source>%1 is already set up as %2 describes.</source>
        <translation>%1 est déjà configuré comme %2 le décrit.</translation>
    </message>
    <message>
        <source>Claws Mail has no account for %1, and %2 sets up outgoing mail only. Add the account in Claws Mail first, then run Mail Setup again.</source>
        <translation>Claws Mail n’a pas de compte pour %1, et %2 ne configure que le courrier sortant. Ajoutez d’abord le compte dans Claws Mail, puis relancez Mail Setup.</translation>
    </message>
    <message>
        <source>[%1] (new): incoming mail (%2) %3</source>
        <translation>[%1] (nouveau) : courrier entrant (%2) %3</translation>
    </message>
    <message>
        <source>[%1] (new): outgoing mail (SMTP) %2</source>
        <translation>[%1] (nouveau) : courrier sortant (SMTP) %2</translation>
    </message>
    <message>
        <source>Add a new account for %1 ([%2])</source>
        <translation>Ajouter un nouveau compte pour %1 ([%2])</translation>
    </message>
    <message>
        <source>Update the existing account %1 ([%2])</source>
        <translation>Mettre à jour le compte existant %1 ([%2])</translation>
    </message>
    <message>
        <source>This account does not receive mail by %1, which %2 sets up. The kind of an existing account cannot be changed without moving its folders, so its incoming server was left as it is.</source>
        <translation>Ce compte ne reçoit pas le courrier par %1, que %2 configure. Le type d’un compte existant ne peut pas changer sans déplacer ses dossiers ; son serveur entrant est donc resté tel quel.</translation>
    </message>
    <message>
        <source>%1 also appears in [%2], which was left as it is.</source>
        <translation>%1 apparaît aussi dans [%2], qui est resté tel quel.</translation>
    </message>
    <message>
        <source>Claws Mail asks for the password the first time it connects.</source>
        <translation>Claws Mail demande le mot de passe à la première connexion.</translation>
    </message>
    <message>
        <source>Evolution would have to connect to %1 without encryption, which Mail Setup never sets up.</source>
        <translation>Evolution devrait se connecter à %1 sans chiffrement, ce que Mail Setup ne configure jamais.</translation>
    </message>
    <message>
        <source>Evolution cannot log in to %1 with %2 from settings files alone; set this account up in Evolution itself (Edit &gt; Accounts).</source>
        <translation>Evolution ne peut pas s’identifier sur %1 avec %2 à partir des seuls fichiers de réglages ; configurez ce compte dans Evolution lui-même (Édition &gt; Comptes).</translation>
    </message>
    <message>
        <source>outgoing server (SMTP): %1</source>
        <translation>serveur sortant (SMTP) : %1</translation>
    </message>
    <message>
        <source>Evolution has no account for %1, and %2 sets up outgoing mail only. Add the account in Evolution first, then run Mail Setup again.</source>
        <translation>Evolution n’a pas de compte pour %1, et %2 ne configure que le courrier sortant. Ajoutez d’abord le compte dans Evolution, puis relancez Mail Setup.</translation>
    </message>
    <message>
        <source>mail account: incoming mail (%1) %2</source>
        <translation>compte de messagerie : courrier entrant (%1) %2</translation>
    </message>
    <message>
        <source>identity: %1</source>
        <translation>identité : %1</translation>
    </message>
    <message>
        <source>The Evolution account for %1 belongs to &quot;%2&quot; (an online account), which sets its servers itself. Change it where that account is managed (for example GNOME Settings &gt; Online Accounts).</source>
        <translation>Le compte Evolution de %1 appartient à « %2 » (un compte en ligne), qui règle lui-même ses serveurs. Modifiez-le là où ce compte est géré (par exemple Paramètres de GNOME &gt; Comptes en ligne).</translation>
    </message>
    <message>
        <source>Add an outgoing server (SMTP) for this account: %1</source>
        <translation>Ajouter un serveur sortant (SMTP) pour ce compte : %1</translation>
    </message>
    <message>
        <source>The outgoing server this account used is shared with other accounts, so it stays as it is; this account gets its own.</source>
        <translation>Le serveur sortant qu’utilisait ce compte est partagé avec d’autres comptes, il reste donc tel quel ; ce compte reçoit le sien.</translation>
    </message>
    <message>
        <source>This account sent mail through &quot;%1&quot;; it now gets its own outgoing server. &quot;%1&quot; stays as it is.</source>
        <translation>Ce compte envoyait le courrier par « %1 » ; il reçoit désormais son propre serveur sortant. « %1 » reste tel quel.</translation>
    </message>
    <message>
        <source>%1 also appears in the account &quot;%2&quot; (%3), which was left as it is.</source>
        <translation>%1 apparaît aussi dans le compte « %2 » (%3), qui est resté tel quel.</translation>
    </message>
    <message>
        <source>Evolution&apos;s background service picks up the changed files within a few seconds. Evolution asks for the password the first time it connects.</source>
        <translation>Le service d’arrière-plan d’Evolution prend en compte les fichiers modifiés en quelques secondes. Evolution demande le mot de passe à la première connexion.</translation>
    </message>
    <message>
        <source>If KMail has a password stored for the outgoing server &quot;%1&quot;, it keeps it. If sending then fails with a log-in error, enter your password again under Settings &gt; Configure KMail... &gt; Accounts &gt; Sending &gt; Modify...</source>
        <translation>Si KMail a un mot de passe enregistré pour le serveur sortant « %1 », il le garde. Si l’envoi échoue ensuite avec une erreur d’identification, saisissez à nouveau votre mot de passe dans Configuration &gt; Configurer KMail… &gt; Comptes &gt; Envoi &gt; Modifier…</translation>
    </message>
    <message>
        <source>The outgoing server &quot;%1&quot; runs a command before sending (%2); it was left as it is. Check that it still suits %3.</source>
        <translation>Le serveur sortant « %1 » lance une commande avant l’envoi (%2) ; il est resté tel quel. Vérifiez qu’elle convient toujours à %3.</translation>
    </message>
    <message>
        <source>no free number for a new outgoing server in %1</source>
        <translation>aucun numéro libre pour un nouveau serveur sortant dans %1</translation>
    </message>
    <message>
        <source>KMail asks for your password the first time it sends through &quot;%1&quot;; it can keep it in KWallet from then on. Mail Setup never writes passwords.</source>
        <translation>KMail demande votre mot de passe la première fois qu’il envoie par « %1 » ; il peut ensuite le garder dans KWallet. Mail Setup n’écrit jamais de mot de passe.</translation>
    </message>
    <message>
        <source>Change the outgoing server &quot;%1&quot; to %2</source>
        <translation>Modifier le serveur sortant « %1 » en %2</translation>
    </message>
    <message>
        <source>Use the existing outgoing server &quot;%1&quot;, set to %2</source>
        <translation>Utiliser le serveur sortant existant « %1 », réglé sur %2</translation>
    </message>
    <message>
        <source>The outgoing server &quot;%1&quot; is not an SMTP server (%2), so it stays as it is; this identity gets a new one.</source>
        <translation>Le serveur sortant « %1 » n’est pas un serveur SMTP (%2), il reste donc tel quel ; cette identité en reçoit un nouveau.</translation>
    </message>
    <message>
        <source>The outgoing server &quot;%1&quot; is shared with other identities, so it stays as it is; this identity gets its own.</source>
        <translation>Le serveur sortant « %1 » est partagé avec d’autres identités, il reste donc tel quel ; cette identité reçoit le sien.</translation>
    </message>
    <message>
        <source>Add the outgoing server &quot;%1&quot;: %2</source>
        <translation>Ajouter le serveur sortant « %1 » : %2</translation>
    </message>
    <message>
        <source>Update the identity &quot;%1&quot; (%2)</source>
        <translation>Mettre à jour l’identité « %1 » (%2)</translation>
    </message>
    <message>
        <source>KMail has no identity for %1, and %2 sets up outgoing mail only. Add the account in KMail first (Settings &gt; Configure KMail &gt; Accounts), then run Mail Setup again.</source>
        <translation>KMail n’a pas d’identité pour %1, et %2 ne configure que le courrier sortant. Ajoutez d’abord le compte dans KMail (Configuration &gt; Configurer KMail &gt; Comptes), puis relancez Mail Setup.</translation>
    </message>
    <message>
        <source>Add a new identity for %1</source>
        <translation>Ajouter une nouvelle identité pour %1</translation>
    </message>
    <message>
        <source>the outgoing server %1 would not be encrypted; Mail Setup does not set that up</source>
        <translation>le serveur sortant %1 ne serait pas chiffré ; Mail Setup ne configure pas cela</translation>
    </message>
    <message>
        <source>KMail cannot log in to %1 with %2. Set up the outgoing server in KMail by hand (Settings &gt; Configure KMail &gt; Accounts &gt; Sending).</source>
        <translation>KMail ne peut pas s’identifier sur %1 avec %2. Configurez le serveur sortant à la main dans KMail (Configuration &gt; Configurer KMail &gt; Comptes &gt; Envoi).</translation>
    </message>
    <message>
        <source>The identity &quot;%1&quot; also has the address %2 and was left as it is; choose the outgoing server &quot;%3&quot; in its settings if it should send the same way.</source>
        <translation>L’identité « %1 » a aussi l’adresse %2 et est restée telle quelle ; choisissez le serveur sortant « %3 » dans ses réglages si elle doit envoyer de la même façon.</translation>
    </message>
    <message>
        <source>KMail already sends mail from %1 as %2 describes.</source>
        <translation>KMail envoie déjà le courrier de %1 comme %2 le décrit.</translation>
    </message>
    <message>
        <source>%1 asks Mutt to log in to %2 with %3. %4 Set up Mutt by hand following %1&apos;s instructions.</source>
        <translation>%1 demande à Mutt de s’identifier sur %2 avec %3. %4 Configurez Mutt à la main en suivant les instructions de %1.</translation>
    </message>
    <message>
        <source>%1 sets from (line %2) to a value that is only known when Mutt starts, so Mail Setup cannot tell whose account this file holds. Write the address into from directly, then try again.</source>
        <translation>%1 donne à from (ligne %2) une valeur connue seulement au démarrage de Mutt ; Mail Setup ne peut donc pas savoir à qui est le compte de ce fichier. Écrivez l’adresse directement dans from, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 holds the account of %2 (from, line %3). Mutt has one account per settings file, and Mail Setup does not replace the account of another address. To use %4 with Mutt here, change from to %4 (or remove that line), then run Mail Setup again.</source>
        <translation>%1 contient le compte de %2 (from, ligne %3). Mutt a un compte par fichier de réglages, et Mail Setup ne remplace pas le compte d’une autre adresse. Pour utiliser %4 avec Mutt ici, changez from en %4 (ou supprimez cette ligne), puis relancez Mail Setup.</translation>
    </message>
    <message>
        <source>Mutt reads mail here by %1, but %2 sets up %3. Mail Setup left the incoming side (spoolfile, folder) as it is; change it by hand if you want to switch.</source>
        <translation>Mutt lit ici le courrier par %1, mais %2 configure %3. Mail Setup a laissé la partie réception (spoolfile, folder) telle quelle ; modifiez-la à la main si vous voulez changer.</translation>
    </message>
    <message>
        <source>spoolfile (line %1) is only known when Mutt starts, so Mail Setup left the incoming side as it is. Incoming mail at %2: %3.</source>
        <translation>spoolfile (ligne %1) n’est connu qu’au démarrage de Mutt ; Mail Setup a donc laissé la partie réception telle quelle. Courrier entrant chez %2 : %3.</translation>
    </message>
    <message>
        <source>Mutt reads mail from %1 on this computer (spoolfile, line %2), which another program fills; Mail Setup left that as it is. Set that program to fetch mail from %3 (%4).</source>
        <translation>Mutt lit le courrier dans %1 sur cet ordinateur (spoolfile, ligne %2), rempli par un autre programme ; Mail Setup l’a laissé tel quel. Réglez ce programme pour qu’il relève le courrier de %3 (%4).</translation>
    </message>
    <message>
        <source>The old %1 (line %2) held a password; the new one does not, so Mutt asks for the password when it connects.</source>
        <translation>L’ancien %1 (ligne %2) contenait un mot de passe ; le nouveau non, Mutt demandera donc le mot de passe à la connexion.</translation>
    </message>
    <message>
        <source>The folders named with + or = on %1 were read against the folder set before them (%2), so they stay on that server. Change them if they should move to %3.</source>
        <translation>Les dossiers nommés avec + ou = dans %1 ont été lus par rapport au folder défini avant eux (%2) ; ils restent donc sur ce serveur. Modifiez-les s’ils doivent passer sur %3.</translation>
    </message>
    <message>
        <source>Line %1 (%2) also sets %3. Mail Setup leaves hooks and ifdef lines alone and changes only the settings Mutt starts with; while that %2 applies, its values are used instead.</source>
        <translation>La ligne %1 (%2) définit aussi %3. Mail Setup ne touche pas aux hooks ni aux lignes ifdef et ne modifie que les réglages avec lesquels Mutt démarre ; tant que ce %2 s’applique, ce sont ses valeurs qui comptent.</translation>
    </message>
    <message>
        <source>The account-hook commands (%1) set connection details for some servers only. Mail Setup leaves hooks alone; what it sets is the default account Mutt starts with.</source>
        <translation>Les commandes account-hook (%1) définissent les paramètres de connexion de certains serveurs seulement. Mail Setup ne touche pas aux hooks ; il règle le compte par défaut avec lequel Mutt démarre.</translation>
    </message>
    <message>
        <source>Other settings files are read on %1 (source); Mail Setup did not look into them. The settings it writes come after, so Mutt uses them.</source>
        <translation>D’autres fichiers de réglages sont lus dans %1 (source) ; Mail Setup ne les a pas examinés. Les réglages qu’il écrit viennent après, Mutt les utilise donc.</translation>
    </message>
    <message>
        <source>Line %1 can stop Mutt reading the rest of this file (finish); Mail Setup put its settings before it.</source>
        <translation>La ligne %1 peut empêcher Mutt de lire la suite de ce fichier (finish) ; Mail Setup a placé ses réglages avant elle.</translation>
    </message>
    <message>
        <source>sendmail is set (line %1); with smtp_url set, Mutt sends through %2 itself and no longer uses that program.</source>
        <translation>sendmail est défini (ligne %1) ; avec smtp_url défini, Mutt envoie lui-même par %2 et n’utilise plus ce programme.</translation>
    </message>
    <message>
        <source>A password is kept in this file (%1); Mail Setup left it as it is. If your password for %2 is different, change or remove it.</source>
        <translation>Un mot de passe est conservé dans ce fichier (%1) ; Mail Setup l’a laissé tel quel. Si votre mot de passe pour %2 est différent, modifiez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1:%2: %3. Mail Setup does not change a file it cannot read completely; correct that line in a text editor, then try again.</source>
        <translation>%1:%2 : %3. Mail Setup ne modifie pas un fichier qu’il ne peut pas lire entièrement ; corrigez cette ligne dans un éditeur de texte, puis réessayez.</translation>
    </message>
    <message>
        <source>Set up %1 in a new settings file</source>
        <translation>Configurer %1 dans un nouveau fichier de réglages</translation>
    </message>
    <message>
        <source>Update the account of %1</source>
        <translation>Mettre à jour le compte de %1</translation>
    </message>
    <message>
        <source>Set up %1 in this file, whose account has no address (from) yet: Mutt has one account per settings file, so its servers are replaced</source>
        <translation>Configurer %1 dans ce fichier, dont le compte n’a pas encore d’adresse (from) : Mutt a un compte par fichier de réglages, ses serveurs sont donc remplacés</translation>
    </message>
    <message>
        <source>Set up %1 in this file (Mutt has one account per settings file)</source>
        <translation>Configurer %1 dans ce fichier (Mutt a un compte par fichier de réglages)</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; Mutt goes on reading mail as it does now.</source>
        <translation>%1 ne configure que le courrier sortant ; Mutt continue à lire le courrier comme avant.</translation>
    </message>
    <message>
        <source>Refuse any connection without encryption (ssl_force_tls)</source>
        <translation>Refuser toute connexion sans chiffrement (ssl_force_tls)</translation>
    </message>
    <message>
        <source>Mutt will also insist on encryption when it reads mail from %1; if that server offers none, reading mail there stops working.</source>
        <translation>Mutt exigera aussi le chiffrement pour lire le courrier de %1 ; si ce serveur n’en propose pas, la lecture du courrier y cessera de fonctionner.</translation>
    </message>
    <message>
        <source>%1: this line starts with a space, which continues %2, but %2 takes a single value and Alpine ignores the line. Join it to the line before or delete it, then try again.</source>
        <translation>%1 : cette ligne commence par une espace, qui prolonge %2, mais %2 ne prend qu’une valeur et Alpine ignore la ligne. Joignez-la à la ligne précédente ou supprimez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>%1: this Alpine settings file sends mail as %2 (a From: header in customized-hdrs). Alpine keeps one identity per settings file, so Mail Setup does not turn it into %3. If this file should now be for %3, remove that header in Alpine (Setup &gt; Config &gt; Customized Headers), quit Alpine and run Mail Setup again.</source>
        <translation>%1 : ce fichier de réglages Alpine envoie le courrier en tant que %2 (un en-tête From: dans customized-hdrs). Alpine a une identité par fichier de réglages ; Mail Setup ne le transforme donc pas en %3. Si ce fichier doit désormais servir à %3, supprimez cet en-tête dans Alpine (Setup &gt; Config &gt; Customized Headers), quittez Alpine et relancez Mail Setup.</translation>
    </message>
    <message>
        <source>%1: this Alpine settings file sends mail from the domain %2 (user-domain). Alpine keeps one identity per settings file, so Mail Setup does not turn it into %3. If this file should now be for %3, clear User Domain in Alpine (Setup &gt; Config), quit Alpine and run Mail Setup again.</source>
        <translation>%1 : ce fichier de réglages Alpine envoie le courrier depuis le domaine %2 (user-domain). Alpine a une identité par fichier de réglages ; Mail Setup ne le transforme donc pas en %3. Si ce fichier doit désormais servir à %3, videz User Domain dans Alpine (Setup &gt; Config), quittez Alpine et relancez Mail Setup.</translation>
    </message>
    <message>
        <source>Your name on outgoing mail: %1</source>
        <translation>Votre nom dans le courrier envoyé : %1</translation>
    </message>
    <message>
        <source>Your name stays &quot;%1&quot; as Alpine has it (personal-name), not &quot;%2&quot;.</source>
        <translation>Votre nom reste « %1 » comme Alpine l’a (personal-name), et non « %2 ».</translation>
    </message>
    <message>
        <source>Send as %1 (your login name at %2)</source>
        <translation>Envoyer en tant que %1 (votre nom de connexion chez %2)</translation>
    </message>
    <message>
        <source>Send as %1 (a From: header, because Alpine would otherwise use your login name)</source>
        <translation>Envoyer en tant que %1 (un en-tête From:, car sinon Alpine utiliserait votre nom de connexion)</translation>
    </message>
    <message>
        <source>Send as %1 (a From: header, because Alpine would otherwise send as %2@%3)</source>
        <translation>Envoyer en tant que %1 (un en-tête From:, car sinon Alpine enverrait en tant que %2@%3)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1, replacing %2</source>
        <translation>Courrier sortant (SMTP) : %1, remplace %2</translation>
    </message>
    <message>
        <source>Alpine had several outgoing servers and tries them in turn when one fails. Only %1 is kept, so a failure cannot quietly send through a server without the protection set up here.</source>
        <translation>Alpine avait plusieurs serveurs sortants et les essaie l’un après l’autre quand l’un échoue. Seul %1 est gardé, pour qu’un échec ne fasse pas envoyer discrètement par un serveur sans la protection réglée ici.</translation>
    </message>
    <message>
        <source>Alpine chooses the log-in method from those the server offers; it cannot be limited to %1.</source>
        <translation>Alpine choisit la méthode d’identification parmi celles que le serveur propose ; on ne peut pas la limiter à %1.</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; Alpine&apos;s INBOX stays as it is.</source>
        <translation>%1 ne configure que le courrier sortant ; l’INBOX d’Alpine reste telle quelle.</translation>
    </message>
    <message>
        <source>Alpine reads your INBOX by %1 (inbox-path), but %2 sets up %3; the INBOX was left as it is, because switching would show a different set of folders.</source>
        <translation>Alpine lit votre INBOX par %1 (inbox-path), mais %2 configure %3 ; l’INBOX est restée telle quelle, car changer afficherait d’autres dossiers.</translation>
    </message>
    <message>
        <source>Until now Alpine read your INBOX on this computer (%1). It now reads it from %2; the messages on this computer stay where they are.</source>
        <translation>Jusqu’ici, Alpine lisait votre INBOX sur cet ordinateur (%1). Il la lit maintenant sur %2 ; les messages de cet ordinateur restent où ils sont.</translation>
    </message>
    <message>
        <source>the system mail spool</source>
        <translation>le spool de courrier du système</translation>
    </message>
    <message>
        <source>Alpine reads a POP3 INBOX on the server: messages are removed there only when you delete and expunge them in Alpine.</source>
        <translation>Alpine lit une INBOX POP3 sur le serveur : les messages n’y sont supprimés que lorsque vous les effacez et les purgez (expunge) dans Alpine.</translation>
    </message>
    <message>
        <source>The settings asked for are not encrypted; Mail Setup never writes a connection that would send your password in the clear.</source>
        <translation>Les réglages demandés ne sont pas chiffrés ; Mail Setup n’écrit jamais une connexion qui enverrait votre mot de passe en clair.</translation>
    </message>
    <message>
        <source>Roles (Setup &gt; Rules &gt; Roles) can name their own outgoing server; they were left as they are.</source>
        <translation>Les rôles (Setup &gt; Rules &gt; Roles) peuvent indiquer leur propre serveur sortant ; ils sont restés tels quels.</translation>
    </message>
    <message>
        <source>Alpine asks for your password when it first connects; Mail Setup never stores it.</source>
        <translation>Alpine demande votre mot de passe à la première connexion ; Mail Setup ne l’enregistre jamais.</translation>
    </message>
</context>
<context>
    <name>mailsetup::PlistDocument</name>
    <message>
        <source>%1 is empty: it holds no settings (a property list file starts with &quot;bplist00&quot; or &quot;&lt;?xml&quot;).</source>
        <translation>%1 est vide : il ne contient aucun réglage (un fichier de liste de propriétés commence par « bplist00 » ou « &lt;?xml »).</translation>
    </message>
    <message>
        <source>%1 is in the old text form of NeXTSTEP and early Mac OS X, which Mail Setup does not read. Open it once in Property List Editor and save it, then try again.</source>
        <translation>%1 est dans l’ancienne forme texte de NeXTSTEP et des premiers Mac OS X, que Mail Setup ne lit pas. Ouvrez-le une fois dans Property List Editor et enregistrez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is not a readable property list: %2</source>
        <translation>%1 n’est pas une liste de propriétés lisible : %2</translation>
    </message>
    <message>
        <source>%1 is a damaged binary property list (it starts like one, but its contents cannot be read).</source>
        <translation>%1 est une liste de propriétés binaire endommagée (elle commence comme telle, mais son contenu est illisible).</translation>
    </message>
    <message>
        <source>%1 is XML but not a property list Mail Setup can read (an element other than plist, dict, array, key, string, integer, real, true, false, date or data, or a value that does not fit its element).</source>
        <translation>%1 est du XML mais pas une liste de propriétés que Mail Setup sait lire (un élément autre que plist, dict, array, key, string, integer, real, true, false, date ou data, ou une valeur qui ne correspond pas à son élément).</translation>
    </message>
</context>
<context>
    <name>mailsetup::ProviderPage</name>
    <message>
        <source>newsgroup %1</source>
        <translation>groupe de discussion %1</translation>
    </message>
    <message>
        <source>&amp;Open a profile file…</source>
        <translation>&amp;Ouvrir un fichier de profil…</translation>
    </message>
    <message>
        <source>Who gave you your email address?</source>
        <translation>Qui vous a donné votre adresse électronique ?</translation>
    </message>
    <message>
        <source>Mail Setup sets up your mail program for your provider&apos;s secure mail servers. Choose your provider from the list.</source>
        <translation>Mail Setup configure votre logiciel de messagerie pour les serveurs de courrier sécurisés de votre fournisseur. Choisissez votre fournisseur dans la liste.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Open a profile file</source>
        <translation>Ouvrir un fichier de profil</translation>
    </message>
    <message>
        <source>Use a provider profile file (.xml) that your provider sent you</source>
        <translation>Utiliser un fichier de profil de fournisseur (.xml) que votre fournisseur vous a envoyé</translation>
    </message>
    <message>
        <source>if your provider is not listed but sent you a profile file (.xml)</source>
        <translation>si votre fournisseur n’est pas dans la liste mais vous a envoyé un fichier de profil (.xml)</translation>
    </message>
    <message>
        <source>Some built-in provider profiles are damaged and are not listed:
%1</source>
        <translation>Certains profils de fournisseurs intégrés sont endommagés et ne sont pas listés :
%1</translation>
    </message>
    <message>
        <source>This file cannot be used as a provider profile. Send this message to your provider:
%1</source>
        <translation>Ce fichier ne peut pas servir de profil de fournisseur. Envoyez ce message à votre fournisseur :
%1</translation>
    </message>
    <message>
        <source>Open a provider profile</source>
        <translation>Ouvrir un profil de fournisseur</translation>
    </message>
    <message>
        <source>Provider profiles (*.xml);;All files (*)</source>
        <translation>Profils de fournisseur (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>for addresses ending in %1</source>
        <translation>pour les adresses se terminant par %1</translation>
    </message>
    <message>
        <source>from the file %1</source>
        <translation>du fichier %1</translation>
    </message>
    <message>
        <source>Choose a provider to see its details.</source>
        <translation>Choisissez un fournisseur pour voir ses détails.</translation>
    </message>
    <message>
        <source>%1 sets up addresses ending in %2.</source>
        <translation>%1 configure les adresses se terminant par %2.</translation>
    </message>
    <message>
        <source>Help from your provider: %1</source>
        <translation>Aide de votre fournisseur : %1</translation>
    </message>
    <message>
        <source>Provider&apos;s instructions: %1</source>
        <translation>Instructions du fournisseur : %1</translation>
    </message>
    <message>
        <source>Parts of this profile that Mail Setup does not use: %1</source>
        <translation>Parties de ce profil que Mail Setup n’utilise pas : %1</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Fournisseur : %1 (%2)</translation>
    </message>
    <message>
        <source>This profile file cannot be used</source>
        <translation>Ce fichier de profil est inutilisable</translation>
    </message>
    <message>
        <source>Nothing was changed. Send this message to your provider, or choose another file.</source>
        <translation>Rien n’a été modifié. Envoyez ce message à votre fournisseur, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>found: %1 (%2)</source>
        <translation>trouvé : %1 (%2)</translation>
    </message>
    <message>
        <source>less trusted: check these settings with your provider</source>
        <translation>moins fiable : vérifiez ces réglages avec votre fournisseur</translation>
    </message>
    <message>
        <source>These settings were not confirmed by your provider (%1). Use them only if your provider&apos;s own instructions say the same.</source>
        <translation>Ces réglages n’ont pas été confirmés par votre fournisseur (%1). Ne les utilisez que si les instructions de votre fournisseur disent la même chose.</translation>
    </message>
    <message>
        <source>This built-in provider profile is damaged and cannot be used:
%1</source>
        <translation>Ce profil de fournisseur intégré est endommagé et ne peut pas être utilisé :
%1</translation>
    </message>
</context>
<context>
    <name>mailsetup::RegFile</name>
    <message>
        <source>the file ends in the middle of a UTF-16 character</source>
        <translation>le fichier se termine au milieu d’un caractère UTF-16</translation>
    </message>
    <message>
        <source>this is not a registry file: the first line must be &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>ce n’est pas un fichier de registre : la première ligne doit être « %1 » ou « %2 »</translation>
    </message>
    <message>
        <source>the key line has no closing ]</source>
        <translation>la ligne de clé n’a pas de ] fermant</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; does not start with a registry root such as HKEY_CURRENT_USER</source>
        <translation>la clé « %1 » ne commence pas par une racine de registre comme HKEY_CURRENT_USER</translation>
    </message>
    <message>
        <source>expected a [key] line, a &quot;name&quot;=value line or a ; comment</source>
        <translation>attendu : une ligne [clé], une ligne &quot;nom&quot;=valeur ou un commentaire ;</translation>
    </message>
    <message>
        <source>a value line must follow a [key] line</source>
        <translation>une ligne de valeur doit suivre une ligne [clé]</translation>
    </message>
    <message>
        <source>the value name has no closing quote</source>
        <translation>le nom de valeur n’a pas de guillemet fermant</translation>
    </message>
    <message>
        <source>expected = after the value name</source>
        <translation>= attendu après le nom de valeur</translation>
    </message>
</context>
<context>
    <name>mailsetup::RegFileRegistry</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>mailsetup::RegistryChange</name>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
</context>
<context>
    <name>mailsetup::ReviewPage</name>
    <message>
        <source>Check the changes</source>
        <translation>Vérifier les modifications</translation>
    </message>
    <message>
        <source>This is everything Mail Setup will change. Click Apply to make the changes; you can undo them afterwards.</source>
        <translation>Voici tout ce que Mail Setup va modifier. Cliquez sur Appliquer pour effectuer les modifications ; vous pourrez les annuler ensuite.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Changes (lines starting with - are removed, + are added):</source>
        <translation>&amp;Modifications (les lignes commençant par - sont retirées, par + ajoutées) :</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Before changing a file, Mail Setup keeps a copy of it in %1</source>
        <translation>Avant de modifier un fichier, Mail Setup en garde une copie dans %1</translation>
    </message>
</context>
<context>
    <name>mailsetup::SeaMonkeyAdapter</name>
    <message>
        <source>the profile folder %1 does not exist</source>
        <translation>le dossier de profil %1 n’existe pas</translation>
    </message>
    <message>
        <source>SeaMonkey (or the Mozilla Suite or Netscape) is running with the profile %1 (%2). Quit it (File &gt; Quit; on Windows also Quick Launch, next to the clock), wait until its windows have closed, then try again. It saves its settings when it quits and would overwrite the changes.</source>
        <translation>SeaMonkey (ou la Mozilla Suite ou Netscape) est ouvert avec le profil %1 (%2). Quittez-le (Fichier &gt; Quitter ; sous Windows, aussi le lancement rapide à côté de l’horloge), attendez que ses fenêtres soient fermées, puis réessayez. Il enregistre ses réglages en quittant et écraserait les modifications.</translation>
    </message>
    <message>
        <source>This profile was last used by %1, which knows older names for the login and encryption settings. Mail Setup writes the old and the current names together, so the account also works after an upgrade to a newer SeaMonkey.</source>
        <translation>Ce profil a été utilisé en dernier par %1, qui connaît d’anciens noms pour les réglages d’identification et de chiffrement. Mail Setup écrit ensemble les anciens et les nouveaux noms, pour que le compte fonctionne aussi après une mise à jour vers un SeaMonkey plus récent.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ServerSettings</name>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
</context>
<context>
    <name>mailsetup::SettingsSheet</name>
    <message>
        <source>no login</source>
        <translation>sans identification</translation>
    </message>
    <message>
        <source>Mail settings for %1 (%2)</source>
        <translation>Réglages de messagerie pour %1 (%2)</translation>
    </message>
    <message>
        <source>normal password (not CRAM-MD5)</source>
        <translation>mot de passe normal (pas CRAM-MD5)</translation>
    </message>
</context>
<context>
    <name>mailsetup::SetupWizard</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language: %1</source>
        <translation>&amp;Langue : %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Mail Setup cannot go on</source>
        <translation>Mail Setup ne peut pas continuer</translation>
    </message>
    <message>
        <source>Nothing was changed. Install Mail Setup again, then try once more.</source>
        <translation>Rien n&apos;a été modifié. Réinstallez Mail Setup, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ThunderbirdAdapter</name>
    <message>
        <source>profile &quot;%1&quot; (%2)</source>
        <translation>profil « %1 » (%2)</translation>
    </message>
    <message>
        <source>the profile folder %1 does not exist</source>
        <translation>le dossier de profil %1 n’existe pas</translation>
    </message>
    <message>
        <source>The Thunderbird profile %1 is in use. %2 Quit Thunderbird (File &gt; Quit), wait until its window has closed, then try again: Thunderbird saves its settings when it quits and would overwrite the changes.</source>
        <translation>Le profil Thunderbird %1 est en cours d’utilisation. %2 Quittez Thunderbird (Fichier &gt; Quitter), attendez que sa fenêtre soit fermée, puis réessayez : Thunderbird enregistre ses réglages en quittant et écraserait les modifications.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ToolResult</name>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 n’a pas pu être lancé</translation>
    </message>
    <message>
        <source>%1 exited with %2</source>
        <translation>%1 s’est terminé avec le code de sortie %2</translation>
    </message>
    <message>
        <source>%1 exited with %2: %3</source>
        <translation>%1 s’est terminé avec le code de sortie %2 : %3</translation>
    </message>
</context>
<context>
    <name>mailsetup::TrustAnchor</name>
    <message>
        <source>%1: the provider profile pins no SHA-256 fingerprint for this certificate, so there is nothing to compare it with; it is not installed</source>
        <translation>%1 : le profil du fournisseur n’impose aucune empreinte SHA-256 pour ce certificat, il n’y a donc rien à comparer ; il n’est pas installé</translation>
    </message>
    <message>
        <source>%1 is not the certificate the provider pinned: its fingerprint is %2, the profile expects %3. It may carry the same name (%4) but it is a different certificate; it is not installed</source>
        <translation>%1 n’est pas le certificat imposé par le fournisseur : son empreinte est %2, le profil attend %3. Il porte peut-être le même nom (%4), mais c’est un autre certificat ; il n’est pas installé</translation>
    </message>
    <message>
        <source>%1 (%2) is not a certificate authority (it lacks &quot;CA:TRUE&quot;), so it cannot vouch for mail servers; it is not installed</source>
        <translation>%1 (%2) n’est pas une autorité de certification (il lui manque « CA:TRUE »), il ne peut donc pas garantir des serveurs de courrier ; il n’est pas installé</translation>
    </message>
    <message>
        <source>%1 (%2) is not a root certificate: it is issued by %3. Only the root goes into a trust store; it is not installed</source>
        <translation>%1 (%2) n’est pas un certificat racine : il est émis par %3. Seule la racine va dans un magasin de confiance ; il n’est pas installé</translation>
    </message>
    <message>
        <source>%1 (%2) expired on %3; it is not installed</source>
        <translation>%1 (%2) a expiré le %3 ; il n’est pas installé</translation>
    </message>
    <message>
        <source>%1 (%2) is not valid before %3; it is not installed</source>
        <translation>%1 (%2) n’est pas valable avant le %3 ; il n’est pas installé</translation>
    </message>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation>impossible de lire le certificat %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be one certificate</source>
        <translation>%1 est trop grand pour être un seul certificat</translation>
    </message>
    <message>
        <source>%1: %2; nothing is installed</source>
        <translation>%1 : %2 ; rien n’est installé</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2 (UTC)</source>
        <translation>Valable du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>the certificate %1 is installed only after you have compared its fingerprint with the one your provider publishes: %2</source>
        <translation>le certificat %1 n’est installé qu’après que vous avez comparé son empreinte avec celle que publie votre fournisseur : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits); the certificate %2 has %3</source>
        <translation>« %1 » n’est pas une empreinte SHA-256 (64 chiffres hexadécimaux) ; le certificat %2 a %3</translation>
    </message>
    <message>
        <source>the fingerprint you confirmed (%1) is not the one of the certificate %2 (%3); nothing is installed</source>
        <translation>l’empreinte que vous avez confirmée (%1) n’est pas celle du certificat %2 (%3) ; rien n’est installé</translation>
    </message>
</context>
<context>
    <name>mailsetup::TrustInstallLog</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>mailsetup::iam</name>
    <message>
        <source>%1 has no setting that requires STARTTLS: its &quot;This server requires a secure connection (SSL)&quot; box means SSL/TLS from the first byte (port %2 needs STARTTLS). Choose the provider&apos;s SSL/TLS port instead, for example --outgoing-port 465 or --incoming-port 995.</source>
        <translation>%1 n’a aucun réglage qui impose STARTTLS : sa case « Ce serveur nécessite une connexion sécurisée (SSL) » signifie SSL/TLS dès le premier octet (le port %2 demande STARTTLS). Choisissez plutôt le port SSL/TLS du fournisseur, par exemple --outgoing-port 465 ou --incoming-port 995.</translation>
    </message>
    <message>
        <source>%1: the %2 server would not be encrypted; Mail Setup does not write that.</source>
        <translation>%1 : le serveur %2 ne serait pas chiffré ; Mail Setup n’écrit pas cela.</translation>
    </message>
    <message>
        <source>%1 cannot log in to %2 with %3; it knows only a normal password and Secure Password Authentication.</source>
        <translation>%1 ne peut pas s’identifier sur %2 avec %3 ; il ne connaît que le mot de passe normal et l’authentification par mot de passe sécurisé (SPA).</translation>
    </message>
    <message>
        <source>The account receives mail with %1 from %2; Mail Setup left that as it is (the provider&apos;s %3 server is %4).</source>
        <translation>Le compte reçoit le courrier en %1 depuis %2 ; Mail Setup l’a laissé tel quel (le serveur %3 du fournisseur est %4).</translation>
    </message>
    <message>
        <source>New %1 account %2 for %3 (registry key %4)</source>
        <translation>Nouveau compte %1 %2 pour %3 (clé de registre %4)</translation>
    </message>
    <message>
        <source>Account %1 (%2) updated</source>
        <translation>Compte %1 (%2) mis à jour</translation>
    </message>
    <message>
        <source>Outgoing: %1</source>
        <translation>Sortant : %1</translation>
    </message>
    <message>
        <source>Incoming: %1</source>
        <translation>Entrant : %1</translation>
    </message>
    <message>
        <source>%1 asks for the password the first time it sends or receives; Mail Setup never stores passwords.</source>
        <translation>%1 demande le mot de passe au premier envoi ou à la première réception ; Mail Setup n’enregistre jamais de mot de passe.</translation>
    </message>
    <message>
        <source>The default mail account (%1) was left as it is.</source>
        <translation>Le compte de messagerie par défaut (%1) est resté tel quel.</translation>
    </message>
</context>
<context>
    <name>mailsetup::outlook</name>
    <message>
        <source>Add the account with the PRF file Mail Setup writes for Outlook instead: quit Outlook, then run outlook.exe /importprf &quot;&lt;the .prf file&gt;&quot; (the route administrators use).</source>
        <translation>Ajoutez plutôt le compte avec le fichier PRF que Mail Setup écrit pour Outlook : quittez Outlook, puis lancez outlook.exe /importprf &quot;&lt;le fichier .prf&gt;&quot; (la méthode des administrateurs).</translation>
    </message>
    <message>
        <source>The Outlook profile &quot;%1&quot; has no account for %2. Outlook keeps each account together with links to its mail store and address book, which Mail Setup does not create in the registry. %3</source>
        <translation>Le profil Outlook « %1 » n’a pas de compte pour %2. Outlook garde chaque compte avec des liens vers sa banque de messages et son carnet d’adresses, que Mail Setup ne crée pas dans le registre. %3</translation>
    </message>
    <message>
        <source>Writing required STARTTLS for %1 into the registry is not documented by Microsoft; choose the SSL/TLS port (for example --outgoing-port 465), or %2</source>
        <translation>L’écriture de STARTTLS obligatoire pour %1 dans le registre n’est pas documentée par Microsoft ; choisissez le port SSL/TLS (par exemple --outgoing-port 465), ou %2</translation>
    </message>
    <message>
        <source>the %1 server would not be encrypted; Mail Setup does not write that.</source>
        <translation>le serveur %1 ne serait pas chiffré ; Mail Setup n’écrit pas cela.</translation>
    </message>
    <message>
        <source>Outlook&apos;s registry settings cannot log in to %1 with %2.</source>
        <translation>Les réglages de registre d’Outlook ne permettent pas de s’identifier sur %1 avec %2.</translation>
    </message>
    <message>
        <source>The account receives mail with %1; Mail Setup left its incoming server as it is.</source>
        <translation>Le compte reçoit le courrier en %1 ; Mail Setup a laissé son serveur entrant tel quel.</translation>
    </message>
    <message>
        <source>Account %1 (%2) in the profile &quot;%3&quot; updated</source>
        <translation>Compte %1 (%2) du profil « %3 » mis à jour</translation>
    </message>
    <message>
        <source>Outgoing: %1</source>
        <translation>Sortant : %1</translation>
    </message>
    <message>
        <source>Incoming: %1</source>
        <translation>Entrant : %1</translation>
    </message>
    <message>
        <source>Outlook asks for the password the first time it sends; Mail Setup never stores passwords.</source>
        <translation>Outlook demande le mot de passe au premier envoi ; Mail Setup n’enregistre jamais de mot de passe.</translation>
    </message>
</context>
<context>
    <name>mailsetup::trusthelper</name>
    <message>
        <source>mailsetup-trust-helper: unexpected argument &quot;%1&quot;</source>
        <translation>mailsetup-trust-helper : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>usage: mailsetup-trust-helper install|uninstall|status --certificate FILE --sha256 FINGERPRINT</source>
        <translation>utilisation : mailsetup-trust-helper install|uninstall|status --certificate FILE --sha256 FINGERPRINT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits); nothing was changed</source>
        <translation>« %1 » n’est pas une empreinte SHA-256 (64 chiffres hexadécimaux) ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1 is not a file; nothing was changed</source>
        <translation>%1 n’est pas un fichier ; rien n’a été modifié</translation>
    </message>
</context>
</TS>
