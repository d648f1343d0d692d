<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Gatehouse::AccessLogModel</name>
    <message>
        <source>(no API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>authentication method · application</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApiOverviewPage</name>
    <message>
        <source>%1 (also the default version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mocked from the OpenAPI examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources and effective endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints in italics come from a per-resource or per-operation override (Choreo Connect&apos;s x-wso2-production-endpoints); the others are the API&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApiRequestCountModel</name>
    <message>
        <source>(no API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApiResourceModel</name>
    <message>
        <source>(no URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balanced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock (answers from the OpenAPI examples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock: %1 %2</source>
        <comment>mock status and content type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <comment>endpoint [where it is defined]</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApiSecurityEditor</name>
    <message>
        <source>The authorization header needs a valid HTTP header name, e.g. Authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key header needs a valid HTTP header name, e.g. apikey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key query parameter may hold letters, digits and - _ . ~ only (or stay empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS needs at least one allowed origin (* for any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CORS origin %1 must be * or start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers refuse credentials with the origin *: list the allowed origins instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid HTTP method or header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope %1 of %2 %3 contains a quote or backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choreo Connect has no built-in Basic Auth; a custom filter can be developed. Gatehouse refuses to deploy this API to Choreo Connect environments while Basic Auth is on; API Gateway environments support it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choreo Connect environments here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API is no longer in the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the security of %1. Deploy a new revision to apply it to an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer access tokens (JWT) from the built-in or an external key manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s Basic Auth users (API Gateway profile only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheme ticked: the API is open to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mutual SSL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application security mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Mutual SSL on: a request needs a valid credential as well as the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a backend &amp;JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed claims about the caller, for the backend (X-JWT-Assertion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where credentials are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authori&amp;zation header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key &amp;header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key &amp;query parameter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: not accepted in the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the credential header on to the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the client certificate on to the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed origins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed methods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (no security)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes (space-separated, any one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the security settings in the workspace (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApiSettingsForm</name>
    <message>
        <source>Rename API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change throttling tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Production endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sand&amp;box endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Throttling tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One URL, or several separated by commas (load balanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate against the schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop validating against the schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check requests and responses against the schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Gateway environments answer 400 to an invalid request and 500 to an invalid response; Choreo Connect has no schema validation and only warns at deploy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApplicationSecretDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the consumer secret now and keep it safe. Gatehouse stores only a hash of it and cannot show it again; a lost secret means a new application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I Have Copied the Secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApplicationsPage</name>
    <message>
        <source>%1 %2</source>
        <comment>API name and version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the consumer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an application to subscribe to APIs and get tokens and API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key: %1
Tier: %2 · created %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created application %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove application %1 with its subscriptions? Its tokens and API keys stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed application %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a subscription tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not subscribed to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed to %1 with tier %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not unsubscribed from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not mapped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped the client certificate %1… to the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map Client Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not unmapped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmapped the client certificate %1….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications of the built-in key manager. Environments admit their tokens and API keys for the APIs they are subscribed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificates (Mutual SSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unma&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::CapabilityTableModel</name>
    <message>
        <source>%1: %2</source>
        <comment>profile name: support</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>support level: detail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>profile name: verification state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>verification line (detail)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::CategoryPage</name>
    <message>
        <source>The APIs of this workspace. Open one to see its resources, methods and the endpoints each of them uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security schemes (OAuth2, API keys, Basic authentication, mutual TLS) that APIs can require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limiting policies for APIs, resources and subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications that consume the APIs, with their keys and subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway environments that serve the deployed APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ComparisonPage</name>
    <message>
        <source>How WSO2 documents the two gateways. Gatehouse reads these tables from its capability data, the same data that checks each deployment against the environment&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &amp;nbsp; %2 &amp;nbsp; %3 &amp;nbsp;&amp;nbsp; The last column shows what live tests in Gatehouse confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a Choreo Connect and an API Gateway environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n check(s).</source>
        <translation>
            <numerusform>Verification cancelled after %n check.</numerusform>
            <numerusform>Verification cancelled after %n checks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n live check(s) agree with the tables.</source>
        <translation>
            <numerusform>The %n live check agrees with the tables.</numerusform>
            <numerusform>All %n live checks agree with the tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live check(s) differ from the tables; hover a cell for the evidence.</source>
        <translation>
            <numerusform>%n live check differs from the tables; hover a cell for the evidence.</numerusform>
            <numerusform>%n live checks differ from the tables; hover a cell for the evidence.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Verify live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an environment of each profile and test every row that has a live check (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConditionGroupsEdit</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address; with &quot;To&quot; the first address of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression searched in the value (WSO2 semantics): ^abc$ for an exact match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (IP range)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConsoleClient</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is still running; cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate needs an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s); the request was aborted</source>
        <translation>
            <numerusform>no answer within %n second; the request was aborted</numerusform>
            <numerusform>no answer within %n seconds; the request was aborted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConsoleCredentialsBox</name>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the application whose token the console sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fresh access token of %1 (%2: Bearer %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the application whose API key the console sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fresh API key of %1 (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fresh API key of %1 (query parameter %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Basic Auth user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic Auth as %1 (%2: Basic ••••)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client certificate and its private key (PEM files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, client certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh access token of an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh API key of an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic Auth user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space-separated, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate (Mutual SSL, HTTPS only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConsoleResponseView</name>
    <message numerus="yes">
        <source>(%n byte(s) of %1)</source>
        <translation>
            <numerusform>(%n byte of %1)</numerusform>
            <numerusform>(%n bytes of %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… (%n byte(s) not shown)</source>
        <translation>
            <numerusform>
… (%n byte not shown)</numerusform>
            <numerusform>
… (%n bytes not shown)</numerusform>
        </translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not reach the gateway or got no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 · %3 ms · %n byte(s)</source>
        <translation>
            <numerusform>%1 %2 · %3 ms · %n byte</numerusform>
            <numerusform>%1 %2 · %3 ms · %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::CredentialIssuer</name>
    <message>
        <source>The built-in key manager is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in key manager cannot sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key was issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token or API key to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::CredentialsPanel</name>
    <message>
        <source>Copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IP address or a CIDR range such as 10.0.0.0/8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, token id %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated a new %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a token or an API key; it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space-separated, e.g. read:pets write:pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key manager default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a new access token for the selected application (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;IPs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any; or e.g. 127.0.0.1, 10.0.0.0/8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;referers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any; or e.g. https://app.example.com/*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate API &amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a new API key for the selected application and its subscriptions (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke this credential or a pasted one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DeploymentListModel</name>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DesignerPage</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source does not parse; the forms show its last good state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is still being checked; save again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition has errors and was not saved; the Problems list shows where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the definition and make a revision (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DesignerSession</name>
    <message>
        <source>The source has errors: correct them (see Problems) before changing the form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::EnvironmentDialog</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 picks a free port when the environment starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choreo Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves /metrics and /health; 0 picks a free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share rate-limit counters through &amp;Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways with the same prefix share counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let requests through, counted locally (fail open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse them with 429 (fail closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Redis is &amp;unreachable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is read from GATEHOUSE_REDIS_PASSWORD when the environment starts; the workspace never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTP port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admin port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Redis host, or turn off shared counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment needs an HTTP port (or an HTTPS listener, set with gatehousectl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::EnvironmentListModel</name>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mutable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immutable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::EnvironmentManager</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 is still stopping; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no environment named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the deployments of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::EnvironmentsPage</name>
    <message>
        <source>%1 %2</source>
        <comment>API name and version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) from compiling the deployed APIs:</source>
        <translation>
            <numerusform>%n warning from compiling the deployed APIs:</numerusform>
            <numerusform>%n warnings from compiling the deployed APIs:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deployed to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2 is recorded for %3, but the running environment refused it: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed revision %1 of %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not undeployed from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is undeployed from %2 in the workspace, but the running environment refused the change: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeployed %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected environment after in-flight requests finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy a new revision of the chosen API to the selected environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen API from the selected environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow new requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created environment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved environment %1. Stop and start it to apply the new settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved environment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile, ports, workers and shared rate-limit counters of the selected environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::IssuerDialog</name>
    <message>
        <source>Key Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. keycloak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tokens&apos; &quot;iss&quot;, e.g. https://idp.example.com/realms/api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate or public key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC shared secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: &quot;aud&quot; is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer (iss):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udiences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clock skew:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsumer key claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scopes claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE----- … or -----BEGIN PUBLIC KEY----- …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n byte(s)</source>
        <translation>
            <numerusform>at least %n byte</numerusform>
            <numerusform>at least %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the key manager a name of letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the issuer: the exact &quot;iss&quot; value of the tokens this key manager signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the JWKS URL as an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the JWKS file (an absolute path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable JWKS: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or import the key manager&apos;s PEM certificate or public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate or public key is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The HMAC secret needs at least %n byte(s).</source>
        <translation>
            <numerusform>The HMAC secret needs at least %n byte.</numerusform>
            <numerusform>The HMAC secret needs at least %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one signature algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known signature algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HMAC secret verifies HS256, HS384 and HS512 only; untick %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an HMAC secret; untick it or choose &quot;HMAC shared secret&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s key cannot verify %1 signatures; untick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the claim that carries the consumer key (e.g. azp), without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the claim that carries the scopes (e.g. scope or scp), without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key manager was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Web Key Sets (*.json *.jwks);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::KeyManagersPanel</name>
    <message>
        <source>PEM certificate or public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC shared secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the issuer of the built-in key manager; an external key manager needs its own &quot;iss&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved key manager %1. Running environments accept its tokens from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved key manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Key Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove key manager %1? Tokens it signs are refused from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key manager %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed key manager %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed key manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the JWKS of the built-in key manager (its public key only) to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in key manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id (kid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;JWKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the public key as a JSON Web Key Set, for backends that verify the tokens themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External key managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens whose &quot;iss&quot; names one of these key managers are verified with its keys; any other issuer is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::LiveVerification</name>
    <message>
        <source>A verification is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::MainWindow</name>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure Gatehouse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) running</source>
        <translation>
            <numerusform>%n environment running</numerusform>
            <numerusform>%n environments running</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <comment>shortcut number, file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse workspaces (*.gatehouse);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace.gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo.gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse workspaces (*.gatehouse *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Design APIs, run them on local gateway environments and compare how Choreo Connect and the API Gateway serve them.&lt;/p&gt;&lt;p&gt;For servers and CI jobs without a display, run &lt;code&gt;gatehousectl run --workspace FILE&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied deployments made elsewhere to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests to running environments and see the security verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pplications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — applied to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n running environment(s) refuse it now</source>
        <translation>
            <numerusform>%1 — %n running environment refuses it now</numerusform>
            <numerusform>%1 — %n running environments refuse it now</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved throttle policy %1. Deploy a new revision to apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a %1 policy named %2: open it from the tree to change it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Throttle Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 policy %2 from the workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Throttle Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Throttle &amp;Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed throttle policy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save API	Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the designed API and make a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;API…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import API…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the API as revision %1. Deploy it from Environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://localhost:8080/orders (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved API Designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n API design(s) have changes that are not saved. Save them?</source>
        <translation>
            <numerusform>%n API design have changes that are not saved. Save them?</numerusform>
            <numerusform>%n API designs have changes that are not saved. Save them?</numerusform>
        </translation>
    </message>
    <message>
        <source>An OpenAPI 3 or Swagger 2.0 file (YAML or JSON), or an apictl project folder or zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export API…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shown API as OpenAPI 3 with WSO2&apos;s extensions, or as an apictl project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API definitions (*.yaml *.yml *.json *.zip api.yaml api.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI YAML (*.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apictl project folder (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apictl project zip (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written, but it does not carry everything: another import would differ in these settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::NewApplicationDialog</name>
    <message>
        <source>New Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Throttling tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new application gets a consumer key and a consumer secret. The secret is shown once, right after creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the application, without leading or trailing spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a throttling tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was not created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::OperationForm</name>
    <message>
        <source>Change summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change operationId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change operation endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change throttling tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared on the resource, for all its operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttling tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: no authentication for this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API&apos;s endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. read:orders, write:orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new parameter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::PolicyEditor</name>
    <message>
        <source>Not used yet: attach it to an API, an operation, an application or a subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field path: problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved policy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced (API or resource)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (key template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Burst control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop on quota reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: requests over the quota pass and are only counted (billing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests with the same expanded key share one counter. Variables: $userId, $apiContext, $apiVersion, $appId, $appTenant, $clientIp, $resourceKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional groups (the first group whose conditions all match replaces the default limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the policy in the workspace (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::PolicyPage</name>
    <message>
        <source>Simulator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ProblemsPanel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Problems: %n error(s)</source>
        <translation>
            <numerusform>Problems: %n error</numerusform>
            <numerusform>Problems: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::RequestRateChart</name>
    <message>
        <source>Requests per second by API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ResourceEditor</name>
    <message>
        <source>Rename resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the resource up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the resource down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::RevokeDialog</name>
    <message>
        <source>Revoke Token or API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token or API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token or API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until it expires on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for good (no expiry could be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::RevokedTokensPanel</name>
    <message>
        <source>token id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked access tokens and API keys, until they would have expired. Running environments refuse them immediately, without a new deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revoked tokens cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::SchemaEditor</name>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change format of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change required of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add property %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of a new schema or property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a property to the selected schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::SecurityPage</name>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic Auth &amp;users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mutual SSL trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voked tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::SecurityVerdictText</name>
    <message>
        <source>OAuth2 access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual SSL client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential could not be checked (key manager unreachable or misconfigured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forbidden: no subscription to this API, or the key&apos;s restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential lacks the scope this operation needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted by %1 of application %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API matched the path, so no security check ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security check ran: the API or this operation is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the environment&apos;s access log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes as soon as you press OK and is remembered for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::SupportBadge</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::TestConsolePage</name>
    <message>
        <source>%1 %2</source>
        <comment>API name and version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>method and resource path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each header as &quot;Name: value&quot; on its own line (&quot;%1&quot; is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment is running: start one on the Environments page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the path parameter %1 with a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no HTTPS listener, which a client certificate needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security error in the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment logged no request with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing deployed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/context/version/resource?query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers (Name: value):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the environment&apos;s own TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the running request (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ThrottleLimitEdit</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count requests, payload bytes (request and response), or WebSocket events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ThrottleSimulatorView</name>
    <message>
        <source>At most %1 simulated requests: lower the rate or the duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each header as &quot;Name: value&quot; (line &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims must be one JSON object, e.g. {&quot;department&quot;: &quot;sales&quot;}: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot simulate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all %2 requests allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 allowed, %3 throttled; the first refusal after %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Tier: partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate and duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ThrottledRequestsModel</name>
    <message>
        <source>(no API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::TrustStorePanel</name>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: client certificates issued by this CA are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a PEM certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trusted %n CA certificate(s): %1</source>
        <translation>
            <numerusform>Trusted %n CA certificate: %1</numerusform>
            <numerusform>Trusted %n CA certificates: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CA Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting %1? Client certificates it issued are refused from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authorities trusted for Mutual SSL: a client certificate must be issued by one of them (or be one of them) and be valid today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import PEM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::UserDialog</name>
    <message>
        <source>Basic Auth User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. admin, reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a salted hash of the password is stored; nobody can read it back. To change it, set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name of 1 to %1 characters, without &apos;:&apos; and without leading or trailing spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing the password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::UsersPanel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named %1 exists already; select it and set its password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Basic Auth user %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users for APIs secured with Basic Auth (API Gateway environments). Passwords are stored as salted hashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::WelcomePage</name>
    <message>
        <source>Welcome to Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design APIs, run them on local gateway environments and see side by side how Choreo Connect and the API Gateway would serve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three sample APIs answered by mock endpoints and two environments, one per gateway profile. Works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from an empty workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::WorkspaceTreeModel</name>
    <message>
        <source>%1 %2</source>
        <comment>API name and version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>API context · type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>profile · mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mutable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immutable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · running</source>
        <comment>environment details · state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>name newline details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttle policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n subscription(s)</source>
        <comment>tier · subscriptions</comment>
        <translation>
            <numerusform>%1 · %n subscription</numerusform>
            <numerusform>%1 · %n subscriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>key managers, users, trust store, revoked tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design APIs, run them on local WSO2-style gateways and compare Choreo Connect with the API Gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create WORKSPACE with the bundled demo content if it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to open (default: the last one opened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[WORKSPACE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one workspace can be opened at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatehouse: no display found (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are not set), so the desktop application cannot start.
To serve a workspace without a display, run:
  gatehousectl run --workspace FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
