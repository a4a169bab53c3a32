-- confirm.lua (Dispatch.confirm): the ring for this session becomes a call.
-- ARGV: prefix, expertId, sessionId. Returns 1, or 0 if the expert was not ringing for it.
local e = loadExpert(ARGV[2])
if not e or not e.ringing or e.session ~= ARGV[3] then
  return 0
end
redis.call('HSET', expertKey(e.id), 'ringing', '0')
return 1
