<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DesignerImportDialog</name>
    <message>
        <source>Import Message JSON</source>
        <translation>Nachrichten-JSON importieren</translation>
    </message>
    <message>
        <source>Paste a message as discord.js send() or Discohook take it (content, embeds, components), a Discohook backup, or a Botwright view. Keys the designer does not know are kept.</source>
        <translation>Eine Nachricht einfügen, wie discord.js send() oder Discohook sie erwarten (content, embeds, components), eine Discohook-Sicherung oder eine Botwright-Ansicht. Schlüssel, die der Designer nicht kennt, bleiben erhalten.</translation>
    </message>
    <message>
        <source>{ &quot;content&quot;: &quot;Hello&quot;, &quot;components&quot;: [ … ] }</source>
        <translation>{ &quot;content&quot;: &quot;Hallo&quot;, &quot;components&quot;: [ … ] }</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
</context>
<context>
    <name>DesignerSendDialog</name>
    <message>
        <source>Send View</source>
        <translation>Ansicht senden</translation>
    </message>
    <message>
        <source>Send the saved view to a channel the bot can see.</source>
        <translation>Die gespeicherte Ansicht an einen Kanal senden, den der Bot sieht.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Bot Profiles</source>
        <translation>Bot-Profile</translation>
    </message>
    <message>
        <source>No secret service (system keychain) is available, so tokens cannot be stored safely. You can keep tokens in memory for this run only; they will be gone when Botwright quits.</source>
        <translation>Es ist kein Geheimnisdienst (Schlüsselbund des Systems) verfügbar, daher können Token nicht sicher gespeichert werden. Token lassen sich nur für diese Sitzung im Arbeitsspeicher behalten; sie sind verloren, sobald Botwright beendet wird.</translation>
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
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>&amp;Receive through:</source>
        <translation>Empfan&amp;gen über:</translation>
    </message>
    <message>
        <source>Where slash commands and components arrive: the gateway connection, an HTTP endpoint that Discord POSTs signed interactions to, or both.</source>
        <translation>Wo Slash-Befehle und Komponenten ankommen: über die Gateway-Verbindung, über einen HTTP-Endpunkt, an den Discord signierte Interaktionen per POST sendet, oder über beides.</translation>
    </message>
    <message>
        <source>Endpoint add&amp;ress:</source>
        <translation>Endpunkt-A&amp;dresse:</translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>/interactions</source>
        <translation>/interactions</translation>
    </message>
    <message>
        <source>Allow a non-&amp;loopback address</source>
        <translation>Nicht-Loopback-Adresse erla&amp;uben</translation>
    </message>
    <message>
        <source>Without this, the endpoint only listens on this computer (127.0.0.1 or ::1).</source>
        <translation>Ohne diese Option lauscht der Endpunkt nur auf diesem Rechner (127.0.0.1 oder ::1).</translation>
    </message>
    <message>
        <source>Timestamp &amp;window:</source>
        <translation>Zeitstempel-&amp;Fenster:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Requests whose signed timestamp is further than this from now are refused.</source>
        <translation>Anfragen, deren signierter Zeitstempel weiter als dieser Wert von jetzt entfernt ist, werden abgelehnt.</translation>
    </message>
    <message>
        <source>P&amp;ublic key:</source>
        <translation>Öffentli&amp;cher Schlüssel:</translation>
    </message>
    <message>
        <source>64 hex digits from the Developer Portal</source>
        <translation>64 Hex-Ziffern aus dem Developer Portal</translation>
    </message>
    <message>
        <source>Endpoint status:</source>
        <translation>Endpunktstatus:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>User command</source>
        <translation>Benutzerbefehl</translation>
    </message>
    <message>
        <source>Message command</source>
        <translation>Nachrichtenbefehl</translation>
    </message>
    <message>
        <source>Slash command</source>
        <translation>Slash-Befehl</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>DM</source>
        <translation>DM</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Group DM</source>
        <translation>Gruppen-DM</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <source>Announcement thread</source>
        <translation>Ankündigungs-Thread</translation>
    </message>
    <message>
        <source>Public thread</source>
        <translation>Öffentlicher Thread</translation>
    </message>
    <message>
        <source>Private thread</source>
        <translation>Privater Thread</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>an action must be an object</source>
        <translation>eine Aktion muss ein Objekt sein</translation>
    </message>
    <message>
        <source>choose what the component does</source>
        <translation>festlegen, was die Komponente tut</translation>
    </message>
    <message>
        <source>Thanks, {user.mention}!</source>
        <translation>Danke, {user.mention}!</translation>
    </message>
    <message>
        <source>Updated by {user.name}.</source>
        <translation>Aktualisiert von {user.name}.</translation>
    </message>
    <message>
        <source>You have incremented this message&apos;s count to {count}!</source>
        <translation>Du hast den Zähler dieser Nachricht auf {count} erhöht!</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>This button is not for you.</source>
        <translation>Diese Schaltfläche ist nicht für dich.</translation>
    </message>
    <message>
        <source>Hello {user.mention}!</source>
        <translation>Hallo {user.mention}!</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Tell us more</source>
        <translation>Erzähl uns mehr</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>Erledigt!</translation>
    </message>
    <message>
        <source>Posted by {user.mention}</source>
        <translation>Gepostet von {user.mention}</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
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
    <name>TaskEditorDialog</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>status rotation</source>
        <translation>Statuswechsel</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Läuft:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>Uhr&amp;zeiten:</translation>
    </message>
    <message>
        <source>09:00, 17:30</source>
        <translation>09:00, 17:30</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeitz&amp;one:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>Anza&amp;hl:</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Wait until the bot is ready</source>
        <translation>&amp;Warten, bis der Bot bereit ist</translation>
    </message>
    <message>
        <source>Catch &amp;up a run missed while closed</source>
        <translation>Verpasste Ausführung na&amp;chholen</translation>
    </message>
    <message>
        <source>Retry a failed run on</source>
        <translation>Fehlgeschlagene Ausführung wiederholen bei</translation>
    </message>
    <message>
        <source>Net&amp;work errors</source>
        <translation>Netzwerkf&amp;ehlern</translation>
    </message>
    <message>
        <source>Reconnect&amp;s</source>
        <translation>Neuverbindun&amp;gen</translation>
    </message>
    <message>
        <source>5&amp;xx errors</source>
        <translation>5&amp;xx-Fehlern</translation>
    </message>
    <message>
        <source>&amp;429 rate limits</source>
        <translation>&amp;429-Ratenbegrenzungen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>An&amp;sicht:</translation>
    </message>
    <message>
        <source>Message &amp;id:</source>
        <translation>Nachrichten-I&amp;D:</translation>
    </message>
    <message>
        <source>123456789012345678</source>
        <translation>123456789012345678</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Nach&amp;richt:</translation>
    </message>
    <message>
        <source>&amp;Guild:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>role id</source>
        <translation>Rollen-ID</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Activit&amp;y:</source>
        <translation>Akti&amp;vität:</translation>
    </message>
    <message>
        <source>Activity &amp;text:</source>
        <translation>Aktivitäts&amp;text:</translation>
    </message>
    <message>
        <source>{run} runs so far</source>
        <translation>bisher {run} Ausführungen</translation>
    </message>
    <message>
        <source>M&amp;ethod:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>/channels/ID/messages</source>
        <translation>/channels/ID/messages</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>{&quot;content&quot;: &quot;run {run}&quot;}</source>
        <translation>{&quot;content&quot;: &quot;Ausführung {run}&quot;}</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>Sch&amp;ritte:</translation>
    </message>
    <message>
        <source>[{&quot;type&quot;: &quot;send&quot;, ...}, ...]</source>
        <translation>[{&quot;type&quot;: &quot;send&quot;, ...}, ...]</translation>
    </message>
    <message>
        <source>Templates: {run} (run number), {now}, {channel.mention}, {channel.id}, {guild.id}</source>
        <translation>Vorlagen: {run} (Nummer der Ausführung), {now}, {channel.mention}, {channel.id}, {guild.id}</translation>
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
    <name>bw::gui::CommandsPanel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New slash command (more kinds in the menu)</source>
        <translation>Neuer Slash-Befehl (weitere Arten im Menü)</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an option, subcommand or group to the selected command</source>
        <translation>Dem gewählten Befehl eine Option, einen Unterbefehl oder eine Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selection</source>
        <translation>Die Auswahl duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Die Auswahl löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Preview sync</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Even if unchanged</source>
        <translation>Auch unverändert</translation>
    </message>
    <message>
        <source>Send every scope, not only those whose commands changed since the last sync</source>
        <translation>Alle Bereiche senden, nicht nur die, deren Befehle sich seit der letzten Synchronisierung geändert haben</translation>
    </message>
    <message>
        <source>Syncing %1 (%2 of %3)…</source>
        <translation>Synchronisiere %1 (%2 von %3)…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
        <source>The bot&apos;s sync at start failed: %1</source>
        <translation>Die Synchronisierung beim Start des Bots ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The bot started; its commands were already in sync.</source>
        <translation>Der Bot wurde gestartet; seine Befehle waren bereits synchron.</translation>
    </message>
    <message numerus="yes">
        <source>The bot synced %n scope(s) when it started.</source>
        <translation>
            <numerusform>Der Bot hat beim Start %n Bereich synchronisiert.</numerusform>
            <numerusform>Der Bot hat beim Start %n Bereiche synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: waiting %2s for rate limit…</source>
        <translation>%1: Warte %2 s wegen Ratenbegrenzung…</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>Fix the problems first: Discord would refuse these commands.</source>
        <translation>Zuerst die Probleme beheben: Discord würde diese Befehle ablehnen.</translation>
    </message>
    <message>
        <source>Register the commands with Discord (only scopes that changed).</source>
        <translation>Die Befehle bei Discord registrieren (nur geänderte Bereiche).</translation>
    </message>
    <message>
        <source>A new command</source>
        <translation>Ein neuer Befehl</translation>
    </message>
    <message>
        <source>Hello {user.mention}!</source>
        <translation>Hallo {user.mention}!</translation>
    </message>
    <message>
        <source>User info</source>
        <translation>Benutzerinfo</translation>
    </message>
    <message>
        <source>Quote message</source>
        <translation>Nachricht zitieren</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>A subcommand</source>
        <translation>Ein Unterbefehl</translation>
    </message>
    <message>
        <source>A group of subcommands</source>
        <translation>Eine Gruppe von Unterbefehlen</translation>
    </message>
    <message>
        <source>An option</source>
        <translation>Eine Option</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation>Option löschen</translation>
    </message>
    <message>
        <source>Duplicate option</source>
        <translation>Option duplizieren</translation>
    </message>
    <message>
        <source>Computing what would change…</source>
        <translation>Änderungen werden berechnet…</translation>
    </message>
    <message>
        <source>Could not compute the sync: %1</source>
        <translation>Die Synchronisierung konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>%1: unchanged, nothing to send</source>
        <translation>%1: unverändert, nichts zu senden</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 removed%5</source>
        <translation>%1: %2 hinzugefügt, %3 geändert, %4 entfernt%5</translation>
    </message>
    <message>
        <source> (never synced)</source>
        <translation> (nie synchronisiert)</translation>
    </message>
    <message>
        <source>Everything is in sync.</source>
        <translation>Alles ist synchron.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) would be sent.</source>
        <translation>
            <numerusform>%n Bereich würde gesendet.</numerusform>
            <numerusform>%n Bereiche würden gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing changed: no request sent.</source>
        <translation>Nichts geändert: keine Anfrage gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n scope(s)</source>
        <translation>
            <numerusform>%n Bereich synchronisiert</numerusform>
            <numerusform>%n Bereiche synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unverändert</numerusform>
            <numerusform>, %n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, waited out %n rate limit(s)</source>
        <translation>
            <numerusform>, %n Ratenbegrenzung abgewartet</numerusform>
            <numerusform>, %n Ratenbegrenzungen abgewartet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::gui::EventCharts</name>
    <message>
        <source>Dispatches</source>
        <translation>Dispatches</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>REST</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Ratenbegrenzungen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation>Ereignisse pro Sekunde</translation>
    </message>
    <message>
        <source>Interaction response time (ms)</source>
        <translation>Antwortzeit von Interaktionen (ms)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>3 s deadline</source>
        <translation>3-s-Frist</translation>
    </message>
    <message>
        <source>Heartbeat latency per shard (ms)</source>
        <translation>Heartbeat-Latenz pro Shard (ms)</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>Shard %1</translation>
    </message>
