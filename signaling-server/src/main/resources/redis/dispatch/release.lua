-- release.lua (Dispatch.release): frees the expert from the session they hold; a stale release
-- (another session, or none) changes nothing. Then as setWanted: claim, join the idle line, or rest.
-- ARGV: prefix, expertId, sessionId, next wanted state or '' to keep the last asked.
-- Returns {0} when not held, else {1, claimed request JSON or nil}.
local e = loadExpert(ARGV[2])
if not e or e.session ~= ARGV[3] then
  return { 0 }
end
if ARGV[4] ~= '' then
  e.wanted = ARGV[4]
end
redis.call('HSET', expertKey(e.id), 'wanted', e.wanted, 'ringing', '0')
redis.call('HDEL', expertKey(e.id), 'session')
e.session = nil
e.ringing = false
return { 1, settle(e) }
