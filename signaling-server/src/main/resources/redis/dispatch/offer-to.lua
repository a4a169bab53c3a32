-- offer-to.lua (Dispatch.offerTo): rings this one expert if signed on, AVAILABLE and free.
-- ARGV: prefix, expertId, sessionId. Returns 1 if now ringing, else 0 and nothing changed.
local e = loadExpert(ARGV[2])
if not e or e.session or e.wanted ~= 'AVAILABLE' then
  return 0
end
holdRinging(e, ARGV[3])
return 1
