<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>Gatehouse::AccessLogModel</name>
    <message>
        <source>(no API)</source>
        <translation>(keine API)</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>local reply</source>
        <translation>lokale Antwort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApiOverviewPage</name>
    <message>
        <source>%1 (also the default version)</source>
        <translation>%1 (auch die Standardversion)</translation>
    </message>
    <message>
        <source>Mocked from the OpenAPI examples</source>
        <translation>Simuliert aus den OpenAPI-Beispielen</translation>
    </message>
    <message>
        <source>Backend endpoints</source>
        <translation>Backend-Endpunkte</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (Revision %2)</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>No API selected</source>
        <translation>Keine API ausgewählt</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Implementation:</source>
        <translation>Implementierung:</translation>
    </message>
    <message>
        <source>Production endpoints:</source>
        <translation>Produktions-Endpunkte:</translation>
    </message>
    <message>
        <source>Sandbox endpoints:</source>
        <translation>Sandbox-Endpunkte:</translation>
    </message>
    <message>
        <source>Deployed to:</source>
        <translation>Bereitgestellt in:</translation>
    </message>
    <message>
        <source>Resources and effective endpoints</source>
        <translation>Ressourcen und tatsächlich verwendete Endpunkte</translation>
    </message>
    <message>
        <source>Endpoints in italics come from a per-resource or per-operation override (Choreo Connect&apos;s x-wso2-production-endpoints); the others are the API&apos;s own.</source>
        <translation>Kursiv gesetzte Endpunkte stammen aus einer Überschreibung pro Ressource oder pro Operation (x-wso2-production-endpoints von Choreo Connect); alle anderen sind die Endpunkte der API selbst.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApiRequestCountModel</name>
    <message>
        <source>(no API)</source>
        <translation>(keine API)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Mean latency (ms)</source>
        <translation>Mittlere Latenz (ms)</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApiResourceModel</name>
    <message>
        <source>(no URL)</source>
        <translation>(keine URL)</translation>
    </message>
    <message>
        <source>Load balanced: %1</source>
        <translation>Lastverteilt: %1</translation>
    </message>
    <message>
        <source>Failover: %1</source>
        <translation>Failover: %1</translation>
    </message>
    <message>
        <source>Mock (answers from the OpenAPI examples)</source>
        <translation>Mock (antwortet mit den OpenAPI-Beispielen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Mock: %1 %2</source>
        <comment>mock status and content type</comment>
        <translation>Mock: %1 %2</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <comment>endpoint [where it is defined]</comment>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Endpunkt der API</translation>
    </message>
    <message>
        <source>resource override</source>
        <translation>Überschreibung pro Ressource</translation>
    </message>
    <message>
        <source>operation override</source>
        <translation>Überschreibung pro Operation</translation>
    </message>
    <message>
        <source>no endpoint</source>
        <translation>kein Endpunkt</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Production endpoint</source>
        <translation>Produktions-Endpunkt</translation>
    </message>
    <message>
        <source>Sandbox endpoint</source>
        <translation>Sandbox-Endpunkt</translation>
    </message>
</context>
<context>
    <name>Gatehouse::CapabilityTableModel</name>
    <message>
        <source>%1: %2</source>
        <comment>profile name: support</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>support level: detail</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>profile name: verification state</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>verification line (detail)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Verified here</source>
        <translation>Hier geprüft</translation>
    </message>
</context>
<context>
    <name>Gatehouse::CategoryPage</name>
    <message>
        <source>The APIs of this workspace. Open one to see its resources, methods and the endpoints each of them uses.</source>
        <translation>Die APIs dieses Arbeitsbereichs. Öffnen Sie eine, um ihre Ressourcen, Methoden und die jeweils verwendeten Endpunkte zu sehen.</translation>
    </message>
    <message>
        <source>Security schemes (OAuth2, API keys, Basic authentication, mutual TLS) that APIs can require.</source>
        <translation>Sicherheitsschemata (OAuth2, API-Schlüssel, Basic-Authentifizierung, gegenseitiges TLS), die APIs verlangen können.</translation>
    </message>
    <message>
        <source>Rate-limiting policies for APIs, resources and subscriptions.</source>
        <translation>Richtlinien zur Ratenbegrenzung für APIs, Ressourcen und Abonnements.</translation>
    </message>
    <message>
        <source>Applications that consume the APIs, with their keys and subscriptions.</source>
        <translation>Anwendungen, die die APIs nutzen, mit ihren Schlüsseln und Abonnements.</translation>
    </message>
    <message>
        <source>Gateway environments that serve the deployed APIs.</source>
        <translation>Gateway-Umgebungen, die die bereitgestellten APIs ausliefern.</translation>
    </message>
    <message>
        <source>This workspace has none yet.</source>
        <translation>Dieser Arbeitsbereich enthält noch keine.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ComparisonPage</name>
    <message>
        <source>How WSO2 documents the two gateways. Gatehouse reads these tables from its capability data, the same data that checks each deployment against the environment&apos;s profile.</source>
        <translation>So dokumentiert WSO2 die beiden Gateways. Gatehouse liest diese Tabellen aus seinen Fähigkeitsdaten – denselben Daten, mit denen jede Bereitstellung gegen das Profil der Umgebung geprüft wird.</translation>
    </message>
    <message>
        <source>%1 &amp;nbsp; %2 &amp;nbsp; %3 &amp;nbsp;&amp;nbsp; The last column shows what live tests in Gatehouse confirmed.</source>
        <translation>%1 &amp;nbsp; %2 &amp;nbsp; %3 &amp;nbsp;&amp;nbsp; Die letzte Spalte zeigt, was Live-Tests in Gatehouse bestätigt haben.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::DeploymentListModel</name>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Deployed at</source>
        <translation>Bereitgestellt am</translation>
    </message>
</context>
<context>
    <name>Gatehouse::EnvironmentListModel</name>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTPS %1</source>
        <translation>HTTPS %1</translation>
    </message>
    <message>
        <source>admin %1</source>
        <translation>Admin %1</translation>
    </message>
    <message>
        <source>no listeners</source>
        <translation>keine Listener</translation>
    </message>
    <message>
        <source>mutable</source>
        <translation>veränderlich</translation>
    </message>
    <message>
        <source>immutable</source>
        <translation>unveränderlich</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Listening on</source>
        <translation>Lauscht auf</translation>
    </message>
</context>
<context>
    <name>Gatehouse::EnvironmentManager</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Environment %1 is already running.</source>
        <translation>Die Umgebung %1 läuft bereits.</translation>
    </message>
    <message>
        <source>Environment %1 is still stopping; try again in a moment.</source>
        <translation>Die Umgebung %1 wird noch gestoppt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The workspace has no environment named %1.</source>
        <translation>Der Arbeitsbereich enthält keine Umgebung namens %1.</translation>
    </message>
    <message>
        <source>Environment %1 did not start: %2</source>
        <translation>Die Umgebung %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the deployments of %1: %2</source>
        <translation>Die Bereitstellungen von %1 lassen sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::EnvironmentsPage</name>
    <message>
        <source>%1 %2</source>
        <comment>API name and version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is running on %2.</source>
        <translation>%1 läuft auf %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) from compiling the deployed APIs:</source>
        <translation>
            <numerusform>%n Warnung beim Kompilieren der bereitgestellten APIs:</numerusform>
            <numerusform>%n Warnungen beim Kompilieren der bereitgestellten APIs:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation>%1 wurde gestoppt.</translation>
    </message>
    <message>
        <source>%1 was not deployed to %2: %3</source>
        <translation>%1 wurde nicht in %2 bereitgestellt: %3</translation>
    </message>
    <message>
        <source>Revision %1 of %2 is recorded for %3, but the running environment refused it: %4</source>
        <translation>Revision %1 von %2 ist für %3 eingetragen, aber die laufende Umgebung hat sie abgelehnt: %4</translation>
    </message>
    <message>
        <source>Deployed revision %1 of %2 to %3.</source>
        <translation>Revision %1 von %2 wurde in %3 bereitgestellt.</translation>
    </message>
    <message>
        <source>%1 was not undeployed from %2: %3</source>
        <translation>%1 wurde nicht aus %2 entfernt: %3</translation>
    </message>
    <message>
        <source>%1 is undeployed from %2 in the workspace, but the running environment refused the change: %3</source>
        <translation>%1 ist im Arbeitsbereich aus %2 entfernt, aber die laufende Umgebung hat die Änderung abgelehnt: %3</translation>
    </message>
    <message>
        <source>Undeployed %1 from %2.</source>
        <translation>%1 wurde aus %2 entfernt.</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the selected environment</source>
        <translation>Die ausgewählte Umgebung starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the selected environment after in-flight requests finish</source>
        <translation>Die ausgewählte Umgebung stoppen, sobald laufende Anfragen abgeschlossen sind</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <source>Deployments on %1</source>
        <translation>Bereitstellungen in %1</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>&amp;API:</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Deploy a new revision of the chosen API to the selected environment</source>
        <translation>Eine neue Revision der gewählten API in der ausgewählten Umgebung bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Undeploy</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen API from the selected environment</source>
        <translation>Die gewählte API aus der ausgewählten Umgebung entfernen</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Requests per API</source>
        <translation>Anfragen pro API</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Follow new requests</source>
        <translation>Neuen Anfragen folgen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::MainWindow</name>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation>Neuer &amp;Demo-Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Eine Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;APIs</source>
        <translation>&amp;APIs</translation>
    </message>
    <message>
        <source>&amp;Environments</source>
        <translation>&amp;Umgebungen</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Configure Gatehouse…</source>
        <translation>Gatehouse &amp;einrichten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>&amp;Über Gatehouse</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1 — Gatehouse</source>
        <translation>%1 — Gatehouse</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <source>No environment running</source>
        <translation>Keine Umgebung läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) running</source>
        <translation>
            <numerusform>%n Umgebung läuft</numerusform>
            <numerusform>%n Umgebungen laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <comment>shortcut number, file name</comment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Gatehouse workspaces (*.gatehouse);;All files (*)</source>
        <translation>Gatehouse-Arbeitsbereiche (*.gatehouse);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>workspace.gatehouse</source>
        <translation>arbeitsbereich.gatehouse</translation>
    </message>
    <message>
        <source>Could not create %1:
