-- expert.lua (Dispatch.expert): one signed-on expert's status.
-- ARGV: prefix, expertId. Returns the status (see statusReply), or an empty array.
local e = loadExpert(ARGV[2])
if not e then
  return {}
end
return statusReply(e)
