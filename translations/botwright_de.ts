<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Bot Profiles</source>
        <translation>Bot-Profile</translation>
    </message>
    <message>
        <source>No secret service (system keychain) is available, so tokens cannot be stored safely. You can keep tokens in memory for this run only; they will be gone when Botwright quits.</source>
        <translation>Es ist kein Geheimnisdienst (Schlüsselbund des Systems) verfügbar, daher können Token nicht sicher gespeichert werden. Sie können Token nur für diese Sitzung im Arbeitsspeicher behalten; sie sind verloren, sobald Botwright beendet wird.</translation>
    </message>
    <message>
        <source>Keep in &amp;memory for this run</source>
        <translation>Für diese Sitzung im Speicher &amp;merken</translation>
    </message>
    <message>
        <source>P&amp;rofiles</source>
        <translation>P&amp;rofile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>N&amp;eu</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>My bot</source>
        <translation>Mein Bot</translation>
    </message>
    <message>
        <source>A&amp;pplication ID:</source>
        <translation>&amp;Anwendungs-ID:</translation>
    </message>
    <message>
        <source>Optional: learned from Discord on connect</source>
        <translation>Optional: kommt beim Verbinden von Discord</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080/api/v10</source>
        <translation>http://127.0.0.1:8080/api/v10</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Token anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;Shard count:</source>
        <translation>Anzahl der S&amp;hards:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Shard &amp;IDs:</source>
        <translation>Shard-&amp;IDs:</translation>
    </message>
    <message>
        <source>All shards (or a list such as 0-3,7)</source>
        <translation>Alle Shards (oder eine Liste wie 0-3,7)</translation>
    </message>
    <message>
        <source>Gateway intents</source>
        <translation>Gateway-Intents</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Im Systemabschnitt der Kontrollleiste weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Start the bot when Botwright opens</source>
        <translation>Den Bot beim Öffnen von Botwright starten</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>Eine neue Sprache wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Designer</translation>
    </message>
    <message>
        <source>Message &amp;preview theme:</source>
        <translation>&amp;Vorschau-Design für Nachrichten:</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>&amp;Keep events for:</source>
        <translation>Ereignisse &amp;aufbewahren für:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>bw::BotState</name>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Setze fort</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>bw::gui::BotActions</name>
    <message>
        <source>&amp;Start Bot</source>
        <translation>Bot &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top Bot</source>
        <translation>Bot s&amp;toppen</translation>
    </message>
    <message>
        <source>Connect the bot of the current profile</source>
        <translation>Den Bot des aktuellen Profils verbinden</translation>
    </message>
    <message>
        <source>Disconnect the bot</source>
        <translation>Die Verbindung des Bots trennen</translation>
    </message>
