// A discord.js v14 bot that Botwright's peer test (tests/peers/tst_peers.cpp) runs against botwright-sandbox.
// It talks to the sandbox only through discord.js's public options (rest.api); everything else is the
// library's own code. It prints one JSON object per line on stdout for the test driver:
//   {"kind":"gateway","t":"READY"}            a raw dispatch the library received (READY, GUILD_CREATE, ...)
//   {"kind":"ready","user":...,"guilds":n}    the library's clientReady event
//   {"kind":"posted","message_id":...}        the message with the persistent buttons (when PEER_POST=1)
//   {"kind":"listening"}                      ready without posting (a restarted bot)
//   {"kind":"click","interaction_id":...}     a click the bot received, before it answers
//   {"kind":"answered","interaction_id":...}  the answer was accepted by the sandbox
//   {"kind":"error","message":...}            anything that went wrong; the bot then exits with 1
//
// Environment: PEER_PORT (sandbox port), PEER_TOKEN (bot token), PEER_POST (1 = post the message),
// PEER_CHANNEL (channel name, default "general"), PEER_LIFETIME_S (exit after this long, default 120),
// PEER_MODE=counter (the interaction benchmark, bench/interaction_throughput: only the counter view below,
// nothing printed per click).
'use strict';

const {
    ActionRowBuilder,
    ButtonBuilder,
    ButtonStyle,
    Client,
    Events,
    GatewayIntentBits,
    MessageFlags,
} = require('discord.js');

function out(kind, fields = {}) {
    process.stdout.write(JSON.stringify({ kind, library: 'discord.js', ...fields }) + '\n');
}

function fail(what, err) {
    out('error', { message: `${what}: ${err && err.stack ? err.stack : err}` });
    process.exitCode = 1;
    setTimeout(() => process.exit(1), 100);
}

const port = Number(process.env.PEER_PORT);
const token = process.env.PEER_TOKEN;
if (!port || !token) {
    fail('config', 'PEER_PORT and PEER_TOKEN must be set');
    return;
}
const channelName = process.env.PEER_CHANNEL || 'general';
const lifetimeS = Number(process.env.PEER_LIFETIME_S || 120);

process.on('unhandledRejection', (err) => fail('unhandled rejection', err));
process.on('uncaughtException', (err) => fail('uncaught exception', err));

const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    rest: { api: `http://127.0.0.1:${port}/api` },
});

let count = 0;
const counterMode = process.env.PEER_MODE === 'counter';
// The counter view of the benchmark: a persistent button "counter:increment" on any message; the count is
// kept per message, in memory.
const counts = new Map();

function buttons() {
    return new ActionRowBuilder().addComponents(
        new ButtonBuilder().setCustomId('peer:click').setLabel('Click me').setStyle(ButtonStyle.Primary),
        new ButtonBuilder().setCustomId('peer:count').setLabel(`Count: ${count}`).setStyle(ButtonStyle.Secondary),
    );
}

client.on('raw', (packet) => {
    if (packet.op === 0 && !counterMode)
        out('gateway', { t: packet.t, s: packet.s });
});
client.on(Events.Error, (err) => fail('client error', err));
if (process.env.PEER_DEBUG)
    client.on(Events.Debug, (line) => process.stderr.write(`[discord.js] ${line}\n`));
client.on(Events.Warn, (line) => process.stderr.write(`[discord.js warn] ${line}\n`));

client.once(Events.ClientReady, async (c) => {
    try {
        out('ready', { user: c.user.username, user_id: c.user.id, guilds: c.guilds.cache.size });
        if (process.env.PEER_POST !== '1') {
            out('listening');
            return;
        }
        // A global slash command, registered with the bulk overwrite (PUT /applications/{app}/commands).
        const commands = await c.application.commands.set([
            { name: 'peer-ping', description: 'Answers after a deferral (discord.js peer)' },
        ]);
        out('commands', { names: [...commands.values()].map((cmd) => cmd.name) });
        const channel = c.channels.cache.find((ch) => ch.name === channelName && ch.isTextBased());
        if (!channel)
            throw new Error(`no channel named #${channelName} in the guild cache`);
        const message = await channel.send({ content: 'Hello from a discord.js peer!', components: [buttons()] });
        out('posted', { message_id: message.id, channel_id: channel.id });
    } catch (err) {
        fail('ready handler', err);
    }
});

// The buttons are persistent: any click with these custom_ids is answered, on any message, also after a restart.
client.on(Events.InteractionCreate, async (interaction) => {
    if (counterMode) {
        if (!interaction.isButton() || interaction.customId !== 'counter:increment')
            return;
        try {
            const n = (counts.get(interaction.message.id) || 0) + 1;
            counts.set(interaction.message.id, n);
            await interaction.reply({
                content: `You have incremented this message's count to ${n}!`,
                flags: MessageFlags.Ephemeral,
            });
        } catch (err) {
            fail('counter handler', err);
        }
        return;
    }
    if (interaction.isChatInputCommand() && interaction.commandName === 'peer-ping') {
        try {
            out('command', { interaction_id: interaction.id, name: interaction.commandName, user: interaction.user.username });
            // deferred (type 5), then the original response is edited (PATCH /webhooks/{app}/{token}/messages/@original)
            await interaction.deferReply();
            await interaction.editReply(`Pong from discord.js for ${interaction.user.username}!`);
            out('answered', { interaction_id: interaction.id, name: interaction.commandName });
        } catch (err) {
            fail('command handler', err);
        }
        return;
    }
    if (!interaction.isButton())
        return;
    try {
        out('click', {
            interaction_id: interaction.id,
            custom_id: interaction.customId,
            user: interaction.user.username,
            message_id: interaction.message.id,
            channel_id: interaction.channelId,
            guild_id: interaction.guildId,
        });
        if (interaction.customId === 'peer:click') {
            await interaction.reply({
                content: `Clicked by ${interaction.user.username}!`,
                flags: MessageFlags.Ephemeral,
            });
        } else if (interaction.customId === 'peer:count') {
            const shown = /Count: (\d+)/.exec(interaction.message.components[0].components[1].label);
            count = (shown ? Number(shown[1]) : count) + 1;
            await interaction.update({ components: [buttons()] });
        } else {
            return;
        }
        out('answered', { interaction_id: interaction.id, custom_id: interaction.customId });
    } catch (err) {
        fail('interaction handler', err);
    }
});

function shutdown() {
    client.destroy().finally(() => process.exit(process.exitCode || 0));
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
setTimeout(() => {
    out('error', { message: `lifetime of ${lifetimeS} s reached` });
    process.exitCode = 1;
    shutdown();
}, lifetimeS * 1000).unref();

client.login(token).catch((err) => fail('login', err));
