-- A new session owned by this node, unless its kiosk already has one open (on any node).
-- KEYS[1] the kiosk's open-session key; KEYS[2] the session's snapshot; KEYS[3] its owner; KEYS[4] this node's sessions
-- ARGV[1] session id; ARGV[2] snapshot JSON; ARGV[3] this node's id; ARGV[4] prefix of owner keys; ARGV[5] snapshot lifetime ms
-- Returns 1 if created, 0 if the kiosk has an open session. An open session whose owner key is gone is stale.
local open = redis.call('GET', KEYS[1])
if open and redis.call('EXISTS', ARGV[4] .. open) == 1 then
  return 0
end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[5])
redis.call('SET', KEYS[3], ARGV[3])
redis.call('SADD', KEYS[4], ARGV[1])
return 1