</context>
<context>
    <name>bw::gui::MainWindow</name>
    <message>
        <source>Designer</source>
        <translation>Designer</translation>
    </message>
    <message>
        <source>Compose bot messages with embeds, buttons and select menus, and give every component an action.</source>
        <translation>Bot-Nachrichten mit Embeds, Schaltflächen und Auswahlmenüs gestalten und jeder Komponente eine Aktion zuweisen.</translation>
    </message>
    <message>
        <source>A live preview that looks like Discord, checked against Discord&apos;s limits as you type</source>
        <translation>Eine Live-Vorschau, die wie Discord aussieht und schon beim Tippen gegen die Grenzen von Discord geprüft wird</translation>
    </message>
    <message>
        <source>Undo and redo for every edit, and full keyboard control</source>
        <translation>Rückgängig und Wiederholen für jede Änderung, vollständige Bedienung per Tastatur</translation>
    </message>
    <message>
        <source>Persistent views, bound to one message or answering on any, whose state survives restarts</source>
        <translation>Dauerhafte Ansichten, an eine Nachricht gebunden oder auf jeder gültig, deren Zustand Neustarts übersteht</translation>
    </message>
    <message>
        <source>Send a view to the sandbox or to a real channel in one step</source>
        <translation>Eine Ansicht in einem Schritt an die Sandbox oder an einen echten Kanal senden</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Everything the bot receives and does, as it happens.</source>
        <translation>Alles, was der Bot empfängt und tut, in dem Moment, in dem es geschieht.</translation>
    </message>
    <message>
        <source>Gateway events, interactions and requests with their timing</source>
        <translation>Gateway-Ereignisse, Interaktionen und Anfragen mit ihren Zeiten</translation>
    </message>
    <message>
        <source>Filters by kind, channel, user and text</source>
        <translation>Filter nach Art, Kanal, Benutzer und Text</translation>
    </message>
    <message>
        <source>Kept for the number of days chosen in Settings</source>
        <translation>Aufbewahrt für die in den Einstellungen gewählte Anzahl von Tagen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Jobs your bot runs on its own, on a schedule.</source>
        <translation>Arbeiten, die Ihr Bot selbstständig nach einem Zeitplan erledigt.</translation>
    </message>
    <message>
        <source>Run on an interval or at set times</source>
        <translation>In festen Abständen oder zu bestimmten Zeiten ausführen</translation>
    </message>
    <message>
        <source>Run once from here, or from the command line</source>
        <translation>Einmalig von hier oder von der Befehlszeile aus starten</translation>
    </message>
    <message>
        <source>A history of every run and its result</source>
        <translation>Ein Verlauf jeder Ausführung mit ihrem Ergebnis</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>The slash commands and context-menu commands of your bot.</source>
        <translation>Die Slash-Befehle und Kontextmenü-Befehle Ihres Bots.</translation>
    </message>
    <message>
        <source>Names, options and translations, checked against Discord&apos;s limits</source>
        <translation>Namen, Optionen und Übersetzungen, geprüft gegen die Grenzen von Discord</translation>
    </message>
    <message>
        <source>Register them for every server or for one test server</source>
        <translation>Für alle Server oder für einen Testserver registrieren</translation>
    </message>
    <message>
        <source>Connect each command to a view or an action</source>
        <translation>Jeden Befehl mit einer Ansicht oder einer Aktion verbinden</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Create and edit bot profiles and their tokens</source>
        <translation>Bot-Profile und ihre Token anlegen und bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;About Botwright</source>
        <translation>Über &amp;Botwright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Bot</source>
        <translation>&amp;Bot</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Round trip of the last gateway heartbeat</source>
        <translation>Umlaufzeit des letzten Gateway-Heartbeats</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot: %1</translation>
    </message>
    <message>
        <source>Bot: %1
%2</source>
        <translation>Bot: %1
%2</translation>
    </message>
    <message>
        <source>Gateway latency: — ms</source>
        <translation>Gateway-Latenz: — ms</translation>
    </message>
    <message>
        <source>Gateway latency: %1 ms</source>
        <translation>Gateway-Latenz: %1 ms</translation>
    </message>
    <message>
        <source>Botwright</source>
        <translation>Botwright</translation>
    </message>
    <message>
        <source>About Botwright</source>
        <translation>Über Botwright</translation>
    </message>
    <message>
        <source>Design and operate Discord bots from the desktop.</source>
        <translation>Discord-Bots auf dem Desktop entwerfen und betreiben.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Erstellt mit Qt %1.</translation>
    </message>
    <message>
        <source>Botwright keeps running</source>
        <translation>Botwright läuft weiter</translation>
    </message>
    <message>
        <source>Botwright is still running in the system tray, and so is your bot. Use Quit in the tray menu to end it.</source>
        <translation>Botwright läuft im Systemabschnitt der Kontrollleiste weiter, und Ihr Bot ebenfalls. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols.</translation>
    </message>
    <message>
        <source>Heartbeat round trip of the gateway connection</source>
        <translation>Umlaufzeit des Gateway-Heartbeats</translation>
    </message>
    <message>
        <source>Heartbeat round trip of the gateway connection
Session starts left today: %1 (Discord allows 1000 IDENTIFYs a day)</source>
        <translation>Umlaufzeit des Gateway-Heartbeats
Verbleibende Sitzungsstarts heute: %1 (Discord erlaubt 1000 IDENTIFYs am Tag)</translation>
    </message>