%2</source>
        <translation>%1 konnte nicht angelegt werden:
%2</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation>Neuer Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>demo.gatehouse</source>
        <translation>demo.gatehouse</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Gatehouse workspaces (*.gatehouse *.sqlite *.db);;All files (*)</source>
        <translation>Gatehouse-Arbeitsbereiche (*.gatehouse *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>Über Gatehouse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Design APIs, run them on local gateway environments and compare how Choreo Connect and the API Gateway serve them.&lt;/p&gt;&lt;p&gt;For servers and CI jobs without a display, run &lt;code&gt;gatehousectl run --workspace FILE&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;APIs entwerfen, in lokalen Gateway-Umgebungen ausführen und vergleichen, wie Choreo Connect und das API Gateway sie ausliefern.&lt;/p&gt;&lt;p&gt;Auf Servern und in CI-Jobs ohne Display verwenden Sie &lt;code&gt;gatehousectl run --workspace DATEI&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Applied deployments made elsewhere to %1</source>
        <translation>Anderswo vorgenommene Bereitstellungen auf %1 angewendet</translation>
    </message>
</context>
<context>
    <name>Gatehouse::RequestRateChart</name>
    <message>
        <source>Requests per second by API</source>
        <translation>Anfragen pro Sekunde je API</translation>
    </message>
    <message>
        <source>Seconds ago</source>
        <translation>Sekunden zuvor</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
</context>
<context>
    <name>Gatehouse::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language changes as soon as you press OK and is remembered for the next start.</source>
        <translation>Die Sprache wechselt, sobald Sie auf OK klicken, und bleibt für den nächsten Start gespeichert.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::SupportBadge</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
</context>
<context>
    <name>Gatehouse::WelcomePage</name>
    <message>
        <source>Welcome to Gatehouse</source>
        <translation>Willkommen bei Gatehouse</translation>
    </message>
    <message>
        <source>Design APIs, run them on local gateway environments and see side by side how Choreo Connect and the API Gateway would serve them.</source>
        <translation>APIs entwerfen, in lokalen Gateway-Umgebungen ausführen und direkt nebeneinander sehen, wie Choreo Connect und das API Gateway sie ausliefern würden.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Three sample APIs answered by mock endpoints and two environments, one per gateway profile. Works offline.</source>
        <translation>Drei Beispiel-APIs, die von Mock-Endpunkten beantwortet werden, und zwei Umgebungen, eine pro Gateway-Profil. Funktioniert offline.</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Start from an empty workspace file.</source>
        <translation>Mit einer leeren Arbeitsbereichsdatei beginnen.</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Open an existing workspace file.</source>
        <translation>Eine vorhandene Arbeitsbereichsdatei öffnen.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>Gatehouse::WorkspaceTreeModel</name>
    <message>
        <source>%1 %2</source>
        <comment>API name and version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>API context · type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>profile · mode</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>mutable</source>
        <translation>veränderlich</translation>
    </message>
    <message>
        <source>immutable</source>
        <translation>unveränderlich</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · running</source>
        <comment>environment details · state</comment>
        <translation>%1 · läuft</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>name newline details</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>APIs</translation>
    </message>
    <message>
        <source>Security schemes</source>
        <translation>Sicherheitsschemata</translation>
    </message>
    <message>
        <source>Throttle policies</source>
        <translation>Drosselungsrichtlinien</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design APIs, run them on local WSO2-style gateways and compare Choreo Connect with the API Gateway.</source>
        <translation>APIs entwerfen, in lokalen Gateways nach WSO2-Vorbild ausführen und Choreo Connect mit dem API Gateway vergleichen.</translation>
    </message>
    <message>
        <source>Create WORKSPACE with the bundled demo content if it does not exist.</source>
        <translation>ARBEITSBEREICH mit den mitgelieferten Demo-Inhalten anlegen, falls die Datei nicht existiert.</translation>
    </message>
    <message>
        <source>The workspace file to open (default: the last one opened).</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei (Standard: die zuletzt geöffnete).</translation>
    </message>
    <message>
        <source>[WORKSPACE]</source>
        <translation>[ARBEITSBEREICH]</translation>
    </message>
    <message>
        <source>Only one workspace can be opened at a time.</source>
        <translation>Es kann nur ein Arbeitsbereich gleichzeitig geöffnet werden.</translation>
    </message>
    <message>
        <source>gatehouse: no display found (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are not set), so the desktop application cannot start.
To serve a workspace without a display, run:
  gatehousectl run --workspace FILE</source>
        <translation>gatehouse: Kein Display gefunden (DISPLAY, WAYLAND_DISPLAY und QT_QPA_PLATFORM sind nicht gesetzt), daher kann die Desktop-Anwendung nicht starten.
Um einen Arbeitsbereich ohne Display auszuliefern, führen Sie Folgendes aus:
  gatehousectl run --workspace DATEI</translation>
    </message>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
</context>
</TS>