</context>
<context>
    <name>bw::gui::EventExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>The event log is gone.</source>
        <translation>Das Ereignisprotokoll ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>bw::gui::EventFilter</name>
    <message>
        <source>“%1” is not a valid value for %2:</source>
        <translation>„%1“ ist kein gültiger Wert für %2:</translation>
    </message>
</context>
<context>
    <name>bw::gui::EventLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Guild</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Custom ID / command</source>
        <translation>Custom ID / Befehl</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>bw::gui::EventLogPanel</name>
    <message>
        <source>Search… e.g. counter:increment user:alice kind:interaction since:5m</source>
        <translation>Suchen… z. B. counter:increment user:alice kind:interaction since:5m</translation>
    </message>
    <message>
        <source>Words are searched in the summary and the JSON. Fields: kind:, shard:, guild:, channel:, user:, error, since:5m, from:, to:, slow:&lt;ms&gt;</source>
        <translation>Wörter werden in der Zusammenfassung und im JSON gesucht. Felder: kind:, shard:, guild:, channel:, user:, error, since:5m, from:, to:, slow:&lt;ms&gt;</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Gateway dispatches</source>
        <translation>Gateway-Dispatches</translation>
    </message>
    <message>
        <source>Gateway connection</source>
        <translation>Gateway-Verbindung</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>REST</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Ratenbegrenzungen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest record in view (stops when you scroll up)</source>
        <translation>Den neuesten Eintrag im Blick behalten (endet beim Hochscrollen)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Hold new records back until you resume (nothing is lost)</source>
        <translation>Neue Einträge bis zum Fortsetzen zurückhalten (nichts geht verloren)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the records shown as JSON Lines or CSV</source>
        <translation>Die angezeigten Einträge als JSON Lines oder CSV exportieren</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Earlier runs…</source>
        <translation>Frühere Läufe…</translation>
    </message>
    <message>
        <source>Open the records kept from earlier runs</source>
        <translation>Die aufbewahrten Einträge früherer Läufe öffnen</translation>
    </message>
    <message>
        <source>Select a record to see its JSON.</source>
        <translation>Einen Eintrag auswählen, um sein JSON zu sehen.</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Zugehörige</translation>
    </message>
    <message>
        <source>Show every record of this interaction (dispatch, callback, outcome)</source>
        <translation>Alle Einträge dieser Interaktion anzeigen (Dispatch, Callback, Ergebnis)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · %1 angezeigt</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <source> · paused, %1 waiting</source>
        <translation> · pausiert, %1 wartend</translation>
    </message>
    <message>
        <source> · filtered in %1 ms</source>
        <translation> · gefiltert in %1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Only this kind (%1)</source>
        <translation>Nur diese Art (%1)</translation>
    </message>
    <message>
        <source>Only this user</source>
        <translation>Nur dieser Benutzer</translation>
    </message>
    <message>
        <source>Only this channel</source>
        <translation>Nur dieser Kanal</translation>
    </message>
    <message>
        <source>Only this guild</source>
        <translation>Nur dieser Server</translation>
    </message>
    <message>
        <source>Only shard %1</source>
        <translation>Nur Shard %1</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>Nur „%1“</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Export event log</source>
        <translation>Ereignisprotokoll exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1 records…</source>
        <translation>%1 Einträge werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>%1 Einträge nach %2 exportiert</translation>
    </message>
    <message>
        <source>Event log: earlier runs (%1 records)</source>
        <translation>Ereignisprotokoll: frühere Läufe (%1 Einträge)</translation>
    </message>