</context>
<context>
    <name>bw::gui::MessageModel</name>
    <message>
        <source>This interaction failed</source>
        <translation>Diese Interaktion ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>bw::gui::MessageWidget</name>
    <message>
        <source>Today at %1</source>
        <translation>Heute um %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>↪ %1 used a component</source>
        <translation>↪ %1 hat eine Komponente benutzt</translation>
    </message>
    <message>
        <source>↪ %1 used /%2</source>
        <translation>↪ %1 hat /%2 benutzt</translation>
    </message>
    <message>
        <source>SYSTEM</source>
        <translation>SYSTEM</translation>
    </message>
    <message>
        <source>BOT</source>
        <translation>BOT</translation>
    </message>
    <message>
        <source>%1 is thinking…</source>
        <translation>%1 denkt nach…</translation>
    </message>
    <message>
        <source>Only you can see this</source>
        <translation>Nur für dich sichtbar</translation>
    </message>
    <message>
        <source>Make a selection</source>
        <translation>Triff eine Auswahl</translation>
    </message>
</context>
<context>
    <name>bw::gui::ModalDialog</name>
    <message>
        <source>Submit</source>
        <translation>Absenden</translation>
    </message>
</context>
<context>
    <name>bw::gui::PlaceholderPanel</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Kommt in einer späteren Version</translation>
    </message>
</context>
<context>
    <name>bw::gui::ProfileDialog</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server members</source>
        <translation>Servermitglieder</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Emojis and stickers</source>
        <translation>Emojis und Sticker</translation>
    </message>
    <message>
        <source>Voice states</source>
        <translation>Sprachstatus</translation>
    </message>
    <message>
        <source>Presences</source>
        <translation>Online-Status</translation>
    </message>
    <message>
        <source>Server messages</source>
        <translation>Servernachrichten</translation>
    </message>
    <message>
        <source>Message reactions</source>
        <translation>Reaktionen auf Nachrichten</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <source>Message content</source>
        <translation>Nachrichteninhalt</translation>
    </message>
    <message>
        <source>Scheduled events</source>
        <translation>Geplante Events</translation>
    </message>
    <message>
        <source>Sandbox (local Discord on this computer)</source>
        <translation>Sandbox (lokales Discord auf diesem Rechner)</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Custom API base</source>
        <translation>Eigene API-Basis</translation>
    </message>
    <message>
        <source>Delete the selected profile and its token</source>
        <translation>Das gewählte Profil und sein Token löschen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>%1 (privileged)</source>
        <translation>%1 (privilegiert)</translation>
    </message>
    <message>
        <source>Privileged: also turn it on for your application in the Discord Developer Portal, or Discord refuses the connection.</source>
        <translation>Privilegiert: Schalten Sie diesen Intent auch im Discord Developer Portal für Ihre Anwendung ein, sonst lehnt Discord die Verbindung ab.</translation>
    </message>
    <message>
        <source>The profiles could not be read: %1</source>
        <translation>Die Profile konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>The sandbox makes its own token.</source>
        <translation>Die Sandbox erzeugt ihr eigenes Token.</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Paste the bot token from the Developer Portal</source>
        <translation>Das Bot-Token aus dem Developer Portal einfügen</translation>
    </message>
    <message>
        <source>Not needed for the sandbox</source>
        <translation>Für die Sandbox nicht nötig</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this run only. They are gone when Botwright quits.</source>
        <translation>Token werden nur für diese Sitzung im Arbeitsspeicher behalten. Sie sind verloren, sobald Botwright beendet wird.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>The API base must be an http or https URL, such as http://127.0.0.1:8080/api/v10.</source>
        <translation>Die API-Basis muss eine http- oder https-URL sein, etwa http://127.0.0.1:8080/api/v10.</translation>
    </message>
    <message>
        <source>Shard IDs are numbers and ranges separated by commas, such as 0-3,7.</source>
        <translation>Shard-IDs sind Zahlen und Bereiche, durch Kommas getrennt, etwa 0-3,7.</translation>
    </message>
    <message>
        <source>Choosing shard IDs needs a shard count.</source>
        <translation>Für die Wahl von Shard-IDs ist eine Anzahl der Shards nötig.</translation>
    </message>
    <message>
        <source>Shard IDs must be lower than the shard count (%1).</source>
        <translation>Shard-IDs müssen kleiner als die Anzahl der Shards (%1) sein.</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Profile “%1” saved, but its token could not be moved to the new name: %2</source>
        <translation>Profil „%1“ gespeichert, aber sein Token konnte nicht auf den neuen Namen übertragen werden: %2</translation>
    </message>
    <message>
        <source>%1

