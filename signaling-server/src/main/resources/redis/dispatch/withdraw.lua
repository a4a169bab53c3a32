-- withdraw.lua (Dispatch.withdraw): takes a waiting request out of its queue.
-- ARGV: prefix, sessionId. Returns 1, or 0 if it was not queued.
local json = redis.call('HGET', REQUESTS, ARGV[2])
if not json then
  return 0
end
dequeue(ARGV[2], cjson.decode(json).skill)
return 1
