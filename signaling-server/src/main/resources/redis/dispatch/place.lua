-- place.lua (Dispatch.place): rings the longest-idle AVAILABLE expert of the skill who has not
-- passed the request, or queues it. A copy of the same session still queued is replaced, so a
-- session is never both queued and rung.
-- ARGV: prefix, sessionId, skill, queue score, request JSON, passedBy ids...
-- Returns {'offered', expertId} or {'queued'}.
local sessionId, skill, score, json = ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local old = redis.call('HGET', REQUESTS, sessionId)
if old then
  dequeue(sessionId, cjson.decode(old).skill)
end
local expertId = offerIdle(skill, sessionId, passedFrom(6))
if expertId then
  return { 'offered', expertId }
end
redis.call('ZADD', queueKey(skill), score, sessionId)
redis.call('HSET', REQUESTS, sessionId, json)
return { 'queued' }
