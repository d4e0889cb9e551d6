<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DesignerImportDialog</name>
    <message>
        <source>Import Message JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a message as discord.js send() or Discohook take it (content, embeds, components), a Discohook backup, or a Botwright view. Keys the designer does not know are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ &quot;content&quot;: &quot;Hello&quot;, &quot;components&quot;: [ … ] }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignerSendDialog</name>
    <message>
        <source>Send View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the saved view to a channel the bot can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Bot Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret service (system keychain) is available, so tokens cannot be stored safely. You can keep tokens in memory for this run only; they will be gone when Botwright quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in &amp;memory for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pplication ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: learned from Discord on connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080/api/v10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shard count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shard &amp;IDs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shards (or a list such as 0-3,7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway intents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where slash commands and components arrive: the gateway connection, an HTTP endpoint that Discord POSTs signed interactions to, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a non-&amp;loopback address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this, the endpoint only listens on this computer (127.0.0.1 or ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests whose signed timestamp is further than this from now are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublic key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 hex digits from the Developer Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>User command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slash command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group DM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose what the component does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks, {user.mention}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by {user.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have incremented this message&apos;s count to {count}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This button is not for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {user.mention}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted by {user.mention}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the bot when Botwright opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;preview theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep events for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskEditorDialog</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>09:00, 17:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait until the bot is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch &amp;up a run missed while closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry a failed run on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5&amp;xx errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;429 rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123456789012345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guild:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{run} runs so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ethod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/channels/ID/messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;content&quot;: &quot;run {run}&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{&quot;type&quot;: &quot;send&quot;, ...}, ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates: {run} (run number), {now}, {channel.mention}, {channel.id}, {guild.id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::BotState</name>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::BotActions</name>
    <message>
        <source>&amp;Start Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the bot of the current profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the bot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::CommandsPanel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New slash command (more kinds in the menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an option, subcommand or group to the selected command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even if unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every scope, not only those whose commands changed since the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot&apos;s sync at start failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot started; its commands were already in sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The bot synced %n scope(s) when it started.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: waiting %2s for rate limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems first: Discord would refuse these commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the commands with Discord (only scopes that changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {user.mention}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group of subcommands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing what would change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute the sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unchanged, nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 removed%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (never synced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is in sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) would be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: no request sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced %n scope(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, waited out %n rate limit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::gui::EventCharts</name>
    <message>
        <source>Dispatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction response time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 s deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat latency per shard (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::EventExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::EventFilter</name>
    <message>
        <source>“%1” is not a valid value for %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::EventLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom ID / command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::EventLogPanel</name>
    <message>
        <source>Search… e.g. counter:increment user:alice kind:interaction since:5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words are searched in the summary and the JSON. Fields: kind:, shard:, guild:, channel:, user:, error, since:5m, from:, to:, slow:&lt;ms&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway dispatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest record in view (stops when you scroll up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold new records back until you resume (nothing is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the records shown as JSON Lines or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the records kept from earlier runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see its JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every record of this interaction (dispatch, callback, outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused, %1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · filtered in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this kind (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this guild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only shard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log: earlier runs (%1 records)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::MainWindow</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and edit bot profiles and their tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Botwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip of the last gateway heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway latency: — ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway latency: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Botwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design and operate Discord bots from the desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botwright keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botwright is still running in the system tray, and so is your bot. Use Quit in the tray menu to end it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat round trip of the gateway connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat round trip of the gateway connection
Session starts left today: %1 (Discord allows 1000 IDENTIFYs a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task “%1” failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::MessageModel</name>
    <message>
        <source>This interaction failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::MessageWidget</name>
    <message>
        <source>Today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↪ %1 used a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↪ %1 used /%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSTEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you can see this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::ModalDialog</name>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::PlaceholderPanel</name>
    <message>
        <source>Coming in a later version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::ProfileDialog</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emojis and stickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (local Discord on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom API base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile and its token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (privileged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged: also turn it on for your application in the Discord Developer Portal, or Discord refuses the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox makes its own token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the bot token from the Developer Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed for the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this run only. They are gone when Botwright quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base must be an http or https URL, such as http://127.0.0.1:8080/api/v10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shard IDs are numbers and ranges separated by commas, such as 0-3,7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing shard IDs needs a shard count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shard IDs must be lower than the shard count (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” saved, but its token could not be moved to the new name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Keep the token in memory for this run only? It will be gone when Botwright quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” saved, but the token was not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Its token is removed from the keychain too. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” deleted, but its token could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is kept in memory for this run. Leave the field empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is stored in the system keychain. Leave the field empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Secret Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes to the new profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes to the profile “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the server who the bot is (GET /users/@me) with this profile and token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the bot is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s public key (Developer Portal, General Information) that signs HTTP interactions. Optional for the sandbox: the bot then reads the application&apos;s verify_key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a loopback address: the endpoint can be reached from other computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “Allow a non-loopback address” to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The public key is 64 hexadecimal digits (0-9, a-f); this has %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown (no bot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (the bot does not run this profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint address must be an IP address such as 127.0.0.1 (got “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint address %1 is not a loopback address. Tick “Allow a non-loopback address” to listen on it, or use 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint path must start with / and contain no spaces, such as /interactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key must be 64 hexadecimal digits, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” saved, but its interaction settings were not: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::SandboxPanel</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT CHANNELS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTING AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated user who posts, clicks and sees ephemeral answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox on 127.0.0.1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the start of #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sandbox to post messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECT A BOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discord.js: new Client({ rest: { api: &apos;&lt;REST base without /v10&gt;&apos; } })
discord.py: discord.http.Route.BASE = &apos;&lt;REST base&gt;&apos; and
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(&apos;&lt;gateway URL&gt;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message #%1 as %2 (/name option:value runs a command)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::TaskEditorDialog</name>
    <message>
        <source>Send a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a designed view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call a REST route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence of actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At times of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#channel or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guild id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON list of actions, such as [{&quot;type&quot;: &quot;send&quot;, …}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the task a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another task is called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::TaskListModel</name>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleeping until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying in %1 s (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::TasksPanel</name>
    <message>
        <source>Scheduled tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the run in flight, then stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now; a run in flight is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profile is loaded.
Choose one under Profiles… (Ctrl+Shift+P) to schedule tasks for its bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet.
Press New (Insert) to schedule one: post a view every day at 09:00, update the status every 30 s, refresh a counter message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: select a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the task “%1” and its run history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::TrayIcon</name>
    <message>
        <source>&amp;Hide Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Botwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botwright: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway latency: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::commands::CommandDocument</name>
    <message>
        <source>Delete command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::commands::CommandInspector</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autocomplete (the bot suggests values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot DMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group DMs and other DMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age-restricted (NSFW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone (a permission bit set, e.g. 8 = administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the name and description in other languages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change option type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle autocomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle NSFW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit channel types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global (every server and DM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a command, or create one with New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slash command /%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommand group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response of /%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::commands::CommandJson</name>
    <message>
        <source>No response designed: Discord would show “The application did not respond”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delay option “%1” is not an integer or number option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modal needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modal needs a custom id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A modal has 1 to 5 text inputs (has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown response type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{opt.%1}: there is no option “%1” here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::commands::CommandResponseEditor</name>
    <message>
        <source>Only the user who ran the command sees it (ephemeral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply with a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply with a saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer, then follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a modal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds from an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add text input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a REST call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot answers “thinking…” at once, then replaces it with the follow-up after this delay or REST call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A route under the API base; the follow-up may use {rest.status}, {rest.json.FIELD} and, when the call fails, {rest.error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::commands::TemplateLineEdit</name>
    <message>
        <source>Text; type { for variables such as {opt.NAME}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::ComponentPalette</name>
    <message>
        <source>Holds up to five buttons or one select menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A button that runs an action when clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A button that opens a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A menu of your own options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A menu of the server&apos;s users, roles or channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option of a string select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A box with title, description, fields and images (up to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name/value pair in an embed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A box with an accent colour around other components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with a thumbnail or a button beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component palette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::DesignDocument</name>
    <message>
        <source>new-view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello from Botwright!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the view needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view name has at most 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeout must be at least one second (or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no behaviour: clicking it will only say it is not handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action of “%1” has no component with that custom_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to Components V2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to classic message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::DesignTreeModel</name>
    <message>
        <source>Message (Components V2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ⚠ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::DesignerPanel</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Component…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to Channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with Discord&apos;s light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: none — Discord will accept this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1 errors, %2 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import message JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Message JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 (and copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message JSON copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbound view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello! Press the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click me!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {user.mention}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile to save views in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 in channel %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view “%1”? No sent message is bound to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view “%1”? These messages are bound to it and will stop answering:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent with this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent with this view. Double-click (or Enter) shows one in the Sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected message in the Sandbox panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look which messages still exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected message from its channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the messages already sent so they show the view as saved now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a send or update is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no bot profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the view has a problem to fix first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the view has %1 problems to fix first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot is not running (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the view to a channel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update 1 sent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1 sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent messages: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no channel was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the view could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending “%1” to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message was sent with this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating sent messages (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated 1 sent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1, failed %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — deleted in Discord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sent message still exists (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent messages that no longer exist: %1 (Delete forgets them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the message %1 in %2? It is removed from the channel for everybody and stops answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the message in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox panel does not show %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Message JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::MessageJson</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of components, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a component object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every component needs a numeric type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of embeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an embed object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of fields, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no JSON to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a message object ({…}), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the message object of a Discohook backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the view file holds no view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of custom_id → action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a message: it has none of content, embeds or components</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::MessagePreview</name>
    <message>
        <source>Botwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today at 12:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no components)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::Nodes</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentionable select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New embed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe something here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a user or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some **markdown** text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside a container</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::PropertyInspector</name>
    <message>
        <source>Modal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modal custom_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short (one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefilled value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove text input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add text input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the submitter sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply when submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks, {user.mention}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks, {user.mention}! You wrote: {field.%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply when the modal is submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by a “%1” action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample for Alice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary (blurple)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary (grey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success (green)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danger (red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change button style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbound: answers on any message, no state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound: each sent message has its own state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (persistent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components V2 layout (text displays, containers…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components V2 messages carry their text in text displays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author and footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row holds up to five buttons or one select menu. Drag components here from the palette, or press Insert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Unicode emoji or a custom emoji’s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all; e.g. 0, 5 (text, announcement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the component a custom_id to choose what it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply with a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the clicked message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count clicks (bound views)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember a value (bound views)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for one user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give or take a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a modal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer, then follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message to a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set behaviour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the clicker sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle</source>
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
        <source>Role id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::SendDialog</name>
    <message>
        <source>Send “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot sees no server yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::TemplateEdit</name>
    <message>
        <source>Type { or press Ctrl+Space for the variables: {user.mention}, {count}, {state.KEY}, …
{{ and }} write literal braces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