</context>
<context>
    <name>bw::gui::MainWindow</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
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
        <translation>B&amp;ot</translation>
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
        <translation>Botwright läuft im Systemabschnitt der Kontrollleiste weiter, und der Bot ebenfalls. Zum Beenden „Beenden“ im Menü des Symbols wählen.</translation>
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
    <message>
        <source>Task “%1” failed</source>
        <translation>Aufgabe „%1“ fehlgeschlagen</translation>
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
    <message>
        <source>thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
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
        <translation>Privilegiert: Diesen Intent auch im Discord Developer Portal für die Anwendung einschalten, sonst lehnt Discord die Verbindung ab.</translation>
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
        <translation>Das Profil braucht einen Namen.</translation>
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
        <translation>Für diese Sitzung ist ein Token im Arbeitsspeicher. Das Feld leer lassen, um es zu behalten.</translation>
    </message>
    <message>
        <source>A token is stored in the system keychain. Leave the field empty to keep it.</source>
        <translation>Im Schlüsselbund des Systems ist ein Token gespeichert. Das Feld leer lassen, um es zu behalten.</translation>
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
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>HTTP endpoint</source>
        <translation>HTTP-Endpunkt</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <source>The application&apos;s public key (Developer Portal, General Information) that signs HTTP interactions. Optional for the sandbox: the bot then reads the application&apos;s verify_key.</source>
        <translation>Der öffentliche Schlüssel der Anwendung (Developer Portal, General Information), mit dem die Signatur von HTTP-Interaktionen geprüft wird. Für die Sandbox optional: Der Bot liest dann den verify_key der Anwendung.</translation>
    </message>
    <message>
        <source>“%1” is not a loopback address: the endpoint can be reached from other computers.</source>
        <translation>„%1“ ist keine Loopback-Adresse: Der Endpunkt ist von anderen Rechnern aus erreichbar.</translation>
    </message>
    <message>
        <source>Tick “Allow a non-loopback address” to save it.</source>
        <translation>Zum Speichern „Nicht-Loopback-Adresse erlauben“ ankreuzen.</translation>
    </message>
    <message numerus="yes">
        <source>The public key is 64 hexadecimal digits (0-9, a-f); this has %n character(s).</source>
        <translation>
            <numerusform>Der öffentliche Schlüssel besteht aus 64 Hexadezimalziffern (0-9, a-f); dieser hat %n Zeichen.</numerusform>
            <numerusform>Der öffentliche Schlüssel besteht aus 64 Hexadezimalziffern (0-9, a-f); dieser hat %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown (no bot)</source>
        <translation>unbekannt (kein Bot)</translation>
    </message>
    <message>
        <source>off (the bot does not run this profile)</source>
        <translation>aus (der Bot läuft nicht mit diesem Profil)</translation>
    </message>
    <message>
        <source>The endpoint address must be an IP address such as 127.0.0.1 (got “%1”).</source>
        <translation>Die Endpunkt-Adresse muss eine IP-Adresse wie 127.0.0.1 sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The endpoint address %1 is not a loopback address. Tick “Allow a non-loopback address” to listen on it, or use 127.0.0.1.</source>
        <translation>Die Endpunkt-Adresse %1 ist keine Loopback-Adresse. „Nicht-Loopback-Adresse erlauben“ ankreuzen, um darauf zu lauschen, oder 127.0.0.1 verwenden.</translation>
    </message>
    <message>
        <source>The endpoint path must start with / and contain no spaces, such as /interactions.</source>
        <translation>Der Endpunkt-Pfad muss mit / beginnen und darf keine Leerzeichen enthalten, etwa /interactions.</translation>
    </message>
    <message>
        <source>The public key must be 64 hexadecimal digits, or empty.</source>
        <translation>Der öffentliche Schlüssel muss aus 64 Hexadezimalziffern bestehen oder leer sein.</translation>
    </message>
    <message>
        <source>Profile “%1” saved, but its interaction settings were not: %2</source>
        <translation>Profil „%1“ gespeichert, seine Interaktionseinstellungen aber nicht: %2</translation>
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
        <source>Start the sandbox to post messages</source>
        <translation>Starte die Sandbox, um Nachrichten zu schreiben</translation>
    </message>
    <message>
        <source>CONNECT A BOT</source>
        <translation>BOT VERBINDEN</translation>
    </message>
    <message>
        <source>discord.js: new Client({ rest: { api: &apos;&lt;REST base without /v10&gt;&apos; } })
discord.py: discord.http.Route.BASE = &apos;&lt;REST base&gt;&apos; and
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(&apos;&lt;gateway URL&gt;&apos;)</source>
        <translation>discord.js: new Client({ rest: { api: &apos;&lt;REST-Basis ohne /v10&gt;&apos; } })
