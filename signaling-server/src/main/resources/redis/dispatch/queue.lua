-- queue.lua (Dispatch.queue): one skill's queue, its online and available counts, at one instant.
-- ARGV: prefix, skill. Returns {online, available, request JSON...} in service order.
local skill = ARGV[2]
local reply = { tonumber(redis.call('HGET', ONLINE, skill) or '0'), redis.call('ZCARD', idleKey(skill)) }
for _, sessionId in ipairs(redis.call('ZRANGE', queueKey(skill), 0, -1)) do
  local json = redis.call('HGET', REQUESTS, sessionId)
  if json then
    reply[#reply + 1] = json
  end
end
return reply
