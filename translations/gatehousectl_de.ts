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
        <source>Import an OpenAPI 3 file (YAML or JSON) as a new API; prints the API id.</source>
        <translation>Eine OpenAPI-3-Datei (YAML oder JSON) als neue API importieren; gibt die ID der API aus.</translation>
    </message>
    <message>
        <source>The OpenAPI 3 document to import.</source>
        <translation>Das zu importierende OpenAPI-3-Dokument.</translation>
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
        <source>&apos;%1&apos; is not a readable file</source>
        <translation>„%1“ ist keine lesbare Datei</translation>
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
</context>
</TS>
