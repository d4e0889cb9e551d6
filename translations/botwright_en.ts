<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>bw::gui::MainWindow</name>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose bot messages with embeds, buttons and select menus, and give every component an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live preview that looks like Discord, checked against Discord&apos;s limits as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo and redo for every edit, and full keyboard control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent views, bound to one message or answering on any, whose state survives restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a view to the sandbox or to a real channel in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the bot receives and does, as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway events, interactions and requests with their timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters by kind, channel, user and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for the number of days chosen in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs your bot runs on its own, on a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on an interval or at set times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run once from here, or from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A history of every run and its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slash commands and context-menu commands of your bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, options and translations, checked against Discord&apos;s limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register them for every server or for one test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect each command to a view or an action</source>
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
        <source>Message #%1 as %2 (/name runs a command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sandbox to post messages</source>
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
</TS>
