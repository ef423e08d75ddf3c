"""A Redis lock store for several Rasa servers: atomic tickets, and no waiter misses its turn.

    lock_store:
      type: scaling.redis_lock_store.AtomicRedisLockStore
      url: <redis host>
      port: 6379
      db: 1
      key_prefix: coach

Rasa 3.6's `RedisLockStore` has two flaws once several servers share it (deploy/README.md):

* Issuing a ticket is read-modify-write from Python (GET, append, SET). Two servers taking a
  ticket for the same conversation at once can hand out the same number or overwrite each
  other's ticket, and both proceed. Releasing (finish, "is someone waiting?", DEL) races too:
  a ticket issued in between is deleted, and its holder fails with `LockError`.
* A waiter is served when the *first* ticket in the queue is its own. When a server dies holding
  a ticket, the next ticket (taken moments later, so with almost the same expiry) is checked once
  a second; when the check after the dead ticket's expiry comes after the waiter's own expiry too,
  the waiter's ticket is gone, the queue is empty, and `now_serving` (0) never equals its number:
  it waits until the client gives up.

Here every change to a lock is one Lua script, run atomically by Redis, on Redis's clock (so the
servers' clocks need not agree):

* tickets are numbered by a per-conversation INCR counter, never reused while the counter lives
  (`COUNTER_TTL` after the last ticket), so a late `finish_serving` can't remove a newer ticket;
* a waiter is served as soon as no *live* ticket with a smaller number is left; expired tickets
  are dropped whenever the lock is written, and the key's TTL is the longest ticket's remaining
  lifetime, so a dead server leaves nothing behind;
* a ticket lives `lock_lifetime` seconds (TICKET_LOCK_LIFETIME, 60 s by default, as in Rasa)
  from the last sign of life of its holder: issuing, every poll while waiting, and being served.
  A live waiter therefore never loses its ticket, a dead server's tickets hold a conversation at
  most `lock_lifetime` after it died, and a served turn has the whole lifetime to finish (in Rasa
  the time spent waiting counted against it). As in Rasa, a turn that takes longer than the
  lifetime loses the lock and the next message goes ahead;
* while the only earlier live tickets are about to expire, the waiter sleeps just until the
  first of them expires instead of a whole poll interval;
* releasing removes the ticket and deletes the key if no live ticket is left, in one step.

The stored lock keeps Rasa's format (`TicketLock.dumps()`), so `get_lock` and Rasa's tools read it.
All servers of a deployment must use the same lock store class.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from contextlib import asynccontextmanager
from typing import Any, AsyncGenerator, List

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)

# How long a conversation's ticket counter outlives its last ticket: numbers stay unique for any
# turn shorter than this, however long it overruns its lock lifetime.
COUNTER_TTL = 24 * 3600
# Woken this long after the expiry of the ticket it waits for (Redis keeps microseconds).
WAKE_MARGIN = 0.005

_LUA_COMMON = """
local function clock()
  local t = redis.call('TIME')
  return tonumber(t[1]) + tonumber(t[2]) / 1000000
end

