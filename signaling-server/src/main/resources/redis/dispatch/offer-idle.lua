-- offer-idle.lua (Dispatch.offerIdle): rings the longest-idle expert of the skill who has not
-- passed the request; never queues.
-- ARGV: prefix, sessionId, skill, passedBy ids... Returns the expert's id, or nil (nothing changed).
return offerIdle(ARGV[3], ARGV[2], passedFrom(4)) or false
