-- A node's keep-alive: renews its registration and sorts the registered nodes into alive and dead.
-- KEYS[1] the set of registered nodes; KEYS[2] this node's registration key; KEYS[3] this node's epoch mark;
-- KEYS[4] the set of draining nodes
-- ARGV[1] this node's id; ARGV[2] its card (JSON); ARGV[3] lifetime in ms; ARGV[4] the prefix of registration keys;
-- ARGV[5] "1" if this node drains
-- Returns {alive ids, dead ids, gone, lost, draining ids}: gone = 1 if this node's registration had run out (or
-- never was); lost = 1 if its epoch mark was missing (Redis lost its memory, or this is the node's first renewal).
-- A dead node stays registered until its reaper has dealt with it.
local gone = 1 - redis.call('EXISTS', KEYS[2])
local lost = 1 - redis.call('EXISTS', KEYS[3])
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
redis.call('SET', KEYS[3], ARGV[1])
redis.call('SADD', KEYS[1], ARGV[1])
if ARGV[5] == '1' then
  redis.call('SADD', KEYS[4], ARGV[1])
else
  redis.call('SREM', KEYS[4], ARGV[1])
end
local alive, dead = {}, {}
for _, node in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if redis.call('EXISTS', ARGV[4] .. node) == 1 then
    table.insert(alive, node)
  else
    table.insert(dead, node)
    redis.call('SREM', KEYS[4], node)
  end
end
return {alive, dead, gone, lost, redis.call('SMEMBERS', KEYS[4])}