-- The live tickets of the lock at KEYS[1], ordered by number. Rasa's format: a JSON object whose
-- "tickets" is a list of JSON strings {"number": n, "expires": epoch seconds}; a ticket has expired
-- when now > expires (Rasa's Ticket.has_expired).
local function live_tickets(now)
  local raw = redis.call('GET', KEYS[1])
  local live = {}
  if not raw then return live end
  local ok, lock = pcall(cjson.decode, raw)
  if not ok or type(lock) ~= 'table' or type(lock.tickets) ~= 'table' then return live end
  for _, encoded in ipairs(lock.tickets) do
    local good, ticket = pcall(cjson.decode, encoded)
    if good and type(ticket) == 'table' then
      local number, expires = tonumber(ticket.number), tonumber(ticket.expires)
      if number and expires and expires >= now then
        table.insert(live, {number = number, expires = expires})
      end
    end
  end
  table.sort(live, function(a, b) return a.number < b.number end)
  return live
end

-- Writes the tickets back with the key's TTL = the longest remaining lifetime; no ticket, no key.
local function save(conversation_id, tickets, now)
  if #tickets == 0 then
    redis.call('DEL', KEYS[1])
    return
  end
  local encoded, last = {}, now
  for i, ticket in ipairs(tickets) do
    encoded[i] = cjson.encode({number = ticket.number, expires = ticket.expires})
    if ticket.expires > last then last = ticket.expires end
  end
  local ttl = math.max(1, math.ceil((last - now) * 1000))
  redis.call('SET', KEYS[1], cjson.encode({conversation_id = conversation_id, tickets = encoded}), 'PX', ttl)
end

-- A new ticket at the end of the queue, numbered by the counter at KEYS[2] (and always above
-- every ticket in the lock, should the counter have been lost).
local function new_ticket(tickets, now, lifetime, counter_ttl)
  local number = redis.call('INCR', KEYS[2])
  local last = tickets[#tickets]
  if last and number <= last.number then
    number = last.number + 1
    redis.call('SET', KEYS[2], number)
  end
  redis.call('EXPIRE', KEYS[2], counter_ttl)
  table.insert(tickets, {number = number, expires = now + lifetime})
  return number
end
"""

# KEYS: lock, counter. ARGV: conversation_id, lifetime (s), counter TTL (s). Returns the number.
_ISSUE = _LUA_COMMON + """
local now = clock()
local tickets = live_tickets(now)
local number = new_ticket(tickets, now, tonumber(ARGV[2]), tonumber(ARGV[3]))
save(ARGV[1], tickets, now)
return number
"""

# KEYS: lock, counter. ARGV: conversation_id, ticket, lifetime (s), counter TTL (s).
# Returns {ticket, served (1/0), ms until the first earlier live ticket expires (-1: none)}.
# The caller's ticket is renewed (a sign of life); if it is gone (its holder stalled for longer than
# the lifetime, or the key was deleted) the caller gets a new ticket at the end of the queue: going
# back to its old place could let it run next to a later ticket that was served in the meantime.
_POLL = _LUA_COMMON + """
local now = clock()
local lifetime = tonumber(ARGV[3])
local tickets = live_tickets(now)
local ticket = tonumber(ARGV[2])
local mine = nil
for _, t in ipairs(tickets) do
  if t.number == ticket then mine = t end
end
if not mine then
  ticket = new_ticket(tickets, now, lifetime, tonumber(ARGV[4]))
  mine = tickets[#tickets]
end
local first_expiry = nil
for _, t in ipairs(tickets) do
  if t.number < ticket and (first_expiry == nil or t.expires < first_expiry) then first_expiry = t.expires end
end
if now + lifetime > mine.expires then mine.expires = now + lifetime end
save(ARGV[1], tickets, now)
if first_expiry == nil then return {ticket, 1, -1} end
return {ticket, 0, math.floor((first_expiry - now) * 1000)}
"""

# KEYS: lock. ARGV: conversation_id, ticket. Removes the ticket and the expired ones; deletes the
# key when no live ticket is left. Returns how many live tickets are left.
_FINISH = _LUA_COMMON + """
local now = clock()
local ticket = tonumber(ARGV[2])
local kept = {}
for _, t in ipairs(live_tickets(now)) do
  if t.number ~= ticket then table.insert(kept, t) end
end
save(ARGV[1], kept, now)
return #kept
"""


class AtomicRedisLockStore(RedisLockStore):
    """`RedisLockStore` with atomic tickets that serves a waiter once no earlier live ticket is left.

    Rasa creates it from the endpoint config (`type: scaling.redis_lock_store.AtomicRedisLockStore`)
    as `AtomicRedisLockStore(endpoint_config=...)`; `url` is the host, and the other keys
    (port, db, username, password, use_ssl, ssl_*, key_prefix, socket_timeout) are those of
    `type: redis`. It can also be built directly with `RedisLockStore`'s arguments.
    """

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        if endpoint_config is not None:
            kwargs = {**endpoint_config.kwargs, **kwargs}
            if endpoint_config.url:
                kwargs.setdefault("host", endpoint_config.url)
        super().__init__(**kwargs)
        # "coach:lock:" -> "coach:lock-seq:": never a lock key, whatever the conversation id.
        self.counter_prefix = self.key_prefix.rstrip(":") + "-seq:"
        self._issue = self.red.register_script(_ISSUE)
        self._poll = self.red.register_script(_POLL)
        self._finish = self.red.register_script(_FINISH)

    def _keys(self, conversation_id: str) -> List[str]:
        return [self.key_prefix + conversation_id, self.counter_prefix + conversation_id]

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        """Appends a new ticket (atomically) and returns its number."""
        logger.debug(f"Issuing ticket for conversation '{conversation_id}'.")
        try:
            return int(self._issue(keys=self._keys(conversation_id),
                                   args=[conversation_id, float(lock_lifetime), self._counter_ttl(lock_lifetime)]))
        except Exception as e:
            raise LockError(f"Error while acquiring lock. Error:\n{e}") from e

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: str,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = 1,
    ) -> AsyncGenerator[TicketLock, None]:
        """Holds the conversation's lock for the block (see the module docstring)."""
        ticket = [self.issue_ticket(conversation_id, lock_lifetime)]
        try:
            yield await self._wait_for_turn(conversation_id, ticket, lock_lifetime, wait_time_in_seconds)
        finally:
            self.cleanup(conversation_id, ticket[0])

    async def _acquire_lock(self, conversation_id: str, ticket: int, wait_time_in_seconds: float) -> TicketLock:
        """Rasa's entry point, for callers that issued their ticket themselves."""
        return await self._wait_for_turn(conversation_id, [ticket], LOCK_LIFETIME, wait_time_in_seconds)

    async def _wait_for_turn(
        self, conversation_id: str, ticket: List[int], lock_lifetime: float, wait_time_in_seconds: float
    ) -> TicketLock:
        """Polls until no earlier live ticket is left. `ticket[0]` follows a re-issued ticket."""
        logger.debug(f"Acquiring lock for conversation '{conversation_id}'.")
        while True:
            number, served, wait_ms = self._poll(
                keys=self._keys(conversation_id),
                args=[conversation_id, ticket[0], float(lock_lifetime), self._counter_ttl(lock_lifetime)])
            number = int(number)
            if number != ticket[0]:
                logger.warning(f"Ticket {ticket[0]} for conversation '{conversation_id}' expired while waiting; "
                               f"queued again as ticket {number}.")
                ticket[0] = number
            if served:
                logger.debug(f"Acquired lock for conversation '{conversation_id}'.")
                return self.get_lock(conversation_id) or TicketLock(conversation_id)
            pause = wait_time_in_seconds
            if 0 <= wait_ms / 1000 < wait_time_in_seconds:
                pause = wait_ms / 1000 + WAKE_MARGIN  # wake right after the earlier ticket expires
            logger.debug(f"Conversation '{conversation_id}' is busy; ticket {number} waits {pause:.3f} s.")
            await asyncio.sleep(pause)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        """Removes the ticket (and expired ones); deletes the lock if no live ticket is left."""
        self._finish(keys=self._keys(conversation_id)[:1], args=[conversation_id, ticket_number])

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Rasa's cleanup (finish, then delete the lock if no one waits), as one atomic step."""
        self.finish_serving(conversation_id, ticket_number)

    def update_lock(self, conversation_id: str) -> None:
        """Drops expired tickets (atomically)."""
        self._finish(keys=self._keys(conversation_id)[:1], args=[conversation_id, -1])

    def is_someone_waiting(self, conversation_id: str) -> bool:
        """Whether the conversation has a live ticket."""
        lock = self.get_lock(conversation_id)
        return bool(lock and lock.is_someone_waiting())  # TicketLock drops expired tickets first

    def save_lock(self, lock: TicketLock) -> None:
        """Rasa's non-atomic write (unused here), with the key's TTL = the longest ticket's lifetime."""
        lock.remove_expired_tickets()
        if not lock.tickets:
            self.delete_lock(lock.conversation_id)
            return
        ttl = max(1, math.ceil((max(t.expires for t in lock.tickets) - time.time()) * 1000))
        self.red.set(self.key_prefix + lock.conversation_id, lock.dumps(), px=ttl)

    @staticmethod
    def _counter_ttl(lock_lifetime: float) -> int:
        return max(COUNTER_TTL, math.ceil(2 * float(lock_lifetime)))