discord.py: discord.http.Route.BASE = &apos;&lt;REST-Basis&gt;&apos; und
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(&apos;&lt;Gateway-URL&gt;&apos;)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>REST base</source>
        <translation>REST-Basis</translation>
    </message>
    <message>
        <source>Gateway URL</source>
        <translation>Gateway-URL</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the bot token</source>
        <translation>Das Bot-Token anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Application id</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>Message #%1 as %2 (/name option:value runs a command)</source>
        <translation>Nachricht an #%1 als %2 (/name option:wert führt einen Befehl aus)</translation>
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
    <name>bw::gui::TaskEditorDialog</name>
    <message>
        <source>Send a message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Send a designed view</source>
        <translation>Entworfene Ansicht senden</translation>
    </message>
    <message>
        <source>Edit a message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Remove a role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message>
        <source>Set the presence</source>
        <translation>Online-Status setzen</translation>
    </message>
    <message>
        <source>Call a REST route</source>
        <translation>REST-Route aufrufen</translation>
    </message>
    <message>
        <source>A sequence of actions</source>
        <translation>Folge von Aktionen</translation>
    </message>
    <message>
        <source>Every …</source>
        <translation>Alle …</translation>
    </message>
    <message>
        <source>At times of day</source>
        <translation>Zu Tageszeiten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> Ausführungen</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Spielt</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streamt</translation>
    </message>
    <message>
        <source>Listening to</source>
        <translation>Hört</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Schaut</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Competing in</source>
        <translation>Tritt an in</translation>
    </message>
    <message>
        <source>#channel or id</source>
        <translation>#kanal oder ID</translation>
    </message>
    <message>
        <source>guild id</source>
        <translation>Server-ID</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Edit Task “%1”</source>
        <translation>Aufgabe „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>not JSON: %1 (at character %2)</source>
        <translation>kein JSON: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>a JSON list of actions, such as [{&quot;type&quot;: &quot;send&quot;, …}]</source>
        <translation>eine JSON-Liste von Aktionen, etwa [{&quot;type&quot;: &quot;send&quot;, …}]</translation>
    </message>
    <message>
        <source>give the task a name</source>
        <translation>der Aufgabe einen Namen geben</translation>
    </message>
    <message>
        <source>another task is called “%1”</source>
        <translation>eine andere Aufgabe heißt bereits „%1“</translation>
    </message>
</context>
<context>
    <name>bw::gui::TaskListModel</name>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>waiting for ready</source>
        <translation>wartet auf READY</translation>
    </message>
    <message>
        <source>sleeping until %1</source>
        <translation>ruht bis %1</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>ruht</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>retrying in %1 s (attempt %2)</source>
        <translation>neuer Versuch in %1 s (Versuch %2)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source> (stopping)</source>
        <translation> (wird gestoppt)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>never ran</source>
        <translation>nie ausgeführt</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
</context>
<context>
    <name>bw::gui::TasksPanel</name>
    <message>
        <source>Scheduled tasks</source>
        <translation>Geplante Aufgaben</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Ausführungsverlauf</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>Neu sta&amp;rten</translation>
    </message>
    <message>
        <source>Run &amp;Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Finish the run in flight, then stop</source>
        <translation>Die laufende Ausführung beenden, dann stoppen</translation>
    </message>
    <message>
        <source>Stop now; a run in flight is cancelled</source>
        <translation>Sofort stoppen; eine laufende Ausführung wird abgebrochen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>No saved profile is loaded.
Choose one under Profiles… (Ctrl+Shift+P) to schedule tasks for its bot.</source>
        <translation>Kein gespeichertes Profil geladen.
Unter „Profile…“ (Ctrl+Shift+P) eines wählen, um Aufgaben für seinen Bot zu planen.</translation>
    </message>
    <message>
        <source>No tasks yet.
Press New (Insert) to schedule one: post a view every day at 09:00, update the status every 30 s, refresh a counter message…</source>
        <translation>Noch keine Aufgaben.
„Neu“ (Insert) drücken, um eine zu planen: jeden Tag um 09:00 eine Ansicht posten, alle 30 s den Status ändern, eine Zählernachricht auffrischen…</translation>
    </message>
    <message>
        <source>History: select a task</source>
        <translation>Verlauf: Aufgabe auswählen</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>History of “%1”: %2</source>
        <translation>Verlauf von „%1“: %2</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 „%2“: %3</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete the task “%1” and its run history?</source>
        <translation>Die Aufgabe „%1“ und ihren Ausführungsverlauf löschen?</translation>
    </message>
    <message>
        <source>Delete “%1”: %2</source>
        <translation>„%1“ löschen: %2</translation>
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
<context>
    <name>bw::gui::commands::CommandDocument</name>
    <message>
        <source>Delete command %1</source>
        <translation>Befehl %1 löschen</translation>
    </message>
    <message>
        <source>Duplicate command %1</source>
        <translation>Befehl %1 duplizieren</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>bw::gui::commands::CommandInspector</name>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Autocomplete (the bot suggests values)</source>
        <translation>Autovervollständigung (der Bot schlägt Werte vor)</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Bot DMs</source>
        <translation>DMs mit dem Bot</translation>
    </message>
    <message>
        <source>Group DMs and other DMs</source>
        <translation>Gruppen-DMs und andere DMs</translation>
    </message>
    <message>
        <source>Server install</source>
        <translation>Server-Installation</translation>
    </message>
    <message>
        <source>User install</source>
        <translation>Benutzer-Installation</translation>
    </message>
    <message>
        <source>Age-restricted (NSFW)</source>
        <translation>Altersbeschränkt (NSFW)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>everyone (a permission bit set, e.g. 8 = administrators)</source>
        <translation>alle (eine Berechtigungs-Bitmaske, z. B. 8 = Administratoren)</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Sprachcode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional: the name and description in other languages (%1)</source>
        <translation>Optional: Name und Beschreibung in anderen Sprachen (%1)</translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation>Auswahlmöglichkeit hinzufügen</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation>Auswahlmöglichkeit entfernen</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation>Sprache entfernen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>Min value</source>
        <translation>Mindestwert</translation>
    </message>
    <message>
        <source>Max value</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>Mindestlänge</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Höchstlänge</translation>
    </message>
    <message>
        <source>Channel types</source>
        <translation>Kanaltypen</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Usable in</source>
        <translation>Nutzbar in</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Installationen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Change option type</source>
        <translation>Optionstyp ändern</translation>
    </message>
    <message>
        <source>Toggle required</source>
        <translation>„Erforderlich“ umschalten</translation>
    </message>
    <message>
        <source>Toggle autocomplete</source>
        <translation>Autovervollständigung umschalten</translation>
    </message>
    <message>
        <source>Toggle NSFW</source>
        <translation>NSFW umschalten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit channel types</source>
        <translation>Kanaltypen bearbeiten</translation>
    </message>
    <message>
        <source>Edit choices</source>
        <translation>Auswahlmöglichkeiten bearbeiten</translation>
    </message>
    <message>
        <source>Edit permissions</source>
        <translation>Berechtigungen bearbeiten</translation>
    </message>
    <message>
        <source>Edit languages</source>
        <translation>Sprachen bearbeiten</translation>
    </message>
    <message>
        <source>Change scope</source>
        <translation>Bereich ändern</translation>
    </message>
    <message>
        <source>Edit response</source>
        <translation>Antwort bearbeiten</translation>
    </message>
    <message>
        <source>Global (every server and DM)</source>
        <translation>Global (jeder Server und jede DM)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Select a command, or create one with New.</source>
        <translation>Einen Befehl auswählen oder mit „Neu“ einen anlegen.</translation>
    </message>
    <message>
        <source>User command “%1”</source>
        <translation>Benutzerbefehl „%1“</translation>
    </message>
    <message>
        <source>Message command “%1”</source>
        <translation>Nachrichtenbefehl „%1“</translation>
    </message>
    <message>
        <source>Slash command /%1</source>
        <translation>Slash-Befehl /%1</translation>
    </message>
    <message>
        <source>Subcommand %1</source>
        <translation>Unterbefehl %1</translation>
    </message>
    <message>
        <source>Subcommand group %1</source>
        <translation>Unterbefehlsgruppe %1</translation>
    </message>
    <message>
        <source>Option %1 of %2</source>
        <translation>Option %1 von %2</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Response of /%1 %2</source>
        <translation>Antwort von /%1 %2</translation>
    </message>
