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
