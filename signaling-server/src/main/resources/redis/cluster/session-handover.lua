-- A draining owner hands a session to another node, with its latest snapshot.
-- KEYS[1] owner key; KEYS[2] snapshot; KEYS[3] the old owner's sessions; KEYS[4] the new owner's sessions
-- ARGV[1] the old owner (this node); ARGV[2] the new owner; ARGV[3] session id; ARGV[4] snapshot JSON;
-- ARGV[5] snapshot lifetime ms
-- Returns 1 if handed over, 0 if this node did not own it.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return 0
end
redis.call('SET', KEYS[2], ARGV[4], 'PX', ARGV[5])
redis.call('SET', KEYS[1], ARGV[2])
redis.call('SREM', KEYS[3], ARGV[3])
redis.call('SADD', KEYS[4], ARGV[3])
return 1