</context>
<context>
    <name>bw::gui::commands::CommandJson</name>
    <message>
        <source>No response designed: Discord would show “The application did not respond”.</source>
        <translation>Keine Antwort entworfen: Discord würde „Die Anwendung hat nicht geantwortet“ anzeigen.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>The delay option “%1” is not an integer or number option.</source>
        <translation>Die Verzögerungsoption „%1“ ist keine Ganzzahl- oder Zahloption.</translation>
    </message>
    <message>
        <source>The follow-up is empty.</source>
        <translation>Die Folgenachricht ist leer.</translation>
    </message>
    <message>
        <source>The modal needs a title.</source>
        <translation>Das Modal braucht einen Titel.</translation>
    </message>
    <message>
        <source>The modal needs a custom id.</source>
        <translation>Das Modal braucht eine Custom ID.</translation>
    </message>
    <message>
        <source>A modal has 1 to 5 text inputs (has %1).</source>
        <translation>Ein Modal hat 1 bis 5 Texteingaben (hat %1).</translation>
    </message>
    <message>
        <source>Unknown response type “%1”.</source>
        <translation>Unbekannter Antworttyp „%1“.</translation>
    </message>
    <message>
        <source>{opt.%1}: there is no option “%1” here.</source>
        <translation>{opt.%1}: Hier gibt es keine Option „%1“.</translation>
    </message>
</context>
<context>
    <name>bw::gui::commands::CommandResponseEditor</name>
    <message>
        <source>Only the user who ran the command sees it (ephemeral)</source>
        <translation>Nur der Benutzer, der den Befehl ausgeführt hat, sieht sie (flüchtig)</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Reply with a message</source>
        <translation>Mit einer Nachricht antworten</translation>
    </message>
    <message>
        <source>Reply with a saved view</source>
        <translation>Mit einer gespeicherten Ansicht antworten</translation>
    </message>
    <message>
        <source>Defer, then follow up</source>
        <translation>Aufschieben, dann Folgenachricht</translation>
    </message>
    <message>
        <source>Open a modal</source>
        <translation>Ein Modal öffnen</translation>
    </message>
    <message>
        <source>Fixed delay</source>
        <translation>Feste Verzögerung</translation>
    </message>
    <message>
        <source>Seconds from an option</source>
        <translation>Sekunden aus einer Option</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Custom id</source>
        <translation>Custom ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Add text input</source>
        <translation>Texteingabe hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>(choose a view)</source>
        <translation>(Ansicht wählen)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgenachricht</translation>
    </message>
    <message>
        <source>After a REST call</source>
        <translation>Nach einem REST-Aufruf</translation>
    </message>
    <message>
        <source>The bot answers “thinking…” at once, then replaces it with the follow-up after this delay or REST call</source>
        <translation>Der Bot antwortet sofort mit „denkt nach…“ und ersetzt das nach dieser Verzögerung oder diesem REST-Aufruf durch die Folgenachricht</translation>
    </message>
    <message>
        <source>A route under the API base; the follow-up may use {rest.status}, {rest.json.FIELD} and, when the call fails, {rest.error}</source>
        <translation>Eine Route unterhalb der API-Basis; die Folgenachricht kann {rest.status}, {rest.json.FIELD} und, wenn der Aufruf fehlschlägt, {rest.error} verwenden</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Not JSON: %1 at character %2.</source>
        <translation>Kein JSON: %1 bei Zeichen %2.</translation>
    </message>
