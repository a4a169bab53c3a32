-- Takes over a session whose owner is gone (dead or draining), once: whoever changes the owner first has it.
-- KEYS[1] owner key; KEYS[2] snapshot; KEYS[3] the old owner's sessions; KEYS[4] the new owner's sessions
-- ARGV[1] the owner expected now; ARGV[2] the new owner; ARGV[3] session id
-- Returns the snapshot if this call took it over, else false.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return false
end
local snapshot = redis.call('GET', KEYS[2])
if not snapshot then
  return false
end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('SREM', KEYS[3], ARGV[3])
redis.call('SADD', KEYS[4], ARGV[3])
return snapshot
