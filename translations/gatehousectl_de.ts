<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>gatehousectl</name>
    <message>
        <source>List the APIs of a workspace.</source>
        <translation>Die APIs eines Arbeitsbereichs auflisten.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Ein JSON-Array statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>KONTEXT</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>The workspace file (SQLite).</source>
        <translation>Die Arbeitsbereichsdatei (SQLite).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>workspace &apos;%1&apos; does not exist (create it with &apos;gatehousectl init %1&apos;)</source>
        <translation>Arbeitsbereich „%1“ existiert nicht (anlegen mit „gatehousectl init %1“)</translation>
    </message>
    <message>
        <source>cannot open workspace &apos;%1&apos;: %2</source>
        <translation>Arbeitsbereich „%1“ lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>unknown API &apos;%1&apos; (give its id, name or name:version; &apos;gatehousectl apis&apos; lists them)</source>
        <translation>unbekannte API „%1“ (ID, Name oder Name:Version angeben; „gatehousectl apis“ listet sie auf)</translation>
    </message>
    <message>
        <source>unknown environment &apos;%1&apos; (&apos;gatehousectl envs&apos; lists them)</source>
        <translation>unbekannte Umgebung „%1“ („gatehousectl envs“ listet sie auf)</translation>
    </message>
    <message>
        <source>invalid port &apos;%1&apos; for --%2 (expected 0..65535)</source>
        <translation>ungültiger Port „%1“ für --%2 (erwartet: 0..65535)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>Run &apos;gatehousectl --help&apos; for the list of commands.</source>
        <translation>„gatehousectl --help“ zeigt die Liste der Befehle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand</source>
        <translation>„%1“ braucht einen Unterbefehl</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;</source>
        <translation>unbekannter Befehl „%1 %2“</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Run &apos;gatehousectl %1 --help&apos; for its usage.</source>
        <translation>„gatehousectl %1 --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>fehlendes Argument %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>missing required option --%1</source>
        <translation>fehlende Pflichtoption --%1</translation>
    </message>
    <message>
        <source>Usage: gatehousectl &lt;command&gt; [options] [arguments]</source>
        <translation>Aufruf: gatehousectl &lt;Befehl&gt; [Optionen] [Argumente]</translation>
    </message>
    <message>
        <source>Manages Gatehouse workspaces and runs their gateway environments without the GUI.</source>
        <translation>Gatehouse-Arbeitsbereiche verwalten und ihre Gateway-Umgebungen ohne grafische Oberfläche betreiben.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Run &apos;gatehousectl &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>„gatehousectl &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Usage: gatehousectl %1 &lt;subcommand&gt; [options] [arguments]</source>
        <translation>Aufruf: gatehousectl %1 &lt;Unterbefehl&gt; [Optionen] [Argumente]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Deploy a revision of an API to an environment (a new revision unless --revision is given).</source>
        <translation>Eine Revision einer API in einer Umgebung bereitstellen (eine neue Revision, sofern --revision fehlt).</translation>
    </message>
    <message>
        <source>The API: its id, name or name:version.</source>
        <translation>Die API: ihre ID, ihr Name oder Name:Version.</translation>
    </message>
    <message>
        <source>The target environment.</source>
        <translation>Die Zielumgebung.</translation>
    </message>
    <message>
        <source>Deploy this existing revision instead of creating a new one.</source>
        <translation>Diese vorhandene Revision bereitstellen, statt eine neue anzulegen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>invalid --revision &apos;%1&apos; (expected 1, 2, ...)</source>
        <translation>ungültige --revision „%1“ (erwartet: 1, 2, …)</translation>
    </message>
    <message>
        <source>cannot deploy %1 to %2: %3</source>
        <translation>%1 lässt sich nicht in %2 bereitstellen: %3</translation>
    </message>
    <message>
        <source>Deployed %1 revision %2 to %3</source>
        <translation>%1 Revision %2 in %3 bereitgestellt</translation>
    </message>
    <message>
        <source>Create a gateway environment.</source>
        <translation>Eine Gateway-Umgebung anlegen.</translation>
    </message>
    <message>
        <source>Name of the new environment.</source>
        <translation>Name der neuen Umgebung.</translation>
    </message>
    <message>
        <source>Gateway profile: choreo-connect or api-gateway.</source>
        <translation>Gateway-Profil: choreo-connect oder api-gateway.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>mutable (takes deployments while running, the default) or immutable (serves what it was started with).</source>
        <translation>mutable (nimmt Bereitstellungen im laufenden Betrieb an, Standard) oder immutable (liefert, womit sie gestartet wurde).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>HTTP port (default: 9090 for choreo-connect, 8280 for api-gateway; 0 = any free port).</source>
        <translation>HTTP-Port (Standard: 9090 für choreo-connect, 8280 für api-gateway; 0 = ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>HTTPS port (default: no HTTPS listener).</source>
        <translation>HTTPS-Port (Standard: kein HTTPS-Listener).</translation>
    </message>
    <message>
        <source>Admin port for /metrics and /health (default: no admin listener).</source>
        <translation>Admin-Port für /metrics und /health (Standard: kein Admin-Listener).</translation>
    </message>
    <message>
        <source>PEM certificate chain for HTTPS.</source>
        <translation>PEM-Zertifikatskette für HTTPS.</translation>
    </message>
    <message>
        <source>PEM private key for HTTPS.</source>
        <translation>Privater PEM-Schlüssel für HTTPS.</translation>
    </message>
    <message>
        <source>Deploy this API (id, name or name:version; @N for an existing revision) in the same step; repeatable. The only way to give an immutable environment its content.</source>
        <translation>Diese API im selben Schritt bereitstellen (ID, Name oder Name:Version; @N für eine vorhandene Revision); wiederholbar. Der einzige Weg, einer unveränderlichen Umgebung Inhalt zu geben.</translation>
    </message>
    <message>
        <source>API[@N]</source>
        <translation>API[@N]</translation>
    </message>
    <message>
        <source>invalid environment name &apos;%1&apos; (use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>ungültiger Umgebungsname „%1“ (erlaubt sind Buchstaben, Ziffern, „.“, „_“ und „-“)</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (expected choreo-connect or api-gateway)</source>
        <translation>unbekanntes Profil „%1“ (erwartet: choreo-connect oder api-gateway)</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos; (expected mutable or immutable)</source>
        <translation>unbekannter Modus „%1“ (erwartet: mutable oder immutable)</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key gehören zusammen</translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; already exists</source>
        <translation>Umgebung „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>invalid revision in --deploy &apos;%1&apos; (expected API@1, API@2, ...)</source>
        <translation>ungültige Revision in --deploy „%1“ (erwartet: API@1, API@2, …)</translation>
    </message>
    <message>
        <source>cannot create environment &apos;%1&apos;: %2</source>
        <translation>Umgebung „%1“ lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>Created %1 environment %2 (%3, %4 API(s) deployed)</source>
        <translation>%1-Umgebung %2 angelegt (%3, %4 API(s) bereitgestellt)</translation>
    </message>
    <message>
        <source>no APIs</source>
        <translation>keine APIs</translation>
    </message>
    <message>
        <source>environments did not stop in time; exiting anyway</source>
        <translation>Umgebungen haben nicht rechtzeitig angehalten; Programm endet trotzdem</translation>
    </message>
    <message>
        <source>cannot start environment &apos;%1&apos;: %2</source>
        <translation>Umgebung „%1“ lässt sich nicht starten: %2</translation>
    </message>
    <message>
        <source>%1: immutable; keeps serving what it started with (new deployments apply on restart)</source>
        <translation>%1: unveränderlich; liefert weiter, womit sie gestartet wurde (neue Bereitstellungen gelten nach einem Neustart)</translation>
    </message>
    <message>
        <source>%1: redeployed: %2</source>
        <translation>%1: neu bereitgestellt: %2</translation>
    </message>
    <message>
        <source>%1: redeploy refused: %2</source>
        <translation>%1: Neubereitstellung abgelehnt: %2</translation>
    </message>
    <message>
        <source>Remove a gateway environment.</source>
        <translation>Eine Gateway-Umgebung entfernen.</translation>
    </message>
    <message>
        <source>The environment to remove.</source>
        <translation>Die zu entfernende Umgebung.</translation>
    </message>
    <message>
        <source>unknown environment &apos;%1&apos;</source>
        <translation>unbekannte Umgebung „%1“</translation>
    </message>
    <message>
        <source>cannot remove environment &apos;%1&apos;: %2</source>
        <translation>Umgebung „%1“ lässt sich nicht entfernen: %2</translation>
    </message>
    <message>
        <source>Removed environment %1</source>
        <translation>Umgebung %1 entfernt</translation>
    </message>
    <message>
        <source>List the gateway environments of a workspace.</source>
        <translation>Die Gateway-Umgebungen eines Arbeitsbereichs auflisten.</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>ADMIN</source>
        <translation>ADMIN</translation>
    </message>
    <message>
        <source>APIS</source>
        <translation>APIS</translation>
    </message>
    <message>
        <source>Use this API name instead of info.title.</source>
        <translation>Diesen API-Namen statt info.title verwenden.</translation>
    </message>
    <message>
        <source>Use this context (base path) instead of the document&apos;s.</source>
        <translation>Diesen Kontext (Basispfad) statt dem des Dokuments verwenden.</translation>
    </message>
    <message>
        <source>--name must not be empty</source>
        <translation>--name darf nicht leer sein</translation>
    </message>
    <message>
        <source>invalid --context &apos;%1&apos;</source>
        <translation>ungültiger --context „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>„%1“ existiert nicht</translation>
    </message>
    <message>
        <source>import of &apos;%1&apos; failed</source>
        <translation>Import von „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot add the API to &apos;%1&apos;: %2</source>
        <translation>die API lässt sich nicht zu „%1“ hinzufügen: %2</translation>
    </message>
    <message>
        <source>Create a new workspace file, empty or with the demo APIs and environments.</source>
        <translation>Eine neue Arbeitsbereichsdatei anlegen, leer oder mit den Demo-APIs und -Umgebungen.</translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation>Die anzulegende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Fill the workspace with the bundled demo APIs and environments.</source>
        <translation>Den Arbeitsbereich mit den mitgelieferten Demo-APIs und -Umgebungen füllen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; refusing to overwrite it</source>
        <translation>„%1“ existiert bereits und wird nicht überschrieben</translation>
    </message>
    <message>
        <source>cannot create workspace &apos;%1&apos;: %2</source>
        <translation>Arbeitsbereich „%1“ lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>Created demo workspace %1 (APIs: %2, environments: %3)</source>
        <translation>Demo-Arbeitsbereich %1 angelegt (APIs: %2, Umgebungen: %3)</translation>
    </message>
    <message>
        <source>Created workspace %1</source>
        <translation>Arbeitsbereich %1 angelegt</translation>
    </message>
    <message>
        <source>Run gateway environments in the foreground until SIGINT or SIGTERM.</source>
        <translation>Gateway-Umgebungen im Vordergrund betreiben, bis SIGINT oder SIGTERM eintrifft.</translation>
    </message>
    <message>
        <source>Run this environment (repeatable; default: all of them).</source>
        <translation>Diese Umgebung betreiben (wiederholbar; Standard: alle).</translation>
    </message>
    <message>
        <source>Override the HTTP port of an environment (repeatable; 0 = any free port; a bare PORT when a single environment runs).</source>
        <translation>Den HTTP-Port einer Umgebung überschreiben (wiederholbar; 0 = ein beliebiger freier Port; nur PORT, wenn eine einzige Umgebung läuft).</translation>
    </message>
    <message>
        <source>ENV=PORT</source>
        <translation>UMGEBUNG=PORT</translation>
    </message>
    <message>
        <source>Override the HTTPS port of an environment (repeatable).</source>
        <translation>Den HTTPS-Port einer Umgebung überschreiben (wiederholbar).</translation>
    </message>
    <message>
        <source>Override the admin (/metrics, /health) port of an environment (repeatable).</source>
        <translation>Den Admin-Port (/metrics, /health) einer Umgebung überschreiben (wiederholbar).</translation>
    </message>
    <message>
        <source>Worker threads per environment (default: the environment&apos;s setting, or the number of cores).</source>
        <translation>Worker-Threads je Umgebung (Standard: die Einstellung der Umgebung oder die Zahl der Kerne).</translation>
    </message>
    <message>
        <source>On SIGINT/SIGTERM, let in-flight requests finish for up to this many milliseconds (default: 5000).</source>
        <translation>Bei SIGINT/SIGTERM laufende Anfragen bis zu so vielen Millisekunden zu Ende führen lassen (Standard: 5000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>--%1 needs ENV=PORT when several environments run</source>
        <translation>--%1 braucht UMGEBUNG=PORT, wenn mehrere Umgebungen laufen</translation>
    </message>
    <message>
        <source>--%1 names environment &apos;%2&apos;, which is not being run</source>
        <translation>--%1 nennt die Umgebung „%2“, die nicht betrieben wird</translation>
    </message>
    <message>
        <source>invalid --%1 &apos;%2&apos; (expected %3..%4)</source>
        <translation>ungültiges --%1 „%2“ (erwartet: %3..%4)</translation>
    </message>
    <message>
        <source>workspace &apos;%1&apos; has no environments (create one with &apos;gatehousectl env create&apos;)</source>
        <translation>Arbeitsbereich „%1“ hat keine Umgebungen (eine anlegen mit „gatehousectl env create“)</translation>
    </message>
    <message>
        <source>cannot install the SIGINT/SIGTERM handlers</source>
        <translation>die Behandlung von SIGINT/SIGTERM lässt sich nicht einrichten</translation>
    </message>
    <message>
        <source>stopping; draining in-flight requests for up to %1 ms</source>
        <translation>wird angehalten; laufende Anfragen dürfen noch bis zu %1 ms zu Ende laufen</translation>
    </message>
    <message>
        <source>Remove an API from an environment.</source>
        <translation>Eine API aus einer Umgebung entfernen.</translation>
    </message>
    <message>
        <source>The environment to remove it from.</source>
        <translation>Die Umgebung, aus der sie entfernt wird.</translation>
    </message>
    <message>
        <source>%1 is not deployed to %2</source>
        <translation>%1 ist nicht in %2 bereitgestellt</translation>
    </message>
    <message>
        <source>cannot undeploy %1 from %2: %3</source>
        <translation>%1 lässt sich nicht aus %2 entfernen: %3</translation>
    </message>
    <message>
        <source>Undeployed %1 from %2</source>
        <translation>%1 aus %2 entfernt</translation>
    </message>
    <message>
        <source>cannot read its deployments: %1</source>
        <translation>seine Bereitstellungen lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Issue an API key (a signed JWT) to an application for the APIs it is subscribed to.</source>
        <translation>Einer Anwendung einen API-Schlüssel (ein signiertes JWT) für die abonnierten APIs ausstellen.</translation>
    </message>
    <message>
        <source>The application: its name or id.</source>
        <translation>Die Anwendung: ihr Name oder ihre ID.</translation>
    </message>
    <message>
        <source>Validity in seconds (default: 0, no expiry).</source>
        <translation>Gültigkeit in Sekunden (Standard: 0, läuft nicht ab).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Accept the key only from this address or CIDR range; repeatable.</source>
        <translation>Den Schlüssel nur von dieser Adresse oder diesem CIDR-Bereich annehmen; wiederholbar.</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Accept the key only with this Referer (exact or with &apos;*&apos;); repeatable.</source>
        <translation>Den Schlüssel nur mit diesem Referer annehmen (exakt oder mit „*“); wiederholbar.</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>MUSTER</translation>
    </message>
    <message>
        <source>Issue a sandbox key.</source>
        <translation>Einen Sandbox-Schlüssel ausstellen.</translation>
    </message>
    <message>
        <source>invalid --ip &apos;%1&apos; (expected an address or a CIDR range)</source>
        <translation>ungültiges --ip „%1“ (erwartet: eine Adresse oder ein CIDR-Bereich)</translation>
    </message>
    <message>
        <source>--referer needs a pattern</source>
        <translation>--referer braucht ein Muster</translation>
    </message>
    <message>
        <source>application &apos;%1&apos; is not subscribed to any API: the key admits no API yet</source>
        <translation>Anwendung „%1“ hat keine API abonniert: der Schlüssel lässt noch keine API zu</translation>
    </message>
    <message>
        <source>cannot read the key manager: %1</source>
        <translation>der Key-Manager lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>cannot issue an API key to &apos;%1&apos;: %2</source>
        <translation>für „%1“ lässt sich kein API-Schlüssel ausstellen: %2</translation>
    </message>
    <message>
        <source>API %1:%2</source>
        <translation>API %1:%2</translation>
    </message>
    <message>
        <source>  schemes: %1</source>
        <translation>  Verfahren: %1</translation>
    </message>
    <message>
        <source>none (open API)</source>
        <translation>keine (offene API)</translation>
    </message>
    <message>
        <source>  mutual TLS: %1</source>
        <translation>  Mutual TLS: %1</translation>
    </message>
    <message>
        <source>  application security: %1</source>
        <translation>  Anwendungssicherheit: %1</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>verpflichtend</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>  API key header: %1</source>
        <translation>  API-Schlüssel-Header: %1</translation>
    </message>
    <message>
        <source>  CORS: %1</source>
        <translation>  CORS: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>  %1: open (no security)</source>
        <translation>  %1: offen (keine Sicherheit)</translation>
    </message>
    <message>
        <source>  %1: scopes %2</source>
        <translation>  %1: Scopes %2</translation>
    </message>
    <message>
        <source>Show or change the security of an API: schemes, mutual TLS, CORS, open operations and scopes.</source>
        <translation>Die Sicherheit einer API anzeigen oder ändern: Verfahren, Mutual TLS, CORS, offene Operationen und Scopes.</translation>
    </message>
    <message>
        <source>Comma-separated schemes that admit a request: oauth2, api_key, basic_auth; or none.</source>
        <translation>Kommagetrennte Verfahren, die eine Anfrage zulassen: oauth2, api_key, basic_auth; oder none.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Client certificates: off, optional or mandatory.</source>
        <translation>Client-Zertifikate: off, optional oder mandatory.</translation>
    </message>
    <message>
        <source>With mutual TLS, a valid client certificate admits a request without a token.</source>
        <translation>Mit Mutual TLS lässt ein gültiges Client-Zertifikat eine Anfrage auch ohne Token zu.</translation>
    </message>
    <message>
        <source>With mutual TLS, a request also needs to pass the schemes (the default).</source>
        <translation>Mit Mutual TLS muss eine Anfrage zusätzlich die Verfahren bestehen (Standard).</translation>
    </message>
    <message>
        <source>Header that carries the API key (default: apikey).</source>
        <translation>Header, der den API-Schlüssel trägt (Standard: apikey).</translation>
    </message>
    <message>
        <source>HEADER</source>
        <translation>HEADER</translation>
    </message>
    <message>
        <source>CORS handling: on or off.</source>
        <translation>CORS-Behandlung: on oder off.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>Make an operation open, e.g. &quot;GET /pets&quot;; repeatable.</source>
        <translation>Eine Operation öffnen, z. B. „GET /pets“; wiederholbar.</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>OPERATION</translation>
    </message>
    <message>
        <source>Secure an open operation again; repeatable.</source>
        <translation>Eine offene Operation wieder absichern; wiederholbar.</translation>
    </message>
    <message>
        <source>Scopes an operation needs (any one of them), e.g. &quot;GET /pets=read:pets write:pets&quot;; empty after &apos;=&apos; removes them; repeatable.</source>
        <translation>Scopes, die eine Operation verlangt (einer davon genügt), z. B. „GET /pets=read:pets write:pets“; leer nach „=“ entfernt sie; wiederholbar.</translation>
    </message>
    <message>
        <source>OPERATION=SCOPES</source>
        <translation>OPERATION=SCOPES</translation>
    </message>
    <message>
        <source>--app-security-optional and --app-security-mandatory exclude each other</source>
        <translation>--app-security-optional und --app-security-mandatory schließen einander aus</translation>
    </message>
    <message>
        <source>unknown scheme &apos;%1&apos; in --schemes (expected oauth2, api_key, basic_auth or none)</source>
        <translation>unbekanntes Verfahren „%1“ in --schemes (erwartet: oauth2, api_key, basic_auth oder none)</translation>
    </message>
    <message>
        <source>--schemes needs a scheme, or none</source>
        <translation>--schemes braucht ein Verfahren oder none</translation>
    </message>
    <message>
        <source>unknown --mtls &apos;%1&apos; (expected off, optional or mandatory)</source>
        <translation>unbekanntes --mtls „%1“ (erwartet: off, optional oder mandatory)</translation>
    </message>
    <message>
        <source>unknown --cors &apos;%1&apos; (expected on or off)</source>
        <translation>unbekanntes --cors „%1“ (erwartet: on oder off)</translation>
    </message>
    <message>
        <source>--api-key-header needs a header name</source>
        <translation>--api-key-header braucht einen Header-Namen</translation>
    </message>
    <message>
        <source>invalid --scopes &apos;%1&apos; (expected &quot;METHOD /path=scope1 scope2&quot;)</source>
        <translation>ungültiges --scopes „%1“ (erwartet: „METHODE /pfad=scope1 scope2“)</translation>
    </message>
    <message>
        <source>API %1 has no operation &apos;%2&apos; (it has: %3)</source>
        <translation>API %1 hat keine Operation „%2“ (sie hat: %3)</translation>
    </message>
    <message>
        <source>cannot change the security of API %1: %2</source>
        <translation>die Sicherheit der API %1 lässt sich nicht ändern: %2</translation>
    </message>
    <message>
        <source>optional application security only matters with --mtls optional or mandatory</source>
        <translation>optionale Anwendungssicherheit wirkt nur mit --mtls optional oder mandatory</translation>
    </message>
    <message>
        <source>Create an application of the built-in key manager and print its consumer key and secret.</source>
        <translation>Eine Anwendung des eingebauten Key-Managers anlegen und ihren Consumer Key und ihr Consumer Secret ausgeben.</translation>
    </message>
    <message>
        <source>Name of the new application.</source>
        <translation>Name der neuen Anwendung.</translation>
    </message>
    <message>
        <source>Application throttle tier (default: Unlimited).</source>
        <translation>Drosselungsstufe der Anwendung (Standard: Unlimited).</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>cannot create application &apos;%1&apos;: %2</source>
        <translation>Anwendung „%1“ lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>Created application %1 (tier %2, id %3)</source>
        <translation>Anwendung %1 angelegt (Stufe %2, ID %3)</translation>
    </message>
    <message>
        <source>Consumer key:    %1</source>
        <translation>Consumer Key:    %1</translation>
    </message>
    <message>
        <source>Consumer secret: %1</source>
        <translation>Consumer Secret: %1</translation>
    </message>
    <message>
        <source>The consumer secret is shown only this once: the workspace keeps only its hash.</source>
        <translation>Das Consumer Secret wird nur dieses eine Mal angezeigt: der Arbeitsbereich speichert nur seinen Hash.</translation>
    </message>
    <message>
        <source>List the applications with their consumer keys and subscriptions (never their secrets).</source>
        <translation>Die Anwendungen mit Consumer Keys und Abonnements auflisten (nie ihre Secrets).</translation>
    </message>
    <message>
        <source>CONSUMER KEY</source>
        <translation>CONSUMER KEY</translation>
    </message>
    <message>
        <source>SUBSCRIPTIONS</source>
        <translation>ABONNEMENTS</translation>
    </message>
    <message>
        <source>Remove an application with its subscriptions and certificate mappings.</source>
        <translation>Eine Anwendung mit ihren Abonnements und Zertifikatszuordnungen entfernen.</translation>
    </message>
    <message>
        <source>cannot remove application &apos;%1&apos;: %2</source>
        <translation>Anwendung „%1“ lässt sich nicht entfernen: %2</translation>
    </message>
    <message>
        <source>Removed application %1</source>
        <translation>Anwendung %1 entfernt</translation>
    </message>
    <message>
        <source>Trust the CA certificate(s) in a PEM file for client certificates (mutual TLS).</source>
        <translation>Den CA-Zertifikaten einer PEM-Datei für Client-Zertifikate vertrauen (Mutual TLS).</translation>
    </message>
    <message>
        <source>PEM file with one or more certificates.</source>
        <translation>PEM-Datei mit einem oder mehreren Zertifikaten.</translation>
    </message>
    <message>
        <source>cannot add the client CA from &apos;%1&apos;: %2</source>
        <translation>die Client-CA aus „%1“ lässt sich nicht hinzufügen: %2</translation>
    </message>
    <message>
        <source>Trusted client CA %1 (SHA-256 %2, expires %3)</source>
        <translation>Client-CA %1 vertraut (SHA-256 %2, läuft ab %3)</translation>
    </message>
    <message>
        <source>List the CAs trusted for client certificates.</source>
        <translation>Die für Client-Zertifikate vertrauten CAs auflisten.</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJEKT</translation>
    </message>
    <message>
        <source>ISSUER</source>
        <translation>AUSSTELLER</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>Stop trusting a client CA, named by its SHA-256 fingerprint.</source>
        <translation>Einer Client-CA nicht mehr vertrauen, angegeben durch ihren SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <source>The certificate&apos;s SHA-256 fingerprint, as &apos;ca list&apos; shows it.</source>
        <translation>Der SHA-256-Fingerabdruck des Zertifikats, wie „ca list“ ihn zeigt.</translation>
    </message>
    <message>
        <source>cannot remove the client CA: %1</source>
        <translation>die Client-CA lässt sich nicht entfernen: %1</translation>
    </message>
    <message>
        <source>Removed client CA %1</source>
        <translation>Client-CA %1 entfernt</translation>
    </message>
    <message>
        <source>unknown application &apos;%1&apos; (&apos;gatehousectl app list&apos; lists them)</source>
        <translation>unbekannte Anwendung „%1“ („gatehousectl app list“ listet sie auf)</translation>
    </message>
    <message>
        <source>invalid number of seconds &apos;%1&apos; for --%2 (expected %3..%4)</source>
        <translation>ungültige Sekundenzahl „%1“ für --%2 (erwartet: %3..%4)</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Trust bearer JWTs of an external key manager (issuer), verified with its JWKS or certificate.</source>
        <translation>Bearer-JWTs eines externen Key-Managers (Aussteller) vertrauen, geprüft mit seinem JWKS oder Zertifikat.</translation>
    </message>
    <message>
        <source>Name of the issuer in the workspace.</source>
        <translation>Name des Ausstellers im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The &quot;iss&quot; value of its tokens.</source>
        <translation>Der „iss“-Wert seiner Token.</translation>
    </message>
    <message>
        <source>ISS</source>
        <translation>ISS</translation>
    </message>
    <message>
        <source>URL of its JWKS.</source>
        <translation>URL seines JWKS.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A JWKS file.</source>
        <translation>Eine JWKS-Datei.</translation>
    </message>
    <message>
        <source>A PEM certificate or public key that signs its tokens.</source>
        <translation>Ein PEM-Zertifikat oder öffentlicher Schlüssel, mit dem seine Token signiert sind.</translation>
    </message>
    <message>
        <source>PEMFILE</source>
        <translation>PEMDATEI</translation>
    </message>
    <message>
        <source>An accepted &quot;aud&quot; value; repeatable (default: &quot;aud&quot; not checked).</source>
        <translation>Ein akzeptierter „aud“-Wert; wiederholbar (Standard: „aud“ wird nicht geprüft).</translation>
    </message>
    <message>
        <source>AUDIENCE</source>
        <translation>AUDIENCE</translation>
    </message>
    <message>
        <source>Comma-separated signature algorithms accepted from it (default: RS256).</source>
        <translation>Kommagetrennte Signaturalgorithmen, die von ihm akzeptiert werden (Standard: RS256).</translation>
    </message>
    <message>
        <source>Allowed clock skew in seconds (default: 60).</source>
        <translation>Erlaubte Uhrenabweichung in Sekunden (Standard: 60).</translation>
    </message>
    <message>
        <source>Claim holding the consumer key (default: azp).</source>
        <translation>Claim mit dem Consumer Key (Standard: azp).</translation>
    </message>
    <message>
        <source>CLAIM</source>
        <translation>CLAIM</translation>
    </message>
    <message>
        <source>Claim holding the scopes (default: scope).</source>
        <translation>Claim mit den Scopes (Standard: scope).</translation>
    </message>
    <message>
        <source>give exactly one of --jwks-url, --jwks-file and --certificate</source>
        <translation>genau eines von --jwks-url, --jwks-file und --certificate angeben</translation>
    </message>
    <message>
        <source>invalid --jwks-url &apos;%1&apos; (expected an http or https URL)</source>
        <translation>ungültige --jwks-url „%1“ (erwartet: eine http- oder https-URL)</translation>
    </message>
    <message>
        <source>issuer &apos;%1&apos; already exists (remove it first to replace it)</source>
        <translation>Aussteller „%1“ existiert bereits (zum Ersetzen zuerst entfernen)</translation>
    </message>
    <message>
        <source>cannot add issuer &apos;%1&apos;: %2</source>
        <translation>Aussteller „%1“ lässt sich nicht hinzufügen: %2</translation>
    </message>
    <message>
        <source>Added issuer %1 for tokens with &quot;iss&quot; %2</source>
        <translation>Aussteller %1 für Token mit „iss“ %2 hinzugefügt</translation>
    </message>
    <message>
        <source>List the external issuers whose bearer JWTs are accepted.</source>
        <translation>Die externen Aussteller auflisten, deren Bearer-JWTs akzeptiert werden.</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>ALGORITHMS</source>
        <translation>ALGORITHMEN</translation>
    </message>
    <message>
        <source>AUDIENCES</source>
        <translation>AUDIENCES</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>HMAC-Secret</translation>
    </message>
    <message>
        <source>Stop accepting the tokens of an external issuer.</source>
        <translation>Die Token eines externen Ausstellers nicht mehr akzeptieren.</translation>
    </message>
    <message>
        <source>Name of the issuer.</source>
        <translation>Name des Ausstellers.</translation>
    </message>
    <message>
        <source>cannot remove issuer &apos;%1&apos;: %2</source>
        <translation>Aussteller „%1“ lässt sich nicht entfernen: %2</translation>
    </message>
    <message>
        <source>Removed issuer %1</source>
        <translation>Aussteller %1 entfernt</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab %1</translation>
    </message>
    <message>
        <source>Revoke a token or API key (TOKEN, or - to read it from standard input), or a token id with --jti.</source>
        <translation>Ein Token oder einen API-Schlüssel widerrufen (TOKEN, oder - zum Lesen von der Standardeingabe), oder eine Token-ID mit --jti.</translation>
    </message>
    <message>
        <source>The token (JWT or opaque), or - for standard input.</source>
        <translation>Das Token (JWT oder opak), oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Revoke by token id instead.</source>
        <translation>Stattdessen über die Token-ID widerrufen.</translation>
    </message>
    <message>
        <source>JTI</source>
        <translation>JTI</translation>
    </message>
    <message>
        <source>With --jti: when the token expires (seconds since 1970), after which the entry is dropped.</source>
        <translation>Mit --jti: wann das Token abläuft (Sekunden seit 1970); danach wird der Eintrag verworfen.</translation>
    </message>
    <message>
        <source>EPOCH</source>
        <translation>EPOCHE</translation>
    </message>
    <message>
        <source>give either a TOKEN or --jti JTI</source>
        <translation>entweder ein TOKEN oder --jti JTI angeben</translation>
    </message>
    <message>
        <source>--expires goes with --jti (a JWT carries its own expiry)</source>
        <translation>--expires gehört zu --jti (ein JWT trägt seinen eigenen Ablauf)</translation>
    </message>
    <message>
        <source>--jti needs a token id</source>
        <translation>--jti braucht eine Token-ID</translation>
    </message>
    <message>
        <source>invalid --expires &apos;%1&apos; (expected seconds since 1970)</source>
        <translation>ungültiges --expires „%1“ (erwartet: Sekunden seit 1970)</translation>
    </message>
    <message>
        <source>the token is empty</source>
        <translation>das Token ist leer</translation>
    </message>
    <message>
        <source>The token has already expired (%1); there is nothing to revoke.</source>
        <translation>Das Token ist bereits abgelaufen (%1); es gibt nichts zu widerrufen.</translation>
    </message>
    <message>
        <source>cannot revoke the token: %1</source>
        <translation>das Token lässt sich nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>Revoked token id %1 (%2)</source>
        <translation>Token-ID %1 widerrufen (%2)</translation>
    </message>
    <message>
        <source>Revoked the token with SHA-256 %1 (%2)</source>
        <translation>Token mit SHA-256 %1 widerrufen (%2)</translation>
    </message>
    <message>
        <source>List the revoked tokens that have not expired yet.</source>
        <translation>Die widerrufenen, noch nicht abgelaufenen Token auflisten.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>WIDERRUFEN</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Subscribe an application to an API (again: change the subscription tier).</source>
        <translation>Eine Anwendung eine API abonnieren lassen (erneut: die Abonnementstufe ändern).</translation>
    </message>
    <message>
        <source>Subscription tier (default: Unlimited).</source>
        <translation>Abonnementstufe (Standard: Unlimited).</translation>
    </message>
    <message>
        <source>cannot subscribe %1 to %2: %3</source>
        <translation>%1 kann %2 nicht abonnieren: %3</translation>
    </message>
    <message>
        <source>Subscribed %1 to %2 (tier %3)</source>
        <translation>%1 hat %2 abonniert (Stufe %3)</translation>
    </message>
    <message>
        <source>Issue an access token (RS256 JWT) to an application with the workspace&apos;s key manager.</source>
        <translation>Einer Anwendung mit dem Key-Manager des Arbeitsbereichs ein Zugriffstoken (RS256-JWT) ausstellen.</translation>
    </message>
    <message>
        <source>Space-separated scopes, e.g. &quot;read:pets write:pets&quot;.</source>
        <translation>Leerzeichengetrennte Scopes, z. B. „read:pets write:pets“.</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>SCOPES</translation>
    </message>
    <message>
        <source>Validity in seconds (default: the key manager&apos;s, 3600).</source>
        <translation>Gültigkeit in Sekunden (Standard: die des Key-Managers, 3600).</translation>
    </message>
    <message>
        <source>Issue a sandbox token.</source>
        <translation>Ein Sandbox-Token ausstellen.</translation>
    </message>
    <message>
        <source>cannot issue a token to &apos;%1&apos;: %2</source>
        <translation>für „%1“ lässt sich kein Token ausstellen: %2</translation>
    </message>
    <message>
        <source>Print the JWKS (public key) that verifies the workspace&apos;s tokens and API keys.</source>
        <translation>Das JWKS (den öffentlichen Schlüssel) ausgeben, mit dem sich die Token und API-Schlüssel des Arbeitsbereichs prüfen lassen.</translation>
    </message>
    <message>
        <source>the key manager&apos;s key is unusable: %1</source>
        <translation>der Schlüssel des Key-Managers ist unbrauchbar: %1</translation>
    </message>
    <message>
        <source>Remove an application&apos;s subscription to an API.</source>
        <translation>Das Abonnement einer Anwendung für eine API entfernen.</translation>
    </message>
    <message>
        <source>cannot unsubscribe %1 from %2: %3</source>
        <translation>das Abonnement von %1 für %2 lässt sich nicht entfernen: %3</translation>
    </message>
    <message>
        <source>Unsubscribed %1 from %2</source>
        <translation>Abonnement von %1 für %2 entfernt</translation>
    </message>
    <message>
        <source>List the Basic Auth users and their roles.</source>
        <translation>Die Basic-Auth-Benutzer und ihre Rollen auflisten.</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <source>Remove a Basic Auth user.</source>
        <translation>Einen Basic-Auth-Benutzer entfernen.</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>Der Benutzername.</translation>
    </message>
    <message>
        <source>cannot remove user &apos;%1&apos;: %2</source>
        <translation>Benutzer „%1“ lässt sich nicht entfernen: %2</translation>
    </message>
    <message>
        <source>Removed user %1</source>
        <translation>Benutzer %1 entfernt</translation>
    </message>
    <message>
        <source>Password (not shown):</source>
        <translation>Passwort (wird nicht angezeigt):</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>the password is longer than %1 bytes</source>
        <translation>das Passwort ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the password must be a single line</source>
        <translation>das Passwort muss eine einzige Zeile sein</translation>
    </message>
    <message>
        <source>Create a Basic Auth user or change its password and roles (password read from standard input).</source>
        <translation>Einen Basic-Auth-Benutzer anlegen oder sein Passwort und seine Rollen ändern (Passwort von der Standardeingabe).</translation>
    </message>
    <message>
        <source>Comma-separated roles (replace the user&apos;s roles).</source>
        <translation>Kommagetrennte Rollen (ersetzen die Rollen des Benutzers).</translation>
    </message>
    <message>
        <source>Read the password from standard input (the only way; accepted for scripts that say so).</source>
        <translation>Das Passwort von der Standardeingabe lesen (der einzige Weg; für Skripte, die es ausdrücklich angeben).</translation>
    </message>
    <message>
        <source>cannot set the password of user &apos;%1&apos;: %2</source>
        <translation>das Passwort von Benutzer „%1“ lässt sich nicht setzen: %2</translation>
    </message>
    <message>
        <source>Updated user %1 (roles: %2)</source>
        <translation>Benutzer %1 geändert (Rollen: %2)</translation>
    </message>
    <message>
        <source>Created user %1 (roles: %2)</source>
        <translation>Benutzer %1 angelegt (Rollen: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>cannot read the revoked tokens: %1</source>
        <translation>die widerrufenen Token lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>%1: applications, subscriptions and credentials updated</source>
        <translation>%1: Anwendungen, Abonnements und Zugangsdaten aktualisiert</translation>
    </message>
    <message>
        <source>Map a client certificate (PEM) to an application, for Mutual SSL.</source>
        <translation>Einer Anwendung ein Client-Zertifikat (PEM) zuordnen, für Mutual SSL.</translation>
    </message>
    <message>
        <source>Application name or id.</source>
        <translation>Name oder ID der Anwendung.</translation>
    </message>
    <message>
        <source>The client certificate, PEM.</source>
        <translation>Das Client-Zertifikat, PEM.</translation>
    </message>
    <message>
        <source>cannot map the certificate in &apos;%1&apos; to %2: %3</source>
        <translation>das Zertifikat in „%1“ lässt sich %2 nicht zuordnen: %3</translation>
    </message>
    <message>
        <source>Mapped certificate %1 to %2</source>
        <translation>Zertifikat %1 der Anwendung %2 zugeordnet</translation>
    </message>
    <message>
        <source>Remove a client certificate mapping (by SHA-256 fingerprint) from an application.</source>
        <translation>Die Zuordnung eines Client-Zertifikats (nach SHA-256-Fingerabdruck) zu einer Anwendung entfernen.</translation>
    </message>
    <message>
        <source>cannot remove the certificate mapping: %1</source>
        <translation>die Zertifikatszuordnung lässt sich nicht entfernen: %1</translation>
    </message>
    <message>
        <source>Removed certificate %1 from %2</source>
        <translation>Zertifikat %1 von %2 entfernt</translation>
    </message>
    <message>
        <source>Stop introspecting opaque tokens (only JWTs are accepted afterwards).</source>
        <translation>Opake Token nicht mehr per Introspection prüfen (danach werden nur JWTs akzeptiert).</translation>
    </message>
    <message>
        <source>cannot clear the introspection endpoint: %1</source>
        <translation>der Introspection-Endpunkt lässt sich nicht entfernen: %1</translation>
    </message>
    <message>
        <source>Token introspection is off</source>
        <translation>Token-Introspection ist aus</translation>
    </message>
    <message>
        <source>Validate opaque access tokens with an RFC 7662 introspection endpoint (client secret read from standard input when --client-id is given).</source>
        <translation>Opake Zugriffstoken über einen Introspection-Endpunkt nach RFC 7662 prüfen (das Client-Secret wird mit --client-id von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <source>The introspection endpoint URL.</source>
        <translation>Die URL des Introspection-Endpunkts.</translation>
    </message>
    <message>
        <source>Client id the gateway authenticates with (its secret comes from standard input).</source>
        <translation>Client-ID, mit der sich das Gateway anmeldet (ihr Secret kommt von der Standardeingabe).</translation>
    </message>
    <message>
        <source>How long an active token&apos;s answer is kept (default 300).</source>
        <translation>Wie lange die Antwort für ein aktives Token behalten wird (Standard: 300).</translation>
    </message>
    <message>
        <source>--endpoint is required</source>
        <translation>--endpoint ist erforderlich</translation>
    </message>
    <message>
        <source>--cache-seconds must be a number of seconds</source>
        <translation>--cache-seconds muss eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>Client secret (not shown):</source>
        <translation>Client-Secret (wird nicht angezeigt):</translation>
    </message>
    <message>
        <source>cannot set the introspection endpoint: %1</source>
        <translation>der Introspection-Endpunkt lässt sich nicht setzen: %1</translation>
    </message>
    <message>
        <source>Opaque tokens are introspected at %1</source>
        <translation>Opake Token werden bei %1 geprüft</translation>
    </message>
    <message>
        <source>Set the TLS-terminating proxies (comma-separated addresses or CIDR ranges, &quot;&quot; for none) whose client-certificate header is trusted.</source>
        <translation>Die TLS-terminierenden Proxys festlegen (kommagetrennte Adressen oder CIDR-Bereiche, &quot;&quot; für keine), deren Client-Zertifikat-Header vertraut wird.</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.5,192.168.0.0/16</source>
        <translation>z. B. 10.0.0.5,192.168.0.0/16</translation>
    </message>
    <message>
        <source>cannot set the trusted proxies: %1</source>
        <translation>die vertrauenswürdigen Proxys lassen sich nicht setzen: %1</translation>
    </message>
    <message>
        <source>No proxy is trusted to pass client certificates</source>
        <translation>Keinem Proxy wird die Weitergabe von Client-Zertifikaten anvertraut</translation>
    </message>
    <message>
        <source>Trusted proxies: %1</source>
        <translation>Vertrauenswürdige Proxys: %1</translation>
    </message>
    <message>
        <source>Fingerprint printed by &apos;app cert-add&apos;.</source>
        <translation>Fingerabdruck, den &apos;app cert-add&apos; ausgegeben hat.</translation>
    </message>
    <message>
        <source>Check the capability matrix live: start an environment per profile and test each row.</source>
        <translation>Die Fähigkeitsmatrix live prüfen: je Profil eine Umgebung starten und jede Zeile testen.</translation>
    </message>
    <message>
        <source>Only this row of the matrix (repeatable), e.g. basic-auth.</source>
        <translation>Nur diese Zeile der Matrix (wiederholbar), z. B. basic-auth.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only this profile: choreo-connect or api-gateway.</source>
        <translation>Nur dieses Profil: choreo-connect oder api-gateway.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Print the verdicts as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--profile must be choreo-connect or api-gateway</source>
        <translation>--profile muss choreo-connect oder api-gateway sein</translation>
    </message>
    <message>
        <source>cannot load the capability matrix: %1</source>
        <translation>die Fähigkeitsmatrix lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation>%1 %2 auf %3: %4</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>WEICHT AB</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>MATRIX</source>
        <translation>MATRIX</translation>
    </message>
    <message>
        <source>OBSERVED</source>
        <translation>BEOBACHTET</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>unterstützt</translation>
    </message>
    <message>
        <source>not built in</source>
        <translation>nicht eingebaut</translation>
    </message>
    <message>
        <source>Share throttle counters with other gateways through this Redis server (password: the GATEHOUSE_REDIS_PASSWORD variable when the environment starts).</source>
        <translation>Drosselungszähler über diesen Redis-Server mit anderen Gateways teilen (Passwort: die Variable GATEHOUSE_REDIS_PASSWORD beim Start der Umgebung).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>When Redis is unreachable: open (count in this gateway, the default) or closed (refuse with 429).</source>
        <translation>Wenn Redis nicht erreichbar ist: open (in diesem Gateway zählen, Standard) oder closed (mit 429 abweisen).</translation>
    </message>
    <message>
        <source>--redis needs the Redis server&apos;s port, e.g. localhost:6379</source>
        <translation>--redis braucht den Port des Redis-Servers, z. B. localhost:6379</translation>
    </message>
    <message>
        <source>--redis-failure must be open or closed</source>
        <translation>--redis-failure muss open oder closed sein</translation>
    </message>
    <message>
        <source>--redis-failure needs --redis</source>
        <translation>--redis-failure braucht --redis</translation>
    </message>
    <message>
        <source>unknown policy level &apos;%1&apos; (expected advanced, subscription, application or custom)</source>
        <translation>unbekannte Richtlinienebene &apos;%1&apos; (erwartet: advanced, subscription, application oder custom)</translation>
    </message>
    <message>
        <source>List the throttle policies (WSO2&apos;s defaults included).</source>
        <translation>Die Drosselungsrichtlinien auflisten (einschließlich der WSO2-Standardrichtlinien).</translation>
    </message>
    <message>
        <source>Only this level.</source>
        <translation>Nur diese Ebene.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>EBENE</translation>
    </message>
    <message>
        <source>Print the policies as WSO2 admin JSON.</source>
        <translation>Die Richtlinien als WSO2-Admin-JSON ausgeben.</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>GRENZE</translation>
    </message>
    <message>
        <source>GROUPS</source>
        <translation>GRUPPEN</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Import apictl throttling policy files (YAML or JSON); nothing is stored if one is wrong.</source>
        <translation>apictl-Drosselungsrichtliniendateien importieren (YAML oder JSON); ist eine fehlerhaft, wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Policy files; more may follow.</source>
        <translation>Richtliniendateien; weitere dürfen folgen.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Imported %1 policy %2</source>
        <translation>%1-Richtlinie %2 importiert</translation>
    </message>
    <message>
        <source>Print a throttle policy as an apictl file or WSO2 admin JSON.</source>
        <translation>Eine Drosselungsrichtlinie als apictl-Datei oder WSO2-Admin-JSON ausgeben.</translation>
    </message>
    <message>
        <source>advanced, subscription, application or custom.</source>
        <translation>advanced, subscription, application oder custom.</translation>
    </message>
    <message>
        <source>The policy&apos;s name.</source>
        <translation>Der Name der Richtlinie.</translation>
    </message>
    <message>
        <source>yaml (apictl, the default), json (apictl) or admin-json.</source>
        <translation>yaml (apictl, Standard), json (apictl) oder admin-json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--format must be yaml, json or admin-json</source>
        <translation>--format muss yaml, json oder admin-json sein</translation>
    </message>
    <message>
        <source>no %1 policy named &apos;%2&apos;</source>
        <translation>keine %1-Richtlinie namens &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Attach an advanced policy to an API or one of its operations (&quot;&quot; detaches).</source>
        <translation>Einer API oder einer ihrer Operationen eine erweiterte Richtlinie zuordnen (&quot;&quot; hebt die Zuordnung auf).</translation>
    </message>
    <message>
        <source>The advanced policy&apos;s name, or &quot;&quot; for none.</source>
        <translation>Der Name der erweiterten Richtlinie oder &quot;&quot; für keine.</translation>
    </message>
    <message>
        <source>The API (id, name or name:version).</source>
        <translation>Die API (ID, Name oder Name:Version).</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Only this operation, e.g. &quot;GET /pets/{id}&quot;.</source>
        <translation>Nur diese Operation, z. B. &quot;GET /pets/{id}&quot;.</translation>
    </message>
    <message>
        <source>no advanced policy named &apos;%1&apos; (see &apos;policy list --level advanced&apos;)</source>
        <translation>keine erweiterte Richtlinie namens &apos;%1&apos; (siehe &apos;policy list --level advanced&apos;)</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>API %1 has no operation &apos;%2&apos;</source>
        <translation>API %1 hat keine Operation &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 of API %2</source>
        <translation>%1 der API %2</translation>
    </message>
    <message>
        <source>%1 has no throttle policy now; deploy a new revision to apply it</source>
        <translation>%1 hat jetzt keine Drosselungsrichtlinie; stellen Sie eine neue Revision bereit, damit das gilt</translation>
    </message>
    <message>
        <source>%1 uses %2 now; deploy a new revision to apply it</source>
        <translation>%1 verwendet jetzt %2; stellen Sie eine neue Revision bereit, damit das gilt</translation>
    </message>
    <message>
        <source>Remove a throttle policy stored in the workspace (a WSO2 default comes back).</source>
        <translation>Eine im Arbeitsbereich gespeicherte Drosselungsrichtlinie entfernen (eine WSO2-Standardrichtlinie kehrt zurück).</translation>
    </message>
    <message>
        <source>Removed %1 policy %2</source>
        <translation>%1-Richtlinie %2 entfernt</translation>
    </message>
    <message>
        <source>USED BY</source>
        <translation>VERWENDET VON</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Check OpenAPI documents: refs, operationIds, path parameters, security schemes, x-wso2 values.</source>
        <translation>OpenAPI-Dokumente prüfen: Referenzen, operationIds, Pfadparameter, Sicherheitsschemata, x-wso2-Werte.</translation>
    </message>
    <message>
        <source>OpenAPI documents (YAML or JSON).</source>
        <translation>OpenAPI-Dokumente (YAML oder JSON).</translation>
    </message>
    <message>
        <source>Print the problems as a JSON array.</source>
        <translation>Die Probleme als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Leave out warnings and notes.</source>
        <translation>Warnungen und Hinweise weglassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>The OpenAPI 3 or Swagger 2.0 document to import (file $refs are read next to it), or an apictl project folder or zip.</source>
        <translation>Das zu importierende OpenAPI-3- oder Swagger-2.0-Dokument (Datei-$refs werden daneben gelesen) oder ein apictl-Projektordner oder -Zip-Archiv.</translation>
    </message>
    <message>
        <source>yaml (the default) or json.</source>
        <translation>yaml (Standard) oder json.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>--format must be yaml or json</source>
        <translation>--format muss yaml oder json sein</translation>
    </message>
    <message>
        <source>not in the exported document: %1</source>
        <translation>nicht im exportierten Dokument: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Import an OpenAPI 3 or Swagger 2.0 file (YAML or JSON), or an apictl project folder or zip, as a new API; prints the API id.</source>
        <translation>Eine OpenAPI-3- oder Swagger-2.0-Datei (YAML oder JSON) oder einen apictl-Projektordner oder ein apictl-Zip-Archiv als neue API importieren; gibt die API-ID aus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a readable file nor an apictl project (a folder with api.yaml, or its zip)</source>
        <translation>„%1“ ist weder eine lesbare Datei noch ein apictl-Projekt (ein Ordner mit api.yaml oder sein Zip-Archiv)</translation>
    </message>
    <message>
        <source>the project names the deployment environments %1; deploy with &apos;gatehousectl deploy&apos; to the environments of this workspace</source>
        <translation>das Projekt nennt die Bereitstellungsumgebungen %1; stellen Sie mit „gatehousectl deploy“ in den Umgebungen dieses Arbeitsbereichs bereit</translation>
    </message>
    <message>
        <source>Turn WSO2&apos;s schema validation of an API on or off (API Gateway environments only).</source>
        <translation>Die WSO2-Schemavalidierung einer API ein- oder ausschalten (nur API-Gateway-Umgebungen).</translation>
    </message>
    <message>
        <source>on: requests and responses are checked against the API&apos;s OpenAPI schemas; off: they are not.</source>
        <translation>on: Anfragen und Antworten werden gegen die OpenAPI-Schemas der API geprüft; off: nicht.</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (expected on or off)</source>
        <translation>unbekannter Zustand &apos;%1&apos; (erwartet: on oder off)</translation>
    </message>
    <message>
        <source>cannot change the schema validation of API %1: %2</source>
        <translation>die Schemavalidierung der API %1 lässt sich nicht ändern: %2</translation>
    </message>
    <message>
        <source>API %1 declares no parameters, request bodies or responses: there is nothing to validate until its definition is imported with them</source>
        <translation>API %1 deklariert keine Parameter, Anfragekörper oder Antworten: Es gibt nichts zu prüfen, bis ihre Definition mit ihnen importiert wird</translation>
    </message>
    <message>
        <source>API %1:%2: schema validation %3 (deploy a new revision for it to take effect)</source>
        <translation>API %1:%2: Schemavalidierung %3 (eine neue Revision bereitstellen, damit sie wirkt)</translation>
    </message>
    <message>
        <source>Print an API as OpenAPI 3 (YAML or JSON) with its x-wso2 extensions, or write it as an apictl project.</source>
        <translation>Eine API als OpenAPI 3 (YAML oder JSON) mit ihren x-wso2-Erweiterungen ausgeben oder als apictl-Projekt schreiben.</translation>
    </message>
    <message>
        <source>Write an apictl project (api.yaml, Definitions/swagger.yaml, deployment_environments.yaml, api_meta.yaml) to --output: a folder that must not exist yet, or a .zip as apictl exports it.</source>
        <translation>Ein apictl-Projekt (api.yaml, Definitions/swagger.yaml, deployment_environments.yaml, api_meta.yaml) nach --output schreiben: in einen Ordner, der noch nicht existieren darf, oder in eine .zip, wie apictl sie exportiert.</translation>
    </message>
    <message>
        <source>--apictl needs --output, the project folder or .zip to create</source>
        <translation>--apictl braucht --output, den anzulegenden Projektordner oder die .zip</translation>
    </message>
    <message>
        <source>not in the exported project: %1</source>
        <translation>nicht im exportierten Projekt: %1</translation>
    </message>
</context>
</TS>
