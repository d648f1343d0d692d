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
    <message>
        <source>refused: %1</source>
        <translation>abgewiesen: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>authentication method · application</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
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
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
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
    <name>Gatehouse::ApiSecurityEditor</name>
    <message>
        <source>The authorization header needs a valid HTTP header name, e.g. Authorization.</source>
        <translation>Der Authorization-Header braucht einen gültigen HTTP-Headernamen, z. B. Authorization.</translation>
    </message>
    <message>
        <source>The API key header needs a valid HTTP header name, e.g. apikey.</source>
        <translation>Der API-Schlüssel-Header braucht einen gültigen HTTP-Headernamen, z. B. apikey.</translation>
    </message>
    <message>
        <source>The API key query parameter may hold letters, digits and - _ . ~ only (or stay empty).</source>
        <translation>Der Abfrageparameter für den API-Schlüssel darf nur Buchstaben, Ziffern und - _ . ~ enthalten (oder leer bleiben).</translation>
    </message>
    <message>
        <source>CORS needs at least one allowed origin (* for any).</source>
        <translation>CORS braucht mindestens einen erlaubten Ursprung (* für jeden).</translation>
    </message>
    <message>
        <source>The CORS origin %1 must be * or start with http:// or https://.</source>
        <translation>Der CORS-Ursprung %1 muss * sein oder mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Browsers refuse credentials with the origin *: list the allowed origins instead.</source>
        <translation>Browser verweigern Anmeldedaten beim Ursprung *: Listen Sie stattdessen die erlaubten Ursprünge auf.</translation>
    </message>
    <message>
        <source>%1 is not a valid HTTP method or header name.</source>
        <translation>%1 ist keine gültige HTTP-Methode und kein gültiger Headername.</translation>
    </message>
    <message>
        <source>The scope %1 of %2 %3 contains a quote or backslash.</source>
        <translation>Der Scope %1 von %2 %3 enthält ein Anführungszeichen oder einen Backslash.</translation>
    </message>
    <message>
        <source>Choreo Connect has no built-in Basic Auth; a custom filter can be developed. Gatehouse refuses to deploy this API to Choreo Connect environments while Basic Auth is on; API Gateway environments support it.</source>
        <translation>Choreo Connect hat kein eingebautes Basic Auth; dafür kann ein eigener Filter (Custom Filter) entwickelt werden. Solange Basic Auth eingeschaltet ist, stellt Gatehouse diese API nicht in Choreo-Connect-Umgebungen bereit; API-Gateway-Umgebungen unterstützen es.</translation>
    </message>
    <message>
        <source>Choreo Connect environments here: %1.</source>
        <translation>Choreo-Connect-Umgebungen hier: %1.</translation>
    </message>
    <message>
        <source>The API is no longer in the workspace: %1</source>
        <translation>Die API ist nicht mehr im Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>The security settings were not saved: %1</source>
        <translation>Die Sicherheitseinstellungen wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the security of %1. Deploy a new revision to apply it to an environment.</source>
        <translation>Sicherheit von %1 gespeichert. Stellen Sie eine neue Revision bereit, damit eine Umgebung sie übernimmt.</translation>
    </message>
    <message>
        <source>Application security</source>
        <translation>Anwendungssicherheit</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Bearer access tokens (JWT) from the built-in or an external key manager</source>
        <translation>Bearer-Zugriffstoken (JWT) vom eingebauten oder einem externen Key Manager</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Basic Auth</source>
        <translation>Basic Auth</translation>
    </message>
    <message>
        <source>The workspace&apos;s Basic Auth users (API Gateway profile only)</source>
        <translation>Die Basic-Auth-Benutzer des Arbeitsbereichs (nur im API-Gateway-Profil)</translation>
    </message>
    <message>
        <source>No scheme ticked: the API is open to anyone.</source>
        <translation>Kein Schema angekreuzt: Die API ist für alle offen.</translation>
    </message>
    <message>
        <source>&amp;Mutual SSL:</source>
        <translation>&amp;Mutual SSL:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Verpflichtend</translation>
    </message>
    <message>
        <source>Application security mandatory</source>
        <translation>Anwendungssicherheit verpflichtend</translation>
    </message>
    <message>
        <source>With Mutual SSL on: a request needs a valid credential as well as the client certificate</source>
        <translation>Bei eingeschaltetem Mutual SSL braucht eine Anfrage zusätzlich zum Client-Zertifikat gültige Anmeldedaten</translation>
    </message>
    <message>
        <source>Send a backend &amp;JWT</source>
        <translation>Backend-&amp;JWT senden</translation>
    </message>
    <message>
        <source>Signed claims about the caller, for the backend (X-JWT-Assertion)</source>
        <translation>Signierte Angaben über den Aufrufer für das Backend (X-JWT-Assertion)</translation>
    </message>
    <message>
        <source>Where credentials are read</source>
        <translation>Wo Anmeldedaten gelesen werden</translation>
    </message>
    <message>
        <source>Authori&amp;zation header:</source>
        <translation>Authori&amp;zation-Header:</translation>
    </message>
    <message>
        <source>API key &amp;header:</source>
        <translation>API-Schlüssel-&amp;Header:</translation>
    </message>
    <message>
        <source>API key &amp;query parameter:</source>
        <translation>API-Schlüssel-&amp;Abfrageparameter:</translation>
    </message>
    <message>
        <source>empty: not accepted in the query</source>
        <translation>leer: in der Abfrage nicht angenommen</translation>
    </message>
    <message>
        <source>Pass the credential header on to the backend</source>
        <translation>Den Header mit den Anmeldedaten an das Backend weitergeben</translation>
    </message>
    <message>
        <source>Pass the client certificate on to the backend</source>
        <translation>Das Client-Zertifikat an das Backend weitergeben</translation>
    </message>
    <message>
        <source>&amp;CORS</source>
        <translation>&amp;CORS</translation>
    </message>
    <message>
        <source>Allowed origins:</source>
        <translation>Erlaubte Ursprünge:</translation>
    </message>
    <message>
        <source>Allowed methods:</source>
        <translation>Erlaubte Methoden:</translation>
    </message>
    <message>
        <source>Allowed headers:</source>
        <translation>Erlaubte Header:</translation>
    </message>
    <message>
        <source>Exposed headers:</source>
        <translation>Sichtbare Header:</translation>
    </message>
    <message>
        <source>Max age:</source>
        <translation>Max. Alter:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Allow credentials</source>
        <translation>Anmeldedaten erlauben</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
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
        <source>Open (no security)</source>
        <translation>Offen (ohne Sicherheit)</translation>
    </message>
    <message>
        <source>Scopes (space-separated, any one)</source>
        <translation>Scopes (durch Leerzeichen getrennt, einer genügt)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the security settings in the workspace (Ctrl+S)</source>
        <translation>Die Sicherheitseinstellungen im Arbeitsbereich speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApiSettingsForm</name>
    <message>
        <source>Rename API</source>
        <translation>API umbenennen</translation>
    </message>
    <message>
        <source>Change version</source>
        <translation>Version ändern</translation>
    </message>
    <message>
        <source>Change context</source>
        <translation>Kontext ändern</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <source>Change endpoint</source>
        <translation>Endpunkt ändern</translation>
    </message>
    <message>
        <source>Change throttling tier</source>
        <translation>Drosselungsstufe ändern</translation>
    </message>
    <message>
        <source>Change security</source>
        <translation>Sicherheit ändern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>&amp;Production endpoint:</source>
        <translation>&amp;Produktionsendpunkt:</translation>
    </message>
    <message>
        <source>Sand&amp;box endpoint:</source>
        <translation>Sand&amp;box-Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Throttling tier:</source>
        <translation>&amp;Drosselungsstufe:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Basic Auth</source>
        <translation>Basic Auth</translation>
    </message>
    <message>
        <source>One URL, or several separated by commas (load balanced)</source>
        <translation>Eine URL oder mehrere, durch Kommas getrennt (Lastverteilung)</translation>
    </message>
    <message>
        <source>Validate against the schemas</source>
        <translation>Gegen die Schemas prüfen</translation>
    </message>
    <message>
        <source>Stop validating against the schemas</source>
        <translation>Nicht mehr gegen die Schemas prüfen</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>Validierung:</translation>
    </message>
    <message>
        <source>Check requests and responses against the schemas</source>
        <translation>Anfragen und Antworten gegen die Schemas prüfen</translation>
    </message>
    <message>
        <source>API Gateway environments answer 400 to an invalid request and 500 to an invalid response; Choreo Connect has no schema validation and only warns at deploy.</source>
        <translation>API-Gateway-Umgebungen beantworten eine ungültige Anfrage mit 400 und eine ungültige Antwort mit 500; Choreo Connect hat keine Schemavalidierung und warnt nur bei der Bereitstellung.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApplicationSecretDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Application %1 Created</source>
        <translation>Anwendung %1 angelegt</translation>
    </message>
    <message>
        <source>Copy the consumer secret now and keep it safe. Gatehouse stores only a hash of it and cannot show it again; a lost secret means a new application.</source>
        <translation>Kopieren Sie das Consumer Secret jetzt und bewahren Sie es sicher auf. Gatehouse speichert nur einen Hash davon und kann es nicht noch einmal anzeigen; ein verlorenes Secret bedeutet eine neue Anwendung.</translation>
    </message>
    <message>
        <source>Consumer key:</source>
        <translation>Consumer Key:</translation>
    </message>
    <message>
        <source>Consumer secret:</source>
        <translation>Consumer Secret:</translation>
    </message>
    <message>
        <source>I Have Copied the Secret</source>
        <translation>Ich habe das Secret kopiert</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApplicationsPage</name>
    <message>
        <source>%1 %2</source>
        <comment>API name and version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Copied the consumer key</source>
        <translation>Consumer Key kopiert</translation>
    </message>
    <message>
        <source>No application selected</source>
        <translation>Keine Anwendung ausgewählt</translation>
    </message>
    <message>
        <source>Create an application to subscribe to APIs and get tokens and API keys.</source>
        <translation>Legen Sie eine Anwendung an, um APIs zu abonnieren und Token und API-Schlüssel zu erhalten.</translation>
    </message>
    <message>
        <source>Consumer key: %1
