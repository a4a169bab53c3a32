-- restore-queued.lua (RedisDispatch.restoreQueued): puts a waiting request back in its queue unless
-- it is there already, and raises the sequence counter to at least its sequence. Never offers it.
-- ARGV: prefix, sessionId, skill, queue score, request JSON, sequence. Returns 1 if added, else 0.
local sessionId, skill, score, json, sequence = ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]
if tonumber(redis.call('GET', SEQUENCE) or '0') < tonumber(sequence) then
  redis.call('SET', SEQUENCE, sequence)
end
if redis.call('HEXISTS', REQUESTS, sessionId) == 1 then
  return 0
end
redis.call('ZADD', queueKey(skill), score, sessionId)
redis.call('HSET', REQUESTS, sessionId, json)
return 1
