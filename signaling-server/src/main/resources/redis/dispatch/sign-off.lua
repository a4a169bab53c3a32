-- sign-off.lua (Dispatch.signOff): the expert is forgotten (a restore placeholder too).
-- ARGV: prefix, expertId. Returns their status just before (see statusReply), or an empty array.
local e = removeExpert(ARGV[2])
if not e then
  return {}
end
return statusReply(e)
