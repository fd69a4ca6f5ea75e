<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>mailsetup</name>
    <message>
        <source>Provider profile: a built-in id (see &apos;profiles&apos;) or a file.</source>
        <translation>Perfil del proveedor: un identificador incorporado (véase «profiles») o un archivo.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>The email address to set up.</source>
        <translation>La dirección de correo que se va a configurar.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Your name, as recipients see it.</source>
        <translation>Su nombre, tal como lo ven los destinatarios.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Log-in name, when it is not the one the profile derives.</source>
        <translation>Nombre de usuario, si no es el que deduce el perfil.</translation>
    </message>
    <message>
        <source>Use the profile&apos;s outgoing server on this port.</source>
        <translation>Usar el servidor de salida del perfil en este puerto.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Use the profile&apos;s incoming server on this port.</source>
        <translation>Usar el servidor de entrada del perfil en este puerto.</translation>
    </message>
    <message>
        <source>--%1 needs a port number (1 to 65535)</source>
        <translation>--%1 necesita un número de puerto (1 a 65535)</translation>
    </message>
    <message>
        <source>this command needs --profile and --email</source>
        <translation>esta orden necesita --profile y --email</translation>
    </message>
    <message>
        <source>this command needs --profile</source>
        <translation>esta orden necesita --profile</translation>
    </message>
    <message>
        <source>The provider profile cannot be used:</source>
        <translation>El perfil del proveedor no se puede usar:</translation>
    </message>
    <message>
        <source>Cannot set up %1 with %2: %3</source>
        <translation>No se puede configurar %1 con %2: %3</translation>
    </message>
    <message>
        <source>Run &apos;mailsetup --help&apos; for the commands.</source>
        <translation>Ejecute «mailsetup --help» para ver las órdenes.</translation>
    </message>
    <message>
        <source>No supported mail program with settings was found in %1.</source>
        <translation>No se encontró en %1 ningún programa de correo compatible con configuración.</translation>
    </message>
    <message>
        <source> [default]</source>
        <translation> [predeterminado]</translation>
    </message>
    <message>
        <source>location: %1</source>
        <translation>ubicación: %1</translation>
    </message>
    <message>
        <source>running now: changes are refused until it is closed</source>
        <translation>en ejecución: no se hacen cambios hasta que se cierre</translation>
    </message>
    <message>
        <source>no mail accounts</source>
        <translation>sin cuentas de correo</translation>
    </message>
    <message>
        <source>unknown client &quot;%1&quot; (known: %2)</source>
        <translation>programa desconocido «%1» (conocidos: %2)</translation>
    </message>
    <message>
        <source>no supported mail program with settings was found in %1</source>
        <translation>no se encontró en %1 ningún programa de correo compatible con configuración</translation>
    </message>
    <message>
        <source>%1 is not a mail program&apos;s settings folder that Mail Setup found</source>
        <translation>%1 no es una carpeta de configuración de un programa de correo que Mail Setup haya encontrado</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Prueba: no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <source>Nothing needed to change.</source>
        <translation>No hacía falta cambiar nada.</translation>
    </message>
    <message numerus="yes">
        <source>Done. Changed %n file(s); the previous versions are kept in %1.</source>
        <translation>
            <numerusform>Listo. Se cambió %n archivo; las versiones anteriores se guardan en %1.</numerusform>
            <numerusform>Listo. Se cambiaron %n archivos; las versiones anteriores se guardan en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>To take the change back: mailsetup undo --id %1</source>
        <translation>Para deshacer el cambio: mailsetup undo --id %1</translation>
    </message>
    <message>
        <source>No changes recorded in %1.</source>
        <translation>No hay cambios registrados en %1.</translation>
    </message>
    <message>
        <source>There is no change to undo in %1.</source>
        <translation>No hay ningún cambio que deshacer en %1.</translation>
    </message>
    <message>
        <source>Undo of %1 stopped; nothing was restored: %2</source>
        <translation>Se detuvo la anulación de %1; no se restauró nada: %2</translation>
    </message>
    <message>
        <source>Undid %1.</source>
        <translation>Se deshizo %1.</translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation>%1 restaurado</translation>
    </message>
    <message>
        <source>Mail Setup configures your email programs for your provider&apos;s secure mail servers.

Commands:
  profiles   list the provider profiles built into Mail Setup
  clients    list the mail programs and accounts found on this computer
  apply      set up an account: --profile P --email E [--client C] [--dry-run]
  undo       take back the last change (or --id ID; --list shows them)
</source>
        <translation>Mail Setup configura sus programas de correo para los servidores de correo seguros de su proveedor.

Órdenes:
  profiles   lista los perfiles de proveedores incorporados en Mail Setup
  clients    lista los programas de correo y las cuentas de este equipo
  apply      configura una cuenta: --profile P --email E [--client C] [--dry-run]
  undo       deshace el último cambio (o --id ID; --list los muestra)
</translation>
    </message>
    <message>
        <source>
Each command has its own --help. Without a command, the wizard opens.</source>
        <translation>
Cada orden tiene su propio --help. Sin orden, se abre el asistente.</translation>
    </message>
    <message>
        <source>profiles, clients, apply or undo</source>
        <translation>profiles, clients, apply o undo</translation>
    </message>
    <message>
        <source>Look for mail programs in &lt;dir&gt; instead of your home folder.</source>
        <translation>Buscar programas de correo en &lt;dir&gt; en lugar de su carpeta personal.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Follow the folder layout of &lt;os&gt; (linux, windows, macos) under --home.</source>
        <translation>Seguir la estructura de carpetas de &lt;os&gt; (linux, windows, macos) bajo --home.</translation>
    </message>
    <message>
        <source>os</source>
        <translation>os</translation>
    </message>
    <message>
        <source>Keep backups in &lt;dir&gt;.</source>
        <translation>Guardar las copias de seguridad en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Only this mail program (e.g. thunderbird).</source>
        <translation>Solo este programa de correo (p. ej., thunderbird).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Only this profile folder of the mail program.</source>
        <translation>Solo esta carpeta de perfil del programa de correo.</translation>
    </message>
    <message>
        <source>Show the planned changes and write nothing.</source>
        <translation>Mostrar los cambios previstos sin escribir nada.</translation>
    </message>
    <message>
        <source>With undo: list the recorded changes.</source>
        <translation>Con undo: listar los cambios registrados.</translation>
    </message>
    <message>
        <source>With undo: the change to take back.</source>
        <translation>Con undo: el cambio que se va a deshacer.</translation>
    </message>
    <message>
        <source>With undo: restore files even if they changed since (their current versions are kept).</source>
        <translation>Con undo: restaurar los archivos aunque hayan cambiado desde entonces (se guardan sus versiones actuales).</translation>
    </message>
    <message>
        <source>expected one command: %1</source>
        <translation>se esperaba una sola orden: %1</translation>
    </message>
    <message>
        <source>--os must be linux, windows or macos</source>
        <translation>--os debe ser linux, windows o macos</translation>
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
        <translation>Almacenes (--store):
  system           el almacén propio del equipo (Linux: pide la contraseña de administrador;
                   macOS: el llavero Sistema)
  user             macOS: su llavero de inicio de sesión
  nss              todas las bases de certificados de Thunderbird, SeaMonkey, Firefox y Chromium
                   en su carpeta personal
  nss:DIR          una base de certificados NSS (una carpeta de perfil)
  debian-root:DIR  el almacén Debian/Ubuntu de una imagen de sistema montada en DIR</translation>
    </message>
    <message>
        <source>this Linux system has no certificate store Mail Setup knows (update-ca-certificates, update-ca-trust or p11-kit&apos;s trust)</source>
        <translation>este sistema Linux no tiene ningún almacén de certificados que Mail Setup conozca (update-ca-certificates, update-ca-trust o trust de p11-kit)</translation>
    </message>
    <message>
        <source>the system store of this operating system is changed by the Windows build</source>
        <translation>el almacén del sistema de este sistema operativo lo cambia la versión para Windows</translation>
    </message>
    <message>
        <source>&quot;--store user&quot; is a macOS login keychain or a Windows user store; on Linux use &quot;nss&quot; for your own programs or &quot;system&quot;</source>
        <translation>«--store user» es un llavero de inicio de sesión de macOS o un almacén de usuario de Windows; en Linux use «nss» para sus propios programas o «system»</translation>
    </message>
    <message>
        <source>no Thunderbird, SeaMonkey, Firefox or Chromium certificate database below %1 (a program creates it at its first start)</source>
        <translation>no hay ninguna base de certificados de Thunderbird, SeaMonkey, Firefox o Chromium bajo %1 (un programa la crea la primera vez que se abre)</translation>
    </message>
    <message>
        <source>the NSS database</source>
        <translation>la base de datos NSS</translation>
    </message>
    <message>
        <source>unknown store &quot;%1&quot;</source>
        <translation>almacén desconocido «%1»</translation>
    </message>
    <message>
        <source>Run &apos;mailsetup certificate --help&apos; for the options.</source>
        <translation>Ejecute «mailsetup certificate --help» para ver las opciones.</translation>
    </message>
    <message>
        <source>Shows, installs, checks or removes the root certificate a provider profile pins.
install needs --confirm-fingerprint with the SHA-256 fingerprint you compared with your provider&apos;s.

</source>
        <translation>Muestra, instala, comprueba o quita el certificado raíz que fija un perfil de proveedor.
install necesita --confirm-fingerprint con la huella SHA-256 que comparó con la de su proveedor.

