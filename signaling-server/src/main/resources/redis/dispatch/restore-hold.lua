-- restore-hold.lua (RedisDispatch.restoreHold): upserts the session the expert rings for or serves.
-- An expert not restored yet gets a placeholder hash (no skills: not signed on) that restoreExpert
-- completes. Never claims.
-- ARGV: prefix, expertId, sessionId, ringing ('1' or '0'). Returns 1.
local e = loadExpert(ARGV[2])
if e then
  leaveIdle(e)
end
redis.call('HSET', expertKey(ARGV[2]), 'session', ARGV[3], 'ringing', ARGV[4])
return 1
