-- settle.lua (RedisDispatch.settle, the last step of a restore): a free AVAILABLE expert claims the
-- best waiting request they have not passed, exactly as setWanted would, or joins the idle line.
-- ARGV: prefix, expertId. Returns the claimed request's JSON, or nil.
local e = loadExpert(ARGV[2])
if not e then
  return false
end
return settle(e)
