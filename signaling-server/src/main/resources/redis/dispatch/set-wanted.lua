-- set-wanted.lua (Dispatch.setWanted): records AVAILABLE or AWAY; a free expert who becomes
-- AVAILABLE claims the best waiting request or joins the back of the idle line. Asked while holding
-- a session, it applies when the session is released.
-- ARGV: prefix, expertId, wanted. Returns the claimed request's JSON, or nil.
local e = loadExpert(ARGV[2])
if not e or e.wanted == ARGV[3] then
  return false
end
redis.call('HSET', expertKey(e.id), 'wanted', ARGV[3])
e.wanted = ARGV[3]
return settle(e)
