#!/usr/bin/python3
"""A discord.py 2.x bot that Botwright's peer test (tests/peers/tst_peers.cpp) runs against botwright-sandbox.

It points discord.py at the sandbox by patching the two documented-by-source constants (the REST base in
discord.http.Route.BASE and the gateway in discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY); everything else is
the library's own code. It prints one JSON object per line on stdout for the test driver (same kinds as
../discordjs/bot.js): gateway, ready, posted, listening, click, answered, error.

Environment: PEER_PORT, PEER_TOKEN, PEER_POST (1 = post the view), PEER_CHANNEL (default "general"),
PEER_LIFETIME_S (default 120), PEER_DEBUG (library logging on stderr), PEER_MODE=counter (the interaction
benchmark, bench/interaction_throughput: only the counter view, nothing printed per click).
"""
import asyncio
import json
import logging
import os
import re
import signal
import sys
import traceback

import yarl
import discord
import discord.gateway
import discord.http
from discord import app_commands


def out(kind, **fields):
    print(json.dumps({"kind": kind, "library": "discord.py", **fields}), flush=True)


PORT = int(os.environ.get("PEER_PORT", "0"))
TOKEN = os.environ.get("PEER_TOKEN", "")
POST = os.environ.get("PEER_POST") == "1"
CHANNEL = os.environ.get("PEER_CHANNEL", "general")
LIFETIME_S = float(os.environ.get("PEER_LIFETIME_S", "120"))
COUNTER_MODE = os.environ.get("PEER_MODE") == "counter"

discord.http.Route.BASE = f"http://127.0.0.1:{PORT}/api/v10"
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"ws://127.0.0.1:{PORT}/")


class PeerView(discord.ui.View):
    """A persistent view: no timeout and fixed custom_ids, registered with Client.add_view at start."""

    def __init__(self, count=0):
        super().__init__(timeout=None)
        self.counter.label = f"Count: {count}"

    @discord.ui.button(label="Click me", style=discord.ButtonStyle.primary, custom_id="peer:click")
    async def click(self, interaction: discord.Interaction, button: discord.ui.Button):
        report_click(interaction)
        await interaction.response.send_message(f"Clicked by {interaction.user.name}!", ephemeral=False)
        out("answered", interaction_id=str(interaction.id), custom_id=button.custom_id)

    @discord.ui.button(label="Count: 0", style=discord.ButtonStyle.secondary, custom_id="peer:count")
    async def counter(self, interaction: discord.Interaction, button: discord.ui.Button):
        report_click(interaction)
        # The count lives in the message itself, so it survives a restart of the bot.
        shown = 0
        for row in interaction.message.components:
            for child in getattr(row, "children", []):
                if child.custom_id == "peer:count":
                    m = re.search(r"Count: (\d+)", child.label or "")
                    shown = int(m.group(1)) if m else 0
        button.label = f"Count: {shown + 1}"
        await interaction.response.edit_message(view=self)
        out("answered", interaction_id=str(interaction.id), custom_id=button.custom_id)

    async def on_error(self, interaction, error, item):
        out("error", message="view callback: " + "".join(traceback.format_exception(error)))


class CounterView(discord.ui.View):
    """The benchmark's counter: a persistent button on any message; the count is kept per message, in memory."""

    counts = {}

    def __init__(self):
        super().__init__(timeout=None)

    @discord.ui.button(label="+1", style=discord.ButtonStyle.primary, custom_id="counter:increment")
    async def increment(self, interaction: discord.Interaction, button: discord.ui.Button):
        message_id = interaction.message.id if interaction.message else 0
        n = CounterView.counts.get(message_id, 0) + 1
        CounterView.counts[message_id] = n
        await interaction.response.send_message(f"You have incremented this message's count to {n}!", ephemeral=True)

    async def on_error(self, interaction, error, item):
        out("error", message="counter view: " + "".join(traceback.format_exception(error)))


def report_click(interaction: discord.Interaction):
    out(
        "click",
        interaction_id=str(interaction.id),
        custom_id=interaction.data.get("custom_id"),
        user=interaction.user.name,
        message_id=str(interaction.message.id) if interaction.message else None,
        channel_id=str(interaction.channel_id),
        guild_id=str(interaction.guild_id),
    )


class PeerClient(discord.Client):
    def __init__(self):
        intents = discord.Intents.default()  # no privileged intents
        super().__init__(intents=intents)
        self.posted = False
        self.tree = app_commands.CommandTree(self)

        @self.tree.command(name="peer-ping", description="Answers after a deferral (discord.py peer)")
        async def peer_ping(interaction: discord.Interaction):
            out("command", interaction_id=str(interaction.id), name="peer-ping", user=interaction.user.name)
            # deferred (type 5), then a follow-up message (POST /webhooks/{app}/{token})
            await interaction.response.defer(thinking=True)
            await interaction.followup.send(f"Pong from discord.py for {interaction.user.name}!")
            out("answered", interaction_id=str(interaction.id), name="peer-ping")

    async def setup_hook(self):
        self.add_view(CounterView() if COUNTER_MODE else PeerView())
        asyncio.get_running_loop().call_later(LIFETIME_S, self.lifetime_over)

    def lifetime_over(self):
        out("error", message=f"lifetime of {LIFETIME_S} s reached")
        asyncio.ensure_future(self.close())

    async def on_socket_event_type(self, event_type):
        if not COUNTER_MODE:
            out("gateway", t=event_type)

    async def on_ready(self):
        out("ready", user=self.user.name, user_id=str(self.user.id), guilds=len(self.guilds))
        if not POST:
            out("listening")
            return
        if self.posted:
            return
        self.posted = True
        # The global slash command, registered with the bulk overwrite (PUT /applications/{app}/commands).
        synced = await self.tree.sync()
        out("commands", names=[cmd.name for cmd in synced])
        channel = discord.utils.get(self.get_all_channels(), name=CHANNEL)
        if channel is None:
            out("error", message=f"no channel named #{CHANNEL} in the guild cache")
            await self.close()
            return
        message = await channel.send("Hello from a discord.py peer!", view=PeerView())
        out("posted", message_id=str(message.id), channel_id=str(channel.id))

    async def on_error(self, event_method, *args, **kwargs):
        out("error", message=f"{event_method}: {traceback.format_exc()}")


async def main():
    if not PORT or not TOKEN:
        out("error", message="PEER_PORT and PEER_TOKEN must be set")
        return 1
    if os.environ.get("PEER_DEBUG"):
        discord.utils.setup_logging(level=logging.DEBUG, handler=logging.StreamHandler(sys.stderr))
    else:
        discord.utils.setup_logging(level=logging.WARNING, handler=logging.StreamHandler(sys.stderr))
    client = PeerClient()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: asyncio.ensure_future(client.close()))
    try:
        async with client:
            await client.start(TOKEN, reconnect=False)
    except Exception:
        out("error", message="start: " + traceback.format_exc())
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