</context>
<context>
    <name>bw::gui::commands::TemplateLineEdit</name>
    <message>
        <source>Text; type { for variables such as {opt.NAME}</source>
        <translation>Text; { eingeben für Variablen wie {opt.NAME}</translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::ComponentPalette</name>
    <message>
        <source>Holds up to five buttons or one select menu</source>
        <translation>Enthält bis zu fünf Schaltflächen oder ein Auswahlmenü</translation>
    </message>
    <message>
        <source>A button that runs an action when clicked</source>
        <translation>Eine Schaltfläche, die beim Klicken eine Aktion ausführt</translation>
    </message>
    <message>
        <source>A button that opens a URL</source>
        <translation>Eine Schaltfläche, die eine URL öffnet</translation>
    </message>
    <message>
        <source>A menu of your own options</source>
        <translation>Ein Menü mit eigenen Optionen</translation>
    </message>
    <message>
        <source>A menu of the server&apos;s users, roles or channels</source>
        <translation>Ein Menü mit Benutzern, Rollen oder Kanälen des Servers</translation>
    </message>
    <message>
        <source>An option of a string select</source>
        <translation>Eine Option eines Auswahlmenüs</translation>
    </message>
    <message>
        <source>A box with title, description, fields and images (up to 10)</source>
        <translation>Ein Kasten mit Titel, Beschreibung, Feldern und Bildern (bis zu 10)</translation>
    </message>
    <message>
        <source>A name/value pair in an embed</source>
        <translation>Ein Name-Wert-Paar in einem Embed</translation>
    </message>
    <message>
        <source>A box with an accent colour around other components</source>
        <translation>Ein Kasten mit Akzentfarbe um andere Komponenten</translation>
    </message>
    <message>
        <source>Text with a thumbnail or a button beside it</source>
        <translation>Text mit einem Vorschaubild oder einer Schaltfläche daneben</translation>
    </message>
    <message>
        <source>Component palette</source>
        <translation>Komponentenpalette</translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::DesignDocument</name>
    <message>
        <source>new-view</source>
        <translation>neue-ansicht</translation>
    </message>
    <message>
        <source>Hello from Botwright!</source>
        <translation>Hallo von Botwright!</translation>
    </message>
    <message>
        <source>the view needs a name</source>
        <translation>die Ansicht braucht einen Namen</translation>
    </message>
    <message>
        <source>a view name has at most 100 characters</source>
        <translation>ein Ansichtsname hat höchstens 100 Zeichen</translation>
    </message>
    <message>
        <source>the timeout must be at least one second (or none)</source>
        <translation>das Zeitlimit muss mindestens eine Sekunde betragen (oder fehlen)</translation>
    </message>
    <message>
        <source>“%1” has no behaviour: clicking it will only say it is not handled</source>
        <translation>„%1“ hat kein Verhalten: Ein Klick meldet nur, dass er nicht behandelt wird</translation>
    </message>
    <message>
        <source>the action of “%1” has no component with that custom_id</source>
        <translation>zur Aktion von „%1“ gibt es keine Komponente mit dieser custom_id</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>%1 einfügen</translation>
    </message>
    <message>
        <source>Embed</source>
        <translation>Embed</translation>
    </message>
    <message>
        <source>Switch to Components V2</source>
        <translation>Zu Components V2 wechseln</translation>
    </message>
    <message>
        <source>Switch to classic message</source>
        <translation>Zur klassischen Nachricht wechseln</translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::DesignTreeModel</name>
    <message>
        <source>Message (Components V2)</source>
        <translation>Nachricht (Components V2)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>%1  ⚠ %2</source>
        <translation>%1  ⚠ %2</translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::DesignerPanel</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ein&amp;fügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Add Component…</source>
        <translation>Komponente &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;New View</source>
        <translation>&amp;Neue Ansicht</translation>
    </message>
    <message>
        <source>&amp;Send to Channel…</source>
        <translation>An Kanal &amp;senden…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Search views</source>
        <translation>Ansichten durchsuchen</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Create a new view</source>
        <translation>Eine neue Ansicht anlegen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected view</source>
        <translation>Die gewählte Ansicht umbenennen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Duplicate the selected view</source>
        <translation>Die gewählte Ansicht duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected view</source>
        <translation>Die gewählte Ansicht löschen</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>A %1 cannot go there</source>
        <translation>„%1“ kann dort nicht eingefügt werden</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Message structure</source>
        <translation>Nachrichtenstruktur</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview with Discord&apos;s light theme</source>
        <translation>Vorschau mit dem hellen Design von Discord</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Problems: none — Discord will accept this message</source>
        <translation>Probleme: keine – Discord wird diese Nachricht annehmen</translation>
    </message>
    <message>
        <source>Problems: %1 errors, %2 warnings</source>
        <translation>Probleme: %1 Fehler, %2 Warnungen</translation>
    </message>
    <message>
        <source>Import view</source>
        <translation>Ansicht importieren</translation>
    </message>
    <message>
        <source>Import message JSON</source>
        <translation>Nachrichten-JSON importieren</translation>
    </message>
    <message>
        <source>Export Message JSON</source>
        <translation>Nachrichten-JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1 (and copied)</source>
        <translation>Nach %1 exportiert (und kopiert)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Message JSON copied to the clipboard</source>
        <translation>Nachrichten-JSON in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Bound view</source>
        <translation>Gebundene Ansicht</translation>
    </message>
    <message>
        <source>Unbound view</source>
        <translation>Ungebundene Ansicht</translation>
    </message>
    <message>
        <source>Hello! Press the button.</source>
        <translation>Hallo! Drück auf die Schaltfläche.</translation>
    </message>
    <message>
        <source>Click me!</source>
        <translation>Klick mich!</translation>
    </message>
    <message>
        <source>Hello {user.mention}!</source>
        <translation>Hallo {user.mention}!</translation>
    </message>
    <message>
        <source>no profile to save views in</source>
        <translation>kein Profil, in dem Ansichten gespeichert werden können</translation>
    </message>
    <message>
        <source>message %1 in channel %2</source>
        <translation>Nachricht %1 in Kanal %2</translation>
    </message>
    <message>
        <source>Delete the view “%1”? No sent message is bound to it.</source>
        <translation>Die Ansicht „%1“ löschen? Keine gesendete Nachricht ist an sie gebunden.</translation>
    </message>
    <message>
        <source>Delete the view “%1”? These messages are bound to it and will stop answering:
%2</source>
        <translation>Die Ansicht „%1“ löschen? Diese Nachrichten sind an sie gebunden und antworten dann nicht mehr:
%2</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Messages sent with this view</source>
        <translation>Mit dieser Ansicht gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Messages sent with this view. Double-click (or Enter) shows one in the Sandbox.</source>
        <translation>Mit dieser Ansicht gesendete Nachrichten. Ein Doppelklick (oder Enter) zeigt eine davon in der Sandbox.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the selected message in the Sandbox panel</source>
        <translation>Die gewählte Nachricht in der Sandbox anzeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Look which messages still exist</source>
        <translation>Prüfen, welche Nachrichten noch existieren</translation>
    </message>
    <message>
        <source>Delete the selected message from its channel</source>
        <translation>Die gewählte Nachricht aus ihrem Kanal löschen</translation>
    </message>
    <message>
        <source>Edit the messages already sent so they show the view as saved now</source>
        <translation>Die bereits gesendeten Nachrichten so bearbeiten, dass sie die Ansicht im jetzt gespeicherten Stand zeigen</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Message %1 in %2</source>
        <translation>Nachricht %1 in %2</translation>
    </message>
    <message>
        <source>a send or update is still running</source>
        <translation>ein Senden oder Aktualisieren läuft noch</translation>
    </message>
    <message>
        <source>there is no bot profile</source>
        <translation>es gibt kein Bot-Profil</translation>
    </message>
    <message>
        <source>the view has a problem to fix first</source>
        <translation>die Ansicht hat noch ein Problem, das zuerst behoben werden muss</translation>
    </message>
    <message>
        <source>the view has %1 problems to fix first</source>
        <translation>die Ansicht hat noch %1 Probleme, die zuerst behoben werden müssen</translation>
    </message>
    <message>
        <source>the bot is not running (it is %1)</source>
        <translation>der Bot läuft nicht (Zustand: %1)</translation>
    </message>
    <message>
        <source>Send the view to a channel (%1)</source>
        <translation>Die Ansicht an einen Kanal senden (%1)</translation>
    </message>
    <message>
        <source>Cannot send: %1</source>
        <translation>Senden nicht möglich: %1</translation>
    </message>
    <message>
        <source>Update 1 sent message</source>
        <translation>1 gesendete Nachricht aktualisieren</translation>
    </message>
    <message>
        <source>Update %1 sent messages</source>
        <translation>%1 gesendete Nachrichten aktualisieren</translation>
    </message>
    <message>
        <source>Sent messages: none</source>
        <translation>Gesendet: keine</translation>
    </message>
    <message>
        <source>Sent messages: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>no channel was chosen</source>
        <translation>es wurde kein Kanal gewählt</translation>
    </message>
    <message>
        <source>the view could not be saved: %1</source>
        <translation>die Ansicht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sending “%1” to %2…</source>
        <translation>„%1“ wird an %2 gesendet…</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>An %1 gesendet</translation>
    </message>
    <message>
        <source>no message was sent with this view</source>
        <translation>mit dieser Ansicht wurde keine Nachricht gesendet</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>Updating sent messages (%1)…</source>
        <translation>Gesendete Nachrichten werden aktualisiert (%1)…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Updated 1 sent message</source>
        <translation>1 gesendete Nachricht aktualisiert</translation>
    </message>
    <message>
        <source>Updated %1 sent messages</source>
        <translation>%1 gesendete Nachrichten aktualisiert</translation>
    </message>
    <message>
        <source>Updated %1, failed %2: %3</source>
        <translation>%1 aktualisiert, %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 — deleted in Discord</source>
        <translation>%1 – in Discord gelöscht</translation>
    </message>
    <message>
        <source>Every sent message still exists (%1)</source>
        <translation>Alle gesendeten Nachrichten existieren noch (%1)</translation>
    </message>
    <message>
        <source>Sent messages that no longer exist: %1 (Delete forgets them)</source>
        <translation>Gesendete Nachrichten, die nicht mehr existieren: %1 („Löschen“ vergisst sie)</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete the message %1 in %2? It is removed from the channel for everybody and stops answering.</source>
        <translation>Die Nachricht %1 in %2 löschen? Sie wird für alle aus dem Kanal entfernt und antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>Deleted the message in %1</source>
        <translation>Nachricht in %1 gelöscht</translation>
    </message>
    <message>
        <source>The Sandbox panel does not show %1</source>
        <translation>Die Sandbox zeigt %1 nicht an</translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Open Message JSON</source>
        <translation>Nachrichten-JSON öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::MessageJson</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected a list of components, found %1</source>
        <translation>Liste von Komponenten erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a component object, found %1</source>
        <translation>Komponentenobjekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>every component needs a numeric type</source>
        <translation>jede Komponente braucht einen numerischen Typ</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>a list of embeds</source>
        <translation>eine Liste von Embeds</translation>
    </message>
    <message>
        <source>expected an embed object, found %1</source>
        <translation>Embed-Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>Text erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a list of fields, found %1</source>
        <translation>Liste von Feldern erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a field object, found %1</source>
        <translation>Feldobjekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>there is no JSON to import</source>
        <translation>es gibt kein JSON zum Importieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expected a message object ({…}), found %1</source>
        <translation>Nachrichtenobjekt ({…}) erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>expected the message object of a Discohook backup</source>
        <translation>Nachrichtenobjekt einer Discohook-Sicherung erwartet</translation>
    </message>
    <message>
        <source>the view file holds no view</source>
        <translation>die Ansichtsdatei enthält keine Ansicht</translation>
    </message>
    <message>
        <source>expected an object of custom_id → action</source>
        <translation>Objekt aus custom_id → Aktion erwartet</translation>
    </message>
    <message>
        <source>this is not a message: it has none of content, embeds or components</source>
        <translation>das ist keine Nachricht: Sie hat weder content noch embeds noch components</translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::MessagePreview</name>
    <message>
        <source>Botwright</source>
        <translation>Botwright</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Nachrichtenvorschau</translation>
    </message>
    <message>
        <source>Today at 12:00</source>
        <translation>Heute um 12:00</translation>
    </message>
    <message>
        <source>Make a selection</source>
        <translation>Triff eine Auswahl</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kaufen</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>leere Zeile</translation>
    </message>
    <message>
        <source>component of type %1</source>
        <translation>Komponente vom Typ %1</translation>
    </message>
    <message>
        <source>(no components)</source>
        <translation>(keine Komponenten)</translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::Nodes</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Embed</source>
        <translation>Embed</translation>
    </message>
    <message>
        <source>Embed field</source>
        <translation>Embed-Feld</translation>
    </message>
    <message>
        <source>Action row</source>
        <translation>Aktionszeile</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>Link button</source>
        <translation>Link-Schaltfläche</translation>
    </message>
    <message>
        <source>Premium button</source>
        <translation>Premium-Schaltfläche</translation>
    </message>
    <message>
        <source>String select</source>
        <translation>Auswahlmenü</translation>
    </message>
    <message>
        <source>User select</source>
        <translation>Benutzerauswahl</translation>
    </message>
    <message>
        <source>Role select</source>
        <translation>Rollenauswahl</translation>
    </message>
    <message>
        <source>Mentionable select</source>
        <translation>Erwähnungsauswahl</translation>
    </message>
    <message>
        <source>Channel select</source>
        <translation>Kanalauswahl</translation>
    </message>
    <message>
        <source>Select option</source>
        <translation>Auswahloption</translation>
    </message>
    <message>
        <source>Text display</source>
        <translation>Textanzeige</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <source>Media gallery</source>
        <translation>Mediengalerie</translation>
    </message>
    <message>
        <source>Media item</source>
        <translation>Medienelement</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Component of type %1</source>
        <translation>Komponente vom Typ %1</translation>
    </message>
    <message>
        <source>New embed</source>
        <translation>Neues Embed</translation>
    </message>
    <message>
        <source>Describe something here.</source>
        <translation>Hier etwas beschreiben.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Make a choice</source>
        <translation>Triff eine Wahl</translation>
    </message>
    <message>
        <source>Option 1</source>
        <translation>Option 1</translation>
    </message>
    <message>
        <source>Option 2</source>
        <translation>Option 2</translation>
    </message>
    <message>
        <source>Pick a user</source>
        <translation>Wähle einen Benutzer</translation>
    </message>
    <message>
        <source>Pick a role</source>
        <translation>Wähle eine Rolle</translation>
    </message>
    <message>
        <source>Pick a user or role</source>
        <translation>Wähle einen Benutzer oder eine Rolle</translation>
    </message>
    <message>
        <source>Pick a channel</source>
        <translation>Wähle einen Kanal</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Some **markdown** text</source>
        <translation>Etwas **Markdown**-Text</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Abschnittstext</translation>
    </message>
    <message>
        <source>Inside a container</source>
        <translation>In einem Container</translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::PropertyInspector</name>
    <message>
        <source>Modal title</source>
        <translation>Modal-Titel</translation>
    </message>
    <message>
        <source>Modal custom_id</source>
        <translation>Modal-custom_id</translation>
    </message>
    <message>
        <source>Text input %1</source>
        <translation>Texteingabe %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>custom_id</source>
        <translation>custom_id</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Short (one line)</source>
        <translation>Kurz (eine Zeile)</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>Mindestlänge</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Höchstlänge</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Prefilled value</source>
        <translation>Vorausgefüllter Wert</translation>
    </message>
    <message>
        <source>Remove text input %1</source>
        <translation>Texteingabe %1 entfernen</translation>
    </message>
    <message>
        <source>Modal</source>
        <translation>Modal</translation>
    </message>
    <message>
        <source>Add text input</source>
        <translation>Texteingabe hinzufügen</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>When submitted</source>
        <translation>Beim Absenden</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Only the submitter sees it</source>
        <translation>Nur der Absender sieht sie</translation>
    </message>
    <message>
        <source>Reply when submitted</source>
        <translation>Antwort beim Absenden</translation>
    </message>
    <message>
        <source>Thanks, {user.mention}!</source>
        <translation>Danke, {user.mention}!</translation>
    </message>
    <message>
        <source>Thanks, {user.mention}! You wrote: {field.%1}</source>
        <translation>Danke, {user.mention}! Du hast geschrieben: {field.%1}</translation>
    </message>
    <message>
        <source>Reply when the modal is submitted</source>
        <translation>Antwort, wenn das Modal abgesendet wird</translation>
    </message>
    <message>
        <source>Answered by a “%1” action.</source>
        <translation>Beantwortet durch eine Aktion „%1“.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Sample for Alice: %1</source>
        <translation>Beispiel für Alice: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Primary (blurple)</source>
        <translation>Primär (Blurple)</translation>
    </message>
    <message>
        <source>Secondary (grey)</source>
        <translation>Sekundär (grau)</translation>
    </message>
    <message>
        <source>Success (green)</source>
        <translation>Erfolg (grün)</translation>
    </message>
    <message>
        <source>Danger (red)</source>
        <translation>Gefahr (rot)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>Change button style</source>
        <translation>Schaltflächenstil ändern</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. ticket</source>
        <translation>z. B. ticket</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Unbound: answers on any message, no state</source>
        <translation>Ungebunden: antwortet auf jeder Nachricht, ohne Zustand</translation>
    </message>
    <message>
        <source>Bound: each sent message has its own state</source>
        <translation>Gebunden: Jede gesendete Nachricht hat ihren eigenen Zustand</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <source>none (persistent)</source>
        <translation>keins (dauerhaft)</translation>
    </message>
    <message>
        <source>Components V2 layout (text displays, containers…)</source>
        <translation>Components-V2-Layout (Textanzeigen, Container…)</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Components V2 messages carry their text in text displays.</source>
        <translation>Components-V2-Nachrichten tragen ihren Text in Textanzeigen.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title URL</source>
        <translation>Titel-URL</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Author and footer</source>
        <translation>Autor und Fußzeile</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Author icon</source>
        <translation>Autorsymbol</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>Footer icon</source>
        <translation>Fußzeilensymbol</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>Inline</translation>
    </message>
    <message>
        <source>A row holds up to five buttons or one select menu. Drag components here from the palette, or press Insert.</source>
        <translation>Eine Zeile enthält bis zu fünf Schaltflächen oder ein Auswahlmenü. Komponenten aus der Palette hierher ziehen oder Insert drücken.</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>a Unicode emoji or a custom emoji’s name</source>
        <translation>ein Unicode-Emoji oder der Name eines eigenen Emojis</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>SKU id</source>
        <translation>SKU-ID</translation>
    </message>
    <message>
        <source>Min values</source>
        <translation>Mindestanzahl</translation>
    </message>
    <message>
        <source>default (1)</source>
        <translation>Standard (1)</translation>
    </message>
    <message>
        <source>Max values</source>
        <translation>Höchstanzahl</translation>
    </message>
    <message>
        <source>all; e.g. 0, 5 (text, announcement)</source>
        <translation>alle; z. B. 0, 5 (Text, Ankündigung)</translation>
    </message>
    <message>
        <source>channel types</source>
        <translation>Kanaltypen</translation>
    </message>
    <message>
        <source>Channel types</source>
        <translation>Kanaltypen</translation>
    </message>
    <message>
        <source>Selected by default</source>
        <translation>Standardmäßig ausgewählt</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>Bild-URL</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Spoiler</source>
        <translation>Spoiler</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Show a line</source>
        <translation>Linie anzeigen</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Give the component a custom_id to choose what it does.</source>
        <translation>Der Komponente eine custom_id geben, um festzulegen, was sie tut.</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <source>Reply with a message</source>
        <translation>Mit einer Nachricht antworten</translation>
    </message>
    <message>
        <source>Update the clicked message</source>
        <translation>Die angeklickte Nachricht aktualisieren</translation>
    </message>
    <message>
        <source>Count clicks (bound views)</source>
        <translation>Klicks zählen (gebundene Ansichten)</translation>
    </message>
    <message>
        <source>Remember a value (bound views)</source>
        <translation>Einen Wert merken (gebundene Ansichten)</translation>
    </message>
    <message>
        <source>Only for one user</source>
        <translation>Nur für einen Benutzer</translation>
    </message>
    <message>
        <source>Give or take a role</source>
        <translation>Eine Rolle geben oder nehmen</translation>
    </message>
    <message>
        <source>Open a modal</source>
        <translation>Ein Modal öffnen</translation>
    </message>
    <message>
        <source>Defer, then follow up</source>
        <translation>Aufschieben, dann Folgenachricht</translation>
    </message>
    <message>
        <source>Send a message to a channel</source>
        <translation>Eine Nachricht an einen Kanal senden</translation>
    </message>
    <message>
        <source>Several steps</source>
        <translation>Mehrere Schritte</translation>
    </message>
    <message>
        <source>Set behaviour: %1</source>
        <translation>Verhalten festlegen: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Only the clicker sees it</source>
        <translation>Nur wer klickt, sieht sie</translation>
    </message>
    <message>
        <source>New content</source>
        <translation>Neuer Inhalt</translation>
    </message>
    <message>
        <source>State key</source>
        <translation>Zustandsschlüssel</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Allowed user id</source>
        <translation>Erlaubte Benutzer-ID</translation>
    </message>
    <message>
        <source>Answer to others</source>
        <translation>Antwort an andere</translation>
    </message>
    <message>
        <source>Reply to the user</source>
        <translation>Antwort an den Benutzer</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Umschalten</translation>
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
        <source>Role id</source>
        <translation>Rollen-ID</translation>
    </message>
    <message>
        <source>Delay (ms)</source>
        <translation>Verzögerung (ms)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgenachricht</translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation>Kanal-ID</translation>
    </message>
    <message>
        <source>Edit action JSON</source>
        <translation>Aktions-JSON bearbeiten</translation>
    </message>
    <message>
        <source>Action JSON</source>
        <translation>Aktions-JSON</translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::SendDialog</name>
    <message>
        <source>Send “%1”</source>
        <translation>„%1“ senden</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <source>The bot sees no server yet.</source>
        <translation>Der Bot sieht noch keinen Server.</translation>
    </message>
</context>
<context>
    <name>bw::gui::designer::TemplateEdit</name>
    <message>
        <source>Type { or press Ctrl+Space for the variables: {user.mention}, {count}, {state.KEY}, …
{{ and }} write literal braces.</source>
        <translation>{ eingeben oder Ctrl+Space drücken für die Variablen: {user.mention}, {count}, {state.KEY}, …
{{ und }} schreiben wörtliche geschweifte Klammern.</translation>
    </message>
</context>
</TS>