Tier: %2 · created %3</source>
        <translation>Consumer Key: %1
Stufe: %2 · angelegt %3</translation>
    </message>
    <message>
        <source>Created application %1.</source>
        <translation>Anwendung %1 angelegt.</translation>
    </message>
    <message>
        <source>Remove Application</source>
        <translation>Anwendung entfernen</translation>
    </message>
    <message>
        <source>Remove application %1 with its subscriptions? Its tokens and API keys stop working.</source>
        <translation>Anwendung %1 mit ihren Abonnements entfernen? Ihre Token und API-Schlüssel funktionieren danach nicht mehr.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Removed application %1.</source>
        <translation>Anwendung %1 entfernt.</translation>
    </message>
    <message>
        <source>Choose a subscription tier.</source>
        <translation>Wählen Sie eine Abonnementstufe.</translation>
    </message>
    <message>
        <source>Not subscribed to %1: %2</source>
        <translation>%1 wurde nicht abonniert: %2</translation>
    </message>
    <message>
        <source>Subscribed to %1 with tier %2.</source>
        <translation>%1 mit der Stufe %2 abonniert.</translation>
    </message>
    <message>
        <source>Not unsubscribed from %1: %2</source>
        <translation>Abonnement von %1 wurde nicht beendet: %2</translation>
    </message>
    <message>
        <source>Unsubscribed from %1.</source>
        <translation>Abonnement von %1 beendet.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The certificate was not mapped: %1</source>
        <translation>Das Zertifikat wurde nicht zugeordnet: %1</translation>
    </message>
    <message>
        <source>Mapped the client certificate %1… to the application.</source>
        <translation>Das Client-Zertifikat %1… wurde der Anwendung zugeordnet.</translation>
    </message>
    <message>
        <source>Map Client Certificate</source>
        <translation>Client-Zertifikat zuordnen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The certificate was not unmapped: %1</source>
        <translation>Die Zuordnung des Zertifikats wurde nicht aufgehoben: %1</translation>
    </message>
    <message>
        <source>Unmapped the client certificate %1….</source>
        <translation>Die Zuordnung des Client-Zertifikats %1… wurde aufgehoben.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Applications of the built-in key manager. Environments admit their tokens and API keys for the APIs they are subscribed to.</source>
        <translation>Anwendungen des eingebauten Key Managers. Umgebungen lassen ihre Token und API-Schlüssel für die abonnierten APIs zu.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer Key</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>&amp;New Application…</source>
        <translation>&amp;Neue Anwendung…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Copy Key</source>
        <translation>Key kopieren</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Abonnieren</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>Abonnement &amp;beenden</translation>
    </message>
    <message>
        <source>Client certificates (Mutual SSL)</source>
        <translation>Client-Zertifikate (Mutual SSL)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>&amp;Map Certificate…</source>
        <translation>Zertifikat &amp;zuordnen…</translation>
    </message>
    <message>
        <source>Unma&amp;p</source>
        <translation>Zuordnung auf&amp;heben</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
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
    <message>
        <source>Starting a Choreo Connect and an API Gateway environment…</source>
        <translation>Eine Choreo-Connect- und eine API-Gateway-Umgebung werden gestartet…</translation>
    </message>
    <message>
        <source>Checked %1 on %2.</source>
        <translation>%1 auf %2 geprüft.</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n check(s).</source>
        <translation>
            <numerusform>Prüfung nach %n Test abgebrochen.</numerusform>
            <numerusform>Prüfung nach %n Tests abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n live check(s) agree with the tables.</source>
        <translation>
            <numerusform>Der %n Live-Test stimmt mit den Tabellen überein.</numerusform>
            <numerusform>Alle %n Live-Tests stimmen mit den Tabellen überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live check(s) differ from the tables; hover a cell for the evidence.</source>
        <translation>
            <numerusform>%n Live-Test weicht von den Tabellen ab; die Belege zeigt der Tooltip der Zelle.</numerusform>
            <numerusform>%n Live-Tests weichen von den Tabellen ab; die Belege zeigt der Tooltip der Zelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Verify live</source>
        <translation>Live &amp;prüfen</translation>
    </message>
    <message>
        <source>Start an environment of each profile and test every row that has a live check (Ctrl+R).</source>
        <translation>Eine Umgebung je Profil starten und jede Zeile testen, für die es einen Live-Test gibt (Strg+R).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConditionGroupsEdit</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <source>JWT claim</source>
        <translation>JWT-Claim</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address; with &quot;To&quot; the first address of the range</source>
        <translation>Eine IPv4- oder IPv6-Adresse; mit &quot;Bis&quot; die erste Adresse des Bereichs</translation>
    </message>
    <message>
        <source>A regular expression searched in the value (WSO2 semantics): ^abc$ for an exact match</source>
        <translation>Ein regulärer Ausdruck, der im Wert gesucht wird (wie bei WSO2): ^abc$ für eine genaue Übereinstimmung</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>Grenze:</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>&amp;Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>&amp;Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Remove Condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>e.g. partners</source>
        <translation>z. B. Partner</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value or IP address</source>
        <translation>Wert oder IP-Adresse</translation>
    </message>
    <message>
        <source>To (IP range)</source>
        <translation>Bis (IP-Bereich)</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConsoleClient</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A request is still running; cancel it first.</source>
        <translation>Es läuft noch eine Anfrage; brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 ist keine gültige URL.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key.</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>A client certificate needs an https:// address.</source>
        <translation>Ein Client-Zertifikat braucht eine https://-Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s); the request was aborted</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde; die Anfrage wurde abgebrochen</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden; die Anfrage wurde abgebrochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConsoleCredentialsBox</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client Private Key</source>
        <translation>Privater Schlüssel des Clients</translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation>keine Anmeldedaten</translation>
    </message>
    <message>
        <source>Choose the application whose token the console sends.</source>
        <translation>Wählen Sie die Anwendung, deren Token die Konsole sendet.</translation>
    </message>
    <message>
        <source>a fresh access token of %1 (%2: Bearer %3)</source>
        <translation>ein neues Zugriffstoken von %1 (%2: Bearer %3)</translation>
    </message>
    <message>
        <source>Choose the application whose API key the console sends.</source>
        <translation>Wählen Sie die Anwendung, deren API-Schlüssel die Konsole sendet.</translation>
    </message>
    <message>
        <source>a fresh API key of %1 (%2: %3)</source>
        <translation>ein neuer API-Schlüssel von %1 (%2: %3)</translation>
    </message>
    <message>
        <source>a fresh API key of %1 (query parameter %2)</source>
        <translation>ein neuer API-Schlüssel von %1 (Abfrageparameter %2)</translation>
    </message>
    <message>
        <source>Enter the Basic Auth user name.</source>
        <translation>Geben Sie den Basic-Auth-Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Basic Auth as %1 (%2: Basic ••••)</source>
        <translation>Basic Auth als %1 (%2: Basic ••••)</translation>
    </message>
    <message>
        <source>Choose the client certificate and its private key (PEM files).</source>
        <translation>Wählen Sie das Client-Zertifikat und seinen privaten Schlüssel (PEM-Dateien).</translation>
    </message>
    <message>
        <source>, client certificate %1</source>
        <translation>, Client-Zertifikat %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>&amp;Send:</source>
        <translation>&amp;Senden:</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>Keine Anmeldedaten</translation>
    </message>
    <message>
        <source>A fresh access token of an application</source>
        <translation>Ein neues Zugriffstoken einer Anwendung</translation>
    </message>
    <message>
        <source>A fresh API key of an application</source>
        <translation>Ein neuer API-Schlüssel einer Anwendung</translation>
    </message>
    <message>
        <source>Basic Auth user and password</source>
        <translation>Basic-Auth-Benutzer und Passwort</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>A&amp;nwendung:</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>Sco&amp;pes:</translation>
    </message>
    <message>
        <source>space-separated, optional</source>
        <translation>durch Leerzeichen getrennt, optional</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Client certificate (Mutual SSL, HTTPS only)</source>
        <translation>Client-Zertifikat (Mutual SSL, nur HTTPS)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConsoleResponseView</name>
    <message numerus="yes">
        <source>(%n byte(s) of %1)</source>
        <translation>
            <numerusform>(%n Byte vom Typ %1)</numerusform>
            <numerusform>(%n Bytes vom Typ %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… (%n byte(s) not shown)</source>
        <translation>
            <numerusform>
… (%n Byte nicht angezeigt)</numerusform>
            <numerusform>
… (%n Bytes nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>Noch keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Cancelled after %1 ms.</source>
        <translation>Nach %1 ms abgebrochen.</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>The request did not reach the gateway or got no answer.</source>
        <translation>Die Anfrage hat das Gateway nicht erreicht oder keine Antwort bekommen.</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>TLS fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 · %3 ms · %n byte(s)</source>
        <translation>
            <numerusform>%1 %2 · %3 ms · %n Byte</numerusform>
            <numerusform>%1 %2 · %3 ms · %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Gatehouse::CredentialIssuer</name>
    <message>
        <source>The built-in key manager is not available: %1</source>
        <translation>Der eingebaute Key Manager ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The built-in key manager cannot sign: %1</source>
        <translation>Der eingebaute Key Manager kann nicht signieren: %1</translation>
    </message>
    <message>
        <source>No token was issued: %1</source>
        <translation>Es wurde kein Token ausgestellt: %1</translation>
    </message>
    <message>
        <source>No API key was issued: %1</source>
        <translation>Es wurde kein API-Schlüssel ausgestellt: %1</translation>
    </message>
    <message>
        <source>Paste the token or API key to revoke.</source>
        <translation>Fügen Sie das zu widerrufende Token oder den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>token id %1</source>
        <translation>Token-ID %1</translation>
    </message>
    <message>
        <source>SHA-256 %1…</source>
        <translation>SHA-256 %1…</translation>
    </message>
</context>
<context>
    <name>Gatehouse::CredentialsPanel</name>
    <message>
        <source>Copied to the clipboard</source>
        <translation>In die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>%1 access token</source>
        <translation>%1-Zugriffstoken</translation>
    </message>
    <message>
        <source>%1 is not an IP address or a CIDR range such as 10.0.0.0/8.</source>
        <translation>%1 ist keine IP-Adresse und kein CIDR-Bereich wie 10.0.0.0/8.</translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation>%1-API-Schlüssel</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab am %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>%1, token id %2, %3.</source>
        <translation>%1, Token-ID %2, %3.</translation>
    </message>
    <message>
        <source>Generated a new %1</source>
        <translation>Neu erzeugt: %1</translation>
    </message>
    <message>
        <source>Generate a token or an API key; it appears here.</source>
        <translation>Erzeugen Sie ein Token oder einen API-Schlüssel; er erscheint hier.</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>%1 widerrufen.</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>&amp;Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>Sco&amp;pes:</translation>
    </message>
    <message>
        <source>space-separated, e.g. read:pets write:pets</source>
        <translation>durch Leerzeichen getrennt, z. B. read:pets write:pets</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>key manager default</source>
        <translation>Vorgabe des Key Managers</translation>
    </message>
    <message>
        <source>Generate &amp;Token</source>
        <translation>&amp;Token erzeugen</translation>
    </message>
    <message>
        <source>Sign a new access token for the selected application (Ctrl+T)</source>
        <translation>Ein neues Zugriffstoken für die ausgewählte Anwendung signieren (Strg+T)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Valid &amp;for:</source>
        <translation>Gü&amp;ltig für:</translation>
    </message>
    <message>
        <source>Allowed &amp;IPs:</source>
        <translation>Erlaubte &amp;IPs:</translation>
    </message>
    <message>
        <source>any; or e.g. 127.0.0.1, 10.0.0.0/8</source>
        <translation>alle; oder z. B. 127.0.0.1, 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Allowed &amp;referers:</source>
        <translation>Erlaubte &amp;Referer:</translation>
    </message>
    <message>
        <source>any; or e.g. https://app.example.com/*</source>
        <translation>alle; oder z. B. https://app.example.com/*</translation>
    </message>
    <message>
        <source>Generate API &amp;Key</source>
        <translation>API-Schlüssel er&amp;zeugen</translation>
    </message>
    <message>
        <source>Sign a new API key for the selected application and its subscriptions (Ctrl+K)</source>
        <translation>Einen neuen API-Schlüssel für die ausgewählte Anwendung und ihre Abonnements signieren (Strg+K)</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke this credential or a pasted one</source>
        <translation>Diese oder eingefügte Anmeldedaten widerrufen</translation>
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
    <name>Gatehouse::DesignerPage</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Quelltext bearbeiten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>The source does not parse; the forms show its last good state.</source>
        <translation>Der Quelltext ist nicht lesbar; die Formulare zeigen den letzten gültigen Stand.</translation>
    </message>
    <message>
        <source>The source is still being checked; save again in a moment.</source>
        <translation>Der Quelltext wird noch geprüft; speichern Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>The definition has errors and was not saved; the Problems list shows where.</source>
        <translation>Die Definition enthält Fehler und wurde nicht gespeichert; die Problemliste zeigt, wo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation>Als Revision %1 gespeichert.</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save*</source>
        <translation>Speichern*</translation>
    </message>
    <message>
        <source>Store the definition and make a revision (Ctrl+S)</source>
        <translation>Definition speichern und eine Revision anlegen (Strg+S)</translation>
    </message>
</context>
<context>
    <name>Gatehouse::DesignerSession</name>
    <message>
        <source>The source has errors: correct them (see Problems) before changing the form.</source>
        <translation>Der Quelltext enthält Fehler: Beheben Sie sie (siehe Probleme), bevor Sie das Formular ändern.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::EnvironmentDialog</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>0 picks a free port when the environment starts</source>
        <translation>0 wählt beim Start der Umgebung einen freien Port</translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message>
        <source>Choreo Connect</source>
        <translation>Choreo Connect</translation>
    </message>
    <message>
        <source>API Gateway</source>
        <translation>API Gateway</translation>
    </message>
    <message>
        <source>Serves /metrics and /health; 0 picks a free port</source>
        <translation>Liefert /metrics und /health; 0 wählt einen freien Port</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>einer pro Kern</translation>
    </message>
    <message>
        <source>Share rate-limit counters through &amp;Redis</source>
        <translation>Zähler der Ratenbegrenzung über &amp;Redis teilen</translation>
    </message>
    <message>
        <source>Gateways with the same prefix share counters</source>
        <translation>Gateways mit demselben Präfix teilen sich die Zähler</translation>
    </message>
    <message>
        <source>Let requests through, counted locally (fail open)</source>
        <translation>Anfragen durchlassen, lokal gezählt (fail open)</translation>
    </message>
    <message>
        <source>Refuse them with 429 (fail closed)</source>
        <translation>Mit 429 ablehnen (fail closed)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Key prefix:</source>
        <translation>&amp;Schlüsselpräfix:</translation>
    </message>
    <message>
        <source>When Redis is &amp;unreachable:</source>
        <translation>Wenn Redis &amp;nicht erreichbar ist:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>A password is read from GATEHOUSE_REDIS_PASSWORD when the environment starts; the workspace never stores it.</source>
        <translation>Ein Passwort wird beim Start der Umgebung aus GATEHOUSE_REDIS_PASSWORD gelesen; der Arbeitsbereich speichert es nie.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Gateway profile:</source>
        <translation>&amp;Gateway-Profil:</translation>
    </message>
    <message>
        <source>&amp;HTTP port:</source>
        <translation>&amp;HTTP-Port:</translation>
    </message>
    <message>
        <source>&amp;Admin port:</source>
        <translation>&amp;Admin-Port:</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Enter a name for the environment.</source>
        <translation>Geben Sie einen Namen für die Umgebung ein.</translation>
    </message>
    <message>
        <source>Enter the Redis host, or turn off shared counters.</source>
        <translation>Geben Sie den Redis-Host ein oder schalten Sie die geteilten Zähler aus.</translation>
    </message>
    <message>
        <source>The environment needs an HTTP port (or an HTTPS listener, set with gatehousectl).</source>
        <translation>Die Umgebung braucht einen HTTP-Port (oder einen HTTPS-Listener, mit gatehousectl eingerichtet).</translation>
    </message>
    <message>
        <source>The environment was not saved.</source>
        <translation>Die Umgebung wurde nicht gespeichert.</translation>
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
    <message>
        <source>Throttled</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Created environment %1.</source>
        <translation>Umgebung %1 angelegt.</translation>
    </message>
    <message>
        <source>Saved environment %1. Stop and start it to apply the new settings.</source>
        <translation>Umgebung %1 gespeichert. Stoppen und starten Sie sie, damit die neuen Einstellungen gelten.</translation>
    </message>
    <message>
        <source>Saved environment %1.</source>
        <translation>Umgebung %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create an environment</source>
        <translation>Eine Umgebung anlegen</translation>
    </message>
    <message>
        <source>Profile, ports, workers and shared rate-limit counters of the selected environment</source>
        <translation>Profil, Ports, Worker und geteilte Zähler der Ratenbegrenzung der ausgewählten Umgebung</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
</context>
<context>
    <name>Gatehouse::IssuerDialog</name>
    <message>
        <source>Key Manager</source>
        <translation>Key Manager</translation>
    </message>
    <message>
        <source>e.g. keycloak</source>
        <translation>z. B. keycloak</translation>
    </message>
    <message>
        <source>the tokens&apos; &quot;iss&quot;, e.g. https://idp.example.com/realms/api</source>
        <translation>„iss“ der Token, z. B. https://idp.example.com/realms/api</translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation>JWKS-URL</translation>
    </message>
    <message>
        <source>JWKS file</source>
        <translation>JWKS-Datei</translation>
    </message>
    <message>
        <source>Certificate or public key (PEM)</source>
        <translation>Zertifikat oder öffentlicher Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>HMAC shared secret</source>
        <translation>Gemeinsames HMAC-Secret</translation>
    </message>
    <message>
        <source>empty: &quot;aud&quot; is not checked</source>
        <translation>leer: „aud“ wird nicht geprüft</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Issuer (iss):</source>
        <translation>&amp;Aussteller (iss):</translation>
    </message>
    <message>
        <source>&amp;Keys from:</source>
        <translation>&amp;Schlüssel aus:</translation>
    </message>
    <message>
        <source>&amp;Algorithms:</source>
        <translation>A&amp;lgorithmen:</translation>
    </message>
    <message>
        <source>A&amp;udiences:</source>
        <translation>&amp;Zielgruppen (aud):</translation>
    </message>
    <message>
        <source>&amp;Clock skew:</source>
        <translation>&amp;Uhrenabweichung:</translation>
    </message>
    <message>
        <source>C&amp;onsumer key claim:</source>
        <translation>C&amp;laim für den Consumer Key:</translation>
    </message>
    <message>
        <source>&amp;Scopes claim:</source>
        <translation>Claim für die Sco&amp;pes:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE----- … or -----BEGIN PUBLIC KEY----- …</source>
        <translation>-----BEGIN CERTIFICATE----- … oder -----BEGIN PUBLIC KEY----- …</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message numerus="yes">
        <source>at least %n byte(s)</source>
        <translation>
            <numerusform>mindestens %n Byte</numerusform>
            <numerusform>mindestens %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the key manager a name of letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 100).</source>
        <translation>Geben Sie dem Key Manager einen Namen aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; (höchstens 100).</translation>
    </message>
    <message>
        <source>Enter the issuer: the exact &quot;iss&quot; value of the tokens this key manager signs.</source>
        <translation>Geben Sie den Aussteller ein: den genauen „iss“-Wert der Token, die dieser Key Manager signiert.</translation>
    </message>
    <message>
        <source>Enter the JWKS URL as an http:// or https:// address.</source>
        <translation>Geben Sie die JWKS-URL als http://- oder https://-Adresse ein.</translation>
    </message>
    <message>
        <source>Choose the JWKS file (an absolute path).</source>
        <translation>Wählen Sie die JWKS-Datei (ein absoluter Pfad).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable JWKS: %2</source>
        <translation>%1 ist kein brauchbares JWKS: %2</translation>
    </message>
    <message>
        <source>Paste or import the key manager&apos;s PEM certificate or public key.</source>
        <translation>Fügen Sie das PEM-Zertifikat oder den öffentlichen Schlüssel des Key Managers ein oder importieren Sie ihn.</translation>
    </message>
    <message>
        <source>The certificate or public key is unusable: %1</source>
        <translation>Das Zertifikat oder der öffentliche Schlüssel ist unbrauchbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>The HMAC secret needs at least %n byte(s).</source>
        <translation>
            <numerusform>Das HMAC-Secret braucht mindestens %n Byte.</numerusform>
            <numerusform>Das HMAC-Secret braucht mindestens %n Bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one signature algorithm.</source>
        <translation>Kreuzen Sie mindestens einen Signaturalgorithmus an.</translation>
    </message>
    <message>
        <source>%1 is not a known signature algorithm.</source>
        <translation>%1 ist kein bekannter Signaturalgorithmus.</translation>
    </message>
    <message>
        <source>An HMAC secret verifies HS256, HS384 and HS512 only; untick %1.</source>
        <translation>Ein HMAC-Secret prüft nur HS256, HS384 und HS512; entfernen Sie das Häkchen bei %1.</translation>
    </message>
    <message>
        <source>%1 needs an HMAC secret; untick it or choose &quot;HMAC shared secret&quot;.</source>
        <translation>%1 braucht ein HMAC-Secret; entfernen Sie das Häkchen oder wählen Sie „Gemeinsames HMAC-Secret“.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key cannot verify %1 signatures; untick it.</source>
        <translation>Der Schlüssel des Zertifikats kann keine %1-Signaturen prüfen; entfernen Sie das Häkchen.</translation>
    </message>
    <message>
        <source>Enter the claim that carries the consumer key (e.g. azp), without spaces.</source>
        <translation>Geben Sie den Claim an, der den Consumer Key trägt (z. B. azp), ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>Enter the claim that carries the scopes (e.g. scope or scp), without spaces.</source>
        <translation>Geben Sie den Claim an, der die Scopes trägt (z. B. scope oder scp), ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>The key manager was not saved.</source>
        <translation>Der Key Manager wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>JWKS File</source>
        <translation>JWKS-Datei</translation>
    </message>
    <message>
        <source>JSON Web Key Sets (*.json *.jwks);;All files (*)</source>
        <translation>JSON Web Key Sets (*.json *.jwks);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation>Zertifikat importieren</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Gatehouse::KeyManagersPanel</name>
    <message>
        <source>PEM certificate or public key</source>
        <translation>PEM-Zertifikat oder öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>HMAC shared secret</source>
        <translation>Gemeinsames HMAC-Secret</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 is the issuer of the built-in key manager; an external key manager needs its own &quot;iss&quot;.</source>
        <translation>%1 ist der Aussteller des eingebauten Key Managers; ein externer Key Manager braucht ein eigenes „iss“.</translation>
    </message>
    <message>
        <source>Saved key manager %1. Running environments accept its tokens from now on.</source>
        <translation>Key Manager %1 gespeichert. Laufende Umgebungen nehmen seine Token ab jetzt an.</translation>
    </message>
    <message>
        <source>Saved key manager %1</source>
        <translation>Key Manager %1 gespeichert</translation>
    </message>
    <message>
        <source>Remove Key Manager</source>
        <translation>Key Manager entfernen</translation>
    </message>
    <message>
        <source>Remove key manager %1? Tokens it signs are refused from then on.</source>
        <translation>Key Manager %1 entfernen? Von ihm signierte Token werden danach abgewiesen.</translation>
    </message>
    <message>
        <source>Key manager %1 was not removed: %2</source>
        <translation>Key Manager %1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Removed key manager %1.</source>
        <translation>Key Manager %1 entfernt.</translation>
    </message>
    <message>
        <source>Removed key manager %1</source>
        <translation>Key Manager %1 entfernt</translation>
    </message>
    <message>
        <source>Copied the JWKS of the built-in key manager (its public key only) to the clipboard.</source>
        <translation>Das JWKS des eingebauten Key Managers (nur sein öffentlicher Schlüssel) wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Built-in key manager</source>
        <translation>Eingebauter Key Manager</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Key id (kid):</source>
        <translation>Schlüssel-ID (kid):</translation>
    </message>
    <message>
        <source>Token validity:</source>
        <translation>Gültigkeit der Token:</translation>
    </message>
    <message>
        <source>Copy &amp;JWKS</source>
        <translation>&amp;JWKS kopieren</translation>
    </message>
    <message>
        <source>Copy the public key as a JSON Web Key Set, for backends that verify the tokens themselves</source>
        <translation>Den öffentlichen Schlüssel als JSON Web Key Set kopieren, für Backends, die die Token selbst prüfen</translation>
    </message>
    <message>
        <source>External key managers</source>
        <translation>Externe Key Manager</translation>
    </message>
    <message>
        <source>Tokens whose &quot;iss&quot; names one of these key managers are verified with its keys; any other issuer is refused.</source>
        <translation>Token, deren „iss“ einen dieser Key Manager nennt, werden mit dessen Schlüsseln geprüft; jeder andere Aussteller wird abgewiesen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>Algorithmen</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::LiveVerification</name>
    <message>
        <source>A verification is already running.</source>
        <translation>Es läuft bereits eine Prüfung.</translation>
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
    <message>
        <source>&amp;Test Console</source>
        <translation>&amp;Testkonsole</translation>
    </message>
    <message>
        <source>Send requests to running environments and see the security verdict</source>
        <translation>Anfragen an laufende Umgebungen senden und das Urteil der Sicherheitsprüfung sehen</translation>
    </message>
    <message>
        <source>A&amp;pplications</source>
        <translation>A&amp;nwendungen</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Si&amp;cherheit</translation>
    </message>
    <message>
        <source>%1 — applied to %2</source>
        <translation>%1 – übernommen in %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n running environment(s) refuse it now</source>
        <translation>
            <numerusform>%1 – %n laufende Umgebung weist es jetzt ab</numerusform>
            <numerusform>%1 – %n laufende Umgebungen weisen es jetzt ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved throttle policy %1. Deploy a new revision to apply it.</source>
        <translation>Drosselungsrichtlinie %1 gespeichert. Stellen Sie eine neue Revision bereit, damit sie gilt.</translation>
    </message>
    <message>
        <source>There is already a %1 policy named %2: open it from the tree to change it, or choose another name.</source>
        <translation>Es gibt bereits eine %1-Richtlinie namens %2: Öffnen Sie sie im Baum, um sie zu ändern, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Remove Throttle Policy</source>
        <translation>Drosselungsrichtlinie entfernen</translation>
    </message>
    <message>
        <source>Remove the %1 policy %2 from the workspace?</source>
        <translation>Die %1-Richtlinie %2 aus dem Arbeitsbereich entfernen?</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>New &amp;Throttle Policy…</source>
        <translation>Neue &amp;Drosselungsrichtlinie…</translation>
    </message>
    <message>
        <source>Remove Throttle &amp;Policy…</source>
        <translation>Drosselungsrichtlinie &amp;entfernen…</translation>
    </message>
    <message>
        <source>Removed throttle policy %1.</source>
        <translation>Drosselungsrichtlinie %1 entfernt.</translation>
    </message>
    <message>
        <source>&amp;Save API	Ctrl+S</source>
        <translation>API &amp;speichern	Ctrl+S</translation>
    </message>
    <message>
        <source>Store the designed API and make a revision</source>
        <translation>Die entworfene API speichern und eine Revision anlegen</translation>
    </message>
    <message>
        <source>New &amp;API…</source>
        <translation>Neue &amp;API …</translation>
    </message>
    <message>
        <source>&amp;Import API…</source>
        <translation>API &amp;importieren …</translation>
    </message>
    <message>
        <source>Saved the API as revision %1. Deploy it from Environments.</source>
        <translation>API als Revision %1 gespeichert. Unter Umgebungen bereitstellen.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>New API</source>
        <translation>Neue API</translation>
    </message>
    <message>
        <source>http://localhost:8080/orders (optional)</source>
        <translation>http://localhost:8080/orders (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Import API</source>
        <translation>API importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>Import of %1 failed.</source>
        <translation>Import von %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1 wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Unsaved API Designs</source>
        <translation>Ungespeicherte API-Entwürfe</translation>
    </message>
    <message numerus="yes">
        <source>%n API design(s) have changes that are not saved. Save them?</source>
        <translation>
            <numerusform>%n API-Entwurf hat ungespeicherte Änderungen. Speichern?</numerusform>
            <numerusform>%n API-Entwürfe haben ungespeicherte Änderungen. Speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>An OpenAPI 3 or Swagger 2.0 file (YAML or JSON), or an apictl project folder or zip</source>
        <translation>Eine OpenAPI-3- oder Swagger-2.0-Datei (YAML oder JSON) oder ein apictl-Projektordner oder -ZIP</translation>
    </message>
    <message>
        <source>&amp;Export API…</source>
        <translation>API &amp;exportieren…</translation>
    </message>
    <message>
        <source>The shown API as OpenAPI 3 with WSO2&apos;s extensions, or as an apictl project</source>
        <translation>Die angezeigte API als OpenAPI 3 mit den WSO2-Erweiterungen oder als apictl-Projekt</translation>
    </message>
    <message>
        <source>API definitions (*.yaml *.yml *.json *.zip api.yaml api.json);;All files (*)</source>
        <translation>API-Definitionen (*.yaml *.yml *.json *.zip api.yaml api.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>OpenAPI YAML (*.yaml)</source>
        <translation>OpenAPI YAML (*.yaml)</translation>
    </message>
    <message>
        <source>OpenAPI JSON (*.json)</source>
        <translation>OpenAPI JSON (*.json)</translation>
    </message>
    <message>
        <source>apictl project folder (*)</source>
        <translation>apictl-Projektordner (*)</translation>
    </message>
    <message>
        <source>apictl project zip (*.zip)</source>
        <translation>apictl-Projekt-ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Export API</source>
        <translation>API exportieren</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>Export fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 was not written.</source>
        <translation>%1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>%1 was written, but it does not carry everything: another import would differ in these settings.</source>
        <translation>%1 wurde geschrieben, enthält aber nicht alles: ein erneuter Import wiche in diesen Einstellungen ab.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::NewApplicationDialog</name>
    <message>
        <source>New Application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Throttling tier:</source>
        <translation>&amp;Drosselungsstufe:</translation>
    </message>
    <message>
        <source>The new application gets a consumer key and a consumer secret. The secret is shown once, right after creation.</source>
        <translation>Die neue Anwendung erhält einen Consumer Key und ein Consumer Secret. Das Secret wird einmal angezeigt, direkt nach dem Anlegen.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Enter a name for the application, without leading or trailing spaces.</source>
        <translation>Geben Sie einen Namen für die Anwendung ein, ohne Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>Choose a throttling tier.</source>
        <translation>Wählen Sie eine Drosselungsstufe.</translation>
    </message>
    <message>
        <source>The application was not created.</source>
        <translation>Die Anwendung wurde nicht angelegt.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::OperationForm</name>
    <message>
        <source>Change summary</source>
        <translation>Zusammenfassung ändern</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <source>Change operationId</source>
        <translation>operationId ändern</translation>
    </message>
    <message>
        <source>Change scopes</source>
        <translation>Scopes ändern</translation>
    </message>
    <message>
        <source>Change operation endpoint</source>
        <translation>Endpunkt der Operation ändern</translation>
    </message>
    <message>
        <source>Change throttling tier</source>
        <translation>Drosselungsstufe ändern</translation>
    </message>
    <message>
        <source>Open operation</source>
        <translation>Operation öffnen</translation>
    </message>
    <message>
        <source>Secure operation</source>
        <translation>Operation absichern</translation>
    </message>
    <message>
        <source>Change request body</source>
        <translation>Anfragekörper ändern</translation>
    </message>
    <message>
        <source>Change responses</source>
        <translation>Antworten ändern</translation>
    </message>
    <message>
        <source>Remove parameter %1</source>
        <translation>Parameter %1 entfernen</translation>
    </message>
    <message>
        <source>Add parameter %1</source>
        <translation>Parameter %1 hinzufügen</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Declared on the resource, for all its operations</source>
        <translation>An der Ressource deklariert, für alle ihre Operationen</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Operation ID:</source>
        <translation>Operations-ID:</translation>
    </message>
    <message>
        <source>Throttling tier:</source>
        <translation>Drosselungsstufe:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Anfragekörper:</translation>
    </message>
    <message>
        <source>Responses:</source>
        <translation>Antworten:</translation>
    </message>
    <message>
        <source>Open: no authentication for this operation</source>
        <translation>Offen: keine Authentifizierung für diese Operation</translation>
    </message>
    <message>
        <source>the API&apos;s endpoint</source>
        <translation>der Endpunkt der API</translation>
    </message>
    <message>
        <source>e.g. read:orders, write:orders</source>
        <translation>z. B. read:orders, write:orders</translation>
    </message>
    <message>
        <source>new parameter name</source>
        <translation>Name des neuen Parameters</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
</context>
<context>
    <name>Gatehouse::PolicyEditor</name>
    <message>
        <source>Not used yet: attach it to an API, an operation, an application or a subscription.</source>
        <translation>Noch nicht verwendet: Ordnen Sie sie einer API, einer Operation, einer Anwendung oder einem Abonnement zu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field path: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved policy %1.</source>
        <translation>Richtlinie %1 gespeichert.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Advanced (API or resource)</source>
        <translation>Erweitert (API oder Ressource)</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Custom (key template)</source>
        <translation>Benutzerdefiniert (Schlüsselvorlage)</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <source>&amp;Burst control</source>
        <translation>&amp;Burst-Kontrolle</translation>
    </message>
    <message>
        <source>Stop on quota reach</source>
        <translation>Bei erreichtem Kontingent stoppen</translation>
    </message>
    <message>
        <source>Off: requests over the quota pass and are only counted (billing)</source>
        <translation>Aus: Anfragen über dem Kontingent werden durchgelassen und nur gezählt (Abrechnung)</translation>
    </message>
    <message>
        <source>Custom policy</source>
        <translation>Benutzerdefinierte Richtlinie</translation>
    </message>
    <message>
        <source>Requests with the same expanded key share one counter. Variables: $userId, $apiContext, $apiVersion, $appId, $appTenant, $clientIp, $resourceKey</source>
        <translation>Anfragen mit demselben aufgelösten Schlüssel teilen sich einen Zähler. Variablen: $userId, $apiContext, $apiVersion, $appId, $appTenant, $clientIp, $resourceKey</translation>
    </message>
    <message>
        <source>Conditional groups (the first group whose conditions all match replaces the default limit)</source>
        <translation>Bedingte Gruppen (die erste Gruppe, deren Bedingungen alle zutreffen, ersetzt die Standardgrenze)</translation>
    </message>
    <message>
        <source>Where it is used</source>
        <translation>Wo sie verwendet wird</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the policy in the workspace (Ctrl+S)</source>
        <translation>Die Richtlinie im Arbeitsbereich speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>Default &amp;limit:</source>
        <translation>Standard&amp;grenze:</translation>
    </message>
</context>
<context>
    <name>Gatehouse::PolicyPage</name>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ProblemsPanel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Probleme: keine</translation>
    </message>
    <message numerus="yes">
        <source>Problems: %n error(s)</source>
        <translation>
            <numerusform>Probleme: %n Fehler</numerusform>
            <numerusform>Probleme: %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
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
    <name>Gatehouse::ResourceEditor</name>
    <message>
        <source>Rename resource %1</source>
        <translation>Ressource %1 umbenennen</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>%1 %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 entfernen</translation>
    </message>
    <message>
        <source>Add resource %1</source>
        <translation>Ressource %1 hinzufügen</translation>
    </message>
    <message>
        <source>Move resource %1</source>
        <translation>Ressource %1 verschieben</translation>
    </message>
    <message>
        <source>Remove resource %1</source>
        <translation>Ressource %1 entfernen</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Add Resource</source>
        <translation>Ressource hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the resource up (Alt+Up)</source>
        <translation>Ressource nach oben verschieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move the resource down (Alt+Down)</source>
        <translation>Ressource nach unten verschieben (Alt+Runter)</translation>
    </message>
    <message>
        <source>Add Method</source>
        <translation>Methode hinzufügen</translation>
    </message>
    <message>
        <source>Remove Method</source>
        <translation>Methode entfernen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::RevokeDialog</name>
    <message>
        <source>Revoke Token or API Key</source>
        <translation>Token oder API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>&amp;Token or API key:</source>
        <translation>&amp;Token oder API-Schlüssel:</translation>
    </message>
    <message>
        <source>Paste the access token or API key</source>
        <translation>Fügen Sie das Zugriffstoken oder den API-Schlüssel ein</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>until it expires on %1</source>
        <translation>bis zum Ablauf am %1</translation>
    </message>
    <message>
        <source>for good (no expiry could be read)</source>
        <translation>endgültig (kein Ablaufdatum lesbar)</translation>
    </message>
    <message>
        <source>Revokes %1 %2.</source>
        <translation>Widerruft %1 %2.</translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Es wurde nichts widerrufen.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::RevokedTokensPanel</name>
    <message>
        <source>token id %1</source>
        <translation>Token-ID %1</translation>
    </message>
    <message>
        <source>SHA-256 %1…</source>
        <translation>SHA-256 %1…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>%1 widerrufen.</translation>
    </message>
    <message>
        <source>Revoked access tokens and API keys, until they would have expired. Running environments refuse them immediately, without a new deployment.</source>
        <translation>Widerrufene Zugriffstoken und API-Schlüssel, bis zu ihrem eigentlichen Ablauf. Laufende Umgebungen weisen sie sofort ab, ohne neue Bereitstellung.</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Revoked at</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>The revoked tokens cannot be read: %1</source>
        <translation>Die widerrufenen Token können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::SchemaEditor</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Change type of %1</source>
        <translation>Typ von %1 ändern</translation>
    </message>
    <message>
        <source>Change format of %1</source>
        <translation>Format von %1 ändern</translation>
    </message>
    <message>
        <source>Change required of %1</source>
        <translation>Pflichtangabe von %1 ändern</translation>
    </message>
    <message>
        <source>Add schema %1</source>
        <translation>Schema %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add property %1</source>
        <translation>Eigenschaft %1 hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>name of a new schema or property</source>
        <translation>Name eines neuen Schemas oder einer neuen Eigenschaft</translation>
    </message>
    <message>
        <source>Add Schema</source>
        <translation>Schema hinzufügen</translation>
    </message>
    <message>
        <source>Add Property</source>
        <translation>Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <source>Adds a property to the selected schema</source>
        <translation>Fügt dem gewählten Schema eine Eigenschaft hinzu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Key managers</source>
        <translation>&amp;Key Manager</translation>
    </message>
    <message>
        <source>Basic Auth &amp;users</source>
        <translation>Basic-Auth-&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Mutual SSL trust store</source>
        <translation>&amp;Mutual-SSL-Vertrauensspeicher</translation>
    </message>
    <message>
        <source>Re&amp;voked tokens</source>
        <translation>&amp;Widerrufene Token</translation>
    </message>
</context>
<context>
    <name>Gatehouse::SecurityVerdictText</name>
    <message>
        <source>OAuth2 access token</source>
        <translation>OAuth2-Zugriffstoken</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Basic Auth</source>
        <translation>Basic Auth</translation>
    </message>
    <message>
        <source>Mutual SSL client certificate</source>
        <translation>Mutual-SSL-Client-Zertifikat</translation>
    </message>
    <message>
        <source>the credential could not be checked (key manager unreachable or misconfigured)</source>
        <translation>die Anmeldedaten konnten nicht geprüft werden (Key Manager nicht erreichbar oder falsch eingerichtet)</translation>
    </message>
    <message>
        <source>invalid credentials</source>
        <translation>ungültige Anmeldedaten</translation>
    </message>
    <message>
        <source>missing credentials</source>
        <translation>fehlende Anmeldedaten</translation>
    </message>
    <message>
        <source>forbidden: no subscription to this API, or the key&apos;s restrictions</source>
        <translation>verboten: kein Abonnement dieser API oder Einschränkungen des Schlüssels</translation>
    </message>
    <message>
        <source>the credential lacks the scope this operation needs</source>
        <translation>den Anmeldedaten fehlt der Scope, den diese Operation braucht</translation>
    </message>
    <message>
        <source>Admitted by %1.</source>
        <translation>Zugelassen durch %1.</translation>
    </message>
    <message>
        <source>Admitted by %1 of application %2.</source>
        <translation>Zugelassen durch %1 der Anwendung %2.</translation>
    </message>
    <message>
        <source>Refused with %1 (%2): %3.</source>
        <translation>Abgewiesen mit %1 (%2): %3.</translation>
    </message>
    <message>
        <source>Refused with %1.</source>
        <translation>Abgewiesen mit %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Anwendung: %1</translation>
    </message>
    <message>
        <source>No API matched the path, so no security check ran.</source>
        <translation>Keine API passte zum Pfad, daher lief keine Sicherheitsprüfung.</translation>
    </message>
    <message>
        <source>No security check ran: the API or this operation is open.</source>
        <translation>Es lief keine Sicherheitsprüfung: Die API oder diese Operation ist offen.</translation>
    </message>
    <message>
        <source>Waiting for the environment&apos;s access log…</source>
        <translation>Warte auf das Zugriffsprotokoll der Umgebung…</translation>
    </message>
    <message>
        <source>Gateway message: %1</source>
        <translation>Meldung des Gateways: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
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
    <name>Gatehouse::TestConsolePage</name>
    <message>
        <source>%1 %2</source>
        <comment>API name and version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>method and resource path</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Write each header as &quot;Name: value&quot; on its own line (&quot;%1&quot; is not).</source>
        <translation>Schreiben Sie jeden Header als „Name: Wert“ in eine eigene Zeile („%1“ ist das nicht).</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>No environment is running: start one on the Environments page.</source>
        <translation>Keine Umgebung läuft: Starten Sie eine auf der Seite „Umgebungen“.</translation>
    </message>
    <message>
        <source>Replace the path parameter %1 with a value.</source>
        <translation>Ersetzen Sie den Pfadparameter %1 durch einen Wert.</translation>
    </message>
    <message>
        <source>%1 has no HTTPS listener, which a client certificate needs.</source>
        <translation>%1 hat keinen HTTPS-Listener, den ein Client-Zertifikat braucht.</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>Anmeldedaten: %1</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>%1 %2 wird gesendet…</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>Anfrage abgebrochen</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>%1 %2 in %3 ms</source>
        <translation>%1 %2 in %3 ms</translation>
    </message>
    <message>
        <source>No security error in the response.</source>
        <translation>Kein Sicherheitsfehler in der Antwort.</translation>
    </message>
    <message>
        <source>The environment logged no request with id %1.</source>
        <translation>Die Umgebung hat keine Anfrage mit der ID %1 protokolliert.</translation>
    </message>
    <message>
        <source>Test Console</source>
        <translation>Testkonsole</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>(none running)</source>
        <translation>(keine läuft)</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>&amp;API:</translation>
    </message>
    <message>
        <source>(nothing deployed)</source>
        <translation>(nichts bereitgestellt)</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>An&amp;frage:</translation>
    </message>
    <message>
        <source>/context/version/resource?query</source>
        <translation>/kontext/version/ressource?abfrage</translation>
    </message>
    <message>
        <source>&amp;Headers (Name: value):</source>
        <translation>&amp;Header (Name: Wert):</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>Trust the environment&apos;s own TLS certificate</source>
        <translation>Dem eigenen TLS-Zertifikat der Umgebung vertrauen</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Die Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Abort the running request (Esc)</source>
        <translation>Die laufende Anfrage abbrechen (Esc)</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ThrottleLimitEdit</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Count requests, payload bytes (request and response), or WebSocket events</source>
        <translation>Anfragen, Nutzdaten-Bytes (Anfrage und Antwort) oder WebSocket-Ereignisse zählen</translation>
    </message>
    <message>
        <source>per</source>
        <translation>pro</translation>
    </message>
    <message>
        <source>second(s)</source>
        <translation>Sekunde(n)</translation>
    </message>
    <message>
        <source>minute(s)</source>
        <translation>Minute(n)</translation>
    </message>
    <message>
        <source>hour(s)</source>
        <translation>Stunde(n)</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>Tag(e)</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ThrottleSimulatorView</name>
    <message>
        <source>At most %1 simulated requests: lower the rate or the duration.</source>
        <translation>Höchstens %1 simulierte Anfragen: Verringern Sie die Rate oder die Dauer.</translation>
    </message>
    <message>
        <source>Write each header as &quot;Name: value&quot; (line &quot;%1&quot;).</source>
        <translation>Schreiben Sie jeden Header als &quot;Name: value&quot; (Zeile &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The claims must be one JSON object, e.g. {&quot;department&quot;: &quot;sales&quot;}: %1</source>
        <translation>Die Claims müssen ein JSON-Objekt sein, z. B. {&quot;department&quot;: &quot;sales&quot;}: %1</translation>
    </message>
    <message>
        <source>Cannot simulate: %1</source>
        <translation>Simulation nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1: all %2 requests allowed.</source>
        <translation>%1: alle %2 Anfragen zugelassen.</translation>
    </message>
    <message>
        <source>%1: %2 allowed, %3 throttled; the first refusal after %4 s.</source>
        <translation>%1: %2 zugelassen, %3 gedrosselt; die erste Ablehnung nach %4 s.</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>X-Tier: partner</source>
        <translation>X-Tier: partner</translation>
    </message>
    <message>
        <source>&amp;Run Simulation</source>
        <translation>Simulation &amp;starten</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Zugelassen</translation>
    </message>
    <message>
        <source>Throttled (429)</source>
        <translation>Gedrosselt (429)</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Rate and duration:</source>
        <translation>Rate und Dauer:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Client IP:</source>
        <translation>Client-IP:</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Abfrage:</translation>
    </message>
    <message>
        <source>JWT claims:</source>
        <translation>JWT-Claims:</translation>
    </message>
    <message>
        <source>Response size:</source>
        <translation>Antwortgröße:</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ThrottledRequestsModel</name>
    <message>
        <source>(no API)</source>
        <translation>(keine API)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TrustStorePanel</name>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>Expired: client certificates issued by this CA are refused.</source>
        <translation>Abgelaufen: Von dieser CA ausgestellte Client-Zertifikate werden abgewiesen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a PEM certificate file.</source>
        <translation>%1 ist zu groß für eine PEM-Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>No CA was imported from %1: %2</source>
        <translation>Aus %1 wurde keine CA importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Trusted %n CA certificate(s): %1</source>
        <translation>
            <numerusform>%n CA-Zertifikat vertraut: %1</numerusform>
            <numerusform>%n CA-Zertifikaten vertraut: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CA Certificates</source>
        <translation>CA-Zertifikate importieren</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Remove CA</source>
        <translation>CA entfernen</translation>
    </message>
    <message>
        <source>Stop trusting %1? Client certificates it issued are refused from then on.</source>
        <translation>%1 nicht mehr vertrauen? Von ihr ausgestellte Client-Zertifikate werden danach abgewiesen.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Removed CA %1.</source>
        <translation>CA %1 entfernt.</translation>
    </message>
    <message>
        <source>Certificate authorities trusted for Mutual SSL: a client certificate must be issued by one of them (or be one of them) and be valid today.</source>
        <translation>Zertifizierungsstellen, denen Mutual SSL vertraut: Ein Client-Zertifikat muss von einer von ihnen ausgestellt sein (oder eine von ihnen sein) und heute gültig sein.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Import PEM…</source>
        <translation>PEM &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::UserDialog</name>
    <message>
        <source>Basic Auth User</source>
        <translation>Basic-Auth-Benutzer</translation>
    </message>
    <message>
        <source>optional, e.g. admin, reader</source>
        <translation>optional, z. B. admin, reader</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Only a salted hash of the password is stored; nobody can read it back. To change it, set a new one.</source>
        <translation>Gespeichert wird nur ein gesalzener Hash des Passworts; niemand kann es zurücklesen. Um es zu ändern, setzen Sie ein neues.</translation>
    </message>
    <message>
        <source>Set Password of %1</source>
        <translation>Passwort von %1 setzen</translation>
    </message>
    <message>
        <source>Enter a user name of 1 to %1 characters, without &apos;:&apos; and without leading or trailing spaces.</source>
        <translation>Geben Sie einen Benutzernamen mit 1 bis %1 Zeichen ein, ohne &apos;:&apos; und ohne Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich; geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>The user was not saved.</source>
        <translation>Der Benutzer wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Hashing the password…</source>
        <translation>Passwort wird gehasht …</translation>
    </message>
</context>
<context>
    <name>Gatehouse::UsersPanel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>A user named %1 exists already; select it and set its password instead.</source>
        <translation>Ein Benutzer namens %1 existiert bereits; wählen Sie ihn aus und setzen Sie stattdessen sein Passwort.</translation>
    </message>
    <message>
        <source>Added user %1.</source>
        <translation>Benutzer %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>Neues Passwort für %1 gesetzt.</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Remove the Basic Auth user %1?</source>
        <translation>Den Basic-Auth-Benutzer %1 entfernen?</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Removed user %1.</source>
        <translation>Benutzer %1 entfernt.</translation>
    </message>
    <message>
        <source>Users for APIs secured with Basic Auth (API Gateway environments). Passwords are stored as salted hashes.</source>
        <translation>Benutzer für APIs, die mit Basic Auth gesichert sind (API-Gateway-Umgebungen). Passwörter werden als gesalzene Hashes gespeichert.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>&amp;Passwort setzen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
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
    <message numerus="yes">
        <source>%1 · %n subscription(s)</source>
        <comment>tier · subscriptions</comment>
        <translation>
            <numerusform>%1 · %n Abonnement</numerusform>
            <numerusform>%1 · %n Abonnements</numerusform>
        </translation>
    </message>
    <message>
        <source>key managers, users, trust store, revoked tokens</source>
        <translation>Key Manager, Benutzer, Vertrauensspeicher, widerrufene Token</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
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
