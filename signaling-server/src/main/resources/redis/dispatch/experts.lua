-- experts.lua (Dispatch.experts): every signed-on expert's status at one instant.
-- ARGV: prefix. Returns an array of statuses (see statusReply).
local reply = {}
for _, id in ipairs(redis.call('SMEMBERS', EXPERTS)) do
  local e = loadExpert(id)
  if e then
    reply[#reply + 1] = statusReply(e)
  end
end
return reply