</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>la orden</translation>
    </message>
    <message>
        <source>show, install, verify or uninstall</source>
        <translation>show, install, verify o uninstall</translation>
    </message>
    <message>
        <source>A built-in provider id or a profile file.</source>
        <translation>Un identificador de proveedor incorporado o un archivo de perfil.</translation>
    </message>
    <message>
        <source>Where (see above; default: system).</source>
        <translation>Dónde (véase arriba; predeterminado: system).</translation>
    </message>
    <message>
        <source>store</source>
        <translation>store</translation>
    </message>
    <message>
        <source>The fingerprint you compared (install).</source>
        <translation>La huella que comparó (install).</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>fingerprint</translation>
    </message>
    <message>
        <source>verify: a certificate issued by the root, e.g. the mail server&apos;s (default: the root itself).</source>
        <translation>verify: un certificado emitido por la raíz, p. ej., el del servidor de correo (predeterminado: la propia raíz).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The home folder whose programs to look at (default: yours).</source>
        <translation>La carpeta personal cuyos programas se revisan (predeterminado: la suya).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>say what to do: show, install, verify or uninstall</source>
        <translation>indique qué hacer: show, install, verify o uninstall</translation>
    </message>
    <message>
        <source>certificate needs --profile</source>
        <translation>certificate necesita --profile</translation>
    </message>
    <message>
        <source>The profile %1 names no root certificate to install.</source>
        <translation>El perfil %1 no indica ningún certificado raíz que instalar.</translation>
    </message>
    <message>
        <source>unknown store</source>
        <translation>almacén desconocido</translation>
    </message>
    <message>
        <source>%1 asks your mail programs to trust this root certificate (%2):</source>
        <translation>%1 pide a sus programas de correo que confíen en este certificado raíz (%2):</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint on your provider&apos;s own page, then run again with --confirm-fingerprint %1</source>
        <translation>Compárela con la huella de la página de su proveedor y vuelva a ejecutar con --confirm-fingerprint %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Checks every server of a provider profile from this computer, all at once: can it be reached, does it offer encryption, is its certificate trusted, and (with a password) does the log-in work. Says what is wrong in plain words and which settings to use.</source>
        <translation>Comprueba desde este equipo todos los servidores de un perfil de proveedor a la vez: si responden, si ofrecen cifrado, si su certificado es de confianza y (con contraseña) si funciona el inicio de sesión. Explica con palabras sencillas qué falla y qué ajustes usar.</translation>
    </message>
    <message>
        <source>Your email address (gives the log-in name).</source>
        <translation>Su dirección de correo (de ella sale el nombre de usuario).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input and check the log-in. It is only sent over an encrypted connection to a trusted server, and never shown or saved.</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar y comprobar el inicio de sesión. Solo se envía por una conexión cifrada a un servidor de confianza y nunca se muestra ni se guarda.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Mostrar el informe en JSON.</translation>
    </message>
    <message>
        <source>Give each server at most &lt;seconds&gt; (default %1).</source>
        <translation>Dar a cada servidor como máximo &lt;seconds&gt; (predeterminado %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Check the servers&apos; certificates against this root certificate instead of the profile&apos;s.</source>
        <translation>Comprobar los certificados de los servidores con este certificado raíz en lugar del del perfil.</translation>
    </message>
    <message>
        <source>diagnose needs --profile</source>
        <translation>diagnose necesita --profile</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>«%1» no es una dirección de correo</translation>
    </message>
    <message>
        <source>--password-stdin needs --email, which gives the log-in name</source>
        <translation>--password-stdin necesita --email, que da el nombre de usuario</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds above 0, at most %1</source>
        <translation>--timeout necesita un número de segundos mayor que 0, como máximo %1</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input</source>
        <translation>--password-stdin: no hay contraseña en la entrada estándar</translation>
    </message>
    <message>
        <source>No safe way to use %1 works from this computer: %2</source>
        <translation>Ninguna forma segura de usar %1 funciona desde este equipo: %2</translation>
    </message>
    <message>
        <source>The log-in did not work: %1</source>
        <translation>El inicio de sesión no funcionó: %1</translation>
    </message>
    <message>
        <source>To use it: %1</source>
        <translation>Para usarlo: %1</translation>
    </message>
    <message>
        <source>, user %1</source>
        <translation>, usuario %1</translation>
    </message>
    <message>
        <source>  (not used: no encryption)</source>
        <translation>  (no se usa: sin cifrado)</translation>
    </message>
    <message>
        <source>No settings found for %1.</source>
        <translation>No se encontró configuración para %1.</translation>
    </message>
    <message>
        <source>Settings found for %1, best first. Nothing has been changed.</source>
        <translation>Configuración encontrada para %1, la mejor primero. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>from: %1, %2</source>
        <translation>de: %1, %2</translation>
    </message>
    <message>
        <source>trusted: from the provider or a source Mail Setup trusts</source>
        <translation>de confianza: del proveedor o de una fuente en la que Mail Setup confía</translation>
    </message>
    <message>
        <source>LESS TRUSTED: check these servers before using them</source>
        <translation>MENOS FIABLE: compruebe estos servidores antes de usarlos</translation>
    </message>
    <message>
        <source>incoming: </source>
        <translation>entrada: </translation>
    </message>
    <message>
        <source>outgoing: </source>
        <translation>salida: </translation>
    </message>
    <message>
        <source>root certificate to trust: %1 (SHA-256 %2)</source>
        <translation>certificado raíz en el que confiar: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>nota: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>advertencia: </translation>
    </message>
    <message>
        <source>Where Mail Setup looked:</source>
        <translation>Dónde buscó Mail Setup:</translation>
    </message>
    <message>
        <source>Finds the mail server settings for an email address: the profiles built in, the provider&apos;s own settings file, Thunderbird&apos;s provider database, the domain&apos;s DNS records and, if all else fails, likely server names. Shows every answer with where it came from; changes nothing.</source>
        <translation>Busca la configuración de servidores de correo de una dirección: los perfiles incorporados, el archivo de configuración del propio proveedor, la base de datos de proveedores de Thunderbird, los registros DNS del dominio y, si todo falla, nombres de servidor probables. Muestra cada respuesta con su origen; no cambia nada.</translation>
    </message>
    <message>
        <source>the email address to find settings for</source>
        <translation>la dirección de correo cuya configuración se busca</translation>
    </message>
    <message>
        <source>Print the result as JSON, for scripts.</source>
        <translation>Mostrar el resultado en JSON, para scripts.</translation>
    </message>
    <message>
        <source>Seconds to wait for each source (default 10).</source>
        <translation>Segundos de espera para cada fuente (predeterminado 10).</translation>
    </message>
    <message>
        <source>Only look at the profiles built into Mail Setup.</source>
        <translation>Buscar solo en los perfiles incorporados en Mail Setup.</translation>
    </message>
    <message>
        <source>Usage: mailsetup discover EMAIL [--json] [--timeout SECONDS] [--no-network]</source>
        <translation>Uso: mailsetup discover EMAIL [--json] [--timeout SECONDS] [--no-network]</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds between 0 and 600, not &quot;%1&quot;</source>
        <translation>--timeout espera un número de segundos entre 0 y 600, no «%1»</translation>
    </message>
    <message>
        <source>No settings found for %1; ask your provider for its server names.</source>
        <translation>No se encontró configuración para %1; pida a su proveedor los nombres de sus servidores.</translation>
    </message>
    <message>
        <source>  (none in this build)</source>
        <translation>  (ninguno en esta versión)</translation>
    </message>
    <message>
        <source>Writes a settings file that a mail program imports.

Formats:
</source>
        <translation>Escribe un archivo de configuración que un programa de correo importa.

Formatos:
</translation>
    </message>
    <message>
        <source>The kind of file (see the list above).</source>
        <translation>El tipo de archivo (véase la lista de arriba).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (default: a name that says what it is, in the current folder; - for the screen).</source>
        <translation>Escribir en &lt;file&gt; (predeterminado: un nombre que dice lo que es, en la carpeta actual; - para la pantalla).</translation>
    </message>
    <message>
        <source>export needs --format</source>
        <translation>export necesita --format</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>formato desconocido «%1»</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <source>Cannot make %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Se escribió %1 (%2).</translation>
    </message>
    <message>
        <source>Prints step-by-step instructions for setting up one mail program by hand, in the words of its own menus, with the provider&apos;s notes and helpdesk.

Mail programs:
</source>
        <translation>Muestra instrucciones paso a paso para configurar a mano un programa de correo, con las palabras de sus propios menús, las notas del proveedor y su servicio de ayuda.

Programas de correo:
</translation>
    </message>
    <message>
        <source>The mail program (see the list above).</source>
        <translation>El programa de correo (véase la lista de arriba).</translation>
    </message>
    <message>
        <source>Print an HTML page instead of text.</source>
        <translation>Generar una página HTML en lugar de texto.</translation>
    </message>
    <message>
        <source>instructions needs --client</source>
        <translation>instructions necesita --client</translation>
    </message>
    <message>
        <source>unknown mail program &quot;%1&quot;</source>
        <translation>programa de correo desconocido «%1»</translation>
    </message>
    <message>
        <source>Mail programs:</source>
        <translation>Programas de correo:</translation>
    </message>
    <message>
        <source>Prints the settings sheet: servers, ports, security in plain words, user name, the certificate&apos;s fingerprint and the helpdesk, on one page. It never contains a password.</source>
        <translation>Muestra la hoja de configuración: servidores, puertos, seguridad en palabras sencillas, nombre de usuario, huella del certificado y servicio de ayuda, en una página. Nunca contiene una contraseña.</translation>
    </message>
    <message>
        <source>Write the sheet as a PDF file to &lt;file&gt;.</source>
        <translation>Escribir la hoja como archivo PDF en &lt;file&gt;.</translation>
    </message>
    <message>
        <source>With --pdf: US Letter paper instead of A4.</source>
        <translation>Con --pdf: papel US Letter en lugar de A4.</translation>
    </message>
    <message>
        <source>choose one of --pdf and --html</source>
        <translation>elija --pdf o --html, no ambos</translation>
    </message>
    <message>
        <source>Wrote the settings sheet to %1.</source>
        <translation>Se escribió la hoja de configuración en %1.</translation>
    </message>
    <message>
        <source>this build of Mail Setup cannot make PDF files; use --html and print the page</source>
        <translation>esta versión de Mail Setup no puede crear archivos PDF; use --html e imprima la página</translation>
    </message>
    <message>
        <source>show, install, check or remove the provider&apos;s root certificate</source>
        <translation>mostrar, instalar, comprobar o quitar el certificado raíz del proveedor</translation>
    </message>
    <message>
        <source>check from this computer which servers of a provider work, and why</source>
        <translation>comprobar desde este equipo qué servidores de un proveedor funcionan y por qué</translation>
    </message>
    <message>
        <source>find a provider&apos;s server settings from an email address (changes nothing)</source>
        <translation>buscar la configuración de servidores de un proveedor a partir de una dirección de correo (no cambia nada)</translation>
    </message>
    <message>
        <source>write a settings file for a mail program to import</source>
        <translation>escribir un archivo de configuración para importar en un programa de correo</translation>
    </message>
    <message>
        <source>step-by-step instructions for one mail program</source>
        <translation>instrucciones paso a paso para un programa de correo</translation>
    </message>
    <message>
        <source>the settings sheet: text, HTML or PDF (never a password)</source>
        <translation>la hoja de configuración: texto, HTML o PDF (nunca una contraseña)</translation>
    </message>
    <message>
        <source>mailsetup-trust-helper changes the system&apos;s certificates and runs only as root (through pkexec)</source>
        <translation>mailsetup-trust-helper cambia los certificados del sistema y solo se ejecuta como root (mediante pkexec)</translation>
    </message>
    <message>
        <source>%1; the certificate was taken out of %2 again</source>
        <translation>%1; el certificado se volvió a quitar de %2</translation>
    </message>
    <message>
        <source>%1 trusts %2, but Mail Setup did not add it (it was there before, or someone else added it); it is left alone</source>
        <translation>%1 confía en %2, pero no lo añadió Mail Setup (ya estaba o lo añadió otra persona); no se toca</translation>
    </message>
    <message>
        <source>%1 does not hold %2 from Mail Setup; nothing to remove</source>
        <translation>%1 no contiene %2 de Mail Setup; no hay nada que quitar</translation>
    </message>
    <message>
        <source>%1 already trusts %2; nothing was added</source>
        <translation>%1 ya confía en %2; no se añadió nada</translation>
    </message>
    <message>
        <source>the profile offers no encrypted %1 on port %2</source>
        <translation>el perfil no ofrece %1 cifrado en el puerto %2</translation>
    </message>
    <message>
        <source>the profile offers only unencrypted %1; Mail Setup never sets up a connection that sends your password in the clear</source>
        <translation>el perfil solo ofrece %1 sin cifrar; Mail Setup nunca configura una conexión que envíe su contraseña sin cifrar</translation>
    </message>
    <message>
        <source>outgoing mail (SMTP)</source>
        <translation>correo saliente (SMTP)</translation>
    </message>
    <message>
        <source>the profile %1 has no outgoing server</source>
        <translation>el perfil %1 no tiene servidor de salida</translation>
    </message>
    <message>
        <source>incoming mail</source>
        <translation>correo entrante</translation>
    </message>
    <message>
        <source>the profile %1 offers no such incoming server</source>
        <translation>el perfil %1 no ofrece ese servidor de entrada</translation>
    </message>
    <message>
        <source>Use a configuration profile instead, which sets the account up through macOS itself: make it with &quot;mailsetup export --format mobileconfig&quot; (or the wizard), open it on the Mac and approve it in System Settings &gt; Privacy &amp; Security &gt; Profiles (System Preferences &gt; Profiles before macOS 13).</source>
        <translation>Use en su lugar un perfil de configuración, que configura la cuenta a través del propio macOS: créelo con «mailsetup export --format mobileconfig» (o con el asistente), ábralo en el Mac y apruébelo en Ajustes del Sistema &gt; Privacidad y seguridad &gt; Perfiles (Preferencias del Sistema &gt; Perfiles antes de macOS 13).</translation>
    </message>
    <message>
        <source>This Mac has Mail for Mac OS X 10.7 or later (its data is in %1), which keeps its accounts in the system&apos;s Internet Accounts and rebuilds its own files from them.</source>
        <translation>Este Mac tiene Mail de Mac OS X 10.7 o posterior (sus datos están en %1), que guarda sus cuentas en las Cuentas de Internet del sistema y reconstruye sus propios archivos a partir de ellas.</translation>
    </message>
    <message>
        <source>This Mac has a recent Mail, which keeps its accounts in the system&apos;s Internet Accounts.</source>
        <translation>Este Mac tiene un Mail reciente, que guarda sus cuentas en las Cuentas de Internet del sistema.</translation>
    </message>
    <message>
        <source>%1 belongs to Mail for Mac OS X 10.7 or later, which keeps its accounts in the system&apos;s Internet Accounts and rebuilds this file from them.</source>
        <translation>%1 pertenece a Mail de Mac OS X 10.7 o posterior, que guarda sus cuentas en las Cuentas de Internet del sistema y reconstruye este archivo a partir de ellas.</translation>
    </message>
    <message>
        <source>%1 has no list of Mail accounts (MailAccounts): Mail has not been set up on this Mac yet. Add the account in Mail first (File &gt; Add Account), quit Mail, then run Mail Setup again.</source>
        <translation>%1 no tiene una lista de cuentas de Mail (MailAccounts): Mail aún no se ha configurado en este Mac. Añada primero la cuenta en Mail (Archivo &gt; Añadir cuenta), salga de Mail y vuelva a ejecutar Mail Setup.</translation>
    </message>
    <message>
        <source>%1 was written by Mail for Mac OS X 10.7 or later, which does not read its accounts from this file.</source>
        <translation>%1 lo escribió Mail de Mac OS X 10.7 o posterior, que no lee sus cuentas de este archivo.</translation>
    </message>
    <message>
        <source>Mail has no account for %1 in %2. Add it in Mail first (File &gt; Add Account; any settings will do), quit Mail, then run Mail Setup again to set its servers.</source>
        <translation>Mail no tiene ninguna cuenta para %1 en %2. Añádala primero en Mail (Archivo &gt; Añadir cuenta; sirve cualquier configuración), salga de Mail y vuelva a ejecutar Mail Setup para configurar sus servidores.</translation>
    </message>
    <message>
        <source>%1 would not be encrypted; Mail Setup does not write that.</source>
        <translation>%1 no estaría cifrado; Mail Setup no escribe eso.</translation>
    </message>
    <message>
        <source>The account %1 in Mail is %2 (%3), but the settings are for %4. Mail cannot change an account&apos;s kind; choose %5 in Mail Setup, or add a new %4 account in Mail.</source>
        <translation>La cuenta %1 en Mail es %2 (%3), pero la configuración es para %4. Mail no puede cambiar el tipo de una cuenta; elija %5 en Mail Setup o añada una cuenta %4 nueva en Mail.</translation>
    </message>
    <message>
        <source>of an unknown kind</source>
        <translation>de tipo desconocido</translation>
    </message>
    <message>
        <source>%1 describes only the outgoing server; the incoming server of %2 is left as it is.</source>
        <translation>%1 solo describe el servidor de salida; el servidor de entrada de %2 queda como está.</translation>
    </message>
    <message>
        <source>The outgoing server %1 with user %2 is also used by another account in Mail, with other settings. Change it in Mail &gt; Preferences &gt; Accounts &gt; Outgoing Mail Server, or use another user name.</source>
        <translation>El servidor de salida %1 con el usuario %2 también lo usa otra cuenta de Mail con otra configuración. Cámbielo en Mail &gt; Preferencias &gt; Cuentas &gt; Servidor de correo saliente o use otro nombre de usuario.</translation>
    </message>
    <message>
        <source>DeliveryAccounts: new outgoing server %1 for %2</source>
        <translation>DeliveryAccounts: nuevo servidor de salida %1 para %2</translation>
    </message>
    <message>
        <source>DeliveryAccounts: new outgoing server %1 for %2 (the one it used is shared with another account, which keeps it)</source>
        <translation>DeliveryAccounts: nuevo servidor de salida %1 para %2 (el que usaba lo comparte otra cuenta, que lo conserva)</translation>
    </message>
    <message>
        <source>Update the Mail account %1 in %2:</source>
        <translation>Actualizar la cuenta de Mail %1 en %2:</translation>
    </message>
    <message>
        <source>  incoming: %1</source>
        <translation>  entrada: %1</translation>
    </message>
    <message>
        <source>  outgoing: %1</source>
        <translation>  salida: %1</translation>
    </message>
    <message>
        <source>Mail&apos;s &quot;Use SSL&quot; is one switch; on a port other than 465, 993 or 995 Mail has to start encryption after connecting, and stops rather than sending your password unencrypted.</source>
        <translation>«Usar SSL» es un único interruptor en Mail; en un puerto distinto de 465, 993 o 995, Mail tiene que iniciar el cifrado tras conectarse, y se detiene antes que enviar su contraseña sin cifrar.</translation>
    </message>
    <message>
        <source>Mail keeps the password in your keychain; Mail Setup does not touch it. Mail asks for it if the server or user name changed.</source>
        <translation>Mail guarda la contraseña en su llavero; Mail Setup no la toca. Mail la pide si cambió el servidor o el nombre de usuario.</translation>
    </message>
    <message>
        <source>The authentication method is left as Mail has it; choose &quot;Password&quot; in Mail &gt; Preferences &gt; Accounts &gt; Advanced if the server refuses it.</source>
        <translation>El método de autenticación queda como lo tiene Mail; elija «Contraseña» en Mail &gt; Preferencias &gt; Cuentas &gt; Avanzado si el servidor lo rechaza.</translation>
    </message>
    <message>
        <source>%1 %2, port %3, %4</source>
        <translation>%1 %2, puerto %3, %4</translation>
    </message>
    <message>
        <source>%1 is not encrypted; Mail Setup does not write unencrypted settings.</source>
        <translation>%1 no está cifrado; Mail Setup no escribe configuraciones sin cifrar.</translation>
    </message>
    <message>
        <source>Apple Mail&apos;s configuration profile cannot say &quot;%1&quot; for %2 (it knows no password, encrypted password, NTLM or none only).</source>
        <translation>El perfil de configuración de Apple Mail no puede indicar «%1» para %2 (solo conoce contraseña, contraseña cifrada, NTLM o ninguna).</translation>
    </message>
    <message>
        <source>%1 describes only the outgoing server. An Apple configuration profile always sets up a whole account, with the server mail comes from; set the outgoing server in Mail by hand instead (Mail &gt; Settings &gt; Accounts &gt; Server Settings).</source>
        <translation>%1 solo describe el servidor de salida. Un perfil de configuración de Apple siempre configura una cuenta completa, con el servidor del que llega el correo; configure en su lugar el servidor de salida a mano en Mail (Mail &gt; Ajustes &gt; Cuentas &gt; Configuración del servidor).</translation>
    </message>
    <message>
        <source>Apple Mail&apos;s configuration profile sets up POP or IMAP accounts only, not %1.</source>
        <translation>El perfil de configuración de Apple Mail solo configura cuentas POP o IMAP, no %1.</translation>
    </message>
    <message>
        <source>Sets up Mail to receive and send email for %1 through %2&apos;s encrypted servers: incoming %3; outgoing %4.</source>
        <translation>Configura Mail para recibir y enviar correo de %1 a través de los servidores cifrados de %2: entrada %3; salida %4.</translation>
    </message>
    <message>
        <source>It also installs the root certificate &quot;%1&quot;, which vouches for these servers.</source>
        <translation>También instala el certificado raíz «%1», que avala estos servidores.</translation>
    </message>
    <message>
        <source>Email for %1 (%2)</source>
        <translation>Correo para %1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (SHA-256 fingerprint %2). %3&apos;s mail servers prove who they are with certificates issued under it.</source>
        <translation>«%1» (huella SHA-256 %2). Los servidores de correo de %3 demuestran quiénes son con certificados emitidos bajo él.</translation>
    </message>
    <message>
        <source>Mail account %1</source>
        <translation>Cuenta de Mail %1</translation>
    </message>
    <message>
        <source>The %1 account %2: incoming %3; outgoing %4. Mail asks for your password when the profile is installed; it is not stored in this file.</source>
        <translation>La cuenta %1 %2: entrada %3; salida %4. Mail pide su contraseña al instalar el perfil; no se guarda en este archivo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The profile can only say &quot;use SSL&quot;; on a STARTTLS port (%1) Mail starts encryption after connecting. If it cannot, it stops rather than sending your password unencrypted.</source>
        <translation>El perfil solo puede decir «usar SSL»; en un puerto STARTTLS (%1) Mail inicia el cifrado tras conectarse. Si no puede, se detiene antes que enviar su contraseña sin cifrar.</translation>
    </message>
    <message>
        <source>Mail asks for the password when the profile is installed; the file holds none.</source>
        <translation>Mail pide la contraseña al instalar el perfil; el archivo no contiene ninguna.</translation>
    </message>
    <message>
        <source>Then click the profile, check that it names your address and your provider, click Install and enter your Mac&apos;s password, then your email password when Mail asks for it.</source>
        <translation>Después pulse el perfil, compruebe que indica su dirección y su proveedor, pulse Instalar e introduzca la contraseña de su Mac y luego la de su correo cuando Mail la pida.</translation>
    </message>
    <message>
        <source>macOS has received the profile but has not installed it yet. Open System Settings &gt; Privacy &amp; Security, scroll down to Profiles and open it (on newer versions it may be under System Settings &gt; General &gt; Device Management). </source>
        <translation>macOS ha recibido el perfil pero aún no lo ha instalado. Abra Ajustes del Sistema &gt; Privacidad y seguridad, desplácese hasta Perfiles y ábralo (en versiones recientes puede estar en Ajustes del Sistema &gt; General &gt; Gestión de dispositivos). </translation>
    </message>
    <message>
        <source>macOS has received the profile but has not installed it yet. Open System Preferences &gt; Profiles. </source>
        <translation>macOS ha recibido el perfil pero aún no lo ha instalado. Abra Preferencias del Sistema &gt; Perfiles. </translation>
    </message>
    <message>
        <source>To install the profile on a Mac, double-click it, then open System Settings &gt; Privacy &amp; Security &gt; Profiles (macOS 13 and later) or System Preferences &gt; Profiles (earlier versions). </source>
        <translation>Para instalar el perfil en un Mac, haga doble clic en él y abra Ajustes del Sistema &gt; Privacidad y seguridad &gt; Perfiles (macOS 13 y posterior) o Preferencias del Sistema &gt; Perfiles (versiones anteriores). </translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>macOS could not open %1 (%2). Double-click it in the Finder instead.</source>
        <translation>macOS no pudo abrir %1 (%2). Haga doble clic en él en el Finder.</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----): %2</source>
        <translation>%1 no contiene ningún certificado PEM (-----BEGIN CERTIFICATE-----): %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key: %2</source>
        <translation>%1 no contiene ninguna clave privada PEM sin cifrar: %2</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 (.p12) file: %2</source>
        <translation>%1 no es un archivo PKCS#12 (.p12): %2</translation>
    </message>
    <message>
        <source>cannot open %1 (wrong password?): %2</source>
        <translation>no se puede abrir %1 (¿contraseña incorrecta?): %2</translation>
    </message>
    <message>
        <source>%1 does not hold both a certificate and its private key</source>
        <translation>%1 no contiene a la vez un certificado y su clave privada</translation>
    </message>
    <message>
        <source>signing needs a certificate file and its private key file, or one .p12 file</source>
        <translation>para firmar hace falta un archivo de certificado y el de su clave privada, o un archivo .p12</translation>
    </message>
    <message>
        <source>the private key in %1 does not belong to the certificate in %2</source>
        <translation>la clave privada de %1 no corresponde al certificado de %2</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the profile: %1</source>
        <translation>OpenSSL no pudo firmar el perfil: %1</translation>
    </message>
    <message>
        <source>OpenSSL could not write the signed profile: %1</source>
        <translation>OpenSSL no pudo escribir el perfil firmado: %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>no outgoing server</source>
        <translation>sin servidor de salida</translation>
    </message>
    <message>
        <source>Open %1.</source>
        <translation>Abra %1.</translation>
    </message>
    <message>
        <source>click %1.</source>
        <translation>pulse %1.</translation>
    </message>
    <message>
        <source>in %1 type %2</source>
        <translation>en %1 escriba %2</translation>
    </message>
    <message>
        <source>in %1 choose %2.</source>
        <translation>en %1 elija %2.</translation>
    </message>
    <message>
        <source>tick %1.</source>
        <translation>marque %1.</translation>
    </message>
    <message>
        <source>clear the tick in %1.</source>
        <translation>desmarque %1.</translation>
    </message>
    <message>
        <source>Setting up %1 for %2 (%3)</source>
        <translation>Configurar %1 para %2 (%3)</translation>
    </message>
    <message>
        <source>Important: %1</source>
        <translation>Importante: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>De %1:</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Ayuda: %1</translation>
    </message>
    <message>
        <source>(Names of menus and fields from: %1)</source>
        <translation>(Nombres de menús y campos tomados de: %1)</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Importante:</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Ayuda:</translation>
    </message>
    <message>
        <source>Names of menus and fields from: %1</source>
        <translation>Nombres de menús y campos tomados de: %1</translation>
    </message>
    <message>
        <source>newsgroup %1</source>
        <translation>grupo de noticias %1</translation>
    </message>
    <message>
        <source>%1 cannot send through %2 with the encryption %3 offers (%4). Mail Setup does not suggest a weaker setting; please use another mail program for sending, or ask %3 for help.</source>
        <translation>%1 no puede enviar a través de %2 con el cifrado que ofrece %3 (%4). Mail Setup no propone un ajuste más débil; use otro programa de correo para enviar o pida ayuda a %3.</translation>
    </message>
    <message>
        <source>%1 cannot use %2 port %3 (%4), so these steps use port %5 (%6) instead.</source>
        <translation>%1 no puede usar %2 puerto %3 (%4), así que estos pasos usan en su lugar el puerto %5 (%6).</translation>
    </message>
    <message>
        <source>%1 cannot use %2 port %3 (%4) for incoming mail, so these steps use port %5 (%6) instead.</source>
        <translation>%1 no puede usar %2 puerto %3 (%4) para el correo entrante, así que estos pasos usan en su lugar el puerto %5 (%6).</translation>
    </message>
    <message>
        <source>%1 cannot protect incoming mail from %2: it has no encrypted connection that %3 offers. Leave its incoming settings as they are and read your mail with another program, or upgrade.</source>
        <translation>%1 no puede proteger el correo entrante de %2: no admite ninguna conexión cifrada de las que ofrece %3. Deje su configuración de entrada como está y lea el correo con otro programa, o actualícelo.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Mail on the Mac trusts the certificates in Keychain Access. If Mail Setup has not installed the %1 for you, double-click the file %2 and add it to the &quot;login&quot; keychain; then in Keychain Access double-click it, open Trust and choose &quot;Always Trust&quot;.</source>
        <translation>Mail en el Mac confía en los certificados de Acceso a Llaveros. Si Mail Setup no le ha instalado el %1, haga doble clic en el archivo %2 y añádalo al llavero «inicio de sesión»; después, en Acceso a Llaveros, haga doble clic en él, abra «Confiar» y elija «Confiar siempre».</translation>
    </message>
    <message>
        <source>Check that its SHA-256 fingerprint is %1.</source>
        <translation>Compruebe que su huella SHA-256 es %1.</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Servidor de salida (SMTP)</translation>
    </message>
    <message>
        <source>Select your account for %1 and click Edit.</source>
        <translation>Seleccione su cuenta para %1 y pulse Editar.</translation>
    </message>
    <message>
        <source>This program cannot use STARTTLS; it must connect with SSL from the start.</source>
        <translation>Este programa no puede usar STARTTLS; debe conectarse con SSL desde el principio.</translation>
    </message>
    <message>
        <source>Or enter the account ID %1 and your password in the fields below it.</source>
        <translation>O escriba el identificador de cuenta %1 y su contraseña en los campos de debajo.</translation>
    </message>
    <message>
        <source>Incoming mail (%1)</source>
        <translation>Correo entrante (%1)</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Correo entrante</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; (Microsoft Outlook/Outlook Express (Macintosh)); other labels not checked against the program</source>
        <translation>FNAL «TLS Configuration» (Microsoft Outlook/Outlook Express (Macintosh)); otras etiquetas no comprobadas en el programa</translation>
    </message>
    <message>
        <source>Select your account for %1.</source>
        <translation>Seleccione su cuenta para %1.</translation>
    </message>
    <message>
        <source>The button beside &quot;Outgoing Mail Server (SMTP)&quot;.</source>
        <translation>El botón junto a «Servidor de correo saliente (SMTP)».</translation>
    </message>
    <message>
        <source>Type the port after ticking &quot;Use SSL&quot;.</source>
        <translation>Escriba el puerto después de marcar «Usar SSL».</translation>
    </message>
    <message>
        <source>Close the window and click Save when Mail asks.</source>
        <translation>Cierre la ventana y pulse Guardar cuando Mail lo pregunte.</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; (Mac OS/X); other labels not checked against the program</source>
        <translation>FNAL «TLS Configuration» (Mac OS/X); otras etiquetas no comprobadas en el programa</translation>
    </message>
    <message>
        <source>On macOS 12 and earlier the menu is called Mail &gt; Preferences.</source>
        <translation>En macOS 12 y anteriores, el menú se llama Mail &gt; Preferencias.</translation>
    </message>
    <message>
        <source>The box under the incoming host name.</source>
        <translation>La casilla bajo el nombre del servidor de entrada.</translation>
    </message>
    <message>
        <source>Select the server your account uses.</source>
        <translation>Seleccione el servidor que usa su cuenta.</translation>
    </message>
    <message>
        <source>The box under the outgoing host name.</source>
        <translation>La casilla bajo el nombre del servidor de salida.</translation>
    </message>
    <message>
        <source>Apple Mail User Guide &quot;Change Server Settings settings in Mail on Mac&quot;; not checked against the program</source>
        <translation>Manual de uso de Apple Mail «Change Server Settings settings in Mail on Mac»; no comprobado en el programa</translation>
    </message>
    <message>
        <source>Under your account %1 in the list on the left.</source>
        <translation>Bajo su cuenta %1 en la lista de la izquierda.</translation>
    </message>
    <message>
        <source>Select the server your account uses first; if there is none, click Add… instead.</source>
        <translation>Seleccione primero el servidor que usa su cuenta; si no hay ninguno, pulse Añadir… en su lugar.</translation>
    </message>
    <message>
        <source>Thunderbird asks for your password the first time it fetches or sends mail; tick &quot;Use Password Manager to remember this password&quot; if you want it kept.</source>
        <translation>Thunderbird pide su contraseña la primera vez que recoge o envía correo; marque «Usar el administrador de contraseñas para recordar esta contraseña» si quiere guardarla.</translation>
    </message>
    <message>
        <source>Edit &gt; Account Settings (Linux), Tools &gt; Account Settings (Windows), or the ≡ menu &gt; Account Settings</source>
        <translation>Editar &gt; Configuración de las cuentas (Linux), Herramientas &gt; Configuración de las cuentas (Windows) o el menú ≡ &gt; Configuración de las cuentas</translation>
    </message>
    <message>
        <source>The last entry in the list on the left; called &quot;Outgoing Server (SMTP)&quot; in older versions.</source>
        <translation>La última entrada de la lista de la izquierda; en versiones antiguas se llama «Servidor de salida (SMTP)».</translation>
    </message>
    <message>
        <source>Thunderbird 153 (Debian): am-server-top.dtd, smtpEditOverlay.dtd, accountManager.ftl, messenger.dtd, messenger.properties</source>
        <translation>Thunderbird 153 (Debian): am-server-top.dtd, smtpEditOverlay.dtd, accountManager.ftl, messenger.dtd, messenger.properties</translation>
    </message>
    <message>
        <source>The last entry in the list on the left.</source>
        <translation>La última entrada de la lista de la izquierda.</translation>
    </message>
    <message>
        <source>SeaMonkey 2.x shares Thunderbird&apos;s mailnews labels (releases-comm-central mailnews/); menu name as in the FNAL page for Mozilla</source>
        <translation>SeaMonkey 2.x comparte las etiquetas mailnews de Thunderbird (releases-comm-central mailnews/); nombre del menú como en la página de FNAL para Mozilla</translation>
    </message>
    <message>
        <source>Type the port after ticking the box: ticking it puts the default port back.</source>
        <translation>Escriba el puerto después de marcar la casilla: al marcarla vuelve el puerto predeterminado.</translation>
    </message>
    <message>
        <source>Not &quot;TLS, if available&quot;: with that choice an attacker on the network can switch encryption off and read your password.</source>
        <translation>No «TLS, si está disponible»: con esa opción, un atacante en la red puede desactivar el cifrado y leer su contraseña.</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; page (Netscape v7.x/Mozilla v1.3); SMTP try_ssl values in releases-comm-central mailnews/compose/src/nsSmtpServer.cpp (2008 import)</source>
        <translation>Página de FNAL «TLS Configuration» (Netscape v7.x/Mozilla v1.3); valores SMTP de try_ssl en releases-comm-central mailnews/compose/src/nsSmtpServer.cpp (importación de 2008)</translation>
    </message>
    <message>
        <source>Netscape 4 always sends to port %1; it has no port setting.</source>
        <translation>Netscape 4 siempre envía al puerto %1; no tiene ajuste de puerto.</translation>
    </message>
    <message>
        <source>Not &quot;If Possible&quot;: with that choice an attacker on the network can switch encryption off.</source>
        <translation>No «If Possible»: con esa opción, un atacante en la red puede desactivar el cifrado.</translation>
    </message>
    <message>
        <source>Netscape asks for your password the first time you send mail in each session.</source>
        <translation>Netscape pide su contraseña la primera vez que envía correo en cada sesión.</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; page (Netscape v4.x); mail.smtp.ssl values as clientprofiles/mozilla/netscape4adapter.cpp writes them</source>
        <translation>Página de FNAL «TLS Configuration» (Netscape v4.x); valores de mail.smtp.ssl tal como los escribe clientprofiles/mozilla/netscape4adapter.cpp</translation>
    </message>
    <message>
        <source>only if the other ports are blocked where you are; many Internet providers block or intercept port 25</source>
        <translation>solo si los otros puertos están bloqueados donde usted está; muchos proveedores de Internet bloquean o interceptan el puerto 25</translation>
    </message>
    <message>
        <source>if port %1 is blocked where you are, or your program has no SSL/TLS setting</source>
        <translation>si el puerto %1 está bloqueado donde usted está o su programa no tiene ajuste SSL/TLS</translation>
    </message>
    <message>
        <source>another submission port</source>
        <translation>otro puerto de envío</translation>
    </message>
    <message>
        <source>for programs that cannot use STARTTLS</source>
        <translation>para programas que no pueden usar STARTTLS</translation>
    </message>
    <message>
        <source>if you prefer %1 to %2</source>
        <translation>si prefiere %1 a %2</translation>
    </message>
    <message>
        <source>for programs that offer only STARTTLS (&quot;use STARTTLS&quot; or &quot;TLS&quot;)</source>
        <translation>para programas que solo ofrecen STARTTLS («usar STARTTLS» o «TLS»)</translation>
    </message>
    <message>
        <source>Email address:  %1</source>
        <translation>Dirección de correo:  %1</translation>
    </message>
    <message>
        <source>Your name:      %1</source>
        <translation>Su nombre:            %1</translation>
    </message>
    <message>
        <source>Recommended settings</source>
        <translation>Configuración recomendada</translation>
    </message>
    <message>
        <source>Server:     %1</source>
        <translation>Servidor:   %1</translation>
    </message>
    <message>
        <source>Port:       %1</source>
        <translation>Puerto:     %1</translation>
    </message>
    <message>
        <source>Security:   %1</source>
        <translation>Seguridad:  %1</translation>
    </message>
    <message>
        <source>User name:  %1</source>
        <translation>Usuario:    %1</translation>
    </message>
    <message>
        <source>Use it:     %1</source>
        <translation>Uso:        %1</translation>
    </message>
    <message>
        <source>Alternatives (same user name and password)</source>
        <translation>Alternativas (mismo usuario y contraseña)</translation>
    </message>
    <message>
        <source>Certificate to trust: %1 (file %2, valid until %3)</source>
        <translation>Certificado en el que confiar: %1 (archivo %2, válido hasta %3)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella SHA-256: %1</translation>
    </message>
    <message>
        <source>SHA-1 (Windows &quot;Thumbprint&quot;): %1</source>
        <translation>SHA-1 («Huella digital» de Windows): %1</translation>
    </message>
    <message>
        <source>If a program shows other numbers for this certificate, do not accept it.</source>
        <translation>Si un programa muestra otros números para este certificado, no lo acepte.</translation>
    </message>
    <message>
        <source>Note from %1: %2</source>
        <translation>Nota de %1: %2</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Más: %1</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Certificado en el que confiar</translation>
    </message>
    <message>
        <source>%1 (file %2, valid until %3)</source>
        <translation>%1 (archivo %2, válido hasta %3)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <source>SHA-1 (Windows &quot;Thumbprint&quot;)</source>
        <translation>SHA-1 («Huella digital» de Windows)</translation>
    </message>
    <message>
        <source>Note from %1:</source>
        <translation>Nota de %1:</translation>
    </message>
    <message>
        <source>More:</source>
        <translation>Más:</translation>
    </message>
    <message>
        <source>GNOME/evolution src/modules/mail-config/e-mail-config-smtp-backend.c and e-mail-config-remote-accounts.c</source>
        <translation>GNOME/evolution src/modules/mail-config/e-mail-config-smtp-backend.c y e-mail-config-remote-accounts.c</translation>
    </message>
    <message>
        <source>Select the account and click Modify... (or Add... and the %1 entry).</source>
        <translation>Seleccione la cuenta y pulse Modificar... (o Añadir... y la entrada %1).</translation>
    </message>
    <message>
        <source>Choosing the encryption changes the port; type it afterwards.</source>
        <translation>Elegir el cifrado cambia el puerto; escríbalo después.</translation>
    </message>
    <message>
        <source>Select the outgoing account and click Modify... (or Add... and SMTP).</source>
        <translation>Seleccione la cuenta de envío y pulse Modificar... (o Añadir... y SMTP).</translation>
    </message>
    <message>
        <source>KDE/kmailtransport smtpsettings.ui; KDE/kdepim-runtime resources/pop3/popsettings.ui</source>
        <translation>KDE/kmailtransport smtpsettings.ui; KDE/kdepim-runtime resources/pop3/popsettings.ui</translation>
    </message>
    <message>
        <source>Claws Mail 4.1.1 (Debian), strings of the program; eworm-de/claws-mail src/prefs_account.c</source>
        <translation>Claws Mail 4.1.1 (Debian), textos del programa; eworm-de/claws-mail src/prefs_account.c</translation>
    </message>
    <message>
        <source>Or edit the same lines in ~/.pinerc while Pine is not running.</source>
        <translation>O edite las mismas líneas en ~/.pinerc mientras Pine no esté en ejecución.</translation>
    </message>
    <message>
        <source>/ssl: encrypted from the start; /tls: STARTTLS, and never without it.</source>
        <translation>/ssl: cifrado desde el principio; /tls: STARTTLS, y nunca sin él.</translation>
    </message>
    <message>
        <source>Press E to leave Setup and Y to save. Pine asks for your password the first time it sends mail in each session.</source>
        <translation>Pulse E para salir de Setup y Y para guardar. Pine pide su contraseña la primera vez que envía correo en cada sesión.</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; (Pine); alpinemail/alpine pith/conf.c, c-client smtp.c</source>
        <translation>FNAL «TLS Configuration» (Pine); alpinemail/alpine pith/conf.c, c-client smtp.c</translation>
    </message>
    <message>
        <source>Edit the file while Mutt is not running (NeoMutt also reads ~/.neomuttrc).</source>
        <translation>Edite el archivo mientras Mutt no esté en ejecución (NeoMutt también lee ~/.neomuttrc).</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Never connect without encryption.</source>
        <translation>No conectarse nunca sin cifrado.</translation>
    </message>
    <message>
        <source>muttmua/mutt init.h and doc/manual.xml.head (smtp_url, spoolfile, ssl_force_tls, ssl_starttls)</source>
        <translation>muttmua/mutt init.h y doc/manual.xml.head (smtp_url, spoolfile, ssl_force_tls, ssl_starttls)</translation>
    </message>
    <message>
        <source>Outlook, Outlook Express and Windows Mail trust the certificates Windows trusts. If Mail Setup has not installed the %1 for you, double-click the file %2 (if Windows does not open it, rename it to end in .crt first).</source>
        <translation>Outlook, Outlook Express y Windows Mail confían en los certificados en los que confía Windows. Si Mail Setup no le ha instalado el %1, haga doble clic en el archivo %2 (si Windows no lo abre, cámbiele antes el nombre para que termine en .crt).</translation>
    </message>
    <message>
        <source>Check that &quot;Thumbprint&quot; is %1 (SHA-256: %2). If it differs, stop and call your helpdesk.</source>
        <translation>Compruebe que la «Huella digital» es %1 (SHA-256: %2). Si no coincide, deténgase y llame a su servicio de ayuda.</translation>
    </message>
    <message>
        <source>Let the wizard choose where the certificate goes, and answer Yes when Windows asks whether to install it.</source>
        <translation>Deje que el asistente elija dónde va el certificado y responda Sí cuando Windows pregunte si desea instalarlo.</translation>
    </message>
    <message>
        <source>On the Mail tab, select your account for %1.</source>
        <translation>En la pestaña Correo, seleccione su cuenta para %1.</translation>
    </message>
    <message>
        <source>The box under &quot;Outgoing mail (SMTP)&quot;.</source>
        <translation>La casilla bajo «Correo saliente (SMTP)».</translation>
    </message>
    <message>
        <source>The box under &quot;Incoming mail (%1)&quot;.</source>
        <translation>La casilla bajo «Correo entrante (%1)».</translation>
    </message>
    <message>
        <source>The first time you send or fetch mail, enter your %1 email password when asked.</source>
        <translation>La primera vez que envíe o reciba correo, escriba su contraseña de correo de %1 cuando se le pida.</translation>
    </message>
    <message>
        <source>PCUG &quot;Configuring Your Email Client Program&quot; (Outlook Express 6.0, OE 5.5) and FNAL &quot;TLS Configuration&quot; (Microsoft Outlook Express)</source>
        <translation>PCUG «Configuring Your Email Client Program» (Outlook Express 6.0, OE 5.5) y FNAL «TLS Configuration» (Microsoft Outlook Express)</translation>
    </message>
    <message>
        <source>These steps are for Outlook 98 and 2000 in &quot;Internet Mail Only&quot; mode, whose account dialog is the one of Outlook Express. In &quot;Corporate or Workgroup&quot; mode, use the Outlook 2002/2003 steps.</source>
        <translation>Estos pasos son para Outlook 98 y 2000 en modo «Solo correo de Internet», cuyo cuadro de diálogo de cuentas es el de Outlook Express. En modo «Corporativo o grupo de trabajo», siga los pasos de Outlook 2002/2003.</translation>
    </message>
    <message>
        <source>PCUG &quot;Configuring Your Email Client Program&quot; (Outlook 2000)</source>
        <translation>PCUG «Configuring Your Email Client Program» (Outlook 2000)</translation>
    </message>
    <message>
        <source>Windows Mail (Windows Vista): open the accounts with Tools &gt; Accounts. Windows Live Mail: on the Accounts tab, click Properties (or right-click the account and choose Properties).</source>
        <translation>Windows Mail (Windows Vista): abra las cuentas con Herramientas &gt; Cuentas. Windows Live Mail: en la pestaña Cuentas, pulse Propiedades (o haga clic derecho en la cuenta y elija Propiedades).</translation>
    </message>
    <message>
        <source>Dialog inherited from Outlook Express; settings as MicrosoftDocs/win32 oe-account-entry.md (labels not checked against the program)</source>
        <translation>Cuadro de diálogo heredado de Outlook Express; ajustes según MicrosoftDocs/win32 oe-account-entry.md (etiquetas no comprobadas en el programa)</translation>
    </message>
    <message>
        <source>Open the account</source>
        <translation>Abrir la cuenta</translation>
    </message>
    <message>
        <source>Select your account for %1 first.</source>
        <translation>Seleccione primero su cuenta para %1.</translation>
    </message>
    <message>
        <source>Or &quot;Log on using&quot; with the user name %1, if your incoming mail is elsewhere.</source>
        <translation>O «Iniciar sesión usando» con el nombre de usuario %1, si su correo entrante está en otro sitio.</translation>
    </message>
    <message>
        <source>Ports and encryption</source>
        <translation>Puertos y cifrado</translation>
    </message>
    <message>
        <source>The box under &quot;Incoming server (%1)&quot;.</source>
        <translation>La casilla bajo «Servidor de entrada (%1)».</translation>
    </message>
    <message>
        <source>The box under &quot;Outgoing server (SMTP)&quot;.</source>
        <translation>La casilla bajo «Servidor de salida (SMTP)».</translation>
    </message>
    <message>
        <source>FNAL &quot;TLS Configuration&quot; (Microsoft Outlook 2003)</source>
        <translation>FNAL «TLS Configuration» (Microsoft Outlook 2003)</translation>
    </message>
    <message>
        <source>Outlook 2007: Tools &gt; Account Settings.</source>
        <translation>Outlook 2007: Herramientas &gt; Configuración de la cuenta.</translation>
    </message>
    <message>
        <source>If Outlook shows a short form with &quot;Incoming mail&quot; and &quot;Outgoing mail&quot; instead (newer Microsoft 365 builds), the same values go into its Server, Port and &quot;Encryption method&quot; boxes.</source>
        <translation>Si Outlook muestra en su lugar un formulario corto con «Correo entrante» y «Correo saliente» (versiones recientes de Microsoft 365), los mismos valores van en sus casillas Servidor, Puerto y «Método de cifrado».</translation>
    </message>
    <message>
        <source>Outlook 2007 and 2010 say &quot;(SSL)&quot;.</source>
        <translation>Outlook 2007 y 2010 dicen «(SSL)».</translation>
    </message>
    <message>
        <source>Outlook 2007 to 2013 call it &quot;SSL&quot;.</source>
        <translation>Outlook 2007 a 2013 lo llaman «SSL».</translation>
    </message>
    <message>
        <source>Outlook 2007 to 2013 call it &quot;TLS&quot;. Never &quot;Auto&quot;.</source>
        <translation>Outlook 2007 a 2013 lo llaman «TLS». Nunca «Automático».</translation>
    </message>
    <message>
        <source>Outlook tests the settings; then click Finish.</source>
        <translation>Outlook prueba la configuración; después pulse Finalizar.</translation>
    </message>
    <message>
        <source>Microsoft support &quot;Change or update email account settings in Outlook for Windows&quot;; dialog of Outlook 2003 (FNAL page). Labels not checked against the programs.</source>
        <translation>Soporte de Microsoft «Change or update email account settings in Outlook for Windows»; cuadro de diálogo de Outlook 2003 (página de FNAL). Etiquetas no comprobadas en los programas.</translation>
    </message>
    <message>
        <source>Eudora needs version 6.1.1 or later, in Paid or Sponsored mode (Light mode cannot log in to the outgoing server). These steps change your Dominant personality.</source>
        <translation>Eudora necesita la versión 6.1.1 o posterior, en modo Paid o Sponsored (el modo Light no puede iniciar sesión en el servidor de salida). Estos pasos cambian su personalidad «Dominant».</translation>
    </message>
    <message>
        <source>Scroll down the Category list on the left to &quot;Sending Mail&quot;.</source>
        <translation>Desplácese en la lista Category de la izquierda hasta «Sending Mail».</translation>
    </message>
    <message>
        <source>Eudora tries CRAM-MD5 first; %1 does not offer it, so Eudora uses LOGIN or PLAIN by itself.</source>
        <translation>Eudora prueba primero CRAM-MD5; %1 no lo ofrece, así que Eudora usa por sí mismo LOGIN o PLAIN.</translation>
    </message>
    <message>
        <source>The alternate port is %1.</source>
        <translation>El puerto alternativo es %1.</translation>
    </message>
    <message>
        <source>Not &quot;If Available, STARTTLS&quot;: an attacker could switch encryption off. %1</source>
        <translation>No «If Available, STARTTLS»: un atacante podría desactivar el cifrado. %1</translation>
    </message>
    <message>
        <source>Right-click &quot;Dominant&quot; and choose Properties.</source>
        <translation>Haga clic derecho en «Dominant» y elija Properties.</translation>
    </message>
    <message>
        <source>Send a test message. Eudora asks for your %1 email password. If it then says &quot;Certificate Error: Cert Chain not trusted&quot;, trust the certificate as follows.</source>
        <translation>Envíe un mensaje de prueba. Eudora pide su contraseña de correo de %1. Si después dice «Certificate Error: Cert Chain not trusted», confíe en el certificado como se indica a continuación.</translation>
    </message>
    <message>
        <source>the root certificate</source>
        <translation>el certificado raíz</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1.</source>
        <translation>Su huella SHA-256 es %1.</translation>
    </message>
    <message>
        <source>It then appears under &quot;User Trusted Certificates&quot;. Send the test message again.</source>
        <translation>Después aparece bajo «User Trusted Certificates». Vuelva a enviar el mensaje de prueba.</translation>
    </message>
    <message>
        <source>Eudora asks for your password again the first time you send after each start.</source>
        <translation>Eudora vuelve a pedir su contraseña la primera vez que envía tras cada inicio.</translation>
    </message>
    <message>
        <source>PCUG &quot;Configuring Your Email Client Program&quot; (Eudora); Eudora 7.1 source (evilneuro/eudora-win EudoraRes.rc, SSLSettings.h) for the STARTTLS and receiving choices</source>
        <translation>PCUG «Configuring Your Email Client Program» (Eudora); código fuente de Eudora 7.1 (evilneuro/eudora-win EudoraRes.rc, SSLSettings.h) para las opciones de STARTTLS y recepción</translation>
    </message>
    <message>
        <source>the profile folder %1 does not exist</source>
        <translation>la carpeta de perfil %1 no existe</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely; starting and quitting %2 once usually repairs prefs.js.</source>
        <translation>%1. Mail Setup no reescribe un archivo que no puede leer por completo; abrir y cerrar %2 una vez suele reparar prefs.js.</translation>
    </message>
    <message>
        <source>user.js in this profile also sets some of these settings; it is changed too, because %1 applies user.js at every start.</source>
        <translation>user.js en este perfil también fija algunos de estos ajustes; se cambia también, porque %1 aplica user.js en cada inicio.</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 can send mail only to port 25 with STARTTLS: it has no setting for another port, nor for SSL/TLS from the first byte, so it cannot use %1 port %2 (%3). Choose outgoing port 25 (STARTTLS) instead if %4 offers it, or use a newer mail program such as SeaMonkey or Thunderbird.</source>
        <translation>Netscape Communicator 4 solo puede enviar correo al puerto 25 con STARTTLS: no tiene ajuste para otro puerto ni para SSL/TLS desde el primer byte, así que no puede usar %1 puerto %2 (%3). Elija en su lugar el puerto de salida 25 (STARTTLS) si %4 lo ofrece, o use un programa más reciente como SeaMonkey o Thunderbird.</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 can log in to the outgoing server only with a normal password (AUTH LOGIN), but %1 asks for %2.</source>
        <translation>Netscape Communicator 4 solo puede iniciar sesión en el servidor de salida con contraseña normal (AUTH LOGIN), pero %1 pide %2.</translation>
    </message>
    <message>
        <source>none is set up</source>
        <translation>no hay ninguno configurado</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; the incoming server stays as it is (%2).</source>
        <translation>%1 solo configura el correo saliente; el servidor de entrada queda como está (%2).</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 keeps its IMAP servers in a list that Mail Setup does not edit, so the incoming server stays as it is (%1). To read mail from %2 over SSL, add it in Edit &gt; Preferences &gt; Mail &amp; Newsgroups &gt; Mail Servers with &quot;Use secure connection (SSL)&quot; checked and port %3.</source>
        <translation>Netscape Communicator 4 guarda sus servidores IMAP en una lista que Mail Setup no edita, así que el servidor de entrada queda como está (%1). Para leer el correo de %2 por SSL, añádalo en Edit &gt; Preferences &gt; Mail &amp; Newsgroups &gt; Mail Servers marcando «Use secure connection (SSL)» y con el puerto %3.</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 cannot protect incoming mail from %1: it has no SSL/TLS or STARTTLS setting for %2, so it would send your password unencrypted. Mail Setup therefore leaves the incoming server as it is (%3). To receive mail securely, use a newer program such as SeaMonkey or Thunderbird.</source>
        <translation>Netscape Communicator 4 no puede proteger el correo entrante de %1: no tiene ajuste SSL/TLS ni STARTTLS para %2, así que enviaría su contraseña sin cifrar. Por eso Mail Setup deja el servidor de entrada como está (%3). Para recibir correo de forma segura, use un programa más reciente como SeaMonkey o Thunderbird.</translation>
    </message>
    <message>
        <source>Note that Netscape now collects mail from %1 without encryption.</source>
        <translation>Tenga en cuenta que Netscape recoge ahora el correo de %1 sin cifrar.</translation>
    </message>
    <message>
        <source>Mozilla Suite, Netscape 6-7 or SeaMonkey 1 profile &quot;%1&quot; (%2)</source>
        <translation>Perfil «%1» de Mozilla Suite, Netscape 6-7 o SeaMonkey 1 (%2)</translation>
    </message>
    <message>
        <source>SeaMonkey profile &quot;%1&quot; (%2)</source>
        <translation>Perfil de SeaMonkey «%1» (%2)</translation>
    </message>
    <message>
        <source>STARTTLS if available (not enforced)</source>
        <translation>STARTTLS si está disponible (no obligatorio)</translation>
    </message>
    <message>
        <source>none (unencrypted)</source>
        <translation>ninguna (sin cifrar)</translation>
    </message>
    <message>
        <source>encrypted from the first byte (SSL/TLS)</source>
        <translation>cifrado desde el primer byte (SSL/TLS)</translation>
    </message>
    <message>
        <source>encryption switched on before logging in (STARTTLS, required)</source>
        <translation>cifrado activado antes de iniciar sesión (STARTTLS, obligatorio)</translation>
    </message>
    <message>
        <source>encrypted only if the server offers it, which an attacker can prevent</source>
        <translation>cifrado solo si el servidor lo ofrece, algo que un atacante puede impedir</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>sin inicio de sesión</translation>
    </message>
    <message>
        <source>normal password</source>
        <translation>Contraseña normal</translation>
    </message>
    <message>
        <source>encrypted password</source>
        <translation>Contraseña cifrada</translation>
    </message>
    <message>
        <source>TLS client certificate</source>
        <translation>Certificado de cliente TLS</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
    <message>
        <source>the backup copy %1 is missing: %2</source>
        <translation>falta la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>the backup copy %1 is damaged (its checksum does not match)</source>
        <translation>la copia de seguridad %1 está dañada (su suma de comprobación no coincide)</translation>
    </message>
    <message>
        <source>%1 changed after the plan was made (was %2 started?). Nothing was written; review the plan again.</source>
        <translation>%1 cambió después de preparar el plan (¿se abrió %2?). No se escribió nada; revise el plan de nuevo.</translation>
    </message>
    <message>
        <source>%1 Every file was put back as it was.</source>
        <translation>%1 Todos los archivos se dejaron como estaban.</translation>
    </message>
    <message>
        <source>%1 Putting the other files back also failed: %2. The copies are in %3.</source>
        <translation>%1 También falló la restauración de los demás archivos: %2. Las copias están en %3.</translation>
    </message>
    <message>
        <source>%1 Everything was put back as it was.</source>
        <translation>%1 Todo se dejó como estaba.</translation>
    </message>
    <message>
        <source>%1 Putting the rest back also failed: %2. The copies are in %3.</source>
        <translation>%1 También falló la restauración del resto: %2. Las copias están en %3.</translation>
    </message>
    <message>
        <source>there is no change with the id %1 in %2</source>
        <translation>no hay ningún cambio con el identificador %1 en %2</translation>
    </message>
    <message>
        <source>the change %1 was already undone</source>
        <translation>el cambio %1 ya se deshizo</translation>
    </message>
    <message>
        <source>these files were changed after Mail Setup wrote them (a mail program rewrites its settings when it starts or closes): %1. Undoing would also take back those later changes. Run the undo again with --force to restore them anyway; their current versions will be kept in %2.</source>
        <translation>estos archivos cambiaron después de que Mail Setup los escribiera (un programa de correo reescribe su configuración al abrirse o cerrarse): %1. Deshacer también desharía esos cambios posteriores. Vuelva a ejecutar la anulación con --force para restaurarlos de todos modos; sus versiones actuales se guardarán en %2.</translation>
    </message>
    <message>
        <source>Claws Mail would have to connect to %1 without encryption, which Mail Setup never sets up.</source>
        <translation>Claws Mail tendría que conectarse a %1 sin cifrado, algo que Mail Setup nunca configura.</translation>
    </message>
    <message>
        <source>Claws Mail cannot log in to the POP3 server %1 with %2.</source>
        <translation>Claws Mail no puede iniciar sesión en el servidor POP3 %1 con %2.</translation>
    </message>
    <message>
        <source>Claws Mail cannot log in to the IMAP server %1 with %2.</source>
        <translation>Claws Mail no puede iniciar sesión en el servidor IMAP %1 con %2.</translation>
    </message>
    <message>
        <source>Claws Mail cannot log in to the outgoing server %1 with %2.</source>
        <translation>Claws Mail no puede iniciar sesión en el servidor de salida %1 con %2.</translation>
    </message>
    <message>
        <source>Clear text</source>
        <translation>Texto sin cifrar</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; KMail&apos;s receiving accounts stay as they are.</source>
        <translation>%1 solo configura el correo saliente; las cuentas de recepción de KMail quedan como están.</translation>
    </message>
    <message>
        <source>Incoming mail (%1): KMail&apos;s receiving account &quot;%2&quot; already uses %3</source>
        <translation>Correo entrante (%1): la cuenta de recepción de KMail «%2» ya usa %3</translation>
    </message>
    <message>
        <source>KMail receives mail for this address by %1 (account &quot;%2&quot;), but %3 sets up %4. That account was left as it is; to switch, add a %4 account in KMail with: server %5, port %6, encryption %7.</source>
        <translation>KMail recibe el correo de esta dirección por %1 (cuenta «%2»), pero %3 configura %4. Esa cuenta quedó como estaba; para cambiar, añada en KMail una cuenta %4 con: servidor %5, puerto %6, cifrado %7.</translation>
    </message>
    <message>
        <source>Incoming mail (%1) is set up in KMail itself: the steps are below.</source>
        <translation>El correo entrante (%1) se configura en el propio KMail: los pasos están abajo.</translation>
    </message>
    <message>
        <source>KMail keeps its receiving accounts in Akonadi, which Mail Setup cannot change safely. To receive mail from %1, do this in KMail:</source>
        <translation>KMail guarda sus cuentas de recepción en Akonadi, que Mail Setup no puede cambiar de forma segura. Para recibir correo de %1, haga lo siguiente en KMail:</translation>
    </message>
    <message>
        <source>1. Open Settings &gt; Configure KMail... &gt; Accounts, tab Receiving.</source>
        <translation>1. Abra Preferencias &gt; Configurar KMail... &gt; Cuentas, pestaña Recepción.</translation>
    </message>
    <message>
        <source>2. Select the account &quot;%1&quot; and click Modify...</source>
        <translation>2. Seleccione la cuenta «%1» y pulse Modificar...</translation>
    </message>
    <message>
        <source>2. Click Add... and choose the %1 entry (its name differs a little between versions).</source>
        <translation>2. Pulse Añadir... y elija la entrada %1 (su nombre varía un poco según la versión).</translation>
    </message>
    <message>
        <source>3. On the General tab: %1 %2, Username %3, and your password.</source>
        <translation>3. En la pestaña General: %1 %2, nombre de usuario %3 y su contraseña.</translation>
    </message>
    <message>
        <source>Incoming mail server</source>
        <translation>Servidor de correo entrante</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Servidor IMAP</translation>
    </message>
    <message>
        <source>4. On the Advanced tab: Encryption %1, Port %2, Authentication %3.</source>
        <translation>4. En la pestaña Avanzado: cifrado %1, puerto %2, autenticación %3.</translation>
    </message>
    <message>
        <source>5. Also on the Advanced tab, tick &quot;Leave fetched messages on the server&quot; while you try it out, so no mail is lost. Then click OK.</source>
        <translation>5. También en la pestaña Avanzado, marque «Dejar los mensajes recuperados en el servidor» mientras lo prueba, para no perder correo. Después pulse Aceptar.</translation>
    </message>
    <message>
        <source>5. Click OK.</source>
        <translation>5. Pulse Aceptar.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Mutt %1</source>
        <translation>Mutt %1</translation>
    </message>
    <message>
        <source>Mutt logs in with OAuth2 only through a helper program that fetches the tokens (the *_oauth_refresh_command settings), which Mail Setup cannot set up.</source>
        <translation>Mutt solo inicia sesión con OAuth2 mediante un programa auxiliar que obtiene los tokens (los ajustes *_oauth_refresh_command), y Mail Setup no puede configurarlo.</translation>
    </message>
    <message>
        <source>Mutt cannot log in with NTLM.</source>
        <translation>Mutt no puede iniciar sesión con NTLM.</translation>
    </message>
    <message>
        <source>Mutt would need the client certificate file (ssl_client_cert), which Mail Setup does not have.</source>
        <translation>Mutt necesitaría el archivo del certificado de cliente (ssl_client_cert), que Mail Setup no tiene.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>líneas %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with a space, which continues a setting, but no setting comes before it</source>
        <translation>«%1» empieza por un espacio, que continúa un ajuste, pero no hay ningún ajuste antes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a setting (name=value) nor a comment (a line starting with #)</source>
        <translation>«%1» no es ni un ajuste (nombre=valor) ni un comentario (una línea que empieza por #)</translation>
    </message>
    <message>
        <source>%1: %2. Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation>%1: %2. Mail Setup no reescribe un archivo que no puede leer por completo.</translation>
    </message>
    <message>
        <source>could not write the certificate file %1</source>
        <translation>no se pudo escribir el archivo de certificado %1</translation>
    </message>
    <message>
        <source>Trust %1 in Eudora (User Trusted Certificates, %2).</source>
        <translation>Confiar en %1 en Eudora (User Trusted Certificates, %2).</translation>
    </message>
    <message>
        <source>If Eudora&apos;s program folder has a usercerts.p7b with certificates you trusted before, Eudora now reads the one in its data folder instead: add those again with the Certificate Information Manager.</source>
        <translation>Si la carpeta del programa Eudora tiene un usercerts.p7b con certificados en los que confió antes, Eudora lee ahora el de su carpeta de datos: vuelva a añadirlos con el Certificate Information Manager.</translation>
    </message>
    <message>
        <source>Eudora trusts this certificate when the server sends it along; Eudora 6 may keep certificates elsewhere (not confirmed): if sending fails with &quot;Cert Chain not trusted&quot;, add it with Last SSL Info &gt; Certificate Information Manager &gt; Add to Trusted.</source>
        <translation>Eudora confía en este certificado cuando el servidor lo envía; Eudora 6 quizá guarde los certificados en otro sitio (no confirmado): si el envío falla con «Cert Chain not trusted», añádalo con Last SSL Info &gt; Certificate Information Manager &gt; Add to Trusted.</translation>
    </message>
    <message>
        <source>add %1 (SHA-256 %2)</source>
        <translation>añadir %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>not a PKCS#7 certificate file</source>
        <translation>no es un archivo de certificados PKCS#7</translation>
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
        <translation>%1 solo configura el correo saliente, y ninguna personalidad de Eudora envía desde %2. Cree primero una personalidad para %2 (Tools &gt; Personalities) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your name has characters Eudora cannot store; enter it in Tools &gt; Personalities &gt; Real Name.</source>
        <translation>Su nombre tiene caracteres que Eudora no puede guardar; escríbalo en Tools &gt; Personalities &gt; Real Name.</translation>
    </message>
    <message>
        <source>The personality %1 receives mail by %2; %3 offers %4, so its incoming server was left as it is.</source>
        <translation>La personalidad %1 recibe correo por %2; %3 ofrece %4, así que su servidor de entrada quedó como estaba.</translation>
    </message>
    <message>
        <source>send with its own server, not the SMTP Relay Personality %1</source>
        <translation>enviar con su propio servidor, no con la SMTP Relay Personality %1</translation>
    </message>
    <message>
        <source>SMTP Relay Personality</source>
        <translation>SMTP Relay Personality</translation>
    </message>
    <message>
        <source>%1 is the SMTP Relay Personality: the other personalities send through %2 too.</source>
        <translation>%1 es la SMTP Relay Personality: las demás personalidades también envían a través de %2.</translation>
    </message>
    <message>
        <source>To send the mail of every personality through %1, choose %2 as &quot;SMTP Relay Personality&quot; in Tools &gt; Options &gt; Sending Mail.</source>
        <translation>Para enviar el correo de todas las personalidades a través de %1, elija %2 como «SMTP Relay Personality» en Tools &gt; Options &gt; Sending Mail.</translation>
    </message>
    <message>
        <source>Add the Eudora personality %1 for %2.</source>
        <translation>Añadir la personalidad de Eudora %1 para %2.</translation>
    </message>
    <message>
        <source>Update the Eudora personality %1 (%2).</source>
        <translation>Actualizar la personalidad de Eudora %1 (%2).</translation>
    </message>
    <message>
        <source>Send through %1 port %2 (%3), logging in as %4.</source>
        <translation>Enviar a través de %1 puerto %2 (%3), iniciando sesión como %4.</translation>
    </message>
    <message>
        <source>Eudora asks for your password the first time it sends or checks mail.</source>
        <translation>Eudora pide su contraseña la primera vez que envía o comprueba el correo.</translation>
    </message>
    <message>
        <source>Close Windows Mail, copy this file into its store folder (usually %LOCALAPPDATA%\Microsoft\Windows Mail; for Windows Live Mail %LOCALAPPDATA%\Microsoft\Windows Live Mail) and start it again: it takes the account over and asks for your password.</source>
        <translation>Cierre Windows Mail, copie este archivo en su carpeta de almacenamiento (normalmente %LOCALAPPDATA%\Microsoft\Windows Mail; para Windows Live Mail %LOCALAPPDATA%\Microsoft\Windows Live Mail) y vuelva a abrirlo: adopta la cuenta y pide su contraseña.</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; a new Windows Mail account needs an incoming server too.</source>
        <translation>%1 solo configura el correo saliente; una cuenta nueva de Windows Mail también necesita un servidor de entrada.</translation>
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
        <translation>identidad «%1»%2</translation>
    </message>
    <message>
        <source> (the one it starts with)</source>
        <translation> (con la que se inicia)</translation>
    </message>
    <message>
        <source>main identity</source>
        <translation>identidad principal</translation>
    </message>
    <message>
        <source>identity &quot;%1&quot;</source>
        <translation>identidad «%1»</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; an Outlook profile file needs an incoming server too. Change the outgoing server of the existing account in Outlook instead.</source>
        <translation>%1 solo configura el correo saliente; un archivo de perfil de Outlook también necesita un servidor de entrada. Cambie en su lugar el servidor de salida de la cuenta existente en Outlook.</translation>
    </message>
    <message>
        <source>an Outlook profile file cannot require STARTTLS for incoming mail; choose the SSL/TLS port (995 for POP3, 993 for IMAP) instead</source>
        <translation>un archivo de perfil de Outlook no puede exigir STARTTLS para el correo entrante; elija en su lugar el puerto SSL/TLS (995 para POP3, 993 para IMAP)</translation>
    </message>
    <message>
        <source>the name or address has characters an Outlook profile file cannot carry; use plain letters for the name</source>
        <translation>el nombre o la dirección tiene caracteres que un archivo de perfil de Outlook no admite; use letras sencillas para el nombre</translation>
    </message>
    <message>
        <source>the text value has no closing quote</source>
        <translation>al valor de texto le falta la comilla de cierre</translation>
    </message>
    <message>
        <source>unexpected characters after the closing quote</source>
        <translation>caracteres inesperados tras la comilla de cierre</translation>
    </message>
    <message>
        <source>dword: needs up to 8 hexadecimal digits, found &quot;%1&quot;</source>
        <translation>dword: necesita hasta 8 dígitos hexadecimales; se encontró «%1»</translation>
    </message>
    <message>
        <source>hex(N): needs a hexadecimal type number</source>
        <translation>hex(N): necesita un número de tipo hexadecimal</translation>
    </message>
    <message>
        <source>unknown value type in &quot;%1&quot; (expected &quot;text&quot;, dword:, hex: or hex(N):)</source>
        <translation>tipo de valor desconocido en «%1» (se esperaba &quot;texto&quot;, dword:, hex: o hex(N):)</translation>
    </message>
    <message>
        <source>hexadecimal bytes must be pairs of digits separated by commas</source>
        <translation>los bytes hexadecimales deben ser pares de dígitos separados por comas</translation>
    </message>
    <message>
        <source>the Windows registry can only be changed on Windows; on this computer Mail Setup works on .reg files (--home with --os windows)</source>
        <translation>el registro de Windows solo se puede cambiar en Windows; en este equipo Mail Setup trabaja con archivos .reg (--home con --os windows)</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 línea %2: %3</translation>
    </message>
    <message>
        <source>the Windows registry</source>
        <translation>el registro de Windows</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; in %3</source>
        <translation>%1 «%2» en %3</translation>
    </message>
    <message>
        <source>the registry value %1 &quot;%2&quot; in %3 changed after the plan was made (was %4 started?). Nothing was written; review the plan again.</source>
        <translation>el valor del registro %1 «%2» en %3 cambió después de preparar el plan (¿se abrió %4?). No se escribió nada; revise el plan de nuevo.</translation>
    </message>
    <message>
        <source>the registry key %1: %2</source>
        <translation>la clave del registro %1: %2</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>el servidor no envió ningún certificado</translation>
    </message>
    <message>
        <source>the server&apos;s certificate cannot be read</source>
        <translation>no se puede leer el certificado del servidor</translation>
    </message>
    <message>
        <source>the certificate check could not start (out of memory?)</source>
        <translation>no se pudo iniciar la comprobación del certificado (¿falta memoria?)</translation>
    </message>
    <message>
        <source>this computer&apos;s certificate store cannot be read</source>
        <translation>no se puede leer el almacén de certificados de este equipo</translation>
    </message>
    <message>
        <source>%1 cannot be read as a certificate bundle</source>
        <translation>%1 no se puede leer como paquete de certificados</translation>
    </message>
    <message>
        <source>Connection check for %1 (%2 endpoints, at most %3 s each, took %4 ms)</source>
        <translation>Comprobación de conexión para %1 (%2 puntos de acceso, como máximo %3 s cada uno, duró %4 ms)</translation>
    </message>
    <message>
        <source>Log-in checked with the password given (not shown).</source>
        <translation>Inicio de sesión comprobado con la contraseña indicada (no se muestra).</translation>
    </message>
    <message>
        <source>Log-in not checked: no password was given.</source>
        <translation>Inicio de sesión no comprobado: no se indicó contraseña.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>verdict %1 at %2; connect %3, greeting %4, TLS handshake %5, total %6</source>
        <translation>resultado %1 a los %2; conexión %3, saludo %4, negociación TLS %5, total %6</translation>
    </message>
    <message>
        <source>greeting: %1</source>
        <translation>saludo: %1</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <source>certificate: %1, issued by %2</source>
        <translation>certificado: %1, emitido por %2</translation>
    </message>
    <message>
        <source>log-in methods before TLS: %1</source>
        <translation>métodos de inicio de sesión antes de TLS: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>log-in methods after TLS: %1</source>
        <translation>métodos de inicio de sesión después de TLS: %1</translation>
    </message>
    <message>
        <source>Recommended: %1.</source>
        <translation>Recomendado: %1.</translation>
    </message>
    <message>
        <source>No recommendation: %1.</source>
        <translation>Sin recomendación: %1.</translation>
    </message>
    <message>
        <source>nothing was checked</source>
        <translation>no se comprobó nada</translation>
    </message>
    <message>
        <source>a line longer than %1 bytes</source>
        <translation>una línea de más de %1 bytes</translation>
    </message>
    <message>
        <source>a reply of more than %1 lines</source>
        <translation>una respuesta de más de %1 líneas</translation>
    </message>
    <message>
        <source>not an SMTP reply: &quot;%1&quot;</source>
        <translation>no es una respuesta SMTP: «%1»</translation>
    </message>
    <message>
        <source>an SMTP reply whose lines have different codes (%1, %2)</source>
        <translation>una respuesta SMTP cuyas líneas tienen códigos distintos (%1, %2)</translation>
    </message>
    <message>
        <source>not a POP3 reply: &quot;%1&quot;</source>
        <translation>no es una respuesta POP3: «%1»</translation>
    </message>
    <message>
        <source>not an IMAP reply: &quot;%1&quot;</source>
        <translation>no es una respuesta IMAP: «%1»</translation>
    </message>
    <message>
        <source>not an IMAP greeting: &quot;%1&quot;</source>
        <translation>no es un saludo IMAP: «%1»</translation>
    </message>
    <message>
        <source>an IMAP reply with status &quot;%1&quot;</source>
        <translation>una respuesta IMAP con el estado «%1»</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>use port %1 instead</source>
        <translation>use en su lugar el puerto %1</translation>
    </message>
    <message>
        <source>turn off outgoing mail scanning in your anti-virus program</source>
        <translation>desactive el análisis del correo saliente en su antivirus</translation>
    </message>
    <message>
        <source>turn off mail scanning in your anti-virus program</source>
        <translation>desactive el análisis del correo en su antivirus</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, o %2</translation>
    </message>
    <message>
        <source>works: encrypted (%1), certificate trusted, log-in accepted</source>
        <translation>funciona: cifrado (%1), certificado de confianza, inicio de sesión aceptado</translation>
    </message>
    <message>
        <source>works: encrypted (%1), certificate trusted</source>
        <translation>funciona: cifrado (%1), certificado de confianza</translation>
    </message>
    <message>
        <source>works (encrypted, %1%2), but the certificate is from %3, which this computer does not trust yet</source>
        <translation>funciona (cifrado, %1%2), pero el certificado es de %3, en quien este equipo aún no confía</translation>
    </message>
    <message>
        <source>, log-in accepted</source>
        <translation>, inicio de sesión aceptado</translation>
    </message>
    <message>
        <source>install it on the next page</source>
        <translation>instálelo en la página siguiente</translation>
    </message>
    <message>
        <source>nothing answers on port %1 of %2 (%3)</source>
        <translation>nada responde en el puerto %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>port %1 is blocked by your network (%2)</source>
        <translation>su red bloquea el puerto %1 (%2)</translation>
    </message>
    <message>
        <source>check that this computer is connected to the Internet; if web pages open, a firewall blocks mail: ask your provider&apos;s helpdesk</source>
        <translation>compruebe que este equipo está conectado a Internet; si las páginas web se abren, un cortafuegos bloquea el correo: pregunte al servicio de ayuda de su proveedor</translation>
    </message>
    <message>
        <source>use %1</source>
        <translation>use %1</translation>
    </message>
    <message>
        <source>no answer from %1 on port %2 within %3 seconds</source>
        <translation>sin respuesta de %1 en el puerto %2 en %3 segundos</translation>
    </message>
    <message>
        <source>port %1 is blocked by your network</source>
        <translation>su red bloquea el puerto %1</translation>
    </message>
    <message>
        <source>port %1 accepts the connection but nothing answers within %2 seconds: something on the way (a firewall, a proxy of your network, or a mail scanner on this computer) is holding it</source>
        <translation>el puerto %1 acepta la conexión pero nada responde en %2 segundos: algo en el camino (un cortafuegos, un proxy de su red o un analizador de correo en este equipo) la retiene</translation>
    </message>
    <message>
        <source>port %1 answers far too slowly (%2 bytes in %3 seconds)</source>
        <translation>el puerto %1 responde demasiado despacio (%2 bytes en %3 segundos)</translation>
    </message>
    <message>
        <source>the encrypted connection (TLS) did not start within %1 seconds</source>
        <translation>la conexión cifrada (TLS) no se inició en %1 segundos</translation>
    </message>
    <message>
        <source>the server stopped answering (while %1) within %2 seconds</source>
        <translation>el servidor dejó de responder (durante %1) en %2 segundos</translation>
    </message>
    <message>
        <source>try again later; if it keeps happening, ask your provider&apos;s helpdesk</source>
        <translation>inténtelo más tarde; si sigue ocurriendo, pregunte al servicio de ayuda de su proveedor</translation>
    </message>
    <message>
        <source>what answers on port %1 does not speak %2 as a mail server should (%3)</source>
        <translation>lo que responde en el puerto %1 no habla %2 como debería un servidor de correo (%3)</translation>
    </message>
    <message>
        <source>your Internet provider may be redirecting port 25</source>
        <translation>puede que su proveedor de Internet esté redirigiendo el puerto 25</translation>
    </message>
    <message>
        <source>ask your provider&apos;s helpdesk</source>
        <translation>pregunte al servicio de ayuda de su proveedor</translation>
    </message>
    <message>
        <source>the server turned the connection away: &quot;%1&quot;</source>
        <translation>el servidor rechazó la conexión: «%1»</translation>
    </message>
    <message>
        <source>something on this computer or your network is intercepting mail: the request to encrypt (STARTTLS) was taken away (%1)</source>
        <translation>algo en este equipo o en su red está interceptando el correo: se eliminó la petición de cifrar (STARTTLS) (%1)</translation>
    </message>
    <message>
        <source>%1; your Internet provider may also be redirecting port 25</source>
        <translation>%1; puede que su proveedor de Internet también esté redirigiendo el puerto 25</translation>
    </message>
    <message>
        <source>the encrypted connection (TLS) could not be set up (%1)</source>
        <translation>no se pudo establecer la conexión cifrada (TLS) (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is neither from %1 nor trusted by this computer (%2): someone may be intercepting the connection, or the profile is out of date</source>
        <translation>el certificado del servidor no es de %1 ni este equipo confía en él (%2): puede que alguien esté interceptando la conexión, o el perfil está desactualizado</translation>
    </message>
    <message>
        <source>the profile&apos;s authority</source>
        <translation>la autoridad del perfil</translation>
    </message>
    <message>
        <source>the server refused the user name &quot;%1&quot; or the password (%2)</source>
        <translation>el servidor rechazó el nombre de usuario «%1» o la contraseña (%2)</translation>
    </message>
    <message>
        <source>check the user name and the password; they are the ones of your mail account, not of your Internet connection</source>
        <translation>compruebe el nombre de usuario y la contraseña; son los de su cuenta de correo, no los de su conexión a Internet</translation>
    </message>
    <message>
        <source>the server offers no way to log in that Mail Setup uses (%1)</source>
        <translation>el servidor no ofrece ninguna forma de iniciar sesión que use Mail Setup (%1)</translation>
    </message>
    <message>
        <source>none offered</source>
        <translation>no se ofrece ninguna</translation>
    </message>
    <message>
        <source>the server offers to log in before encrypting (%1); Mail Setup never does that</source>
        <translation>el servidor ofrece iniciar sesión antes de cifrar (%1); Mail Setup nunca lo hace</translation>
    </message>
    <message>
        <source>the certificate is from %1, which this computer does not trust yet</source>
        <translation>el certificado es de %1, en quien este equipo aún no confía</translation>
    </message>
    <message>
        <source>send with %1</source>
        <translation>enviar con %1</translation>
    </message>
    <message>
        <source>receive with %1</source>
        <translation>recibir con %1</translation>
    </message>
    <message>
        <source>no safe way to send mail works from here</source>
        <translation>desde aquí no funciona ninguna forma segura de enviar correo</translation>
    </message>
    <message>
        <source>no safe way to receive mail works from here</source>
        <translation>desde aquí no funciona ninguna forma segura de recibir correo</translation>
    </message>
    <message>
        <source>profile built into Mail Setup</source>
        <translation>perfil incorporado en Mail Setup</translation>
    </message>
    <message>
        <source>the provider&apos;s own settings file</source>
        <translation>el archivo de configuración del propio proveedor</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s provider database</source>
        <translation>la base de datos de proveedores de Thunderbird</translation>
    </message>
    <message>
        <source>provider database entry of the server receiving the mail (MX)</source>
        <translation>entrada de la base de datos de proveedores del servidor que recibe el correo (MX)</translation>
    </message>
    <message>
        <source>service records in the domain&apos;s DNS (SRV)</source>
        <translation>registros de servicio en el DNS del dominio (SRV)</translation>
    </message>
    <message>
        <source>guess: likely server names that answered</source>
        <translation>suposición: nombres de servidor probables que respondieron</translation>
    </message>
    <message>
        <source>found</source>
        <translation>encontrado</translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation>falló la consulta DNS de %1: %2</translation>
    </message>
    <message>
        <source>DNS lookup of %1 timed out</source>
        <translation>la consulta DNS de %1 tardó demasiado</translation>
    </message>
    <message>
        <source>making a PDF needs Qt&apos;s graphical part to be started (QGuiApplication); this run started only the command-line part</source>
        <translation>crear un PDF necesita iniciar la parte gráfica de Qt (QGuiApplication); esta ejecución solo inició la parte de línea de órdenes</translation>
    </message>
    <message>
        <source>Qt produced an empty PDF</source>
        <translation>Qt produjo un PDF vacío</translation>
    </message>
    <message>
        <source>Your password is not on this sheet. Mail Setup never stores it; your mail program asks for it and sends it only inside the encrypted connection, as a normal password (LOGIN or PLAIN).</source>
        <translation>Su contraseña no está en esta hoja. Mail Setup nunca la guarda; su programa de correo se la pide y solo la envía dentro de la conexión cifrada, como contraseña normal (LOGIN o PLAIN).</translation>
    </message>
    <message>
        <source>Log-in:     %1</source>
        <translation>Acceso:     %1</translation>
    </message>
    <message>
        <source>Log-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>the name %1 cannot be found (%2)</source>
        <translation>no se encuentra el nombre %1 (%2)</translation>
    </message>
    <message>
        <source>check that this computer is connected to the Internet and that the server name is spelled right</source>
        <translation>compruebe que este equipo está conectado a Internet y que el nombre del servidor está bien escrito</translation>
    </message>
    <message>
        <source>--%1 is for --format %2, not %3</source>
        <translation>--%1 es para --format %2, no para %3</translation>
    </message>
    <message>
        <source>sign with --sign-cert and --sign-key, or with --sign-p12, not both</source>
        <translation>firme con --sign-cert y --sign-key, o con --sign-p12, no con ambos</translation>
    </message>
    <message>
        <source>--sign-cert and --sign-key go together: the certificate and its private key</source>
        <translation>--sign-cert y --sign-key van juntos: el certificado y su clave privada</translation>
    </message>
    <message>
        <source>--sign-password-stdin unlocks the file given with --sign-p12</source>
        <translation>--sign-password-stdin desbloquea el archivo indicado con --sign-p12</translation>
    </message>
    <message>
        <source>--open needs a file to open; leave out &quot;-o -&quot;</source>
        <translation>--open necesita un archivo que abrir; quite «-o -»</translation>
    </message>
    <message>
        <source>%1\Store Root names the folder %2, which is not there; the default folder was read instead</source>
        <translation>%1\Store Root indica la carpeta %2, que no existe; se leyó en su lugar la carpeta predeterminada</translation>
    </message>
    <message>
        <source>This computer&apos;s certificate store (asks for the administrator password)</source>
        <translation>El almacén de certificados de este equipo (pide la contraseña de administrador)</translation>
    </message>
    <message>
        <source>the system store of this operating system is changed by the command line (mailsetup certificate install --store system)</source>
        <translation>el almacén del sistema de este sistema operativo se cambia desde la línea de órdenes (mailsetup certificate install --store system)</translation>
    </message>
    <message>
        <source>do not enter your password for this server; %1</source>
        <translation>no escriba su contraseña para este servidor; %1</translation>
    </message>
    <message>
        <source>your Internet provider may be redirecting port 25: %1</source>
        <translation>puede que su proveedor de Internet esté redirigiendo el puerto 25: %1</translation>
    </message>
    <message>
        <source>Use this language (de, fr, es, en) instead of the system&apos;s.</source>
        <translation>Usar este idioma (de, fr, es, en) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Without a command: open the wizard in helpdesk mode (settings, report and log beside every page).</source>
        <translation>Sin orden: abrir el asistente en la vista para soporte (configuración, informe y registro junto a cada página).</translation>
    </message>
    <message>
        <source>Without a command: save the wizard&apos;s first page as a PNG picture and quit.</source>
        <translation>Sin orden: guardar la primera página del asistente como imagen PNG y salir.</translation>
    </message>
    <message>
        <source>compare the fingerprint %1 with the one your provider publishes, then install the certificate with: mailsetup certificate install --profile %2 --confirm-fingerprint %1</source>
        <translation>compare la huella %1 con la que publica su proveedor y después instale el certificado con: mailsetup certificate install --profile %2 --confirm-fingerprint %1</translation>
    </message>
    <message>
        <source>Also write the report as a PDF file to &lt;file&gt;, for a helpdesk (passwords are never in it).</source>
        <translation>Escribir también el informe como archivo PDF en &lt;file&gt;, para un servicio de ayuda (nunca contiene contraseñas).</translation>
    </message>
    <message>
        <source>--letter goes with --pdf</source>
        <translation>--letter solo se usa con --pdf</translation>
    </message>
    <message>
        <source>this build of Mail Setup cannot make PDF files; use --json or the text report</source>
        <translation>esta versión de Mail Setup no puede crear archivos PDF; use --json o el informe de texto</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>make this computer trust the certificate in %1</source>
        <translation>haga que este equipo confíe en el certificado de %1</translation>
    </message>
    <message>
        <source>Connection check for %1</source>
        <translation>Comprobación de conexión para %1</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Se escribió el informe en %1.</translation>
    </message>
    <message>
        <source>not a valid X.509 certificate (%1)</source>
        <translation>no es un certificado X.509 válido (%1)</translation>
    </message>
    <message>
        <source>unexpected data after the certificate</source>
        <translation>datos inesperados después del certificado</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the PEM certificate is truncated (no END CERTIFICATE line)</source>
        <translation>el certificado PEM está cortado (falta la línea END CERTIFICATE)</translation>
    </message>
    <message>
        <source>the file holds more than one certificate</source>
        <translation>el archivo contiene más de un certificado</translation>
    </message>
    <message>
        <source>the PEM certificate is damaged (invalid base64)</source>
        <translation>el certificado PEM está dañado (base64 no válido)</translation>
    </message>
    <message>
        <source>the PEM file holds no certificate (%1)</source>
        <translation>el archivo PEM no contiene ningún certificado (%1)</translation>
    </message>
    <message>
        <source>OpenSSL could not set up the check</source>
        <translation>OpenSSL no pudo preparar la comprobación</translation>
    </message>
    <message>
        <source>cannot read the store %1</source>
        <translation>no se puede leer el almacén %1</translation>
    </message>
    <message>
        <source>cannot start %1</source>
        <translation>no se puede iniciar %1</translation>
    </message>
    <message>
        <source>a variable name is missing before &apos;%1&apos;</source>
        <translation>falta un nombre de variable antes de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 servers checked at the same time, at most %2 s each; took %3 ms.</source>
        <translation>%1 servidores comprobados a la vez, como máximo %2 s cada uno; duró %3 ms.</translation>
    </message>
    <message>
        <source>What works from here</source>
        <translation>Qué funciona desde aquí</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
    <message>
        <source>log-in: %1</source>
        <translation>inicio de sesión: %1</translation>
    </message>
    <message>
        <source>C: what Mail Setup sent, S: what the server answered. Passwords are never shown: where one was sent, the report says [password redacted].</source>
        <translation>C: lo que envió Mail Setup, S: lo que respondió el servidor. Las contraseñas nunca se muestran: donde se envió una, el informe pone [password redacted].</translation>
    </message>
    <message>
        <source>the certificate is not valid here: %1</source>
        <translation>el certificado no es válido aquí: %1</translation>
    </message>
    <message>
        <source>%1&apos;s own certificate list, %2</source>
        <translation>La lista de certificados propia de %1, %2</translation>
    </message>
    <message>
        <source>a NUL byte at offset %1</source>
        <translation>un byte NUL en la posición %1</translation>
    </message>
    <message>
        <source>Mail Setup is incomplete: its part %1 is missing (looked for %2).</source>
        <translation>Mail Setup está incompleto: falta su componente %1 (se buscó en %2).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Mail Setup cannot load its part %1: %2</source>
        <translation>Mail Setup no puede cargar su componente %1: %2</translation>
    </message>
    <message>
        <source>Mail Setup cannot use its part %1: it is not Mail Setup&apos;s engine.</source>
        <translation>Mail Setup no puede usar su componente %1: no es el motor de Mail Setup.</translation>
    </message>
    <message>
        <source>Mail Setup cannot use its part %1: it belongs to version %2, this is version %3.</source>
        <translation>Mail Setup no puede usar su componente %1: pertenece a la versión %2 y esta es la versión %3.</translation>
    </message>
    <message>
        <source>Mail Setup cannot use its part %1: it was not built for this program.</source>
        <translation>Mail Setup no puede usar su componente %1: no se compiló para este programa.</translation>
    </message>
    <message>
        <source>Install Mail Setup again.</source>
        <translation>Vuelva a instalar Mail Setup.</translation>
    </message>
    <message>
        <source>The outgoing port the subscriber uses: recommended as long as it works from here.</source>
        <translation>El puerto de salida que usa el abonado: se recomienda mientras funcione desde aquí.</translation>
    </message>
    <message>
        <source>the profile %1 has no outgoing server on port %2</source>
        <translation>el perfil %1 no tiene servidor de salida en el puerto %2</translation>
    </message>
    <message>
        <source>port %1, chosen for sending, does not work from here, so port %2 is used instead</source>
        <translation>el puerto %1, elegido para enviar, no funciona desde aquí, así que se usa el puerto %2</translation>
    </message>
    <message>
        <source>receiving with %1, the provider&apos;s choice, does not work from here, so %2 is used instead</source>
        <translation>recibir con %1, la elección del proveedor, no funciona desde aquí, así que se usa %2</translation>
    </message>
    <message>
        <source> (POP3 downloads your mail to this computer; other devices may no longer see it)</source>
        <translation> (POP3 descarga su correo a este ordenador; es posible que otros dispositivos ya no lo vean)</translation>
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
        <translation>Apple Mail, Mac OS X 10.7 o posterior (%1; se configura mediante un perfil de configuración)</translation>
    </message>
    <message>
        <source>Mail is running (%1). Quit Mail (Mail &gt; Quit Mail), then try again: Mail rewrites %2 from its own copy of the settings and would undo the changes.</source>
        <translation>Mail está abierto (%1). Salga de Mail (Mail &gt; Salir de Mail) y vuelva a intentarlo: Mail reescribe %2 a partir de su propia copia de la configuración y desharía los cambios.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation>Mail Setup no reescribe un archivo que no puede leer por completo.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ApplyPage</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>Aplicando los cambios</translation>
    </message>
    <message>
        <source>Mail Setup changes one mail program after the other. If one cannot be changed, it puts the others back as they were.</source>
        <translation>Mail Setup cambia los programas de correo uno tras otro. Si uno no se puede cambiar, deja los demás como estaban.</translation>
    </message>
    <message>
        <source>&amp;Mail programs:</source>
        <translation>&amp;Programas de correo:</translation>
    </message>
    <message>
        <source>Progress per mail program</source>
        <translation>Progreso por programa de correo</translation>
    </message>
    <message>
        <source>Mail program</source>
        <translation>Programa de correo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Applying the changes…</source>
        <translation>Aplicando los cambios…</translation>
    </message>
    <message>
        <source>Every mail program is set up. Click Next.</source>
        <translation>Todos los programas de correo están configurados. Pulse Siguiente.</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Aplicado: %1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation>%1 para %2 (%3)</translation>
    </message>
    <message>
        <source>Applying to %1</source>
        <translation>Aplicando a %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing needed to change</source>
        <translation>No hacía falta cambiar nada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Put back as it was</source>
        <translation>Devuelto a como estaba</translation>
    </message>
    <message>
        <source>Could not be put back</source>
        <translation>No se pudo devolver a como estaba</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>The mail programs changed before it were put back; nothing is changed now.</source>
        <translation>Los programas de correo cambiados antes se devolvieron a como estaban; ahora no hay nada cambiado.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Some changes could not be put back: %1</source>
        <translation>Algunos cambios no se pudieron deshacer: %1</translation>
    </message>
    <message>
        <source>Fix it (usually: quit the mail program), then click Try again.</source>
        <translation>Corríjalo (normalmente: cerrar el programa de correo) y pulse Reintentar.</translation>
    </message>
    <message>
        <source>Columns: mail program, state</source>
        <translation>Columnas: programa de correo, estado</translation>
    </message>
    <message>
        <source>Failed (the reason is below)</source>
        <translation>Falló (el motivo está abajo)</translation>
    </message>
</context>
<context>
    <name>mailsetup::AutoconfigFetcher</name>
    <message>
        <source>%1: the host %2 is not reachable from here</source>
        <translation>%1: el servidor %2 no es accesible desde aquí</translation>
    </message>
    <message>
        <source>%1: the answer would be %2 bytes; a provider settings file is never larger than %3 bytes, so it was refused</source>
        <translation>%1: la respuesta tendría %2 bytes; un archivo de configuración de proveedor nunca supera los %3 bytes, así que se rechazó</translation>
    </message>
    <message>
        <source>%1: the answer is larger than %2 bytes, more than any provider settings file; refused</source>
        <translation>%1: la respuesta supera los %2 bytes, más que cualquier archivo de configuración de proveedor; rechazada</translation>
    </message>
    <message>
        <source>%1: no complete answer within %2 seconds; gave up</source>
        <translation>%1: sin respuesta completa en %2 segundos; se abandonó</translation>
    </message>
    <message>
        <source>%1: redirects to another host (%2); a provider file must come from the host asked, so it was refused</source>
        <translation>%1: redirige a otro servidor (%2); un archivo de proveedor debe venir del servidor consultado, así que se rechazó</translation>
    </message>
    <message>
        <source>%1: redirects from HTTPS to an unencrypted address (%2); refused</source>
        <translation>%1: redirige de HTTPS a una dirección sin cifrar (%2); rechazado</translation>
    </message>
    <message>
        <source>%1: more than %2 redirects; refused</source>
        <translation>%1: más de %2 redirecciones; rechazado</translation>
    </message>
    <message>
        <source>%1: not found (HTTP %2)</source>
        <translation>%1: no encontrado (HTTP %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2</source>
        <translation>%1: el servidor respondió HTTP %2</translation>
    </message>
    <message>
        <source>%1: the answer is &quot;%2&quot;, not an XML file; refused</source>
        <translation>%1: la respuesta es «%2», no un archivo XML; rechazada</translation>
    </message>
</context>
<context>
    <name>mailsetup::BackupStore</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>no se puede crear la carpeta de copias de seguridad %1</translation>
    </message>
</context>
<context>
    <name>mailsetup::CertificatePage</name>
    <message>
        <source>&amp;Install the certificate</source>
        <translation>&amp;Instalar el certificado</translation>
    </message>
    <message>
        <source>Your provider&apos;s certificate</source>
        <translation>El certificado de su proveedor</translation>
    </message>
    <message>
        <source>Your mail program checks the mail server&apos;s identity with a certificate. Install your provider&apos;s root certificate only if its fingerprint is the one your provider publishes. You can also go on without it.</source>
        <translation>Su programa de correo comprueba la identidad del servidor de correo con un certificado. Instale el certificado raíz de su proveedor solo si su huella es la que publica su proveedor. También puede seguir sin él.</translation>
    </message>
    <message>
        <source>I have &amp;compared the fingerprint: it is the same as my provider&apos;s</source>
        <translation>He &amp;comparado la huella: es la misma que la de mi proveedor</translation>
    </message>
    <message>
        <source>I have compared the fingerprint</source>
        <translation>He comparado la huella</translation>
    </message>
    <message>
        <source>Install the certificate</source>
        <translation>Instalar el certificado</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1 vouches for its mail servers with its own root certificate, &quot;%2&quot;. Mail programs do not know it by themselves: without it they warn that the connection may not be safe. Compare the fingerprint below, character by character, with the one %1 publishes %3.</source>
        <translation>%1 avala sus servidores de correo con su propio certificado raíz, «%2». Los programas de correo no lo conocen por sí mismos: sin él avisan de que la conexión quizá no sea segura. Compare la huella de abajo, carácter por carácter, con la que publica %1 %3.</translation>
    </message>
    <message>
        <source>Subject: %1
Valid from %2 to %3
SHA-256 fingerprint:</source>
        <translation>Sujeto: %1
Válido del %2 al %3
Huella SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <source>Read by %1</source>
        <translation>Lo lee %1</translation>
    </message>
    <message>
        <source>No mail program that needs this certificate was found here.</source>
        <translation>Aquí no se encontró ningún programa de correo que necesite este certificado.</translation>
    </message>
    <message>
        <source>Install it where your mail programs look:</source>
        <translation>Instálelo donde miran sus programas de correo:</translation>
    </message>
    <message>
        <source>Start and close these once, then come back, to install it there too: %1</source>
        <translation>Abra y cierre estos una vez y vuelva después para instalarlo también allí: %1</translation>
    </message>
    <message>
        <source>Certificate not installed (skipped)</source>
        <translation>Certificado no instalado (omitido)</translation>
    </message>
    <message>
        <source>Installing the certificate…</source>
        <translation>Instalando el certificado…</translation>
    </message>
    <message>
        <source>Installing the certificate %1 (confirmed %2)</source>
        <translation>Instalando el certificado %1 (confirmado %2)</translation>
    </message>
    <message>
        <source>Nothing was installed: %1
Do not trust this certificate; ask your provider for the right profile.</source>
        <translation>No se instaló nada: %1
No confíe en este certificado; pida a su proveedor el perfil correcto.</translation>
    </message>
    <message>
        <source>Certificate refused: %1</source>
        <translation>Certificado rechazado: %1</translation>
    </message>
    <message>
        <source>The certificate is installed:</source>
        <translation>El certificado está instalado:</translation>
    </message>
    <message>
        <source>Not everything worked:</source>
        <translation>No todo funcionó:</translation>
    </message>
    <message>
        <source>on its own web page or in its letter to you</source>
        <translation>en su propia página web o en la carta que le envió</translation>
    </message>
</context>
<context>
    <name>mailsetup::ChangePlan</name>
    <message>
        <source>Nothing will be changed: %1</source>
        <translation>No se cambiará nada: %1</translation>
    </message>
    <message>
        <source>Already set up as asked; nothing to change.</source>
        <translation>Ya está configurado como se pidió; no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Changes to %1:</source>
        <translation>Cambios en %1:</translation>
    </message>
    <message>
        <source>New file %1:</source>
        <translation>Archivo nuevo %1:</translation>
    </message>
    <message>
        <source>Registry changes in %1:</source>
        <translation>Cambios del registro en %1:</translation>
    </message>
    <message>
        <source>the Windows registry</source>
        <translation>el registro de Windows</translation>
    </message>
</context>
<context>
    <name>mailsetup::ClawsAdapter</name>
    <message>
        <source>Claws Mail is running (%1). Quit Claws Mail (File &gt; Exit), then try again; it saves its accounts when it quits and would overwrite the changes.</source>
        <translation>Claws Mail está abierto (%1). Salga de Claws Mail (Archivo &gt; Salir) y vuelva a intentarlo; guarda sus cuentas al salir y sobrescribiría los cambios.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>Claws Mail has not finished setting itself up in %1 yet. Start Claws Mail once, complete its setup (it creates the mailbox folder), quit it, then try again.</source>
        <translation>Claws Mail aún no ha terminado de configurarse en %1. Abra Claws Mail una vez, complete su configuración (crea la carpeta del buzón), ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation>%1. Mail Setup no reescribe un archivo que no puede leer por completo.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ClientsPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Your mail programs</source>
        <translation>Sus programas de correo</translation>
    </message>
    <message>
        <source>Tick the mail programs Mail Setup should set up. Nothing is changed until you have seen the changes and clicked Apply.</source>
        <translation>Marque los programas de correo que Mail Setup debe configurar. No se cambia nada hasta que haya visto los cambios y pulsado Aplicar.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Look for mail programs again, for example after closing Thunderbird</source>
        <translation>Volver a buscar programas de correo, por ejemplo después de cerrar Thunderbird</translation>
    </message>
    <message>
        <source>No mail program that Mail Setup can set up was found on this computer (it looked in %1).

Mail Setup sets up %2. Install Thunderbird, start it once and close it again, so that it creates its settings. Then click Check again.</source>
        <translation>No se encontró en este equipo ningún programa de correo que Mail Setup pueda configurar (buscó en %1).

Mail Setup configura %2. Instale Thunderbird, ábralo una vez y vuelva a cerrarlo para que cree su configuración. Después pulse Comprobar de nuevo.</translation>
    </message>
    <message>
        <source>Mail Setup cannot change any of these right now; the reason is given below. Fix it (usually: quit Thunderbird), then click Check again.</source>
        <translation>Mail Setup no puede cambiar ninguno de ellos ahora; el motivo está abajo. Corríjalo (normalmente: cerrar Thunderbird) y pulse Comprobar de nuevo.</translation>
    </message>
    <message>
        <source>Everything is already set up for %1. You can close Mail Setup.</source>
        <translation>Todo está ya configurado para %1. Puede cerrar Mail Setup.</translation>
    </message>
    <message>
        <source>Mail Setup found these mail programs on this computer:</source>
        <translation>Mail Setup encontró estos programas de correo en este equipo:</translation>
    </message>
    <message>
        <source>Show the &amp;steps…</source>
        <translation>Mostrar los &amp;pasos…</translation>
    </message>
    <message>
        <source>Another mail program</source>
        <translation>Otro programa de correo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translation>Mostrar los pasos</translation>
    </message>
    <message>
        <source>No instructions</source>
        <translation>Sin instrucciones</translation>
    </message>
    <message>
        <source>Mail Setup has no instructions for &quot;%1&quot;.</source>
        <translation>Mail Setup no tiene instrucciones para «%1».</translation>
    </message>
    <message>
        <source>Use the settings sheet on the last page.</source>
        <translation>Use la hoja de configuración de la última página.</translation>
    </message>
    <message>
        <source>Instructions shown: %1</source>
        <translation>Instrucciones mostradas: %1</translation>
    </message>
    <message>
        <source>Other &amp;program, set up by hand:</source>
        <translation>Otro &amp;programa, configurado a mano:</translation>
    </message>
</context>
<context>
    <name>mailsetup::ConnectionPage</name>
    <message>
        <source>Works</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Works once the provider&apos;s certificate is installed</source>
        <translation>Funciona cuando se instale el certificado del proveedor</translation>
    </message>
    <message>
        <source>Cannot be reached from here</source>
        <translation>No se puede alcanzar desde aquí</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>Something else answers there</source>
        <translation>Allí responde otra cosa</translation>
    </message>
    <message>
        <source>The server turned us away</source>
        <translation>El servidor nos rechazó</translation>
    </message>
    <message>
        <source>Encryption was blocked on the way</source>
        <translation>El cifrado se bloqueó por el camino</translation>
    </message>
    <message>
        <source>Encryption could not be set up</source>
        <translation>No se pudo establecer el cifrado</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>El certificado del servidor no es de confianza</translation>
    </message>
    <message>
        <source>Log-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>No safe way to log in</source>
        <translation>No hay forma segura de iniciar sesión</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>%1 (%2): %3, port %4, %5</source>
        <translation>%1 (%2): %3, puerto %4, %5</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Skip the check</source>
        <translation>&amp;Omitir la comprobación</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Comprobando la conexión</translation>
    </message>
    <message>
        <source>Mail Setup tries each of your provider&apos;s servers from this computer, so that your mail program gets settings that work here. It sends no mail and no password.</source>
        <translation>Mail Setup prueba cada servidor de su proveedor desde este equipo, para que su programa de correo reciba una configuración que funcione aquí. No envía correo ni contraseña.</translation>
    </message>
    <message>
        <source>Se&amp;rvers:</source>
        <translation>Se&amp;rvidores:</translation>
    </message>
    <message>
        <source>Servers and results</source>
        <translation>Servidores y resultados</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Try every server again, for example after changing the network</source>
        <translation>Volver a probar cada servidor, por ejemplo después de cambiar de red</translation>
    </message>
    <message>
        <source>Skip the check</source>
        <translation>Omitir la comprobación</translation>
    </message>
    <message>
        <source>Go on without checking; Mail Setup then uses your provider&apos;s first choice</source>
        <translation>Seguir sin comprobar; Mail Setup usa entonces la primera opción de su proveedor</translation>
    </message>
    <message>
        <source>Diagnosis report</source>
        <translation>Informe de diagnóstico</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n server(s)… this takes at most %1 seconds.</source>
        <translation>
            <numerusform>Comprobando %n servidor… tarda como máximo %1 segundos.</numerusform>
            <numerusform>Comprobando %n servidores… tarda como máximo %1 segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection check started: %1 servers of %2</source>
        <translation>Comprobación de conexión iniciada: %1 servidores de %2</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>Comprobando: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>None of the servers could be used safely from this computer. The list says why. Click Check again once that is fixed, or Skip the check to set up the provider&apos;s settings anyway.</source>
        <translation>Ninguno de los servidores se pudo usar de forma segura desde este equipo. La lista dice por qué. Pulse Comprobar de nuevo cuando esté corregido, u Omitir la comprobación para configurar de todos modos la configuración del proveedor.</translation>
    </message>
    <message>
        <source>Connection check: nothing usable</source>
        <translation>Comprobación de conexión: nada utilizable</translation>
    </message>
    <message>
        <source>Cannot use the checked servers: %1</source>
        <translation>No se pueden usar los servidores comprobados: %1</translation>
    </message>
    <message>
        <source>Mail Setup will use the servers that work from here:</source>
        <translation>Mail Setup usará los servidores que funcionan desde aquí:</translation>
    </message>
    <message>
        <source>Receiving: %1</source>
        <translation>Recepción: %1</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Envío: %1</translation>
    </message>
    <message>
        <source>Connection check recommends: %1</source>
        <translation>La comprobación de conexión recomienda: %1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobado</translation>
    </message>
    <message>
        <source>The check was skipped. Mail Setup uses your provider&apos;s first choice without knowing whether it works from this computer; if your mail program cannot connect later, run Mail Setup again and let it check.</source>
        <translation>Se omitió la comprobación. Mail Setup usa la primera opción de su proveedor sin saber si funciona desde este equipo; si más tarde su programa de correo no puede conectarse, vuelva a ejecutar Mail Setup y deje que la compruebe.</translation>
    </message>
    <message>
        <source>Connection check skipped</source>
        <translation>Comprobación de conexión omitida</translation>
    </message>
    <message>
        <source>Columns: server, result</source>
        <translation>Columnas: servidor, resultado</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Nota: %1.</translation>
    </message>
</context>
<context>
    <name>mailsetup::DetailsPage</name>
    <message>
        <source>&amp;Outgoing server:</source>
        <translation>Servidor de sa&amp;lida:</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Type your name and the email address your provider gave you. Mail Setup never asks for your password.</source>
        <translation>Escriba su nombre y la dirección de correo que le dio su proveedor. Mail Setup nunca pide su contraseña.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>as the people you write to will see it, e.g. Alice Example</source>
        <translation>tal como lo verán sus destinatarios, p. ej., Alicia Ejemplo</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Log-in name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>The name you log in to your provider&apos;s mail servers with. Filled in from your address; change it only if your provider told you a different one.</source>
        <translation>El nombre con el que inicia sesión en los servidores de correo de su proveedor. Se rellena a partir de su dirección; cámbielo solo si su proveedor le indicó otro.</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Servidor de salida</translation>
    </message>
    <message>
        <source>Filled in from your address. Change it only if your provider gave you a different log-in name.</source>
        <translation>Se rellena a partir de su dirección. Cámbielo solo si su proveedor le dio otro nombre de usuario.</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Su no&amp;mbre:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Dirección de correo:</translation>
    </message>
    <message>
        <source>&amp;Log-in name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>e.g. alice@example.org</source>
        <translation>p. ej., alice@example.org</translation>
    </message>
    <message>
        <source>e.g. alice@%1</source>
        <translation>p. ej., alice@%1</translation>
    </message>
    <message>
        <source>%1, port %2: %3</source>
        <translation>%1, puerto %2: %3</translation>
    </message>
    <message>
        <source> (not used by Mail Setup)</source>
        <translation> (Mail Setup no lo usa)</translation>
    </message>
    <message>
        <source> (recommended)</source>
        <translation> (recomendado)</translation>
    </message>
    <message>
        <source>Type your email address to go on.</source>
        <translation>Escriba su dirección de correo para continuar.</translation>
    </message>
    <message>
        <source>Cannot go on: %1.</source>
        <translation>No se puede continuar: %1.</translation>
    </message>
    <message>
        <source>%1 addresses end in %2, but this one ends in @%3. Check it for typing mistakes; if your provider told you to use it, you can go on.</source>
        <translation>Las direcciones de %1 terminan en %2, pero esta termina en @%3. Compruebe que no haya errores de escritura; si su proveedor le dijo que la use, puede continuar.</translation>
    </message>
    <message>
        <source>Mail Setup will use:</source>
        <translation>Mail Setup usará:</translation>
    </message>
    <message>
        <source>Incoming mail (%1): %2</source>
        <translation>Correo entrante (%1): %2</translation>
    </message>
    <message>
        <source>Incoming mail: left as it is (%1 sets up outgoing mail only)</source>
        <translation>Correo entrante: queda como está (%1 solo configura el correo saliente)</translation>
    </message>
    <message>
        <source>Outgoing mail (%1): %2</source>
        <translation>Correo saliente (%1): %2</translation>
    </message>
</context>
<context>
    <name>mailsetup::DiagnosticsServerProber</name>
    <message>
        <source>the host is not reachable from here</source>
        <translation>el servidor no es accesible desde aquí</translation>
    </message>
</context>
<context>
    <name>mailsetup::DiscoveryPanel</name>
    <message>
        <source>&amp;Find settings</source>
        <translation>&amp;Buscar configuración</translation>
    </message>
    <message>
        <source>Or find them from your &amp;email address:</source>
        <translation>O búsquela a partir de su &amp;dirección de correo:</translation>
    </message>
    <message>
        <source>Email address to find the settings for</source>
        <translation>Dirección de correo cuya configuración se busca</translation>
    </message>
    <message>
        <source>e.g. alice@example.org</source>
        <translation>p. ej., alice@example.org</translation>
    </message>
    <message>
        <source>Find settings</source>
        <translation>Buscar configuración</translation>
    </message>
    <message>
        <source>Ask your provider&apos;s servers and Thunderbird&apos;s list of providers for the settings; changes nothing</source>
        <translation>Pedir la configuración a los servidores de su proveedor y a la lista de proveedores de Thunderbird; no cambia nada</translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation>Buscando la configuración de %1…</translation>
    </message>
    <message>
        <source>No settings were found for %1. Ask your provider for a profile file.</source>
        <translation>No se encontró configuración para %1. Pida a su proveedor un archivo de perfil.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n set(s) of settings; they are in the list above, best first.</source>
        <translation>
            <numerusform>Se encontró %n conjunto de configuración; está en la lista de arriba.</numerusform>
            <numerusform>Se encontraron %n conjuntos de configuración; están en la lista de arriba, el mejor primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailsetup::DocumentActions</name>
    <message>
        <source>Copied. Paste it into an email or a document.</source>
        <translation>Copiado. Péguelo en un correo o un documento.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>no se puede escribir el archivo</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>No se guardó el PDF</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose another folder, for example your Documents folder.</source>
        <translation>Elija otra carpeta, por ejemplo su carpeta Documentos.</translation>
    </message>
</context>
<context>
    <name>mailsetup::DonePage</name>
    <message>
        <source>&amp;Undo these changes</source>
        <translation>&amp;Deshacer estos cambios</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Start your mail program to use the account.</source>
        <translation>Abra su programa de correo para usar la cuenta.</translation>
    </message>
    <message>
        <source>Undo these changes</source>
        <translation>Deshacer estos cambios</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <source>%1 was already set up for %2; nothing needed to change.</source>
        <translation>%1 ya estaba configurado para %2; no hacía falta cambiar nada.</translation>
    </message>
    <message>
        <source>Done: %1 is set up for %2.</source>
        <translation>Listo: %1 está configurado para %2.</translation>
    </message>
    <message>
        <source>What to do now: start %1. If it is open, quit it and start it again. The first time it fetches or sends mail it asks for your email password. Mail Setup never asks for your password and never stores it.</source>
        <translation>Qué hacer ahora: abra %1. Si está abierto, ciérrelo y vuelva a abrirlo. La primera vez que reciba o envíe correo le pedirá su contraseña de correo. Mail Setup nunca pide su contraseña ni la guarda.</translation>
    </message>
    <message>
        <source>Changed files:
%1</source>
        <translation>Archivos cambiados:
%1</translation>
    </message>
    <message>
        <source>Note from %1:
%2</source>
        <translation>Nota de %1:
%2</translation>
    </message>
    <message>
        <source>Questions? %1</source>
        <translation>¿Preguntas? %1</translation>
    </message>
    <message>
        <source>Undoing the changes…</source>
        <translation>Deshaciendo los cambios…</translation>
    </message>
    <message>
        <source>Undone: every file is as it was before.
%1</source>
        <translation>Deshecho: todos los archivos están como antes.
%1</translation>
    </message>
    <message>
        <source>The changes were undone; nothing is set up.</source>
        <translation>Se deshicieron los cambios; no hay nada configurado.</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>No se pudo deshacer: %1</translation>
    </message>
    <message>
        <source>Changed since Mail Setup wrote them:
%1</source>
        <translation>Cambiados desde que Mail Setup los escribió:
%1</translation>
    </message>
    <message>
        <source>&amp;Print the settings…</source>
        <translation>&amp;Imprimir la configuración…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Copiar como &amp;texto</translation>
    </message>
    <message>
        <source>Show the &amp;steps…</source>
        <translation>Mostrar los &amp;pasos…</translation>
    </message>
    <message>
        <source>Your settings on one page, for your records or your helpdesk (never with a password):</source>
        <translation>Su configuración en una página, para sus archivos o su servicio de ayuda (nunca con la contraseña):</translation>
    </message>
    <message>
        <source>Programs to set up by hand</source>
        <translation>Programas que configurar a mano</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translation>Mostrar los pasos</translation>
    </message>
    <message>
        <source>P&amp;rograms to set up by hand:</source>
        <translation>P&amp;rogramas que configurar a mano:</translation>
    </message>
    <message>
        <source>Change number (for undoing later, or for your helpdesk): %1
The files as they were before are kept in %2
To undo later: %3</source>
        <translation>Número del cambio (para deshacerlo más tarde o para su servicio de ayuda): %1
Los archivos tal como estaban se guardan en %2
Para deshacerlo más tarde: %3</translation>
    </message>
    <message>
        <source>The connection was not checked. If your mail program cannot connect, run Mail Setup again and let it check.</source>
        <translation>No se comprobó la conexión. Si su programa de correo no puede conectarse, vuelva a ejecutar Mail Setup y deje que la compruebe.</translation>
    </message>
    <message>
        <source>Provider&apos;s certificate:
%1</source>
        <translation>Certificado del proveedor:
%1</translation>
    </message>
    <message>
        <source>The provider&apos;s certificate was not installed: your mail program may warn about the server&apos;s certificate. Compare it with your provider&apos;s fingerprint before accepting.</source>
        <translation>No se instaló el certificado del proveedor: su programa de correo puede avisar del certificado del servidor. Compárelo con la huella de su proveedor antes de aceptarlo.</translation>
    </message>
    <message>
        <source>Programs to set up by hand: %1 (the steps are below).</source>
        <translation>Programas que configurar a mano: %1 (los pasos están abajo).</translation>
    </message>
    <message>
        <source>Undoing %1</source>
        <translation>Deshaciendo %1</translation>
    </message>
    <message>
        <source>Put every changed file back as it was before, and take out the provider&apos;s certificate where Mail Setup added it</source>
        <translation>Devolver cada archivo modificado a como estaba antes y quitar el certificado del proveedor donde Mail Setup lo añadió</translation>
    </message>
    <message>
        <source>The provider&apos;s certificate:</source>
        <translation>El certificado del proveedor:</translation>
    </message>
    <message>
        <source>The certificate could not be taken out everywhere:
%1</source>
        <translation>No se pudo quitar el certificado en todas partes:
%1</translation>
    </message>
    <message>
        <source>Your mail program is as it was before.</source>
        <translation>Su programa de correo está como antes.</translation>
    </message>
</context>
<context>
    <name>mailsetup::Editor</name>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>(keeps what this personality uses now)</source>
        <translation>(mantiene lo que usa ahora esta personalidad)</translation>
    </message>
</context>
<context>
    <name>mailsetup::EndpointProbe</name>
    <message>
        <source>connecting to %1 port %2</source>
        <translation>conectando con %1 puerto %2</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>conectado a %1</translation>
    </message>
    <message>
        <source>connected, starting TLS</source>
        <translation>conectado, iniciando TLS</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>esperando el saludo</translation>
    </message>
    <message>
        <source>TLS started: %1, %2</source>
        <translation>TLS iniciado: %1, %2</translation>
    </message>
    <message>
        <source>the profile names no certificate authority</source>
        <translation>el perfil no indica ninguna autoridad de certificación</translation>
    </message>
    <message>
        <source>certificate chain: trusted by the profile&apos;s authority: %1; by this computer: %2</source>
        <translation>cadena de certificados: de confianza para la autoridad del perfil: %1; para este equipo: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>no (%1)</translation>
    </message>
    <message>
        <source>more than %1 KiB arrived without a complete reply</source>
        <translation>llegaron más de %1 KiB sin una respuesta completa</translation>
    </message>
    <message>
        <source>the server sent more after agreeing to start TLS, which would let an attacker inject commands</source>
        <translation>el servidor envió más datos después de aceptar iniciar TLS, lo que permitiría a un atacante inyectar órdenes</translation>
    </message>
    <message>
        <source>starting TLS</source>
        <translation>iniciando TLS</translation>
    </message>
    <message>
        <source>[user name, base64]</source>
        <translation>[nombre de usuario, base64]</translation>
    </message>
    <message>
        <source>asking for the server&apos;s capabilities</source>
        <translation>preguntando las capacidades del servidor</translation>
    </message>
    <message>
        <source>the server did not list its capabilities</source>
        <translation>el servidor no enumeró sus capacidades</translation>
    </message>
    <message>
        <source>asking to start TLS</source>
        <translation>pidiendo iniciar TLS</translation>
    </message>
    <message>
        <source>STARTTLS is missing from the server&apos;s capabilities</source>
        <translation>STARTTLS no aparece en las capacidades del servidor</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>iniciando sesión</translation>
    </message>
    <message>
        <source>no log-in attempted: the certificate is not trusted, so the password must not be sent</source>
        <translation>no se intentó iniciar sesión: el certificado no es de confianza, así que la contraseña no debe enviarse</translation>
    </message>
    <message>
        <source>no log-in attempted: the user name is empty or a line break is in the user name or password</source>
        <translation>no se intentó iniciar sesión: el nombre de usuario está vacío o hay un salto de línea en el nombre o en la contraseña</translation>
    </message>
    <message>
        <source>no log-in attempted: the server offers no password method Mail Setup uses (%1)</source>
        <translation>no se intentó iniciar sesión: el servidor no ofrece ningún método de contraseña que use Mail Setup (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection without a greeting</source>
        <translation>el servidor cerró la conexión sin saludo</translation>
    </message>
    <message>
        <source>the connection was closed after the request to start TLS</source>
        <translation>la conexión se cerró después de pedir iniciar TLS</translation>
    </message>
    <message>
        <source>no complete answer within %1 seconds (%2 bytes received)</source>
        <translation>sin respuesta completa en %1 segundos (%2 bytes recibidos)</translation>
    </message>
    <message>
        <source>by the profile&apos;s authority: %1; by this computer: %2</source>
        <translation>para la autoridad del perfil: %1; para este equipo: %2</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
</context>
<context>
    <name>mailsetup::EntourageAdapter</name>
    <message>
        <source>identity &quot;%1&quot; (%2)</source>
        <translation>identidad «%1» (%2)</translation>
    </message>
    <message>
        <source>%1 is running; quit it first.</source>
        <translation>%1 está abierto; ciérrelo primero.</translation>
    </message>
    <message>
        <source>Entourage and Outlook Express 5 keep their accounts in a database whose format Microsoft never published, so Mail Setup does not change it. Follow the step-by-step instructions for %1 instead (Tools &gt; Accounts); they include the outgoing server&apos;s &quot;requires SSL&quot; setting and port, which these programs need because they cannot use STARTTLS.</source>
        <translation>Entourage y Outlook Express 5 guardan sus cuentas en una base de datos cuyo formato Microsoft nunca publicó, así que Mail Setup no la cambia. Siga en su lugar las instrucciones paso a paso para %1 (Tools &gt; Accounts); incluyen el ajuste «requires SSL» y el puerto del servidor de salida, que estos programas necesitan porque no pueden usar STARTTLS.</translation>
    </message>
</context>
<context>
    <name>mailsetup::EudoraAdapter</name>
    <message>
        <source>Eudora is running (%1). Quit Eudora (File &gt; Exit), then try again; it writes its settings back when it quits and would overwrite the changes.</source>
        <translation>Eudora está abierto (%1). Salga de Eudora (File &gt; Exit) y vuelva a intentarlo; escribe su configuración al salir y sobrescribiría los cambios.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation>%1. Mail Setup no reescribe un archivo que no puede leer por completo.</translation>
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
        <translation>Evolution está abierto (%1). Salga de Evolution (Archivo &gt; Salir) y vuelva a intentarlo; mientras se ejecuta, su propia copia de la configuración de la cuenta puede sobrescribir los cambios. Si no se cierra, ejecute «evolution --force-shutdown».</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not change Evolution&apos;s accounts while one of its files cannot be read completely; repair or remove that file first.</source>
        <translation>%1. Mail Setup no cambia las cuentas de Evolution mientras uno de sus archivos no se pueda leer por completo; repare o quite primero ese archivo.</translation>
    </message>
</context>
<context>
    <name>mailsetup::HelpdeskPanel</name>
    <message>
        <source>Settings in use</source>
        <translation>Configuración en uso</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Settin&amp;gs in use:</source>
        <translation>Confi&amp;guración en uso:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>No provider chosen yet.</source>
        <translation>Aún no se ha elegido proveedor.</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)
No valid email address yet.</source>
        <translation>Proveedor: %1 (%2)
Aún no hay una dirección de correo válida.</translation>
    </message>
    <message>
        <source>Connection check: skipped</source>
        <translation>Comprobación de conexión: omitida</translation>
    </message>
    <message>
        <source>Connection check: %1</source>
        <translation>Comprobación de conexión: %1</translation>
    </message>
    <message>
        <source>&amp;Helpdesk view</source>
        <translation>&amp;Vista para soporte</translation>
    </message>
    <message>
        <source>Helpdesk view</source>
        <translation>Vista para soporte</translation>
    </message>
    <message>
        <source>Show the settings in use and a log beside every page, to read out to a helpdesk</source>
        <translation>Mostrar junto a cada página la configuración en uso y un registro, para leérselos al servicio de ayuda</translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation>Página: %1</translation>
    </message>
</context>
<context>
    <name>mailsetup::HelperTrustStore</name>
    <message>
        <source>pkexec (package pkexec or policykit-1) is not installed, so Mail Setup cannot ask for the administrator password to change %1</source>
        <translation>pkexec (paquete pkexec o policykit-1) no está instalado, así que Mail Setup no puede pedir la contraseña de administrador para cambiar %1</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>no se puede escribir un archivo temporal</translation>
    </message>
    <message>
        <source>pkexec could not be started</source>
        <translation>no se pudo iniciar pkexec</translation>
    </message>
    <message>
        <source>the administrator password was not given, so %1 was not changed</source>
        <translation>no se indicó la contraseña de administrador, así que %1 no se cambió</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the entry Mail Setup adds for %2; nothing was removed</source>
        <translation>«%1» no es la entrada que Mail Setup añade para %2; no se quitó nada</translation>
    </message>
</context>
<context>
    <name>mailsetup::InstallationView</name>
    <message>
        <source> (the one %1 normally uses)</source>
        <translation> (el que usa normalmente %1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <source>No mail accounts in it yet.</source>
        <translation>Todavía no tiene cuentas de correo.</translation>
    </message>
    <message>
        <source>Mail accounts in it now:
%1</source>
        <translation>Cuentas de correo que tiene ahora:
%1</translation>
    </message>
    <message>
        <source>Cannot be changed right now: %1</source>
        <translation>No se puede cambiar ahora: %1</translation>
    </message>
    <message>
        <source>Already set up like this; nothing to change.</source>
        <translation>Ya está configurado así; no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>What will happen:
%1</source>
        <translation>Lo que va a pasar:
%1</translation>
    </message>
    <message>
        <source>Could not read everything:
%1</source>
        <translation>No se pudo leer todo:
%1</translation>
    </message>
</context>
<context>
    <name>mailsetup::InstructionWriter</name>
    <message>
        <source>%1 does not offer CRAM-MD5 or other &quot;secure&quot; password methods: it expects the normal password (LOGIN or PLAIN), which is protected by the encrypted connection.</source>
        <translation>%1 no ofrece CRAM-MD5 ni otros métodos de contraseña «seguros»: espera la contraseña normal (LOGIN o PLAIN), que protege la conexión cifrada.</translation>
    </message>
    <message>
        <source>Port 25 is blocked or intercepted by some Internet providers. If sending fails, ask %1 whether another port is offered.</source>
        <translation>Algunos proveedores de Internet bloquean o interceptan el puerto 25. Si el envío falla, pregunte a %1 si ofrece otro puerto.</translation>
    </message>
    <message>
        <source>Leave the incoming mail settings as they are (see &quot;Important&quot; above).</source>
        <translation>Deje la configuración del correo entrante como está (véase «Importante» arriba).</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only: leave your incoming mail settings as they are.</source>
        <translation>%1 solo configura el correo saliente: deje su configuración del correo entrante como está.</translation>
    </message>
</context>
<context>
    <name>mailsetup::InstructionsDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Copiar como &amp;texto</translation>
    </message>
    <message>
        <source>Setting up %1 by hand</source>
        <translation>Configurar %1 a mano</translation>
    </message>
    <message>
        <source>Steps for %1</source>
        <translation>Pasos para %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>mailsetup::KConfigFile</name>
    <message>
        <source>the file starts with a byte-order mark, which KDE programs do not expect</source>
        <translation>el archivo empieza con una marca de orden de bytes (BOM), que los programas de KDE no esperan</translation>
    </message>
    <message>
        <source>a carriage return in the middle of the line</source>
        <translation>un retorno de carro en mitad de la línea</translation>
    </message>
    <message>
        <source>the group name has no closing &apos;]&apos;</source>
        <translation>al nombre del grupo le falta el &apos;]&apos; de cierre</translation>
    </message>
    <message>
        <source>the group name is empty or has an invalid escape sequence</source>
        <translation>el nombre del grupo está vacío o tiene una secuencia de escape no válida</translation>
    </message>
    <message>
        <source>text after the group name</source>
        <translation>texto después del nombre del grupo</translation>
    </message>
    <message>
        <source>a value without a key</source>
        <translation>un valor sin clave</translation>
    </message>
    <message>
        <source>a key with an unclosed or misplaced &apos;[&apos;</source>
        <translation>una clave con un &apos;[&apos; sin cerrar o mal colocado</translation>
    </message>
    <message>
        <source>a key with two languages</source>
        <translation>una clave con dos idiomas</translation>
    </message>
    <message>
        <source>expected [group] or key=value</source>
        <translation>se esperaba [grupo] o clave=valor</translation>
    </message>
    <message>
        <source>an invalid escape sequence (a backslash KDE programs do not read)</source>
        <translation>una secuencia de escape no válida (una barra invertida que los programas de KDE no leen)</translation>
    </message>
    <message>
        <source>line %1 locks the whole file against changes ([$i])</source>
        <translation>la línea %1 bloquea todo el archivo contra cambios ([$i])</translation>
    </message>
    <message>
        <source>the name [%1] %2 cannot be written safely</source>
        <translation>el nombre [%1] %2 no se puede escribir de forma segura</translation>
    </message>
    <message>
        <source>line %1 locks the group [%2] against changes ([$i])</source>
        <translation>la línea %1 bloquea el grupo [%2] contra cambios ([$i])</translation>
    </message>
    <message>
        <source>the group header on line %1 is written in a way Mail Setup cannot edit safely</source>
        <translation>la cabecera de grupo de la línea %1 está escrita de forma que Mail Setup no puede editarla con seguridad</translation>
    </message>
    <message>
        <source>line %1 locks %2 against changes ([$i])</source>
        <translation>la línea %1 bloquea %2 contra cambios ([$i])</translation>
    </message>
    <message>
        <source>line %1 marks %2 as deleted ([$d])</source>
        <translation>la línea %1 marca %2 como eliminado ([$d])</translation>
    </message>
    <message>
        <source>line %1 takes %2 from a shell expression ([$e])</source>
        <translation>la línea %1 toma %2 de una expresión de shell ([$e])</translation>
    </message>
    <message>
        <source>line %1 has a translated %2 ([%3]), which KDE programs prefer in that language</source>
        <translation>la línea %1 tiene una versión traducida de %2 ([%3]), que los programas de KDE prefieren en ese idioma</translation>
    </message>
    <message>
        <source>line %1 spells the key %2 in a way Mail Setup cannot edit safely</source>
        <translation>la línea %1 escribe la clave %2 de forma que Mail Setup no puede editarla con seguridad</translation>
    </message>
</context>
<context>
    <name>mailsetup::KMailAdapter</name>
    <message>
        <source>settings in %1</source>
        <translation>configuración en %1</translation>
    </message>
    <message>
        <source>%1 settings in %2</source>
        <translation>configuración de %1 en %2</translation>
    </message>
    <message>
        <source>KMail is running (%1). Quit KMail and Kontact (File &gt; Quit), then try again: they keep their identities and outgoing servers in memory and would not see the change.</source>
        <translation>KMail está abierto (%1). Salga de KMail y de Kontact (Archivo &gt; Salir) y vuelva a intentarlo: guardan sus identidades y servidores de salida en memoria y no verían el cambio.</translation>
    </message>
    <message>
        <source>KMail&apos;s sending service is running (%1) and keeps the outgoing servers in memory. Quit KMail, stop the service with the command &quot;akonadictl stop&quot; (KMail starts it again when it opens), then try again.</source>
        <translation>El servicio de envío de KMail está en ejecución (%1) y guarda los servidores de salida en memoria. Salga de KMail, detenga el servicio con la orden «akonadictl stop» (KMail lo vuelve a iniciar al abrirse) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely; KMail would drop that line the next time it saves. Correct or remove the line, then try again.</source>
        <translation>%1. Mail Setup no reescribe un archivo que no puede leer por completo; KMail descartaría esa línea la próxima vez que guarde. Corrija o quite la línea y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1. KMail would not read the change as written, so nothing will be changed.</source>
        <translation>%1. KMail no leería el cambio tal como está escrito, así que no se cambiará nada.</translation>
    </message>
</context>
<context>
    <name>mailsetup::Lexer</name>
    <message>
        <source>the line ends with a single &apos;\&apos;</source>
        <translation>la línea termina con un solo &apos;\&apos;</translation>
    </message>
    <message>
        <source>a ` is not closed</source>
        <translation>hay un ` sin cerrar</translation>
    </message>
    <message>
        <source>a %1 quote is not closed</source>
        <translation>hay una comilla %1 sin cerrar</translation>
    </message>
</context>
<context>
    <name>mailsetup::LinuxSystemTrustStore</name>
    <message>
        <source>the system certificate store (%1, %2)</source>
        <translation>el almacén de certificados del sistema (%1, %2)</translation>
    </message>
    <message>
        <source>%1 trusts %2 (it is in %3)</source>
        <translation>%1 confía en %2 (está en %3)</translation>
    </message>
    <message>
        <source>%1 holds %2 in %3, but the bundle %4 does not include it yet</source>
        <translation>%1 contiene %2 en %3, pero el paquete %4 aún no lo incluye</translation>
    </message>
    <message>
        <source>%1 does not trust %2</source>
        <translation>%1 no confía en %2</translation>
    </message>
    <message>
        <source>%1 is not installed, so %2 cannot be updated</source>
        <translation>%1 no está instalado, así que no se puede actualizar %2</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>no se puede escribir un archivo temporal</translation>
    </message>
    <message>
        <source>trust (p11-kit) is not installed, so %1 cannot be updated</source>
        <translation>trust (p11-kit) no está instalado, así que no se puede actualizar %1</translation>
    </message>
    <message>
        <source>%1 now trusts %2</source>
        <translation>%1 confía ahora en %2</translation>
    </message>
    <message>
        <source>%1 now trusts %2 (file %3)</source>
        <translation>%1 confía ahora en %2 (archivo %3)</translation>
    </message>
    <message>
        <source>%1 already exists and holds another certificate; it is left alone and nothing was installed</source>
        <translation>%1 ya existe y contiene otro certificado; no se toca y no se instaló nada</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 ran, but %2 still does not include %3; the file was taken back out</source>
        <translation>%1 se ejecutó, pero %2 sigue sin incluir %3; el archivo se volvió a quitar</translation>
    </message>
    <message>
        <source>OpenSSL trusts a certificate issued by %1 through %2 (%3)</source>
        <translation>OpenSSL confía en un certificado emitido por %1 a través de %2 (%3)</translation>
    </message>
    <message>
        <source>OpenSSL does not trust a certificate issued by %1 through %2: %3</source>
        <translation>OpenSSL no confía en un certificado emitido por %1 a través de %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry Mail Setup adds; nothing was removed</source>
        <translation>«%1» no es una entrada que añada Mail Setup; no se quitó nada</translation>
    </message>
    <message>
        <source>%1 no longer trusts %2</source>
        <translation>%1 ya no confía en %2</translation>
    </message>
    <message>
        <source>%1 is not a file Mail Setup adds to %2; nothing was removed</source>
        <translation>%1 no es un archivo que Mail Setup añada a %2; no se quitó nada</translation>
    </message>
    <message>
        <source>%1 is gone already; nothing to remove</source>
        <translation>%1 ya no está; no hay nada que quitar</translation>
    </message>
    <message>
        <source>%1 no longer holds %2 (it was changed after Mail Setup wrote it); it is left alone</source>
        <translation>%1 ya no contiene %2 (se cambió después de que Mail Setup lo escribiera); no se toca</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
    <message>
        <source>Removed %1; %2 still trusts %3 through an entry Mail Setup did not add</source>
        <translation>Se quitó %1; %2 sigue confiando en %3 mediante una entrada que no añadió Mail Setup</translation>
    </message>
    <message>
        <source>%1 no longer trusts %2 (removed %3)</source>
        <translation>%1 ya no confía en %2 (se quitó %3)</translation>
    </message>
</context>
<context>
    <name>mailsetup::MacKeychainTrustStore</name>
    <message>
        <source>the macOS System keychain (for every user of this Mac)</source>
        <translation>el llavero Sistema de macOS (para todos los usuarios de este Mac)</translation>
    </message>
    <message>
        <source>your macOS login keychain (for you only)</source>
        <translation>su llavero de inicio de sesión de macOS (solo para usted)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 contiene %2</translation>
    </message>
    <message>
        <source>%1 does not hold %2</source>
        <translation>%1 no contiene %2</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>no se puede escribir un archivo temporal</translation>
    </message>
    <message>
        <source>%1 now trusts %2</source>
        <translation>%1 confía ahora en %2</translation>
    </message>
    <message>
        <source>macOS trusts a certificate issued by %1 (%2)</source>
        <translation>macOS confía en un certificado emitido por %1 (%2)</translation>
    </message>
    <message>
        <source>macOS does not trust a certificate issued by %1: %2</source>
        <translation>macOS no confía en un certificado emitido por %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the entry Mail Setup added for %2; nothing was removed</source>
        <translation>«%1» no es la entrada que añadió Mail Setup para %2; no se quitó nada</translation>
    </message>
    <message>
        <source>%1 no longer holds %2</source>
        <translation>%1 ya no contiene %2</translation>
    </message>
</context>
<context>
    <name>mailsetup::MailDiscovery</name>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>«%1» no es una dirección de correo</translation>
    </message>
    <message>
        <source>the built-in profile &quot;%1&quot; serves %2</source>
        <translation>el perfil incorporado «%1» sirve para %2</translation>
    </message>
    <message>
        <source>no built-in profile serves %1</source>
        <translation>ningún perfil incorporado sirve para %1</translation>
    </message>
    <message>
        <source>%1: not a usable provider file:
%2</source>
        <translation>%1: no es un archivo de proveedor utilizable:
%2</translation>
    </message>
    <message>
        <source>fetched without encryption (plain HTTP): anyone on the way could have changed it; check the servers before using them</source>
        <translation>obtenido sin cifrar (HTTP simple): cualquiera en el camino pudo cambiarlo; compruebe los servidores antes de usarlos</translation>
    </message>
    <message>
        <source>%1: settings for %2</source>
        <translation>%1: configuración para %2</translation>
    </message>
    <message>
        <source>SRV records of %1</source>
        <translation>registros SRV de %1</translation>
    </message>
    <message>
        <source>%1: no mail service records</source>
        <translation>%1: no hay registros de servicio de correo</translation>
    </message>
    <message>
        <source>the DNS records point to servers outside %1; make sure they belong to your provider before entering a password</source>
        <translation>los registros DNS apuntan a servidores fuera de %1; asegúrese de que pertenecen a su proveedor antes de escribir una contraseña</translation>
    </message>
    <message>
        <source>%1: %2 mail service records</source>
        <translation>%1: %2 registros de servicio de correo</translation>
    </message>
    <message>
        <source>MX record of %1</source>
        <translation>registro MX de %1</translation>
    </message>
    <message>
        <source>%1: no MX record</source>
        <translation>%1: no hay registro MX</translation>
    </message>
    <message>
        <source>%1: mail is received by %2, within the domain itself</source>
        <translation>%1: el correo lo recibe %2, dentro del propio dominio</translation>
    </message>
    <message>
        <source>%1: mail is received by %2; asking the provider database about %3</source>
        <translation>%1: el correo lo recibe %2; consultando la base de datos de proveedores sobre %3</translation>
    </message>
    <message>
        <source>found because %1 receives the mail for %2</source>
        <translation>encontrado porque %1 recibe el correo de %2</translation>
    </message>
    <message>
        <source>servers tried under %1</source>
        <translation>servidores probados bajo %1</translation>
    </message>
    <message>
        <source>%1: no likely server name answered with encryption</source>
        <translation>%1: ningún nombre de servidor probable respondió con cifrado</translation>
    </message>
    <message>
        <source>guessed: these servers answered, but nothing says they are your provider&apos;s; check them before entering a password</source>
        <translation>supuesto: estos servidores respondieron, pero nada indica que sean de su proveedor; compruébelos antes de escribir una contraseña</translation>
    </message>
    <message>
        <source>%1: %2 of %3 likely servers answered</source>
        <translation>%1: respondieron %2 de %3 servidores probables</translation>
    </message>
    <message>
        <source>%1: likely server names were not tried: no connection checker is set up</source>
        <translation>%1: no se probaron los nombres de servidor probables: no hay ninguna comprobación de conexión configurada</translation>
    </message>
</context>
<context>
    <name>mailsetup::MobileconfigExporter</name>
    <message>
        <source>Apple configuration profile for Mail (.mobileconfig)</source>
        <translation>Perfil de configuración de Apple para Mail (.mobileconfig)</translation>
    </message>
    <message>
        <source>With --format mobileconfig: sign the profile with this certificate (PEM; the rest of its chain may follow it in the file), so macOS shows who made it.</source>
        <translation>Con --format mobileconfig: firmar el perfil con este certificado (PEM; el resto de su cadena puede seguirlo en el archivo), para que macOS muestre quién lo hizo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>With --format mobileconfig: the private key (PEM) of the --sign-cert certificate.</source>
        <translation>Con --format mobileconfig: la clave privada (PEM) del certificado de --sign-cert.</translation>
    </message>
    <message>
        <source>With --format mobileconfig: sign with the certificate and key in this PKCS#12 (.p12) file.</source>
        <translation>Con --format mobileconfig: firmar con el certificado y la clave de este archivo PKCS#12 (.p12).</translation>
    </message>
    <message>
        <source>With --sign-p12: read the .p12 file&apos;s password from the first line of standard input (it is never taken as an argument, written or logged).</source>
        <translation>Con --sign-p12: leer la contraseña del archivo .p12 de la primera línea de la entrada estándar (nunca se acepta como argumento, ni se escribe ni se registra).</translation>
    </message>
    <message>
        <source>With --format mobileconfig, on a Mac: open the written profile with macOS&apos;s own installer and say where to approve it.</source>
        <translation>Con --format mobileconfig, en un Mac: abrir el perfil escrito con el instalador de macOS e indicar dónde aprobarlo.</translation>
    </message>
    <message>
        <source>--open works on a Mac only. Copy the file to the Mac and double-click it there.</source>
        <translation>--open solo funciona en un Mac. Copie el archivo al Mac y haga doble clic en él allí.</translation>
    </message>
</context>
<context>
    <name>mailsetup::MuttAdapter</name>
    <message>
        <source>%1 settings (%2)</source>
        <translation>configuración de %1 (%2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1, not set up yet (new file %2)</source>
        <translation>%1, aún sin configurar (archivo nuevo %2)</translation>
    </message>
    <message>
        <source>%1 is running. Quit it (press q, in every terminal where it runs), then try again: it reads %2 only when it starts, and would go on using the old servers.</source>
        <translation>%1 está abierto. Ciérrelo (pulse q en cada terminal donde se ejecute) y vuelva a intentarlo: solo lee %2 al iniciarse y seguiría usando los servidores antiguos.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is a link to %2; that file is changed.</source>
        <translation>%1 es un enlace a %2; se cambia ese archivo.</translation>
    </message>
</context>
<context>
    <name>mailsetup::MuttrcFile</name>
    <message>
        <source>the last line ends with &apos;\&apos;, which joins it to a line that does not exist</source>
        <translation>la última línea termina en &apos;\&apos;, lo que la une a una línea que no existe</translation>
    </message>
</context>
<context>
    <name>mailsetup::Netscape4Adapter</name>
    <message>
        <source>Netscape Communicator 4 settings (%1)</source>
        <translation>Configuración de Netscape Communicator 4 (%1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Netscape is running (%1). Quit Netscape (File &gt; Exit) and wait until all its windows have closed, then try again: Netscape reads its settings when it starts and writes them all back when it quits, which would undo the changes.</source>
        <translation>Netscape está abierto (%1). Salga de Netscape (File &gt; Exit) y espere a que se cierren todas sus ventanas; después vuelva a intentarlo: Netscape lee su configuración al iniciarse y la vuelve a escribir entera al salir, lo que desharía los cambios.</translation>
    </message>
    <message>
        <source>%1 holds no Netscape preferences file (preferences.js or prefs.js); start and quit Netscape once, then try again.</source>
        <translation>%1 no contiene ningún archivo de preferencias de Netscape (preferences.js o prefs.js); abra y cierre Netscape una vez y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not rewrite a file it cannot read completely.</source>
        <translation>%1. Mail Setup no reescribe un archivo que no puede leer por completo.</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 has a single mail account, and it is set up for %1. Mail Setup cannot set up receiving mail for %2 in Netscape 4, so changing only the sending part would mix two accounts. If %2 should replace %1, change the address in Edit &gt; Preferences &gt; Mail &amp; Newsgroups &gt; Identity first, then run Mail Setup again.</source>
        <translation>Netscape Communicator 4 tiene una sola cuenta de correo, configurada para %1. Mail Setup no puede configurar la recepción para %2 en Netscape 4, y cambiar solo el envío mezclaría dos cuentas. Si %2 debe sustituir a %1, cambie primero la dirección en Edit &gt; Preferences &gt; Mail &amp; Newsgroups &gt; Identity y vuelva a ejecutar Mail Setup.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>otra dirección</translation>
    </message>
    <message>
        <source>Netscape Communicator 4 has no mail account for %1, and %2 sets up outgoing mail only. Set up the account in Netscape first, then run Mail Setup again.</source>
        <translation>Netscape Communicator 4 no tiene cuenta de correo para %1, y %2 solo configura el correo saliente. Configure primero la cuenta en Netscape y vuelva a ejecutar Mail Setup.</translation>
    </message>
    <message>
        <source>Sending from %1 is already set up as %2 describes.</source>
        <translation>El envío desde %1 ya está configurado como lo describe %2.</translation>
    </message>
    <message>
        <source>Set up Netscape&apos;s mail account for %1 (sending only)</source>
        <translation>Configurar la cuenta de correo de Netscape para %1 (solo envío)</translation>
    </message>
    <message>
        <source>Update Netscape&apos;s mail account for %1 (sending only)</source>
        <translation>Actualizar la cuenta de correo de Netscape para %1 (solo envío)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1, &quot;Use SSL or TLS: Always&quot;</source>
        <translation>Correo saliente (SMTP): %1, «Use SSL or TLS: Always»</translation>
    </message>
    <message>
        <source>Netscape 4 always sends to port 25, which some internet providers block; if sending fails, ask your internet provider or use a newer mail program. It speaks only SSL 3 and TLS 1.0: a server that no longer accepts these refuses the connection, and Netscape then reports an error rather than sending unencrypted.</source>
        <translation>Netscape 4 siempre envía al puerto 25, que algunos proveedores de Internet bloquean; si el envío falla, pregunte a su proveedor de Internet o use un programa de correo más reciente. Solo habla SSL 3 y TLS 1.0: un servidor que ya no los acepte rechaza la conexión, y Netscape muestra entonces un error en lugar de enviar sin cifrar.</translation>
    </message>
</context>
<context>
    <name>mailsetup::NssTrustStore</name>
    <message>
        <source>the certificate database of %1 in %2</source>
        <translation>la base de certificados de %1 en %2</translation>
    </message>
    <message>
        <source>%1 is running on %2 (%3); close it first, then try again. Nothing was changed</source>
        <translation>%1 está abierto con %2 (%3); ciérrelo primero y vuelva a intentarlo. No se cambió nada</translation>
    </message>
    <message>
        <source>certutil (package libnss3-tools) is not installed, so %1 cannot be read</source>
        <translation>certutil (paquete libnss3-tools) no está instalado, así que no se puede leer %1</translation>
    </message>
    <message>
        <source>%1 trusts %2 (nickname &quot;%3&quot;, trust %4)</source>
        <translation>%1 confía en %2 (alias «%3», confianza %4)</translation>
    </message>
    <message>
        <source>%1 holds %2 as &quot;%3&quot; but does not trust it for mail servers (trust %4)</source>
        <translation>%1 contiene %2 como «%3» pero no confía en él para servidores de correo (confianza %4)</translation>
    </message>
    <message>
        <source>%1 does not hold %2</source>
        <translation>%1 no contiene %2</translation>
    </message>
    <message>
        <source>%1 now trusts %2 (nickname &quot;%3&quot;, trust was %4)</source>
        <translation>%1 confía ahora en %2 (alias «%3»; la confianza era %4)</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>no se puede escribir un archivo temporal</translation>
    </message>
    <message>
        <source>%1 (added by Mail Setup)</source>
        <translation>%1 (añadido por Mail Setup)</translation>
    </message>
    <message>
        <source>certutil added %1 but %2 does not show it trusted: %3</source>
        <translation>certutil añadió %1 pero %2 no lo muestra como de confianza: %3</translation>
    </message>
    <message>
        <source>%1 now trusts %2 (nickname &quot;%3&quot;)</source>
        <translation>%1 confía ahora en %2 (alias «%3»)</translation>
    </message>
    <message>
        <source>vfychain (package libnss3-tools) is not installed</source>
        <translation>vfychain (paquete libnss3-tools) no está instalado</translation>
    </message>
    <message>
        <source>NSS trusts a certificate issued by %1 through %2</source>
        <translation>NSS confía en un certificado emitido por %1 a través de %2</translation>
    </message>
    <message>
        <source>NSS does not trust a certificate issued by %1 through %2: %3</source>
        <translation>NSS no confía en un certificado emitido por %1 a través de %2: %3</translation>
    </message>
    <message>
        <source>%1 no longer holds %2; nothing to remove</source>
        <translation>%1 ya no contiene %2; no hay nada que quitar</translation>
    </message>
    <message>
        <source>%1 holds %2 under another name (&quot;%3&quot;) than Mail Setup gave it; it is left alone</source>
        <translation>%1 contiene %2 con otro nombre («%3») distinto del que le dio Mail Setup; no se toca</translation>
    </message>
    <message>
        <source>%1 no longer holds %2</source>
        <translation>%1 ya no contiene %2</translation>
    </message>
    <message>
        <source>%1 keeps %2 with its old trust %3 again</source>
        <translation>%1 vuelve a guardar %2 con su confianza anterior %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry Mail Setup adds; nothing was removed</source>
        <translation>«%1» no es una entrada que añada Mail Setup; no se quitó nada</translation>
    </message>
</context>
<context>
    <name>mailsetup::OeAccountAdapter</name>
    <message>
        <source>%1 is running (%2). Close it (File &gt; Exit), then try again; it reads its account files only when it starts and writes them back when it quits.</source>
        <translation>%1 está abierto (%2). Ciérrelo (Archivo &gt; Salir) y vuelva a intentarlo; solo lee sus archivos de cuentas al iniciarse y los vuelve a escribir al salir.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>%1. Mail Setup does not change accounts it cannot read completely.</source>
        <translation>%1. Mail Setup no cambia cuentas que no puede leer por completo.</translation>
    </message>
    <message>
        <source>%1 has one switch, &quot;This server requires a secure connection (SSL)&quot;; whether it then uses STARTTLS on port %2 is not confirmed. Port 465 (SSL/TLS) is certain to work.</source>
        <translation>%1 tiene un solo interruptor, «Este servidor precisa una conexión segura (SSL)»; no está confirmado que después use STARTTLS en el puerto %2. El puerto 465 (SSL/TLS) funciona con seguridad.</translation>
    </message>
    <message>
        <source>%1 asks for the password when it first connects.</source>
        <translation>%1 pide la contraseña la primera vez que se conecta.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>This account receives mail by %1; %2 offers %3, so its incoming server was left as it is.</source>
        <translation>Esta cuenta recibe correo por %1; %2 ofrece %3, así que su servidor de entrada quedó como estaba.</translation>
    </message>
    <message>
        <source>Update the %1 account %2 (%3).</source>
        <translation>Actualizar la cuenta de %1 %2 (%3).</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only, and no %2 account sends from %3. Add the account in %2 first, then try again.</source>
        <translation>%1 solo configura el correo saliente, y ninguna cuenta de %2 envía desde %3. Añada primero la cuenta en %2 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Add a %1 account for %2: %1 takes it over the next time it starts.</source>
        <translation>Añadir una cuenta de %1 para %2: %1 la adopta la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>mailsetup::OeAccountFile</name>
    <message>
        <source>line 1: the text is not valid Unicode</source>
        <translation>línea 1: el texto no es Unicode válido</translation>
    </message>
    <message>
        <source>line %1: the root element is &lt;%2&gt;, not &lt;MessageAccount&gt;</source>
        <translation>línea %1: el elemento raíz es &lt;%2&gt;, no &lt;MessageAccount&gt;</translation>
    </message>
    <message>
        <source>line %1: &lt;%2&gt; has no type attribute</source>
        <translation>línea %1: &lt;%2&gt; no tiene atributo type</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
</context>
<context>
    <name>mailsetup::OutlookAdapter</name>
    <message>
        <source>registry</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;</source>
        <translation>%1, perfil «%2»</translation>
    </message>
    <message>
        <source>Outlook 97-2000, Internet Mail Only</source>
        <translation>Outlook 97-2000, Solo correo de Internet</translation>
    </message>
    <message>
        <source>Outlook, no mail profile yet</source>
        <translation>Outlook, aún sin perfil de correo</translation>
    </message>
    <message>
        <source>Microsoft Outlook is running (%1). Close it (File, Exit) and wait until it has gone from the taskbar, then try again: it keeps its accounts in memory and would undo the changes.</source>
        <translation>Microsoft Outlook está abierto (%1). Ciérrelo (Archivo, Salir) y espere a que desaparezca de la barra de tareas; después vuelva a intentarlo: guarda sus cuentas en memoria y desharía los cambios.</translation>
    </message>
    <message>
        <source>Outlook has no mail profile yet. Quit Outlook, then run outlook.exe /importprf &quot;&lt;the .prf file Mail Setup writes for Outlook&gt;&quot;: it creates the profile with the account.</source>
        <translation>Outlook aún no tiene perfil de correo. Salga de Outlook y ejecute outlook.exe /importprf &quot;&lt;el archivo .prf que Mail Setup escribe para Outlook&gt;&quot;: crea el perfil con la cuenta.</translation>
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
        <translation>registro</translation>
    </message>
    <message>
        <source>Outlook Express is running (%1). Close it (File, Exit), then try again: it writes its account settings back when it closes and would undo the changes.</source>
        <translation>Outlook Express está abierto (%1). Ciérrelo (Archivo, Salir) y vuelva a intentarlo: escribe la configuración de sus cuentas al cerrarse y desharía los cambios.</translation>
    </message>
    <message>
        <source>Outlook Express has not been set up for this identity yet. Start it once and let it create a mail account (any details will do), close it, then run Mail Setup again.</source>
        <translation>Outlook Express aún no se ha configurado para esta identidad. Ábralo una vez y deje que cree una cuenta de correo (sirven datos cualesquiera), ciérrelo y vuelva a ejecutar Mail Setup.</translation>
    </message>
</context>
<context>
    <name>mailsetup::OutlookPrfExporter</name>
    <message>
        <source>Quit Outlook, then run: outlook.exe /importprf &quot;&lt;this file&gt;&quot;. Outlook adds the account to your default profile and asks for the password when it first connects.</source>
        <translation>Salga de Outlook y ejecute: outlook.exe /importprf &quot;&lt;este archivo&gt;&quot;. Outlook añade la cuenta a su perfil predeterminado y pide la contraseña la primera vez que se conecta.</translation>
    </message>
</context>
<context>
    <name>mailsetup::PineAdapter</name>
    <message>
        <source>~/.pinerc (not created yet)</source>
        <translation>~/.pinerc (aún no creado)</translation>
    </message>
    <message>
        <source>Alpine is running (%1). Quit Alpine (press Q, then Y) in every window, then try again: Alpine rewrites %2 from its own copy of the settings and would undo the changes.</source>
        <translation>Alpine está abierto (%1). Salga de Alpine (pulse Q y luego Y) en cada ventana y vuelva a intentarlo: Alpine reescribe %2 a partir de su propia copia de la configuración y desharía los cambios.</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>la carpeta de %1 no existe</translation>
    </message>
    <message>
        <source>%1. Alpine skips such a line, so a setting meant there has no effect; Mail Setup does not rewrite a file it cannot read completely. Correct or delete the line (a setting is name=value), then try again.</source>
        <translation>%1. Alpine se salta esa línea, así que un ajuste puesto ahí no tiene efecto; Mail Setup no reescribe un archivo que no puede leer por completo. Corrija o borre la línea (un ajuste es nombre=valor) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Create %1; Alpine adds its other settings the next time it saves it.</source>
        <translation>Crear %1; Alpine añade el resto de su configuración la próxima vez que lo guarde.</translation>
    </message>
</context>
<context>
    <name>mailsetup::Planner</name>
    <message>
        <source>This version of %1 cannot require STARTTLS for incoming mail: it knows only SSL/TLS on or off, and would connect to %2 port %3 without encryption. Choose the SSL/TLS port (995 for POP3, 993 for IMAP) if %4 offers it, or use a newer mail program.</source>
        <translation>Esta versión de %1 no puede exigir STARTTLS para el correo entrante: solo conoce SSL/TLS activado o no, y se conectaría a %2 puerto %3 sin cifrado. Elija el puerto SSL/TLS (995 para POP3, 993 para IMAP) si %4 lo ofrece, o use un programa de correo más reciente.</translation>
    </message>
    <message>
        <source>This version of %1 can log in to %2 only with a normal or an encrypted password, but %3 asks for %4.</source>
        <translation>Esta versión de %1 solo puede iniciar sesión en %2 con contraseña normal o cifrada, pero %3 pide %4.</translation>
    </message>
    <message>
        <source>Change the outgoing server %1 to %2</source>
        <translation>Cambiar el servidor de salida %1 a %2</translation>
    </message>
    <message>
        <source>Use the existing outgoing server %1, set to %2</source>
        <translation>Usar el servidor de salida existente %1, configurado como %2</translation>
    </message>
    <message>
        <source>The outgoing server %1 is shared with other accounts, so it stays as it is; this account gets its own (%2).</source>
        <translation>El servidor de salida %1 lo comparten otras cuentas, así que queda como está; esta cuenta recibe uno propio (%2).</translation>
    </message>
    <message>
        <source>Add the outgoing server %1: %2</source>
        <translation>Añadir el servidor de salida %1: %2</translation>
    </message>
    <message>
        <source>Update the existing account %1 (%2)</source>
        <translation>Actualizar la cuenta existente %1 (%2)</translation>
    </message>
    <message>
        <source>Incoming mail (%1): %2</source>
        <translation>Correo entrante (%1): %2</translation>
    </message>
    <message>
        <source>This account receives mail by %1, but %2 sets up %3. The kind of an existing account cannot be changed without moving its folders, so its incoming server was left as it is.</source>
        <translation>Esta cuenta recibe correo por %1, pero %2 configura %3. El tipo de una cuenta existente no se puede cambiar sin mover sus carpetas, así que su servidor de entrada quedó como estaba.</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; the incoming server stays as it is.</source>
        <translation>%1 solo configura el correo saliente; el servidor de entrada queda como está.</translation>
    </message>
    <message>
        <source>%1 has no account for %2, and %3 sets up outgoing mail only. Add the account in %1 first, then run Mail Setup again.</source>
        <translation>%1 no tiene cuenta para %2, y %3 solo configura el correo saliente. Añada primero la cuenta en %1 y vuelva a ejecutar Mail Setup.</translation>
    </message>
    <message>
        <source>Add a new account for %1</source>
        <translation>Añadir una cuenta nueva para %1</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1</source>
        <translation>Correo saliente (SMTP): %1</translation>
    </message>
    <message>
        <source>New POP3 accounts keep a copy of each message on the server, so trying Mail Setup cannot lose mail. You can change this in the account settings.</source>
        <translation>Las cuentas POP3 nuevas dejan una copia de cada mensaje en el servidor, para que probar Mail Setup no haga perder correo. Puede cambiarlo en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>%1 also appears in account %2, which was left as it is.</source>
        <translation>%1 también aparece en la cuenta %2, que quedó como estaba.</translation>
    </message>
    <message>
        <source>%1 is already set up as %2 describes.</source>
        <translation>%1 ya está configurado como lo describe %2.</translation>
    </message>
    <message>
        <source>Claws Mail has no account for %1, and %2 sets up outgoing mail only. Add the account in Claws Mail first, then run Mail Setup again.</source>
        <translation>Claws Mail no tiene cuenta para %1, y %2 solo configura el correo saliente. Añada primero la cuenta en Claws Mail y vuelva a ejecutar Mail Setup.</translation>
    </message>
    <message>
        <source>[%1] (new): incoming mail (%2) %3</source>
        <translation>[%1] (nueva): correo entrante (%2) %3</translation>
    </message>
    <message>
        <source>[%1] (new): outgoing mail (SMTP) %2</source>
        <translation>[%1] (nueva): correo saliente (SMTP) %2</translation>
    </message>
    <message>
        <source>Add a new account for %1 ([%2])</source>
        <translation>Añadir una cuenta nueva para %1 ([%2])</translation>
    </message>
    <message>
        <source>Update the existing account %1 ([%2])</source>
        <translation>Actualizar la cuenta existente %1 ([%2])</translation>
    </message>
    <message>
        <source>This account does not receive mail by %1, which %2 sets up. The kind of an existing account cannot be changed without moving its folders, so its incoming server was left as it is.</source>
        <translation>Esta cuenta no recibe correo por %1, que es lo que configura %2. El tipo de una cuenta existente no se puede cambiar sin mover sus carpetas, así que su servidor de entrada quedó como estaba.</translation>
    </message>
    <message>
        <source>%1 also appears in [%2], which was left as it is.</source>
        <translation>%1 también aparece en [%2], que quedó como estaba.</translation>
    </message>
    <message>
        <source>Claws Mail asks for the password the first time it connects.</source>
        <translation>Claws Mail pide la contraseña la primera vez que se conecta.</translation>
    </message>
    <message>
        <source>Evolution would have to connect to %1 without encryption, which Mail Setup never sets up.</source>
        <translation>Evolution tendría que conectarse a %1 sin cifrado, algo que Mail Setup nunca configura.</translation>
    </message>
    <message>
        <source>Evolution cannot log in to %1 with %2 from settings files alone; set this account up in Evolution itself (Edit &gt; Accounts).</source>
        <translation>Evolution no puede iniciar sesión en %1 con %2 solo con archivos de configuración; configure esta cuenta en el propio Evolution (Editar &gt; Cuentas).</translation>
    </message>
    <message>
        <source>outgoing server (SMTP): %1</source>
        <translation>servidor de salida (SMTP): %1</translation>
    </message>
    <message>
        <source>Evolution has no account for %1, and %2 sets up outgoing mail only. Add the account in Evolution first, then run Mail Setup again.</source>
        <translation>Evolution no tiene cuenta para %1, y %2 solo configura el correo saliente. Añada primero la cuenta en Evolution y vuelva a ejecutar Mail Setup.</translation>
    </message>
    <message>
        <source>mail account: incoming mail (%1) %2</source>
        <translation>cuenta de correo: correo entrante (%1) %2</translation>
    </message>
    <message>
        <source>identity: %1</source>
        <translation>identidad: %1</translation>
    </message>
    <message>
        <source>The Evolution account for %1 belongs to &quot;%2&quot; (an online account), which sets its servers itself. Change it where that account is managed (for example GNOME Settings &gt; Online Accounts).</source>
        <translation>La cuenta de Evolution para %1 pertenece a «%2» (una cuenta en línea), que fija sus servidores por sí misma. Cámbiela donde se gestiona esa cuenta (por ejemplo, Configuración de GNOME &gt; Cuentas en línea).</translation>
    </message>
    <message>
        <source>Add an outgoing server (SMTP) for this account: %1</source>
        <translation>Añadir un servidor de salida (SMTP) para esta cuenta: %1</translation>
    </message>
    <message>
        <source>The outgoing server this account used is shared with other accounts, so it stays as it is; this account gets its own.</source>
        <translation>El servidor de salida que usaba esta cuenta lo comparten otras cuentas, así que queda como está; esta cuenta recibe uno propio.</translation>
    </message>
    <message>
        <source>This account sent mail through &quot;%1&quot;; it now gets its own outgoing server. &quot;%1&quot; stays as it is.</source>
        <translation>Esta cuenta enviaba correo a través de «%1»; ahora recibe su propio servidor de salida. «%1» queda como está.</translation>
    </message>
    <message>
        <source>%1 also appears in the account &quot;%2&quot; (%3), which was left as it is.</source>
        <translation>%1 también aparece en la cuenta «%2» (%3), que quedó como estaba.</translation>
    </message>
    <message>
        <source>Evolution&apos;s background service picks up the changed files within a few seconds. Evolution asks for the password the first time it connects.</source>
        <translation>El servicio en segundo plano de Evolution toma los archivos cambiados en pocos segundos. Evolution pide la contraseña la primera vez que se conecta.</translation>
    </message>
    <message>
        <source>If KMail has a password stored for the outgoing server &quot;%1&quot;, it keeps it. If sending then fails with a log-in error, enter your password again under Settings &gt; Configure KMail... &gt; Accounts &gt; Sending &gt; Modify...</source>
        <translation>Si KMail tiene una contraseña guardada para el servidor de salida «%1», la conserva. Si después el envío falla con un error de inicio de sesión, vuelva a escribir su contraseña en Preferencias &gt; Configurar KMail... &gt; Cuentas &gt; Envío &gt; Modificar...</translation>
    </message>
    <message>
        <source>The outgoing server &quot;%1&quot; runs a command before sending (%2); it was left as it is. Check that it still suits %3.</source>
        <translation>El servidor de salida «%1» ejecuta una orden antes de enviar (%2); quedó como estaba. Compruebe que sigue siendo adecuada para %3.</translation>
    </message>
    <message>
        <source>no free number for a new outgoing server in %1</source>
        <translation>no hay ningún número libre para un servidor de salida nuevo en %1</translation>
    </message>
    <message>
        <source>KMail asks for your password the first time it sends through &quot;%1&quot;; it can keep it in KWallet from then on. Mail Setup never writes passwords.</source>
        <translation>KMail pide su contraseña la primera vez que envía a través de «%1»; a partir de entonces puede guardarla en KWallet. Mail Setup nunca escribe contraseñas.</translation>
    </message>
    <message>
        <source>Change the outgoing server &quot;%1&quot; to %2</source>
        <translation>Cambiar el servidor de salida «%1» a %2</translation>
    </message>
    <message>
        <source>Use the existing outgoing server &quot;%1&quot;, set to %2</source>
        <translation>Usar el servidor de salida existente «%1», configurado como %2</translation>
    </message>
    <message>
        <source>The outgoing server &quot;%1&quot; is not an SMTP server (%2), so it stays as it is; this identity gets a new one.</source>
        <translation>El servidor de salida «%1» no es un servidor SMTP (%2), así que queda como está; esta identidad recibe uno nuevo.</translation>
    </message>
    <message>
        <source>The outgoing server &quot;%1&quot; is shared with other identities, so it stays as it is; this identity gets its own.</source>
        <translation>El servidor de salida «%1» lo comparten otras identidades, así que queda como está; esta identidad recibe uno propio.</translation>
    </message>
    <message>
        <source>Add the outgoing server &quot;%1&quot;: %2</source>
        <translation>Añadir el servidor de salida «%1»: %2</translation>
    </message>
    <message>
        <source>Update the identity &quot;%1&quot; (%2)</source>
        <translation>Actualizar la identidad «%1» (%2)</translation>
    </message>
    <message>
        <source>KMail has no identity for %1, and %2 sets up outgoing mail only. Add the account in KMail first (Settings &gt; Configure KMail &gt; Accounts), then run Mail Setup again.</source>
        <translation>KMail no tiene identidad para %1, y %2 solo configura el correo saliente. Añada primero la cuenta en KMail (Preferencias &gt; Configurar KMail &gt; Cuentas) y vuelva a ejecutar Mail Setup.</translation>
    </message>
    <message>
        <source>Add a new identity for %1</source>
        <translation>Añadir una identidad nueva para %1</translation>
    </message>
    <message>
        <source>the outgoing server %1 would not be encrypted; Mail Setup does not set that up</source>
        <translation>el servidor de salida %1 no estaría cifrado; Mail Setup no configura eso</translation>
    </message>
    <message>
        <source>KMail cannot log in to %1 with %2. Set up the outgoing server in KMail by hand (Settings &gt; Configure KMail &gt; Accounts &gt; Sending).</source>
        <translation>KMail no puede iniciar sesión en %1 con %2. Configure el servidor de salida a mano en KMail (Preferencias &gt; Configurar KMail &gt; Cuentas &gt; Envío).</translation>
    </message>
    <message>
        <source>The identity &quot;%1&quot; also has the address %2 and was left as it is; choose the outgoing server &quot;%3&quot; in its settings if it should send the same way.</source>
        <translation>La identidad «%1» también tiene la dirección %2 y quedó como estaba; elija el servidor de salida «%3» en su configuración si debe enviar igual.</translation>
    </message>
    <message>
        <source>KMail already sends mail from %1 as %2 describes.</source>
        <translation>KMail ya envía el correo de %1 como lo describe %2.</translation>
    </message>
    <message>
        <source>%1 asks Mutt to log in to %2 with %3. %4 Set up Mutt by hand following %1&apos;s instructions.</source>
        <translation>%1 pide a Mutt que inicie sesión en %2 con %3. %4 Configure Mutt a mano siguiendo las instrucciones de %1.</translation>
    </message>
    <message>
        <source>%1 sets from (line %2) to a value that is only known when Mutt starts, so Mail Setup cannot tell whose account this file holds. Write the address into from directly, then try again.</source>
        <translation>%1 da a from (línea %2) un valor que solo se conoce al iniciar Mutt, así que Mail Setup no puede saber de quién es la cuenta de este archivo. Escriba la dirección directamente en from y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 holds the account of %2 (from, line %3). Mutt has one account per settings file, and Mail Setup does not replace the account of another address. To use %4 with Mutt here, change from to %4 (or remove that line), then run Mail Setup again.</source>
        <translation>%1 contiene la cuenta de %2 (from, línea %3). Mutt tiene una cuenta por archivo de configuración, y Mail Setup no sustituye la cuenta de otra dirección. Para usar %4 con Mutt aquí, cambie from a %4 (o quite esa línea) y vuelva a ejecutar Mail Setup.</translation>
    </message>
    <message>
        <source>Mutt reads mail here by %1, but %2 sets up %3. Mail Setup left the incoming side (spoolfile, folder) as it is; change it by hand if you want to switch.</source>
        <translation>Mutt lee aquí el correo por %1, pero %2 configura %3. Mail Setup dejó la parte de entrada (spoolfile, folder) como estaba; cámbiela a mano si quiere pasarse.</translation>
    </message>
    <message>
        <source>spoolfile (line %1) is only known when Mutt starts, so Mail Setup left the incoming side as it is. Incoming mail at %2: %3.</source>
        <translation>spoolfile (línea %1) solo se conoce al iniciar Mutt, así que Mail Setup dejó la parte de entrada como estaba. Correo entrante en %2: %3.</translation>
    </message>
    <message>
        <source>Mutt reads mail from %1 on this computer (spoolfile, line %2), which another program fills; Mail Setup left that as it is. Set that program to fetch mail from %3 (%4).</source>
        <translation>Mutt lee el correo de %1 en este equipo (spoolfile, línea %2), que llena otro programa; Mail Setup lo dejó como estaba. Configure ese programa para que recoja el correo de %3 (%4).</translation>
    </message>
    <message>
        <source>The old %1 (line %2) held a password; the new one does not, so Mutt asks for the password when it connects.</source>
        <translation>El %1 antiguo (línea %2) contenía una contraseña; el nuevo no, así que Mutt pedirá la contraseña al conectarse.</translation>
    </message>
    <message>
        <source>The folders named with + or = on %1 were read against the folder set before them (%2), so they stay on that server. Change them if they should move to %3.</source>
        <translation>Las carpetas nombradas con + o = en %1 se leyeron respecto al folder fijado antes (%2), así que se quedan en ese servidor. Cámbielas si deben pasar a %3.</translation>
    </message>
    <message>
        <source>Line %1 (%2) also sets %3. Mail Setup leaves hooks and ifdef lines alone and changes only the settings Mutt starts with; while that %2 applies, its values are used instead.</source>
        <translation>La línea %1 (%2) también fija %3. Mail Setup no toca los hooks ni las líneas ifdef y solo cambia los ajustes con los que se inicia Mutt; mientras se aplique ese %2, se usan sus valores.</translation>
    </message>
    <message>
        <source>The account-hook commands (%1) set connection details for some servers only. Mail Setup leaves hooks alone; what it sets is the default account Mutt starts with.</source>
        <translation>Las órdenes account-hook (%1) fijan datos de conexión solo para algunos servidores. Mail Setup no toca los hooks; lo que fija es la cuenta predeterminada con la que se inicia Mutt.</translation>
    </message>
    <message>
        <source>Other settings files are read on %1 (source); Mail Setup did not look into them. The settings it writes come after, so Mutt uses them.</source>
        <translation>En %1 se leen otros archivos de configuración (source); Mail Setup no los revisó. Los ajustes que escribe van después, así que Mutt los usa.</translation>
    </message>
    <message>
        <source>Line %1 can stop Mutt reading the rest of this file (finish); Mail Setup put its settings before it.</source>
        <translation>La línea %1 puede hacer que Mutt deje de leer el resto de este archivo (finish); Mail Setup puso sus ajustes antes.</translation>
    </message>
    <message>
        <source>sendmail is set (line %1); with smtp_url set, Mutt sends through %2 itself and no longer uses that program.</source>
        <translation>sendmail está fijado (línea %1); con smtp_url fijado, Mutt envía por sí mismo a través de %2 y ya no usa ese programa.</translation>
    </message>
    <message>
        <source>A password is kept in this file (%1); Mail Setup left it as it is. If your password for %2 is different, change or remove it.</source>
        <translation>En este archivo hay una contraseña guardada (%1); Mail Setup la dejó como estaba. Si su contraseña para %2 es distinta, cámbiela o quítela.</translation>
    </message>
    <message>
        <source>%1:%2: %3. Mail Setup does not change a file it cannot read completely; correct that line in a text editor, then try again.</source>
        <translation>%1:%2: %3. Mail Setup no cambia un archivo que no puede leer por completo; corrija esa línea en un editor de texto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Set up %1 in a new settings file</source>
        <translation>Configurar %1 en un archivo de configuración nuevo</translation>
    </message>
    <message>
        <source>Update the account of %1</source>
        <translation>Actualizar la cuenta de %1</translation>
    </message>
    <message>
        <source>Set up %1 in this file, whose account has no address (from) yet: Mutt has one account per settings file, so its servers are replaced</source>
        <translation>Configurar %1 en este archivo, cuya cuenta aún no tiene dirección (from): Mutt tiene una cuenta por archivo de configuración, así que se sustituyen sus servidores</translation>
    </message>
    <message>
        <source>Set up %1 in this file (Mutt has one account per settings file)</source>
        <translation>Configurar %1 en este archivo (Mutt tiene una cuenta por archivo de configuración)</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; Mutt goes on reading mail as it does now.</source>
        <translation>%1 solo configura el correo saliente; Mutt sigue leyendo el correo como hasta ahora.</translation>
    </message>
    <message>
        <source>Refuse any connection without encryption (ssl_force_tls)</source>
        <translation>Rechazar cualquier conexión sin cifrado (ssl_force_tls)</translation>
    </message>
    <message>
        <source>Mutt will also insist on encryption when it reads mail from %1; if that server offers none, reading mail there stops working.</source>
        <translation>Mutt también exigirá cifrado al leer el correo de %1; si ese servidor no lo ofrece, dejará de funcionar la lectura de correo allí.</translation>
    </message>
    <message>
        <source>%1: this line starts with a space, which continues %2, but %2 takes a single value and Alpine ignores the line. Join it to the line before or delete it, then try again.</source>
        <translation>%1: esta línea empieza por un espacio, que continúa %2, pero %2 admite un solo valor y Alpine ignora la línea. Únala a la línea anterior o bórrela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1: this Alpine settings file sends mail as %2 (a From: header in customized-hdrs). Alpine keeps one identity per settings file, so Mail Setup does not turn it into %3. If this file should now be for %3, remove that header in Alpine (Setup &gt; Config &gt; Customized Headers), quit Alpine and run Mail Setup again.</source>
        <translation>%1: este archivo de configuración de Alpine envía correo como %2 (una cabecera From: en customized-hdrs). Alpine tiene una identidad por archivo de configuración, así que Mail Setup no lo convierte en %3. Si este archivo debe ser ahora para %3, quite esa cabecera en Alpine (Setup &gt; Config &gt; Customized Headers), salga de Alpine y vuelva a ejecutar Mail Setup.</translation>
    </message>
    <message>
        <source>%1: this Alpine settings file sends mail from the domain %2 (user-domain). Alpine keeps one identity per settings file, so Mail Setup does not turn it into %3. If this file should now be for %3, clear User Domain in Alpine (Setup &gt; Config), quit Alpine and run Mail Setup again.</source>
        <translation>%1: este archivo de configuración de Alpine envía correo desde el dominio %2 (user-domain). Alpine tiene una identidad por archivo de configuración, así que Mail Setup no lo convierte en %3. Si este archivo debe ser ahora para %3, vacíe User Domain en Alpine (Setup &gt; Config), salga de Alpine y vuelva a ejecutar Mail Setup.</translation>
    </message>
    <message>
        <source>Your name on outgoing mail: %1</source>
        <translation>Su nombre en el correo saliente: %1</translation>
    </message>
    <message>
        <source>Your name stays &quot;%1&quot; as Alpine has it (personal-name), not &quot;%2&quot;.</source>
        <translation>Su nombre sigue siendo «%1» como lo tiene Alpine (personal-name), no «%2».</translation>
    </message>
    <message>
        <source>Send as %1 (your login name at %2)</source>
        <translation>Enviar como %1 (su nombre de inicio de sesión en %2)</translation>
    </message>
    <message>
        <source>Send as %1 (a From: header, because Alpine would otherwise use your login name)</source>
        <translation>Enviar como %1 (una cabecera From:, porque si no Alpine usaría su nombre de inicio de sesión)</translation>
    </message>
    <message>
        <source>Send as %1 (a From: header, because Alpine would otherwise send as %2@%3)</source>
        <translation>Enviar como %1 (una cabecera From:, porque si no Alpine enviaría como %2@%3)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1, replacing %2</source>
        <translation>Correo saliente (SMTP): %1, sustituye a %2</translation>
    </message>
    <message>
        <source>Alpine had several outgoing servers and tries them in turn when one fails. Only %1 is kept, so a failure cannot quietly send through a server without the protection set up here.</source>
        <translation>Alpine tenía varios servidores de salida y los prueba por turnos cuando uno falla. Solo se conserva %1, para que un fallo no haga enviar sin avisar por un servidor sin la protección configurada aquí.</translation>
    </message>
    <message>
        <source>Alpine chooses the log-in method from those the server offers; it cannot be limited to %1.</source>
        <translation>Alpine elige el método de inicio de sesión entre los que ofrece el servidor; no se puede limitar a %1.</translation>
    </message>
    <message>
        <source>%1 sets up outgoing mail only; Alpine&apos;s INBOX stays as it is.</source>
        <translation>%1 solo configura el correo saliente; la INBOX de Alpine queda como está.</translation>
    </message>
    <message>
        <source>Alpine reads your INBOX by %1 (inbox-path), but %2 sets up %3; the INBOX was left as it is, because switching would show a different set of folders.</source>
        <translation>Alpine lee su INBOX por %1 (inbox-path), pero %2 configura %3; la INBOX quedó como estaba, porque cambiar mostraría otras carpetas.</translation>
    </message>
    <message>
        <source>Until now Alpine read your INBOX on this computer (%1). It now reads it from %2; the messages on this computer stay where they are.</source>
        <translation>Hasta ahora Alpine leía su INBOX en este equipo (%1). Ahora la lee de %2; los mensajes de este equipo se quedan donde están.</translation>
    </message>
    <message>
        <source>the system mail spool</source>
        <translation>la cola de correo del sistema</translation>
    </message>
    <message>
        <source>Alpine reads a POP3 INBOX on the server: messages are removed there only when you delete and expunge them in Alpine.</source>
        <translation>Alpine lee una INBOX POP3 en el servidor: los mensajes solo se quitan allí cuando los borra y purga (expunge) en Alpine.</translation>
    </message>
    <message>
        <source>The settings asked for are not encrypted; Mail Setup never writes a connection that would send your password in the clear.</source>
        <translation>La configuración pedida no está cifrada; Mail Setup nunca escribe una conexión que envíe su contraseña sin cifrar.</translation>
    </message>
    <message>
        <source>Roles (Setup &gt; Rules &gt; Roles) can name their own outgoing server; they were left as they are.</source>
        <translation>Los roles (Setup &gt; Rules &gt; Roles) pueden indicar su propio servidor de salida; quedaron como estaban.</translation>
    </message>
    <message>
        <source>Alpine asks for your password when it first connects; Mail Setup never stores it.</source>
        <translation>Alpine pide su contraseña la primera vez que se conecta; Mail Setup nunca la guarda.</translation>
    </message>
</context>
<context>
    <name>mailsetup::PlistDocument</name>
    <message>
        <source>%1 is empty: it holds no settings (a property list file starts with &quot;bplist00&quot; or &quot;&lt;?xml&quot;).</source>
        <translation>%1 está vacío: no contiene configuración (un archivo de lista de propiedades empieza por «bplist00» o «&lt;?xml»).</translation>
    </message>
    <message>
        <source>%1 is in the old text form of NeXTSTEP and early Mac OS X, which Mail Setup does not read. Open it once in Property List Editor and save it, then try again.</source>
        <translation>%1 está en el antiguo formato de texto de NeXTSTEP y de los primeros Mac OS X, que Mail Setup no lee. Ábralo una vez en Property List Editor y guárdelo, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not a readable property list: %2</source>
        <translation>%1 no es una lista de propiedades legible: %2</translation>
    </message>
    <message>
        <source>%1 is a damaged binary property list (it starts like one, but its contents cannot be read).</source>
        <translation>%1 es una lista de propiedades binaria dañada (empieza como una, pero su contenido no se puede leer).</translation>
    </message>
    <message>
        <source>%1 is XML but not a property list Mail Setup can read (an element other than plist, dict, array, key, string, integer, real, true, false, date or data, or a value that does not fit its element).</source>
        <translation>%1 es XML pero no una lista de propiedades que Mail Setup pueda leer (un elemento distinto de plist, dict, array, key, string, integer, real, true, false, date o data, o un valor que no encaja con su elemento).</translation>
    </message>
</context>
<context>
    <name>mailsetup::ProviderPage</name>
    <message>
        <source>newsgroup %1</source>
        <translation>grupo de noticias %1</translation>
    </message>
    <message>
        <source>&amp;Open a profile file…</source>
        <translation>Abrir un archiv&amp;o de perfil…</translation>
    </message>
    <message>
        <source>Who gave you your email address?</source>
        <translation>¿Quién le dio su dirección de correo?</translation>
    </message>
    <message>
        <source>Mail Setup sets up your mail program for your provider&apos;s secure mail servers. Choose your provider from the list.</source>
        <translation>Mail Setup configura su programa de correo para los servidores de correo seguros de su proveedor. Elija su proveedor en la lista.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Open a profile file</source>
        <translation>Abrir un archivo de perfil</translation>
    </message>
    <message>
        <source>Use a provider profile file (.xml) that your provider sent you</source>
        <translation>Usar un archivo de perfil de proveedor (.xml) que le envió su proveedor</translation>
    </message>
    <message>
        <source>if your provider is not listed but sent you a profile file (.xml)</source>
        <translation>si su proveedor no está en la lista pero le envió un archivo de perfil (.xml)</translation>
    </message>
    <message>
        <source>Some built-in provider profiles are damaged and are not listed:
%1</source>
        <translation>Algunos perfiles de proveedor incorporados están dañados y no aparecen:
%1</translation>
    </message>
    <message>
        <source>This file cannot be used as a provider profile. Send this message to your provider:
%1</source>
        <translation>Este archivo no se puede usar como perfil de proveedor. Envíe este mensaje a su proveedor:
%1</translation>
    </message>
    <message>
        <source>Open a provider profile</source>
        <translation>Abrir un perfil de proveedor</translation>
    </message>
    <message>
        <source>Provider profiles (*.xml);;All files (*)</source>
        <translation>Perfiles de proveedor (*.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>for addresses ending in %1</source>
        <translation>para direcciones que terminan en %1</translation>
    </message>
    <message>
        <source>from the file %1</source>
        <translation>del archivo %1</translation>
    </message>
    <message>
        <source>Choose a provider to see its details.</source>
        <translation>Elija un proveedor para ver sus datos.</translation>
    </message>
    <message>
        <source>%1 sets up addresses ending in %2.</source>
        <translation>%1 configura direcciones que terminan en %2.</translation>
    </message>
    <message>
        <source>Help from your provider: %1</source>
        <translation>Ayuda de su proveedor: %1</translation>
    </message>
    <message>
        <source>Provider&apos;s instructions: %1</source>
        <translation>Instrucciones del proveedor: %1</translation>
    </message>
    <message>
        <source>Parts of this profile that Mail Setup does not use: %1</source>
        <translation>Partes de este perfil que Mail Setup no usa: %1</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Proveedor: %1 (%2)</translation>
    </message>
    <message>
        <source>This profile file cannot be used</source>
        <translation>Este archivo de perfil no se puede usar</translation>
    </message>
    <message>
        <source>Nothing was changed. Send this message to your provider, or choose another file.</source>
        <translation>No se cambió nada. Envíe este mensaje a su proveedor o elija otro archivo.</translation>
    </message>
    <message>
        <source>found: %1 (%2)</source>
        <translation>encontrado: %1 (%2)</translation>
    </message>
    <message>
        <source>less trusted: check these settings with your provider</source>
        <translation>menos fiable: compruebe esta configuración con su proveedor</translation>
    </message>
    <message>
        <source>These settings were not confirmed by your provider (%1). Use them only if your provider&apos;s own instructions say the same.</source>
        <translation>Su proveedor no confirmó esta configuración (%1). Úsela solo si las instrucciones de su proveedor dicen lo mismo.</translation>
    </message>
    <message>
        <source>This built-in provider profile is damaged and cannot be used:
%1</source>
        <translation>Este perfil de proveedor incorporado está dañado y no se puede usar:
%1</translation>
    </message>
</context>
<context>
    <name>mailsetup::RegFile</name>
    <message>
        <source>the file ends in the middle of a UTF-16 character</source>
        <translation>el archivo termina a mitad de un carácter UTF-16</translation>
    </message>
    <message>
        <source>this is not a registry file: the first line must be &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>no es un archivo de registro: la primera línea debe ser «%1» o «%2»</translation>
    </message>
    <message>
        <source>the key line has no closing ]</source>
        <translation>a la línea de clave le falta el ] de cierre</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; does not start with a registry root such as HKEY_CURRENT_USER</source>
        <translation>la clave «%1» no empieza por una raíz del registro como HKEY_CURRENT_USER</translation>
    </message>
    <message>
        <source>expected a [key] line, a &quot;name&quot;=value line or a ; comment</source>
        <translation>se esperaba una línea [clave], una línea &quot;nombre&quot;=valor o un comentario ;</translation>
    </message>
    <message>
        <source>a value line must follow a [key] line</source>
        <translation>una línea de valor debe ir detrás de una línea [clave]</translation>
    </message>
    <message>
        <source>the value name has no closing quote</source>
        <translation>al nombre del valor le falta la comilla de cierre</translation>
    </message>
    <message>
        <source>expected = after the value name</source>
        <translation>se esperaba = tras el nombre del valor</translation>
    </message>
</context>
<context>
    <name>mailsetup::RegFileRegistry</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>mailsetup::RegistryChange</name>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
</context>
<context>
    <name>mailsetup::ReviewPage</name>
    <message>
        <source>Check the changes</source>
        <translation>Revisar los cambios</translation>
    </message>
    <message>
        <source>This is everything Mail Setup will change. Click Apply to make the changes; you can undo them afterwards.</source>
        <translation>Esto es todo lo que cambiará Mail Setup. Pulse Aplicar para hacer los cambios; puede deshacerlos después.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Apli&amp;car</translation>
    </message>
    <message>
        <source>&amp;Changes (lines starting with - are removed, + are added):</source>
        <translation>Ca&amp;mbios (las líneas que empiezan por - se quitan, por + se añaden):</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Before changing a file, Mail Setup keeps a copy of it in %1</source>
        <translation>Antes de cambiar un archivo, Mail Setup guarda una copia en %1</translation>
    </message>
</context>
<context>
    <name>mailsetup::SeaMonkeyAdapter</name>
    <message>
        <source>the profile folder %1 does not exist</source>
        <translation>la carpeta de perfil %1 no existe</translation>
    </message>
    <message>
        <source>SeaMonkey (or the Mozilla Suite or Netscape) is running with the profile %1 (%2). Quit it (File &gt; Quit; on Windows also Quick Launch, next to the clock), wait until its windows have closed, then try again. It saves its settings when it quits and would overwrite the changes.</source>
        <translation>SeaMonkey (o la Mozilla Suite o Netscape) está abierto con el perfil %1 (%2). Ciérrelo (Archivo &gt; Salir; en Windows, también el inicio rápido junto al reloj), espere a que se cierren sus ventanas y vuelva a intentarlo. Guarda su configuración al salir y sobrescribiría los cambios.</translation>
    </message>
    <message>
        <source>This profile was last used by %1, which knows older names for the login and encryption settings. Mail Setup writes the old and the current names together, so the account also works after an upgrade to a newer SeaMonkey.</source>
        <translation>Este perfil lo usó por última vez %1, que conoce nombres antiguos para los ajustes de inicio de sesión y cifrado. Mail Setup escribe juntos los nombres antiguos y los actuales, para que la cuenta siga funcionando tras actualizar a un SeaMonkey más reciente.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ServerSettings</name>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
</context>
<context>
    <name>mailsetup::SettingsSheet</name>
    <message>
        <source>no login</source>
        <translation>sin inicio de sesión</translation>
    </message>
    <message>
        <source>Mail settings for %1 (%2)</source>
        <translation>Configuración de correo para %1 (%2)</translation>
    </message>
    <message>
        <source>normal password (not CRAM-MD5)</source>
        <translation>contraseña normal (no CRAM-MD5)</translation>
    </message>
</context>
<context>
    <name>mailsetup::SetupWizard</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language: %1</source>
        <translation>&amp;Idioma: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Mail Setup cannot go on</source>
        <translation>Mail Setup no puede continuar</translation>
    </message>
    <message>
        <source>Nothing was changed. Install Mail Setup again, then try once more.</source>
        <translation>No se ha cambiado nada. Vuelva a instalar Mail Setup e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ThunderbirdAdapter</name>
    <message>
        <source>profile &quot;%1&quot; (%2)</source>
        <translation>perfil «%1» (%2)</translation>
    </message>
    <message>
        <source>the profile folder %1 does not exist</source>
        <translation>la carpeta de perfil %1 no existe</translation>
    </message>
    <message>
        <source>The Thunderbird profile %1 is in use. %2 Quit Thunderbird (File &gt; Quit), wait until its window has closed, then try again: Thunderbird saves its settings when it quits and would overwrite the changes.</source>
        <translation>El perfil de Thunderbird %1 está en uso. %2 Salga de Thunderbird (Archivo &gt; Salir), espere a que se cierre su ventana y vuelva a intentarlo: Thunderbird guarda su configuración al salir y sobrescribiría los cambios.</translation>
    </message>
</context>
<context>
    <name>mailsetup::ToolResult</name>
    <message>
        <source>%1 could not be started</source>
        <translation>no se pudo iniciar %1</translation>
    </message>
    <message>
        <source>%1 exited with %2</source>
        <translation>%1 terminó con el código de salida %2</translation>
    </message>
    <message>
        <source>%1 exited with %2: %3</source>
        <translation>%1 terminó con el código de salida %2: %3</translation>
    </message>
</context>
<context>
    <name>mailsetup::TrustAnchor</name>
    <message>
        <source>%1: the provider profile pins no SHA-256 fingerprint for this certificate, so there is nothing to compare it with; it is not installed</source>
        <translation>%1: el perfil del proveedor no fija ninguna huella SHA-256 para este certificado, así que no hay con qué compararlo; no se instala</translation>
    </message>
    <message>
        <source>%1 is not the certificate the provider pinned: its fingerprint is %2, the profile expects %3. It may carry the same name (%4) but it is a different certificate; it is not installed</source>
        <translation>%1 no es el certificado que fijó el proveedor: su huella es %2 y el perfil espera %3. Puede que lleve el mismo nombre (%4), pero es otro certificado; no se instala</translation>
    </message>
    <message>
        <source>%1 (%2) is not a certificate authority (it lacks &quot;CA:TRUE&quot;), so it cannot vouch for mail servers; it is not installed</source>
        <translation>%1 (%2) no es una autoridad de certificación (le falta «CA:TRUE»), así que no puede avalar servidores de correo; no se instala</translation>
    </message>
    <message>
        <source>%1 (%2) is not a root certificate: it is issued by %3. Only the root goes into a trust store; it is not installed</source>
        <translation>%1 (%2) no es un certificado raíz: lo emite %3. Solo la raíz va en un almacén de confianza; no se instala</translation>
    </message>
    <message>
        <source>%1 (%2) expired on %3; it is not installed</source>
        <translation>%1 (%2) caducó el %3; no se instala</translation>
    </message>
    <message>
        <source>%1 (%2) is not valid before %3; it is not installed</source>
        <translation>%1 (%2) no es válido antes del %3; no se instala</translation>
    </message>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation>no se puede leer el certificado %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be one certificate</source>
        <translation>%1 es demasiado grande para ser un solo certificado</translation>
    </message>
    <message>
        <source>%1: %2; nothing is installed</source>
        <translation>%1: %2; no se instala nada</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujeto: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2 (UTC)</source>
        <translation>Válido del %1 al %2 (UTC)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella SHA-256: %1</translation>
    </message>
    <message>
        <source>the certificate %1 is installed only after you have compared its fingerprint with the one your provider publishes: %2</source>
        <translation>el certificado %1 solo se instala después de que compare su huella con la que publica su proveedor: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits); the certificate %2 has %3</source>
        <translation>«%1» no es una huella SHA-256 (64 dígitos hexadecimales); el certificado %2 tiene %3</translation>
    </message>
    <message>
        <source>the fingerprint you confirmed (%1) is not the one of the certificate %2 (%3); nothing is installed</source>
        <translation>la huella que confirmó (%1) no es la del certificado %2 (%3); no se instala nada</translation>
    </message>
</context>
<context>
    <name>mailsetup::TrustInstallLog</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>mailsetup::iam</name>
    <message>
        <source>%1 has no setting that requires STARTTLS: its &quot;This server requires a secure connection (SSL)&quot; box means SSL/TLS from the first byte (port %2 needs STARTTLS). Choose the provider&apos;s SSL/TLS port instead, for example --outgoing-port 465 or --incoming-port 995.</source>
        <translation>%1 no tiene ningún ajuste que exija STARTTLS: su casilla «Este servidor precisa una conexión segura (SSL)» significa SSL/TLS desde el primer byte (el puerto %2 necesita STARTTLS). Elija en su lugar el puerto SSL/TLS del proveedor, por ejemplo --outgoing-port 465 o --incoming-port 995.</translation>
    </message>
    <message>
        <source>%1: the %2 server would not be encrypted; Mail Setup does not write that.</source>
        <translation>%1: el servidor %2 no estaría cifrado; Mail Setup no escribe eso.</translation>
    </message>
    <message>
        <source>%1 cannot log in to %2 with %3; it knows only a normal password and Secure Password Authentication.</source>
        <translation>%1 no puede iniciar sesión en %2 con %3; solo conoce la contraseña normal y la autenticación de contraseña segura (SPA).</translation>
    </message>
    <message>
        <source>The account receives mail with %1 from %2; Mail Setup left that as it is (the provider&apos;s %3 server is %4).</source>
        <translation>La cuenta recibe correo con %1 desde %2; Mail Setup lo dejó como estaba (el servidor %3 del proveedor es %4).</translation>
    </message>
    <message>
        <source>New %1 account %2 for %3 (registry key %4)</source>
        <translation>Cuenta de %1 nueva %2 para %3 (clave del registro %4)</translation>
    </message>
    <message>
        <source>Account %1 (%2) updated</source>
        <translation>Cuenta %1 (%2) actualizada</translation>
    </message>
    <message>
        <source>Outgoing: %1</source>
        <translation>Salida: %1</translation>
    </message>
    <message>
        <source>Incoming: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message>
        <source>%1 asks for the password the first time it sends or receives; Mail Setup never stores passwords.</source>
        <translation>%1 pide la contraseña la primera vez que envía o recibe; Mail Setup nunca guarda contraseñas.</translation>
    </message>
    <message>
        <source>The default mail account (%1) was left as it is.</source>
        <translation>La cuenta de correo predeterminada (%1) quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>mailsetup::outlook</name>
    <message>
        <source>Add the account with the PRF file Mail Setup writes for Outlook instead: quit Outlook, then run outlook.exe /importprf &quot;&lt;the .prf file&gt;&quot; (the route administrators use).</source>
        <translation>Añada en su lugar la cuenta con el archivo PRF que Mail Setup escribe para Outlook: salga de Outlook y ejecute outlook.exe /importprf &quot;&lt;el archivo .prf&gt;&quot; (el método que usan los administradores).</translation>
    </message>
    <message>
        <source>The Outlook profile &quot;%1&quot; has no account for %2. Outlook keeps each account together with links to its mail store and address book, which Mail Setup does not create in the registry. %3</source>
        <translation>El perfil de Outlook «%1» no tiene cuenta para %2. Outlook guarda cada cuenta junto con enlaces a su almacén de mensajes y su libreta de direcciones, que Mail Setup no crea en el registro. %3</translation>
    </message>
    <message>
        <source>Writing required STARTTLS for %1 into the registry is not documented by Microsoft; choose the SSL/TLS port (for example --outgoing-port 465), or %2</source>
        <translation>Microsoft no documenta cómo escribir STARTTLS obligatorio para %1 en el registro; elija el puerto SSL/TLS (por ejemplo --outgoing-port 465) o %2</translation>
    </message>
    <message>
        <source>the %1 server would not be encrypted; Mail Setup does not write that.</source>
        <translation>el servidor %1 no estaría cifrado; Mail Setup no escribe eso.</translation>
    </message>
    <message>
        <source>Outlook&apos;s registry settings cannot log in to %1 with %2.</source>
        <translation>La configuración de Outlook en el registro no permite iniciar sesión en %1 con %2.</translation>
    </message>
    <message>
        <source>The account receives mail with %1; Mail Setup left its incoming server as it is.</source>
        <translation>La cuenta recibe correo con %1; Mail Setup dejó su servidor de entrada como estaba.</translation>
    </message>
    <message>
        <source>Account %1 (%2) in the profile &quot;%3&quot; updated</source>
        <translation>Cuenta %1 (%2) del perfil «%3» actualizada</translation>
    </message>
    <message>
        <source>Outgoing: %1</source>
        <translation>Salida: %1</translation>
    </message>
    <message>
        <source>Incoming: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message>
        <source>Outlook asks for the password the first time it sends; Mail Setup never stores passwords.</source>
        <translation>Outlook pide la contraseña la primera vez que envía; Mail Setup nunca guarda contraseñas.</translation>
    </message>
</context>
<context>
    <name>mailsetup::trusthelper</name>
    <message>
        <source>mailsetup-trust-helper: unexpected argument &quot;%1&quot;</source>
        <translation>mailsetup-trust-helper: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>usage: mailsetup-trust-helper install|uninstall|status --certificate FILE --sha256 FINGERPRINT</source>
        <translation>uso: mailsetup-trust-helper install|uninstall|status --certificate FILE --sha256 FINGERPRINT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits); nothing was changed</source>
        <translation>«%1» no es una huella SHA-256 (64 dígitos hexadecimales); no se cambió nada</translation>
    </message>
    <message>
        <source>%1 is not a file; nothing was changed</source>
        <translation>%1 no es un archivo; no se cambió nada</translation>
    </message>
</context>
</TS>