Keep the token in memory for this run only? It will be gone when Botwright quits.</source>
        <translation>%1

Das Token nur für diese Sitzung im Arbeitsspeicher behalten? Es ist verloren, sobald Botwright beendet wird.</translation>
    </message>
    <message>
        <source>Profile “%1” saved, but the token was not stored: %2</source>
        <translation>Profil „%1“ gespeichert, aber das Token wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Its token is removed from the keychain too. This cannot be undone.</source>
        <translation>Das Profil „%1“ löschen? Sein Token wird ebenfalls aus dem Schlüsselbund entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Profile “%1” deleted.</source>
        <translation>Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Profile “%1” deleted, but its token could not be removed from the keychain: %2</source>
        <translation>Profil „%1“ gelöscht, aber sein Token konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>A token is kept in memory for this run. Leave the field empty to keep it.</source>
        <translation>Für diese Sitzung ist ein Token im Arbeitsspeicher. Lassen Sie das Feld leer, um es zu behalten.</translation>
    </message>
    <message>
        <source>A token is stored in the system keychain. Leave the field empty to keep it.</source>
        <translation>Im Schlüsselbund des Systems ist ein Token gespeichert. Lassen Sie das Feld leer, um es zu behalten.</translation>
    </message>
    <message>
        <source>No token is stored yet.</source>
        <translation>Es ist noch kein Token gespeichert.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>No Secret Service</source>
        <translation>Kein Geheimnisdienst</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep in Memory</source>
        <translation>Im Speicher behalten</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to the new profile?</source>
        <translation>Die ungespeicherten Änderungen am neuen Profil verwerfen?</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to the profile “%1”?</source>
        <translation>Die ungespeicherten Änderungen am Profil „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>Asks the server who the bot is (GET /users/@me) with this profile and token.</source>
        <translation>Fragt den Server mit diesem Profil und Token, wer der Bot ist (GET /users/@me).</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Connected: the bot is %1.</source>
        <translation>Verbunden: der Bot ist %1.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>bw::gui::SandboxPanel</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>TEXT CHANNELS</source>
        <translation>TEXTKANÄLE</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>ACTING AS</source>
        <translation>HANDELN ALS</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Handeln als</translation>
    </message>
    <message>
        <source>The simulated user who posts, clicks and sees ephemeral answers</source>
        <translation>Der simulierte Benutzer, der schreibt, klickt und flüchtige Antworten sieht</translation>
    </message>
    <message>
        <source>Start sandbox</source>
        <translation>Sandbox starten</translation>
    </message>
    <message>
        <source>Sandbox not running</source>
        <translation>Sandbox läuft nicht</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Could not start the sandbox: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Sandbox on 127.0.0.1:%1</source>
        <translation>Sandbox auf 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>This is the start of #%1.</source>
        <translation>Das ist der Anfang von #%1.</translation>
    </message>
    <message>
        <source>Message #%1 as %2 (/name runs a command)</source>
        <translation>Nachricht an #%1 als %2 (/name führt einen Befehl aus)</translation>
    </message>
    <message>
        <source>Start the sandbox to post messages</source>
        <translation>Starte die Sandbox, um Nachrichten zu schreiben</translation>
    </message>
</context>
<context>
    <name>bw::gui::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
</context>
<context>
    <name>bw::gui::TrayIcon</name>
    <message>
        <source>&amp;Hide Window</source>
        <translation>Fenster &amp;verbergen</translation>
    </message>
    <message>
        <source>&amp;Quit Botwright</source>
        <translation>Botwright &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Show Window</source>
        <translation>Fenster &amp;anzeigen</translation>
    </message>
    <message>
        <source>Botwright: %1</source>
        <translation>Botwright: %1</translation>
    </message>
    <message>
        <source>Gateway latency: %1 ms</source>
        <translation>Gateway-Latenz: %1 ms</translation>
    </message>
</context>
</TS>
